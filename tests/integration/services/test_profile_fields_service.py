"""The current account's declared fields through the service, announced after each change."""

from __future__ import annotations

import pytest

from app.domain.profile_fields import FieldOrigin, ProfileFieldType
from app.services.profile_fields_service import ProfileFieldsService

from .conftest import Recorder


async def test_fields_follow_the_current_account(workspace, accounts) -> None:
    service = ProfileFieldsService(workspace)
    changed = Recorder(service.fields_changed)
    assert await service.declared_fields() == []
    with pytest.raises(RuntimeError, match="Choose an account"):
        await service.declare("level", ProfileFieldType.INT)

    first = await accounts.add("First", "https://esp.example.com/api/v1/", "me", "pw")
    second = await accounts.add("Second", "https://esp2.example.com/api/v1/", "me", "pw")
    await accounts.select(first.id)
    await service.declare("level", ProfileFieldType.INT)
    await service.set_sample_profile({"level": 3})
    dropped = await service.learn_from_echo(
        {"level": 3, "city": "Rome", "nick": "x"}, {"level": 3, "city": "Rome"}
    )
    assert dropped == ["nick"]
    fields = await service.declared_fields()
    assert [(f.name, f.type, f.origin) for f in fields] == [
        ("city", ProfileFieldType.STRING, FieldOrigin.SERVER),
        ("level", ProfileFieldType.INT, FieldOrigin.USER),
    ]
    before = len(changed.calls)
    await accounts.select(second.id)
    assert len(changed.calls) > before  # a switch is announced: editors reload the list
    assert await service.declared_fields() == []
    assert await service.sample_profile() == {}
    await accounts.select(first.id)
    assert await service.sample_profile() == {"level": 3}
