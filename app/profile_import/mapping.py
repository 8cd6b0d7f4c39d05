"""Which column of the file goes where: an identifier, a profile field, or nowhere.

Targets are spelled as on the command line: ``uid``, ``phone``, ``email``, ``wp_token``,
``field:NAME`` or ``skip``. A column whose header reads like an identifier (``E-mail``,
``Phone number``) or like a declared field (``First name`` for ``first_name``) is mapped by
itself; every other column is skipped until the user maps it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from app.domain.profile_fields import ProfileFieldType, field_name_problem
from app.profile_import.problems import QT_TRANSLATE_NOOP, MappingProblemError, Problem, ProblemKind


class TargetKind(StrEnum):
    UID = "uid"
    PHONE = "phone"
    EMAIL = "email"
    WP_TOKEN = "wp_token"  # noqa: S105 - an identifier's name, not a secret
    FIELD = "field"
    SKIP = "skip"


IDENTIFIER_KINDS: Final = (TargetKind.UID, TargetKind.PHONE, TargetKind.EMAIL, TargetKind.WP_TOKEN)


@dataclass(frozen=True, slots=True)
class Target:
    kind: TargetKind
    field: str = ""  # the profile field's name, for FIELD

    def __str__(self) -> str:
        return f"field:{self.field}" if self.kind is TargetKind.FIELD else self.kind.value

    @property
    def is_identifier(self) -> bool:
        return self.kind in IDENTIFIER_KINDS


SKIP: Final = Target(TargetKind.SKIP)


def field_target(name: str) -> Target:
    return Target(TargetKind.FIELD, name)


def parse_target(text: str) -> Target:
    """``"email"`` -> EMAIL, ``"field:city"`` -> the field city; :class:`MappingProblemError` else."""
    value = text.strip()
    kind, sep, name = value.partition(":")
    if sep and kind.strip().lower() == "field":
        name = name.strip()
        problem = field_name_problem(name)
        if problem is not None:
            raise MappingProblemError([_bad_field_name(name)])
        return field_target(name)
    try:
        target = Target(TargetKind(value.lower()))
    except ValueError:
        target = None
    if target is None or target.kind is TargetKind.FIELD:
        raise MappingProblemError(
            [
                Problem(
                    ProblemKind.MAPPING,
                    QT_TRANSLATE_NOOP(
                        "ProfileImport",
                        "“{0}” is not a target: use uid, phone, email, wp_token, field:NAME or skip.",
                    ),
                    (text,),
                )
            ]
        )
    return target


def _bad_field_name(name: str, column: str | None = None) -> Problem:
    if column is None:
        return Problem(
            ProblemKind.MAPPING,
            QT_TRANSLATE_NOOP(
                "ProfileImport",
                "“{0}” cannot be a field name: use Latin letters, digits and underscores, starting with a "
                "letter (at most 64).",
            ),
            (name,),
        )
    return Problem(
        ProblemKind.MAPPING,
        QT_TRANSLATE_NOOP(
            "ProfileImport",
            "Column {0}: “{1}” cannot be a field name: use Latin letters, digits and underscores, starting "
            "with a letter (at most 64).",
        ),
        (column, name),
    )


# Header spellings seen in exports (English and Russian), compared without case, spaces,
# underscores, hyphens or dots.
_ALIASES: Final = {
    TargetKind.UID: ("uid", "userid"),
    TargetKind.EMAIL: ("email", "emailaddress", "mail", "почта", "электроннаяпочта", "емейл"),
    TargetKind.PHONE: (
        "phone", "phonenumber", "mobile", "mobilephone", "telephone", "tel", "cellphone",
        "телефон", "мобильный", "мобильныйтелефон", "номертелефона",
    ),
    TargetKind.WP_TOKEN: ("wptoken", "webpushtoken", "pushtoken"),
}  # fmt: skip
_SEPARATORS: Final = re.compile(r"[\s_\-.]+")
_POSITION: Final = re.compile(r"#([0-9]+)")


def header_key(name: str) -> str:
    """``"E-mail "`` and ``"email"`` alike: what automatic mapping compares."""
    return _SEPARATORS.sub("", name.casefold())


_BY_ALIAS: Final = {alias: Target(kind) for kind, aliases in _ALIASES.items() for alias in aliases}


def column_title(header: Sequence[str], index: int) -> str:
    """How messages name a column: its header, or ``#3`` when it has none."""
    name = header[index].strip() if index < len(header) else ""
    return f"“{name}”" if name else f"#{index + 1}"


def auto_map(header: Sequence[str], declared: Mapping[str, ProfileFieldType]) -> list[Target]:
    """A target per column; the first column for each identifier or declared field wins."""
    fields = {header_key(name): name for name in sorted(declared)}
    taken: set[Target] = set()
    targets: list[Target] = []
    for name in header:
        key = header_key(name)
        target = _BY_ALIAS.get(key)
        if target is None and key in fields:
            target = field_target(fields[key])
        if target is None or target in taken:
            targets.append(SKIP)
            continue
        taken.add(target)
        targets.append(target)
    return targets


def find_column(header: Sequence[str], name: str) -> int:
    """The index of the column called ``name`` (exactly, else ignoring case and spacing), or
    given by its position as ``#3`` (for a column with no name)."""
    position = _POSITION.fullmatch(name.strip())
    if position and 1 <= int(position.group(1)) <= len(header) and name not in header:
        return int(position.group(1)) - 1
    exact = [i for i, title in enumerate(header) if title == name]
    if len(exact) == 1:
        return exact[0]
    loose = [i for i, title in enumerate(header) if header_key(title) == header_key(name)]
    if len(exact) > 1 or len(loose) > 1:
        template = QT_TRANSLATE_NOOP(
            "ProfileImport", "More than one column is called “{0}”: rename one in the file."
        )
        raise MappingProblemError([Problem(ProblemKind.MAPPING, template, (name,))])
    if not loose:
        template = QT_TRANSLATE_NOOP("ProfileImport", "The file has no column “{0}”; its columns are: {1}.")
        shown = ", ".join(title or f"#{i + 1}" for i, title in enumerate(header))
        raise MappingProblemError([Problem(ProblemKind.MAPPING, template, (name, shown))])
    return loose[0]


def apply_overrides(
    header: Sequence[str], targets: Sequence[Target], overrides: Sequence[tuple[str, Target]]
) -> list[Target]:
    """``targets`` with the columns named in ``overrides`` (COLUMN, TARGET) mapped as given."""
    result = list(targets)
    problems: list[Problem] = []
    for column, target in overrides:
        try:
            result[find_column(header, column)] = target
        except MappingProblemError as error:
            problems.extend(error.problems)
    if problems:
        raise MappingProblemError(problems)
    return result


def mapping_problems(header: Sequence[str], targets: Sequence[Target]) -> list[Problem]:
    """What keeps this mapping from importing anything; empty when it is usable."""
    if len(targets) != len(header):
        raise ValueError(f"{len(targets)} targets for {len(header)} columns")
    problems: list[Problem] = []
    first: dict[Target, int] = {}
    for index, target in enumerate(targets):
        if target.kind is TargetKind.SKIP:
            continue
        if target.kind is TargetKind.FIELD and field_name_problem(target.field) is not None:
            problems.append(_bad_field_name(target.field, column_title(header, index)))
        earlier = first.setdefault(target, index)
        if earlier != index:
            problems.append(
                Problem(
                    ProblemKind.MAPPING,
                    QT_TRANSLATE_NOOP(
                        "ProfileImport",
                        "Columns {0} and {1} are both mapped to {2}: keep one, skip the other.",
                    ),
                    (column_title(header, earlier), column_title(header, index), str(target)),
                    column=index,
                )
            )
    if not any(target.is_identifier for target in targets):
        problems.append(
            Problem(
                ProblemKind.MAPPING,
                QT_TRANSLATE_NOOP(
                    "ProfileImport",
                    "No column is mapped to an identifier: map the column that says who the profile is to "
                    "uid, phone, email or wp_token.",
                ),
            )
        )
    return problems


def check_mapping(header: Sequence[str], targets: Sequence[Target]) -> None:
    problems = mapping_problems(header, targets)
    if problems:
        raise MappingProblemError(problems)
