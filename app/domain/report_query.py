"""A report's question, typed: what to group by, which figures, which filters.

:meth:`ReportQuery.params` gives the exact query parameters the statistics client sends
(``fields`` first, then the filters in a fixed order, the date as ``ge:``/``le:``);
:meth:`ReportQuery.problems` says in plain English what is wrong or risky. A period such as
"last 7 days" stays relative: it is resolved against the day the report runs, so a
saved report shows the last week whenever it is reopened.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from enum import StrEnum
from typing import Any, Final

from app.domain.enums import MessageType, PostType
from app.domain.report_fields import FieldKind, field_kind, is_uncertain
from app.domain.sentences import QT_TRANSLATE_NOOP
from app.domain.stats_fields import FilterValue, build_stats_params

MAX_OBJECTS: Final = 100  # the server's cap, the totals row included
MAX_GROUPS: Final = MAX_OBJECTS - 1
SLOW_GROUPINGS: Final = 3  # from here the provider warns it gets slow (and the sandbox is "heavy")
MESSAGE_CODE: Final = re.compile(f"[{''.join(t.value for t in MessageType)}]_[1-9][0-9]*")
POST_CODE: Final = re.compile(f"[{''.join(t.value for t in PostType)}]_[1-9][0-9]*")


class DefinitionError(ValueError):
    """A stored report definition cannot be read; the message says what is wrong."""


class Period(StrEnum):
    SERVER_DEFAULT = "server_default"  # no date filter: the server applies the last week
    LAST_7_DAYS = "last_7_days"
    LAST_30_DAYS = "last_30_days"
    LAST_90_DAYS = "last_90_days"
    THIS_MONTH = "this_month"
    CUSTOM = "custom"
    LIFETIME = "lifetime"  # a campaign's first to last sending day, looked up when picked


QUICK_DAYS: Final[dict[Period, int]] = {
    Period.LAST_7_DAYS: 7,
    Period.LAST_30_DAYS: 30,
    Period.LAST_90_DAYS: 90,
}
SERVER_DEFAULT_DAYS: Final = 7
# Shown beside the period while no dates are chosen, and beside the grouping fields.
SERVER_DEFAULT_NOTE: Final = "Without dates the server reports on the last week."
GROUPING_NOTE: Final = (
    "Each grouping field makes the report slower and may cut the result: the server sends at most "
    "99 rows and the totals."
)


@dataclass(frozen=True, slots=True)
class DateFilter:
    period: Period = Period.SERVER_DEFAULT
    start: date | None = None  # CUSTOM and LIFETIME only; either end may be open
    end: date | None = None

    @classmethod
    def quick(cls, period: Period) -> DateFilter:
        return cls(period)

    @classmethod
    def custom(cls, start: date | None, end: date | None) -> DateFilter:
        return cls(Period.CUSTOM, start, end)

    @classmethod
    def lifetime(cls, start: date, end: date) -> DateFilter:
        return cls(Period.LIFETIME, start, end)

    def resolve(self, today: date) -> tuple[date | None, date | None]:
        """The dates sent: (first day, last day), None for an open end."""
        if self.period in QUICK_DAYS:
            return today - timedelta(days=QUICK_DAYS[self.period] - 1), today
        if self.period is Period.THIS_MONTH:
            return today.replace(day=1), today
        if self.period is Period.SERVER_DEFAULT:
            return None, None
        return self.start, self.end

    def effective(self, today: date) -> tuple[date, date]:
        """The days the server will cover, the server's own last week included."""
        start, end = self.resolve(today)
        if start is None and end is None:
            return today - timedelta(days=SERVER_DEFAULT_DAYS), today
        return start or date(2000, 1, 1), end or today

    def to_json(self) -> dict[str, Any]:
        return {
            "period": self.period.value,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
        }

    @classmethod
    def from_json(cls, value: Any) -> DateFilter:
        data = expect_object(value, "dates")
        try:
            period = Period(data.get("period", Period.SERVER_DEFAULT.value))
        except ValueError:
            raise DefinitionError(f"unknown period {data.get('period')!r}") from None
        return cls(period, _date(data.get("start"), "start"), _date(data.get("end"), "end"))


@dataclass(frozen=True, slots=True)
class ReportFilters:
    message_type: str | None = None  # L, W, G or S
    post_type: str | None = None  # S, B, A, C, P, T or U
    messages: tuple[str, ...] = ()  # L_1369 ...
    posts: tuple[str, ...] = ()  # S_5682 ...
    project_id: int | None = None
    dates: DateFilter = field(default_factory=DateFilter)

    def to_json(self) -> dict[str, Any]:
        return {
            "message_type": self.message_type,
            "post_type": self.post_type,
            "messages": list(self.messages),
            "posts": list(self.posts),
            "project_id": self.project_id,
            "dates": self.dates.to_json(),
        }

    @classmethod
    def from_json(cls, value: Any) -> ReportFilters:
        data = expect_object(value, "filters")
        project = data.get("project_id")
        if project is not None and (not isinstance(project, int) or isinstance(project, bool)):
            raise DefinitionError("project_id must be a number")
        return cls(
            message_type=_optional_text(data.get("message_type"), "message_type"),
            post_type=_optional_text(data.get("post_type"), "post_type"),
            messages=expect_names(data.get("messages", []), "messages"),
            posts=expect_names(data.get("posts", []), "posts"),
            project_id=project,
            dates=DateFilter.from_json(data.get("dates", {})),
        )


class Severity(StrEnum):
    ERROR = "error"  # the report cannot run like this
    WARNING = "warning"  # it runs, but the answer may disappoint
    NOTE = "note"  # worth knowing


def _says(text: str) -> str:
    """A problem's template, marked for translation where the report pane shows it."""
    return QT_TRANSLATE_NOOP("ReportProblems", text)


@dataclass(frozen=True, slots=True)
class Problem:
    """``text`` is an English template (``{0}``...) the UI translates before formatting."""

    severity: Severity
    text: str
    args: tuple[str, ...] = ()
    field: str | None = None  # the field or filter it is about

    @property
    def message(self) -> str:
        return self.text.format(*self.args)


@dataclass(frozen=True, slots=True)
class ReportQuery:
    groupings: tuple[str, ...] = ()
    metrics: tuple[str, ...] = ()  # aggregated fields, as typed (unknown names allowed)
    filters: ReportFilters = field(default_factory=ReportFilters)

    def normalized(self) -> ReportQuery:
        """Names stripped, empties and repeats dropped, order kept."""
        groupings = _unique(self.groupings)
        metrics = tuple(m for m in _unique(self.metrics) if m not in groupings)
        filters = replace(
            self.filters, messages=_unique(self.filters.messages), posts=_unique(self.filters.posts)
        )
        return ReportQuery(groupings, metrics, filters)

    def fields(self) -> list[str]:
        query = self.normalized()
        return [*query.groupings, *query.metrics]

    def client_filters(self, today: date) -> dict[str, FilterValue]:
        """The ``filters`` argument of ``ApiClient.stats.query``, in the order they are sent."""
        f = self.normalized().filters
        out: dict[str, FilterValue] = {}
        if f.message_type:
            out["message_type"] = f.message_type
        if f.post_type:
            out["post_type"] = f.post_type
        if f.messages:
            out["message"] = _one_or_in(f.messages)
        if f.posts:
            out["post"] = _one_or_in(f.posts)
        if f.project_id is not None:
            out["project_id"] = str(f.project_id)
        start, end = f.dates.resolve(today)
        bounds = ([f"ge:{start.isoformat()}"] if start else []) + ([f"le:{end.isoformat()}"] if end else [])
        if bounds:
            out["date"] = bounds
        return out

    def params(self, today: date) -> list[tuple[str, str]]:
        """The exact query parameters sent, in order (keys repeat for the two dates)."""
        return build_stats_params(self.fields(), self.client_filters(today))

    def query_string(self, today: date) -> str:
        """The parameters as a readable (not percent-encoded) query string."""
        return "&".join(f"{key}={value}" for key, value in self.params(today))

    def problems(self, today: date) -> list[Problem]:
        return check_query(self, today)

    def can_run(self, today: date) -> bool:
        return not any(p.severity is Severity.ERROR for p in self.problems(today))

    def to_json(self) -> dict[str, Any]:
        return {
            "groupings": list(self.groupings),
            "metrics": list(self.metrics),
            "filters": self.filters.to_json(),
        }

    @classmethod
    def from_json(cls, value: Any) -> ReportQuery:
        data = expect_object(value, "query")
        return cls(
            groupings=expect_names(data.get("groupings", []), "groupings"),
            metrics=expect_names(data.get("metrics", []), "metrics"),
            filters=ReportFilters.from_json(data.get("filters", {})),
        )


def check_query(query: ReportQuery, today: date) -> list[Problem]:
    """Everything worth telling the user about ``query`` before it runs, errors first."""
    q = query.normalized()
    problems: list[Problem] = []
    if not q.metrics:
        figure = _says("Choose at least one figure to show, such as Delivered.")
        problems.append(Problem(Severity.ERROR, figure))
    for name in q.groupings:
        if field_kind(name) is not FieldKind.GROUPING:
            not_grouping = _says("“{0}” is not a field to group by.")
            problems.append(Problem(Severity.ERROR, not_grouping, (name,), field=name))
    for name in q.metrics:
        kind = field_kind(name)
        if kind is FieldKind.GROUPING:
            problems.append(Problem(
                Severity.ERROR, _says("“{0}” is a field to group by, not a figure: pick it under Group by."),
                (name,), field=name,
            ))  # fmt: skip
        elif kind is FieldKind.UNKNOWN:
            problems.append(Problem(
                Severity.WARNING,
                _says("“{0}” is not a field this app knows. It is sent as typed; if the server does not "
                "know it either, it will say so."), (name,), field=name,
            ))  # fmt: skip
        elif is_uncertain(name):
            problems.append(Problem(
                Severity.NOTE,
                _says("The provider's reference misprints the name of “{0}”; if the server rejects it, "
                "type the name your provider uses under Other field."), (name,), field=name,
            ))  # fmt: skip
    problems.extend(_filter_problems(q.filters, today))
    if len(q.groupings) >= SLOW_GROUPINGS:
        problems.append(Problem(
            Severity.WARNING,
            _says("{0} grouping fields: the report will be slow and may be cut at {1} rows. "
            "Drop a grouping field or narrow the dates if it takes too long."),
            (str(len(q.groupings)), str(MAX_GROUPS)),
        ))  # fmt: skip
    estimate = estimated_groups(q, today)
    if estimate is not None and estimate > MAX_GROUPS:
        problems.append(Problem(
            Severity.WARNING,
            _says("This asks for about {0} rows but the server sends at most {1}: the rest will be cut. "
            "Narrow the dates or group by fewer fields."),
            (str(estimate), str(MAX_GROUPS)),
        ))  # fmt: skip
    order = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.NOTE: 2}
    return sorted(problems, key=lambda p: order[p.severity])


def _filter_problems(f: ReportFilters, today: date) -> list[Problem]:
    problems: list[Problem] = []
    if f.message_type and f.message_type not in {t.value for t in MessageType}:
        problems.append(
            Problem(Severity.ERROR, _says("Unknown message type “{0}”."), (f.message_type,), "message_type")
        )
    if f.post_type and f.post_type not in {t.value for t in PostType}:
        unknown = _says("Unknown campaign type “{0}”.")
        problems.append(Problem(Severity.ERROR, unknown, (f.post_type,), "post_type"))
    for code in f.messages:
        if not MESSAGE_CODE.fullmatch(code):
            problems.append(Problem(
                Severity.ERROR, _says("“{0}” does not name an email: it should look like L_1369."),
                (code,), "message",
            ))  # fmt: skip
    for code in f.posts:
        if not POST_CODE.fullmatch(code):
            problems.append(Problem(
                Severity.ERROR, _says("“{0}” does not name a campaign: it should look like S_5682."),
                (code,), "post",
            ))  # fmt: skip
    if f.project_id is not None and f.project_id <= 0:
        positive = _says("The project number must be positive.")
        problems.append(Problem(Severity.ERROR, positive, (), "project_id"))
    start, end = f.dates.resolve(today)
    if start and end and start > end:
        problems.append(Problem(
            Severity.ERROR,
            _says("The start date {0} is after the end date {1}: swap them or pick other dates."),
            (start.isoformat(), end.isoformat()), "date",
        ))  # fmt: skip
    elif start and start > today:
        problems.append(Problem(
            Severity.WARNING, _says("The period starts in the future ({0}): there is nothing to report yet."),
            (start.isoformat(),), "date",
        ))  # fmt: skip
    if f.dates.period in (Period.CUSTOM, Period.LIFETIME) and start is None and end is not None:
        problems.append(Problem(
            Severity.NOTE, _says("The period has no first day: the server counts from the very beginning, "
            "which can be slow."), (), "date",
        ))  # fmt: skip
    return problems


_BOUNDED: Final[dict[str, int]] = {"hour": 24, "day_of_week": 7, "day_of_month": 31, "message_type": 4}


def estimated_groups(query: ReportQuery, today: date) -> int | None:
    """How many rows the grouping could give at most, when the fields make it knowable."""
    q = query.normalized()
    if not q.groupings:
        return 1
    start, end = q.filters.dates.effective(today)
    days = max(1, (end - start).days + 1)
    sizes: dict[str, int] = {
        **_BOUNDED,
        "date": days,
        "week": days // 7 + 1,
        "month_year": days // 28 + 1,
        "quarter": days // 90 + 1,
        "year": days // 365 + 1,
    }
    if q.filters.messages:
        sizes["message"] = len(q.filters.messages)
    if q.filters.posts:
        sizes["post"] = len(q.filters.posts)
    estimate = 1
    for name in q.groupings:
        if name not in sizes:
            return None  # campaigns, countries...: the data decides
        estimate *= sizes[name]
    return estimate


def _one_or_in(codes: Sequence[str]) -> str:
    return codes[0] if len(codes) == 1 else "in:" + ",".join(codes)


def _unique(names: Sequence[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(n.strip() for n in names if n and n.strip()))


# -- reading stored JSON -----------------------------------------------------------------


def expect_object(value: Any, what: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise DefinitionError(f"{what} must be an object")
    return value


def expect_names(value: Any, what: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise DefinitionError(f"{what} must be a list of names")
    return tuple(value)


def _optional_text(value: Any, what: str) -> str | None:
    if value is None or isinstance(value, str):
        return value or None
    raise DefinitionError(f"{what} must be text")


def _date(value: Any, what: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise DefinitionError(f"{what} is not a date: {value!r}") from None
