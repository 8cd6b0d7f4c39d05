"""The bridge to the statistics part (``stats_data``, ``stats_engine``).

Campaigns that start get synthetic delivery data so that their reports have something
to show; the report builder's queries are answered by the statistics engine. Either
module may be missing in a partial build: the server then still runs and the stats
endpoint says why it has nothing.
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Callable, Sequence
from datetime import date
from types import ModuleType
from typing import Any

from app.api.endpoints import EMAILS, SEGMENTS
from app.domain.enums import SourceType
from app.domain.languages import LANGUAGES, SuffixStyle, field_name
from app.sandbox.rules import Resource
from app.sandbox.settings import PROJECT_ID
from app.sandbox.store import Store

log = logging.getLogger(__name__)

# A campaign with no known audience still gets a plausible volume, so its report is not empty.
FALLBACK_AUDIENCE = 1000


def _import(name: str) -> ModuleType | None:
    try:
        import importlib

        return importlib.import_module(f"app.sandbox.{name}")
    except ImportError as error:
        log.warning("statistics module %s unavailable: %s", name, error)
        return None


class ReportFeed:
    def __init__(self, store: Store, *, today: Callable[[], date] = date.today) -> None:
        self._store = store
        self._today = today
        self._data = _import("stats_data")
        engine_module = _import("stats_engine")
        if self._data is not None:
            self._data.create_tables(store.conn)
        self._engine: Any = None
        if engine_module is not None and self._data is not None:
            self._engine = engine_module.StatsEngine(store.conn, today=today)

    def query(self, params: Sequence[tuple[str, str]]) -> dict[str, Any]:
        if self._engine is None:
            return {"metadata": {"ready": True}, "result": [],
                    "error": "Statistics are not available in this build of the sandbox."}
        return dict(self._engine.query(params))

    def campaign_started(self, resource: Resource, body: dict[str, Any]) -> None:
        """Today's delivery data for a campaign that has just started."""
        if self._data is None or resource.post_type is None:
            return
        message_id = body.get("message_id")
        if not isinstance(message_id, int):
            return
        post_id = int(body["id"])
        post_type = resource.post_type.value
        self._data.generate_post_stats(
            self._store.conn,
            post_type=post_type,
            post_id=post_id,
            message_id=message_id,
            start=self._today(),
            days=1,
            audience=self._audience(body),
            languages=self._languages(message_id),
            seed=zlib.crc32(f"{post_type}_{post_id}".encode()),
            project_id=PROJECT_ID,
        )

    def seed_demo(self, posts: Sequence[tuple[str, int, int]], days: int = 92, seed: int = 7) -> None:
        if self._data is None:
            return
        languages = {message_id: self._languages(message_id) for _, _, message_id in posts}
        self._data.seed_demo_statistics(
            self._store.conn, posts, self._today(), days, seed,
            project_id=PROJECT_ID, languages_by_message=languages,
        )  # fmt: skip

    def _audience(self, body: dict[str, Any]) -> int:
        source = body.get("source_type")
        audience = 0
        upload = body.get("source_uploaded_csv")
        if source == SourceType.UPLOADED and isinstance(upload, dict):
            audience = int(upload.get("rows") or 0)
        elif source == SourceType.SEGMENT and isinstance(body.get("source_id"), int):
            segment = self._store.get(SEGMENTS.name, body["source_id"]) or {}
            audience = int(segment.get("size") or 0) or self._profiles()
        else:
            audience = self._profiles()
        return audience or FALLBACK_AUDIENCE

    def _profiles(self) -> int:
        return int(self._store.conn.execute("SELECT COUNT(*) FROM profiles").fetchone()[0])

    def _languages(self, message_id: int) -> list[str]:
        """The languages the email has content in; English when it has only the default."""
        email = self._store.get(EMAILS.name, message_id) or {}
        found = [
            lang.value
            for lang in LANGUAGES
            if email.get(field_name("subject", lang, SuffixStyle.EMAIL))
            or email.get(field_name("text_html", lang, SuffixStyle.EMAIL))
        ]
        return found or ["en"]
