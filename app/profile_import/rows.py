"""One record of the file to the profile hashmap sent, or the problems that keep it out.

An empty cell sends nothing: it leaves the profile's value on the server as it is (the
reference has no way to say "erase"), and an empty identifier is no identifier. Every
problem of a row is reported at once, so fixing the rejects file takes one pass.
"""

from __future__ import annotations

import operator
from collections.abc import Mapping, Sequence
from typing import Any, Final

from app.domain.profile_fields import ProfileFieldType
from app.profile_import.mapping import Target, TargetKind, check_mapping, column_title
from app.profile_import.problems import QT_TRANSLATE_NOOP, Problem, ProblemKind
from app.profile_import.values import CONVERTERS, Convert, PhoneCheck, Unfit, check_email

SHOWN_VALUE_CHARS: Final = 60

_RAGGED: Final = QT_TRANSLATE_NOOP(
    "ProfileImport", "The row has {0} values but the file has {1} columns: a delimiter is missing or extra."
)
_NO_IDENTIFIER: Final = QT_TRANSLATE_NOOP(
    "ProfileImport", "The row has no uid, phone, email or wp_token: nothing says whose profile it is."
)
_KIND_OF: Final = {TargetKind.EMAIL: ProblemKind.EMAIL, TargetKind.PHONE: ProblemKind.PHONE}


def shown(value: str) -> str:
    """A cell as a message quotes it: short, on one line."""
    text = " ".join(value.split())
    return text if len(text) <= SHOWN_VALUE_CHARS else text[: SHOWN_VALUE_CHARS - 1] + "…"


class RowValidator:
    """Built once per import from the header and the mapping; :meth:`profile` per row."""

    def __init__(
        self,
        header: Sequence[str],
        targets: Sequence[Target],
        field_types: Mapping[str, ProfileFieldType],
        phone_region: str | None,
    ) -> None:
        check_mapping(header, targets)
        self.width = len(header)
        phone = PhoneCheck(phone_region)
        identity: dict[TargetKind, Convert] = {
            TargetKind.UID: str.strip, TargetKind.WP_TOKEN: str.strip, TargetKind.EMAIL: check_email,
            TargetKind.PHONE: phone,
        }  # fmt: skip
        # (column, key, convert, column title, kind of problem) and (column, field, convert, title)
        self._identifiers: list[tuple[int, str, Convert, str, ProblemKind]] = []
        self._fields: list[tuple[int, str, Convert, str]] = []
        for index, target in enumerate(targets):
            title = column_title(header, index)
            if target.is_identifier:
                kind = _KIND_OF.get(target.kind, ProblemKind.VALUE)
                self._identifiers.append((index, target.kind.value, identity[target.kind], title, kind))
            elif target.kind is TargetKind.FIELD:
                declared = field_types.get(target.field, ProfileFieldType.STRING)
                self._fields.append((index, target.field, CONVERTERS[declared], title))
        # The common row has every mapped cell filled and every value fitting: it is checked
        # with one converter per column in a row, at C speed between the calls; any other
        # row takes the cell-by-cell way below, which finds every problem.
        self._columns = [item[0] for item in self._identifiers] + [item[0] for item in self._fields]
        self._converts = [item[2] for item in self._identifiers] + [item[2] for item in self._fields]
        self._identifier_keys = [item[1] for item in self._identifiers]
        self._field_names = [item[1] for item in self._fields]
        self._pick = operator.itemgetter(*self._columns) if len(self._columns) > 1 else None

    def profile(self, cells: list[str]) -> tuple[dict[str, Any] | None, list[Problem]]:
        """The hashmap for ``cells`` and no problems, or None and every problem found."""
        if len(cells) != self.width:
            return None, [Problem(ProblemKind.RAGGED, _RAGGED, (str(len(cells)), str(self.width)))]
        if self._pick is not None and self._identifier_keys:
            picked = self._pick(cells)
            if all(map(str.strip, picked)):  # no cell empty or blank
                try:
                    values = list(map(operator.call, self._converts, picked))
                except Unfit:
                    pass  # told cell by cell below
                else:
                    count = len(self._identifier_keys)
                    profile = dict(zip(self._identifier_keys, values[:count], strict=True))
                    if self._field_names:
                        profile["fields"] = dict(zip(self._field_names, values[count:], strict=True))
                    return profile, []
        return self._check_each(cells)

    def _check_each(self, cells: list[str]) -> tuple[dict[str, Any] | None, list[Problem]]:
        profile: dict[str, Any] = {}
        problems: list[Problem] = []
        for index, key, convert, title, kind in self._identifiers:
            text = cells[index]
            if not text or text.isspace():
                continue
            try:
                profile[key] = convert(text)
            except Unfit as unfit:
                problems.append(Problem(kind, unfit.template, (title, shown(text), unfit.detail), index))
        fields: dict[str, Any] = {}
        for index, name, convert, title in self._fields:
            text = cells[index]
            if not text or text.isspace():
                continue
            try:
                fields[name] = convert(text)
            except Unfit as unfit:
                problems.append(Problem(ProblemKind.VALUE, unfit.template, (title, shown(text), name), index))
        if not profile and not problems:
            problems.append(Problem(ProblemKind.NO_IDENTIFIER, _NO_IDENTIFIER))
        if problems:
            return None, problems
        if fields:
            profile["fields"] = fields
        return profile, problems
