"""The authoring service: work off the event loop, newer renders and checks superseding older."""

from __future__ import annotations

import asyncio
import email
import zipfile
from email import policy
from pathlib import Path

import pytest

from app.authoring.checks import Code
from app.authoring.render import ProblemKind
from app.services.authoring_service import AuthoringService, EmlError, PackageError

from .conftest import Recorder

NEVER_ENDING = "{% for a in range(99999) %}{% for b in range(99999) %}x{% endfor %}{% endfor %}"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(40))


async def ticks_while(work: asyncio.Future[object] | asyncio.Task[object]) -> int:
    """How often the event loop ran another coroutine while ``work`` was going on."""
    count = 0
    while not work.done():
        await asyncio.sleep(0.01)
        count += 1
    return count


async def test_a_render_runs_off_the_event_loop() -> None:
    service = AuthoringService()
    rendered = Recorder(service.rendered)
    busy = Recorder(service.busy_changed)
    task = asyncio.ensure_future(service.render(NEVER_ENDING, {}, timeout_s=0.5))
    ticks = await ticks_while(task)
    result = task.result()
    assert ticks > 5  # the loop kept running while the template looped
    assert result is not None and result.problems[-1].kind is ProblemKind.TIMEOUT
    assert rendered.calls == [("preview", result)]
    assert busy.values == [True, False]


async def test_a_newer_render_of_a_channel_supersedes_the_older() -> None:
    service = AuthoringService()
    rendered = Recorder(service.rendered)
    slow = asyncio.ensure_future(service.render(NEVER_ENDING, {}, timeout_s=30.0))
    await asyncio.sleep(0.05)
    other = await service.render("Hi {{ name }}", {"name": "Ann"}, channel="side-by-side")
    newest = await service.render("Hello {{ name }}", {"name": "Bob"})
    assert await slow is None
    assert other is not None and other.html == "Hi Ann"
    assert newest is not None and newest.html == "Hello Bob"
    assert rendered.calls == [("side-by-side", other), ("preview", newest)]


async def test_the_profile_is_copied_before_the_render_starts() -> None:
    service = AuthoringService()
    profile = {"name": "Ann"}
    task = asyncio.ensure_future(service.render("{{ name }}", profile))
    await asyncio.sleep(0)  # the render has started
    profile["name"] = "changed while rendering"
    result = await task
    assert result is not None and result.html == "Ann"


async def test_checks_off_the_loop_and_stale_ones_dropped() -> None:
    service = AuthoringService()
    checked = Recorder(service.checked)
    payload = {"subject_de": "Hallo {{ vorname }}", "text_html_de": "<html lang=de><p>x</p></html>"}
    first = asyncio.ensure_future(service.check(payload, ["first_name"]))
    await asyncio.sleep(0)  # the first checks have started
    second = await service.check({**payload, "text_plain_de": "x"}, ["vorname"])
    assert await first is None
    assert second is not None and [f.code for f in second] == []
    assert checked.calls == [("checks", second)]
    alone = await service.check(payload, channel="other")
    assert alone is not None
    assert {f.code for f in alone} == {Code.VARIABLE_UNDECLARED, Code.PLAIN_TEXT_MISSING}


async def test_plain_text_and_inlining() -> None:
    service = AuthoringService()
    assert (
        await service.plain_text('<p>Hi <a href="https://x.example">there</a></p>')
        == "Hi there (https://x.example)"
    )
    result = await service.inline("<style>p{color:red}</style><p>{{ name }}</p>")
    assert result.inlined and '<p style="color: red;">{{ name }}</p>' in result.html


async def test_packages_through_the_service(tmp_path: Path) -> None:
    service = AuthoringService()
    archive = tmp_path / "mail.zip"
    with zipfile.ZipFile(archive, "w") as out:
        out.writestr("index.html", '<img src="logo.png" alt="Logo">')
        out.writestr("logo.png", PNG)
    package = await service.read_package(archive)
    assert package.images == {"logo.png": PNG}
    url = await service.package_to_data_url(archive)
    assert (await service.package_from_data_url(url)).html == '<img src="logo.png" alt="Logo">'
    await service.export_package(url, tmp_path / "copy.zip")
    assert (await service.read_package(tmp_path / "copy.zip")).images == {"logo.png": PNG}

    slip = tmp_path / "slip.zip"
    with zipfile.ZipFile(slip, "w") as out:
        out.writestr("index.html", "<p>x</p>")
        out.writestr("../../evil.png", PNG)
    with pytest.raises(PackageError, match="outside the archive"):
        await service.read_package(slip)


async def test_eml_export(tmp_path: Path) -> None:
    service = AuthoringService()
    payload = {
        "from_address": "news@shop.example.com",
        "subject_ko": "안녕하세요 {{ name }}",
        "text_html_ko": "<p>{{ name }}</p>",
        "text_plain_ko": "{{ name }}",
    }
    target = tmp_path / "ko.eml"
    await service.export_eml(target, payload, "ko", {"name": "민준"})
    message = email.message_from_bytes(target.read_bytes(), policy=policy.default)
    assert message["Subject"] == "안녕하세요 민준"
    assert [p.get_content_type() for p in message.walk()] == [
        "multipart/alternative",
        "text/plain",
        "text/html",
    ]
    with pytest.raises(EmlError, match="no body"):
        await service.build_eml({"subject": "x"}, None)
