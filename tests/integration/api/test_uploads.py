"""Datafiles go as multipart/form-data, streamed from disk."""

from __future__ import annotations

import time
import tracemalloc

import pytest

from app.api.errors import ValidationError

from .conftest import client_for, new_email


@pytest.fixture
def address_list(tmp_path):
    path = tmp_path / "addresses.csv"
    path.write_text("email,name\n" + "".join(f"user{i}@example.com,User {i}\n" for i in range(1000)))
    return path


@pytest.fixture
def extra_params(tmp_path):
    path = tmp_path / "params.csv"
    path.write_text("email,coupon\nuser1@example.com,SPRING\n")
    return path


async def test_one_time_campaign_with_both_datafiles(api, unique, address_list, extra_params):
    email = await new_email(api, unique)
    payload = {
        "message_type": "L",
        "message_id": email["id"],
        "source_type": "U",
        "config": {"send_by_uid": True, "min_send_interval": 30},
        "start_immediately": False,
        "tags": "spring",
    }
    created = await api.campaigns.create(
        payload, files={"source_uploaded_csv": address_list, "additional_source_file": str(extra_params)}
    )
    assert created["source_uploaded_csv"] == {
        "name": "addresses.csv",
        "size": address_list.stat().st_size,
        "rows": 1001,
    }
    assert created["additional_source_file"]["rows"] == 2
    assert created["config"] == {"send_by_uid": True, "min_send_interval": 30}
    assert created["start_immediately"] is False and created["message_id"] == email["id"]
    assert created["source_id"] is None

    address_list.write_text("email\nonly@example.com\n")
    replaced = await api.campaigns.replace(
        created["id"], payload, files={"source_uploaded_csv": address_list}
    )
    assert replaced["source_uploaded_csv"]["rows"] == 2


async def test_ab_campaign_with_an_uploaded_list(api, unique, address_list):
    email = await new_email(api, unique)
    created = await api.ab_campaigns.create(
        {"messages_type": "L", "message_id": email["id"], "source_type": "U", "ab_percent": 10,
         "win_parameter": "O", "config": {"hook_url_template": "https://hooks.example.com/x"}},
        files={"source_uploaded_csv": address_list},
    )  # fmt: skip
    assert created["source_uploaded_csv"]["rows"] == 1001
    assert created["config"]["hook_url_template"] == "https://hooks.example.com/x"


async def test_field_errors_come_back_from_a_multipart_request_too(api, unique, address_list):
    email = await new_email(api, unique)
    with pytest.raises(ValidationError) as caught:
        await api.campaigns.create(
            {"message_type": "L", "message_id": email["id"], "source_type": "U", "priority": "high",
             "config": {"min_send_interval": "soon"}},
            files={"source_uploaded_csv": address_list},
        )  # fmt: skip
    assert "priority" in caught.value.fields
    assert any(name.startswith("config") for name in caught.value.fields)


async def test_a_missing_file_is_refused_before_any_request(api, tmp_path):
    with pytest.raises(FileNotFoundError, match="source_uploaded_csv"):
        await api.campaigns.create(
            {"message_type": "L"}, files={"source_uploaded_csv": tmp_path / "gone.csv"}
        )


@pytest.mark.slow
async def test_a_large_upload_keeps_the_clients_memory_flat(sandbox_factory, tmp_path):
    size = 256 * 1024 * 1024
    big = tmp_path / "big.csv"
    with big.open("wb") as handle:  # sparse: no disk and no time spent writing it
        handle.truncate(size)
    server = sandbox_factory()
    async with client_for(server, timeout=120.0) as api:
        category = await api.categories.create({"title": "t", "description": "d"})
        email = await api.emails.create({"category": category["category"], "from_address": "a@example.com"})
        tracemalloc.start()
        try:
            started = time.perf_counter()
            created = await api.campaigns.create(
                {"message_type": "L", "message_id": email["id"], "source_type": "U"},
                files={"source_uploaded_csv": big},
            )
            elapsed = time.perf_counter() - started
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert created["source_uploaded_csv"]["size"] == size
    print(f"uploaded {size >> 20} MiB in {elapsed:.1f} s, client peak {peak / 2**20:.1f} MiB")
    assert peak < 8 * 1024 * 1024, f"peak {peak / 2**20:.1f} MiB while sending {size >> 20} MiB"
