"""Which encoding a file is in, what an unreadable file is told, and the whole-file check."""

from __future__ import annotations

import codecs

import pytest

from app.profile_import.encoding import EncodingSource, codec_name, detect_encoding, hash_file, scan_file
from app.profile_import.problems import FileProblemError, ProblemKind
from app.profile_import.source import detect_format

RUSSIAN = "uid;Имя;Город\n1;Иван;Москва\n2;Пётр;Санкт-Петербург\n3;Юлия;Нижний Новгород\n"


def test_plain_utf8_is_strict_utf8(write_csv) -> None:
    path = write_csv("email,name\nana@example.com,Ана Мария\n")
    guess = detect_encoding(path)
    assert (guess.name, guess.source) == ("utf-8", EncodingSource.UTF8)


@pytest.mark.parametrize(
    ("bom", "codec", "expected"),
    [
        (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
        (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    ],
)
def test_a_byte_order_mark_decides(write_csv, bom, codec, expected) -> None:
    path = write_csv(bom + RUSSIAN.encode(codec))
    guess = detect_encoding(path)
    assert (guess.name, guess.source) == (expected, EncodingSource.BOM)
    fmt = detect_format(path)
    assert fmt.delimiter == ";"
    assert path.read_bytes().decode(fmt.encoding).startswith("uid;Имя")


def test_cp1251_is_detected_by_charset_normalizer(write_csv) -> None:
    path = write_csv(RUSSIAN * 20, encoding="cp1251")
    guess = detect_encoding(path)
    assert guess.source is EncodingSource.DETECTED
    assert guess.name == "cp1251"


def test_a_utf8_sample_cut_mid_character_is_still_utf8(write_csv) -> None:
    # 1 MiB sample boundary inside a two-byte character: the sample ends with half of it.
    text = "a" * (1024 * 1024 - 1) + "ж\n"
    path = write_csv(text)
    assert detect_encoding(path).name == "utf-8"


@pytest.mark.parametrize("content", [b"", b"   \n\r\n", codecs.BOM_UTF8, codecs.BOM_UTF16_LE + b"\n\x00"])
def test_an_empty_file_says_so(write_csv, content) -> None:
    path = write_csv(content)
    with pytest.raises(FileProblemError, match="is empty: there is nothing to import") as caught:
        detect_format(path)
    assert caught.value.problems[0].kind is ProblemKind.FILE


@pytest.mark.parametrize(
    "content",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",  # an image
        b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00",  # an .xlsx (a ZIP)
    ],
)
def test_a_binary_file_is_told_to_be_saved_as_csv(write_csv, content) -> None:
    path = write_csv(content * 50, name="contacts.xlsx")
    with pytest.raises(FileProblemError, match=r"is not a text file\. Save the spreadsheet as CSV"):
        detect_format(path)


def test_a_missing_file_and_a_folder(tmp_path) -> None:
    with pytest.raises(FileProblemError, match="does not exist"):
        detect_format(tmp_path / "nope.csv")
    with pytest.raises(FileProblemError, match="is a folder, not a file"):
        detect_format(tmp_path)


def test_an_unknown_encoding_name(write_csv) -> None:
    path = write_csv("email\na@example.com\n")
    with pytest.raises(FileProblemError, match="“klingon” is not an encoding name"):
        detect_format(path, encoding="klingon")
    assert codec_name("CP1251") == "cp1251"
    assert detect_format(path, encoding="Windows-1251").encoding == "cp1251"


def test_scan_names_the_first_line_that_does_not_decode(write_csv) -> None:
    # Valid UTF-8 for two megabytes (the detection sample), then one cp1251 line.
    good = "uid,name\n" + "".join(f"{i},Anna\n" for i in range(200_000))
    lines = good.count("\n")
    path = write_csv(good.encode() + "7,Ольга\n".encode("cp1251") + b"8,Olga\n")
    assert detect_encoding(path).name == "utf-8"  # the start of the file is fine
    with pytest.raises(FileProblemError, match=f"Line {lines + 1} of contacts.csv is not valid utf-8 text"):
        scan_file(path, "utf-8")
    scan = scan_file(path, "cp1251")  # every byte is some cp1251 character
    assert scan.size == path.stat().st_size
    assert scan.sha256 == hash_file(path)


def test_scan_reports_progress_and_keys_by_content(write_csv, tmp_path) -> None:
    path = write_csv("email\n" + "a@example.com\n" * 200_000)
    seen: list[tuple[int, int]] = []
    scan = scan_file(path, "utf-8", lambda done, size: seen.append((done, size)))
    assert seen[-1] == (path.stat().st_size, path.stat().st_size)
    assert len(seen) >= 2
    moved = tmp_path / "renamed.csv"
    path.rename(moved)
    assert scan_file(moved, "utf-8").sha256 == scan.sha256  # renamed: the same import
    moved.write_text("email\nb@example.com\n")
    assert scan_file(moved, "utf-8").sha256 != scan.sha256
