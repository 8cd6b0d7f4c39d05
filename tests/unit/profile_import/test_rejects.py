"""The rejects file: what it holds, where it goes, and the stale one an earlier run left."""

from __future__ import annotations

import csv
import os

import pytest

from app.profile_import.problems import FileProblemError, Problem, ProblemKind
from app.profile_import.rejects import RejectsFile, default_rejects_path

BAD_EMAIL = Problem(
    ProblemKind.EMAIL, "Column {0}: “{1}” is not a valid email address: {2}", ("“email”", "x@", "no")
)
RAGGED = Problem(ProblemKind.RAGGED, "The row has {0} values but the file has {1} columns.", ("1", "2"))


def read(path):
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


def test_rejected_rows_keep_their_number_reason_and_values(tmp_path) -> None:
    source = tmp_path / "list.csv"
    target = default_rejects_path(source)
    assert target == tmp_path / "list.rejected.csv"
    rejects = RejectsFile(target, ["uid", "email"], ";", translate=lambda t: t.replace("Column", "Spalte"))
    rejects.add(7, 9, [BAD_EMAIL], ["u7", "x@"])
    rejects.add(8, 10, [RAGGED], [], raw='8;"never closed\n')
    assert not target.exists()  # only once the import stops
    assert rejects.finish() == target
    assert read(target) == [
        ["row", "line", "reason", "uid", "email"],
        ["7", "9", "Spalte “email”: “x@” is not a valid email address: no", "u7", "x@"],
        ["8", "10", "The row has 1 values but the file has 2 columns.", '8;"never closed'],
    ]
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")  # a spreadsheet reads it as UTF-8
    assert rejects.count == 2 and rejects.by_kind == {ProblemKind.EMAIL: 1, ProblemKind.RAGGED: 1}
    assert [r.row for r in rejects.samples] == [7, 8]
    assert not list(tmp_path.glob(".*partial"))


def test_no_rejects_removes_the_file_an_earlier_run_wrote_but_nothing_else(tmp_path) -> None:
    target = tmp_path / "list.rejected.csv"
    earlier = RejectsFile(target, ["email"], ",")
    earlier.add(2, 2, [RAGGED], ["x"])
    earlier.finish()
    assert target.exists()
    assert RejectsFile(target, ["email"], ",").finish() is None
    assert not target.exists()
    target.write_text("my own notes\n")
    assert RejectsFile(target, ["email"], ",").finish() is None
    assert target.read_text() == "my own notes\n"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
def test_an_unwritable_place_is_refused_before_the_import(tmp_path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    with pytest.raises(FileProblemError, match="cannot be written"):
        RejectsFile(folder / "x.csv", ["email"], ",")


def test_a_missing_folder_is_refused_before_the_import(tmp_path) -> None:
    with pytest.raises(
        FileProblemError, match=r"The rejected rows cannot be written to .*Choose another file"
    ):
        RejectsFile(tmp_path / "no" / "such" / "x.csv", ["email"], ",")
