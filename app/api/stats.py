"""The report builder's endpoint: one query, polled until the server says it is ready."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from app.api.errors import StatsNotReadyError, StatsQueryError
from app.api.resources import JsonDict, Resource
from app.api.responses import wrong_shape
from app.domain.stats_fields import FilterValue, build_stats_params

# The reference: "The maximum object count in the response is 100, pagination is not provided".
MAX_OBJECTS: Final = 100


@dataclass(frozen=True, slots=True)
class StatsResult:
    rows: tuple[JsonDict, ...]  # the grouped objects
    totals: JsonDict  # the last object: grouping fields empty, date 1970-01-01
    # True when 100 objects came back: there may be more groups than the server shows,
    # so the user should narrow the dates or use fewer grouping fields.
    truncated: bool
    metadata: JsonDict = field(default_factory=dict)


class Stats(Resource):
    async def query(
        self,
        fields: Sequence[str],
        filters: Mapping[str, FilterValue] | None = None,
        *,
        max_wait: float = 60.0,
        first_poll: float = 0.5,
        max_poll: float = 5.0,
    ) -> StatsResult:
        """Run a report; ``filters`` values may be lists of modifier strings.

        ``{"date": ["ge:2021-01-27", "le:2021-01-28"], "message": "in:L_1,L_2"}`` repeats
        ``date``. While ``metadata.ready`` is false the same query is asked again after
        ``first_poll`` seconds, doubling up to ``max_poll``, for at most ``max_wait``
        seconds in all (then :class:`StatsNotReadyError`). Cancelling the task stops it.
        """
        if not fields:
            raise ValueError("a report needs at least one field")
        params = build_stats_params(fields, filters)
        path = self.endpoint.collection
        loop = asyncio.get_running_loop()
        deadline = loop.time() + max_wait
        delay = first_poll
        polls = 0
        while True:
            answer = await self._object("GET", path, params=params)
            polls += 1
            metadata = answer.get("metadata", {})
            if not isinstance(metadata, dict):
                raise wrong_shape("a report with metadata", metadata, method="GET", path=path)
            error = answer.get("error")
            if error is not None:
                raise StatsQueryError(
                    f"The report failed on the server: {error}", method="GET", path=path, status=200
                )
            if metadata.get("ready", True) is not False:
                return _result(answer, metadata, path)
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise StatsNotReadyError(
                    f"The report was still being prepared after {max_wait:g} s ({polls} requests): "
                    "try again later, or ask for fewer grouping fields or a shorter period",
                    method="GET",
                    path=path,
                    status=200,
                )
            await asyncio.sleep(min(delay, remaining))
            delay = min(delay * 2, max_poll)


def _result(answer: Mapping[str, Any], metadata: JsonDict, path: str) -> StatsResult:
    objects = answer.get("result")
    if not isinstance(objects, list) or not all(isinstance(o, dict) for o in objects):
        raise wrong_shape("a report's list of result objects", objects, method="GET", path=path)
    rows, totals = (objects[:-1], objects[-1]) if objects else ([], {})
    return StatsResult(
        rows=tuple(rows), totals=totals, truncated=len(objects) >= MAX_OBJECTS, metadata=metadata
    )
