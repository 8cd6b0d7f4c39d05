"""What the wizard's pages have settled so far; the upload reads the plan from it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.domain.profile_fields import ProfileFieldType
from app.services.import_service import (
    DEFAULT_BATCH_SIZE,
    DEFAULT_CONCURRENCY,
    ImportPlan,
    ImportSummary,
    Preview,
    SavedImportInfo,
    SourceFormat,
    Target,
    TargetKind,
)

FILE, MAPPING, REPORT, UPLOAD, SUMMARY = range(5)


@dataclass
class WizardState:
    path: Path | None = None
    format: SourceFormat | None = None
    preview: Preview | None = None
    declared: dict[str, ProfileFieldType] = field(default_factory=dict)  # the account's fields
    targets: list[Target] = field(default_factory=list)  # one per column of the header
    typed_fields: dict[str, ProfileFieldType] = field(default_factory=dict)  # named by hand
    phone_region: str | None = None
    batch_size: int = DEFAULT_BATCH_SIZE
    concurrency: int = DEFAULT_CONCURRENCY
    rejects_path: Path | None = None  # None: beside the file
    report: ImportSummary | None = None  # the validation report
    saved: SavedImportInfo | None = None  # an earlier import of this file to this account
    resume: bool = False  # the upload goes on with the saved import
    summary: ImportSummary | None = None  # how the upload ended
    failure: str = ""  # why the upload could not start

    @property
    def header(self) -> list[str]:
        return list(self.preview.header) if self.preview is not None else []

    def field_types(self) -> dict[str, ProfileFieldType]:
        """The type of every field the mapping sends to (declared, else typed by hand)."""
        types: dict[str, ProfileFieldType] = {}
        for target in self.targets:
            if target.kind is TargetKind.FIELD:
                kind = self.declared.get(target.field) or self.typed_fields.get(target.field)
                types[target.field] = kind or ProfileFieldType.STRING
        return types

    def plan(self) -> ImportPlan:
        assert self.path is not None and self.format is not None
        return ImportPlan(
            self.path,
            self.format,
            tuple(self.targets),
            field_types=self.field_types(),
            batch_size=self.batch_size,
            concurrency=self.concurrency,
            phone_region=self.phone_region,
            rejects_path=self.rejects_path,
        )

    def rejects_file(self) -> Path | None:
        if self.rejects_path is not None:
            return self.rejects_path
        return self.plan().rejects if self.path is not None and self.format is not None else None
