"""What can be wrong with a file, a mapping or a row, in sentences a content editor reads.

Every message is an English template with its values apart (``"Column {0}: ..."``), so the
UI can translate the template (context ``ProfileImport``) and then fill the values in;
:attr:`Problem.text` is the English sentence the command line prints. The templates are
marked with ``QT_TRANSLATE_NOOP`` so lupdate finds them although nothing here imports Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

CONTEXT: Final = "ProfileImport"

Translate = Callable[[str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` (lupdate looks for this name); it is
    translated where it is shown."""
    return text


def untranslated(template: str) -> str:
    return template


class ProblemKind(StrEnum):
    """Why a row is not imported (the validation report counts rows per kind), or why the
    import cannot start (FILE, MAPPING)."""

    FILE = "file"  # the file as a whole: missing, empty, binary, another encoding
    MAPPING = "mapping"  # the columns' mapping
    UNREADABLE = "unreadable"  # a quote that never closes, a line too long, a quote out of place
    RAGGED = "ragged"  # more or fewer values than the header has columns
    NO_IDENTIFIER = "no_identifier"  # none of uid, phone, email, wp_token
    EMAIL = "email"  # not a valid email address
    PHONE = "phone"  # not a valid phone number
    VALUE = "value"  # a value that does not fit its field's type
    SERVER = "server"  # the server refused it


@dataclass(frozen=True, slots=True)
class Problem:
    kind: ProblemKind
    template: str
    values: tuple[str, ...] = ()
    column: int | None = None  # index of the column it is about, when one

    @property
    def text(self) -> str:
        return self.template.format(*self.values)

    def translated(self, translate: Translate) -> str:
        return translate(self.template).format(*self.values)


def reason_text(problems: Sequence[Problem], translate: Translate = untranslated) -> str:
    """All of a row's problems as one line (the rejects file's ``reason`` column)."""
    return " ".join(problem.translated(translate) for problem in problems)


class ProfileImportError(Exception):
    """The import cannot start or go on; ``problems`` say why, in the user's words."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__(reason_text(self.problems))

    def translated(self, translate: Translate) -> str:
        return reason_text(self.problems, translate)


class FileProblemError(ProfileImportError):
    """The file cannot be read as a CSV: missing, empty, binary, another encoding."""


class MappingProblemError(ProfileImportError):
    """The columns are not mapped so that rows can be imported."""


class ResumeMismatchError(ProfileImportError):
    """``--resume`` was asked with settings other than those of the interrupted import."""


def file_error(template: str, *values: object) -> FileProblemError:
    return FileProblemError([Problem(ProblemKind.FILE, template, tuple(str(v) for v in values))])


def megabytes(size: int) -> str:
    """A size for a sentence: ``10.0 MB``."""
    return f"{size / 1_000_000:.1f} MB"
