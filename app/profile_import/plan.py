"""What an import does: which file, read how, mapped how, sent how, and where rejects go."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from app.domain.profile_fields import ProfileFieldType
from app.profile_import.mapping import Target, TargetKind, parse_target
from app.profile_import.problems import QT_TRANSLATE_NOOP, Problem, ProblemKind, ResumeMismatchError
from app.profile_import.rejects import default_rejects_path
from app.profile_import.source import SourceFormat

DEFAULT_BATCH_SIZE: Final = 1000
DEFAULT_CONCURRENCY: Final = 4
MAX_BATCH_SIZE: Final = 10_000
MAX_CONCURRENCY: Final = 32


@dataclass(frozen=True)
class ImportPlan:
    path: Path
    format: SourceFormat
    targets: tuple[Target, ...]  # one per column of the header
    field_types: Mapping[str, ProfileFieldType] = field(default_factory=dict)  # unknown: String
    batch_size: int = DEFAULT_BATCH_SIZE
    concurrency: int = DEFAULT_CONCURRENCY
    phone_region: str | None = None  # the country of numbers written without +code
    rejects_path: Path | None = None  # None: beside the file

    def __post_init__(self) -> None:
        if not 1 <= self.batch_size <= MAX_BATCH_SIZE:
            raise ValueError(f"the batch size must be between 1 and {MAX_BATCH_SIZE}")
        if not 1 <= self.concurrency <= MAX_CONCURRENCY:
            raise ValueError(f"the concurrency must be between 1 and {MAX_CONCURRENCY}")

    @property
    def rejects(self) -> Path:
        return self.rejects_path or default_rejects_path(self.path)

    def field_type(self, name: str) -> ProfileFieldType:
        return self.field_types.get(name, ProfileFieldType.STRING)

    def cut(self) -> dict[str, Any]:
        """The settings that decide how the file is cut into batches (and so which batch
        an interrupted import confirmed): a resumed import must use the same."""
        fields = {t.field: self.field_type(t.field).value for t in self.targets if t.kind is TargetKind.FIELD}
        return {
            "encoding": self.format.encoding,
            "delimiter": self.format.delimiter,
            "targets": [str(t) for t in self.targets],
            "field_types": dict(sorted(fields.items())),
            "batch_size": self.batch_size,
            "phone_region": self.phone_region,
        }

    @classmethod
    def from_cut(cls, path: Path, cut: Mapping[str, Any], **options: Any) -> ImportPlan:
        """The plan an interrupted import was made with (``options``: concurrency, rejects_path)."""
        return cls(
            path=path,
            format=SourceFormat(str(cut["encoding"]), str(cut["delimiter"])),
            targets=tuple(parse_target(str(t)) for t in cut["targets"]),
            field_types={str(k): ProfileFieldType(v) for k, v in dict(cut["field_types"]).items()},
            batch_size=int(cut["batch_size"]),
            phone_region=cut.get("phone_region") or None,
            **options,
        )


def differences(given: Mapping[str, Any], saved: Mapping[str, Any]) -> list[str]:
    """The settings (by name) in which ``given`` differs from the ``saved`` cut."""
    return [key for key in saved if given.get(key) != saved.get(key)]


_SETTING_NAMES: Final = {
    "encoding": QT_TRANSLATE_NOOP("ProfileImport", "encoding"),
    "delimiter": QT_TRANSLATE_NOOP("ProfileImport", "delimiter"),
    "targets": QT_TRANSLATE_NOOP("ProfileImport", "column mapping"),
    "field_types": QT_TRANSLATE_NOOP("ProfileImport", "field types"),
    "batch_size": QT_TRANSLATE_NOOP("ProfileImport", "batch size"),
    "phone_region": QT_TRANSLATE_NOOP("ProfileImport", "country of phone numbers"),
}


def resume_mismatch(settings: list[str]) -> ResumeMismatchError:
    """The error for resuming with other ``settings`` (names of :meth:`ImportPlan.cut`)."""
    names = ", ".join(_SETTING_NAMES.get(name, name) for name in settings)
    template = QT_TRANSLATE_NOOP(
        "ProfileImport",
        "The earlier import of this file was set up differently ({0}). Resume it with the same "
        "settings, or start it again from the beginning.",
    )
    return ResumeMismatchError([Problem(ProblemKind.FILE, template, (names,))])
