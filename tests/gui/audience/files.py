"""CSV files as users bring them: a Windows spreadsheet export, a UTF-8 one with a BOM, rows that fail."""

from __future__ import annotations

from pathlib import Path

# Saved by a Russian Excel: Windows-1251, semicolons, CRLF, headers in Russian.
CP1251_ROWS = [
    "Телефон;E-mail;Имя;Город;Возраст;Ник",
    "+7 999 123-45-67;ivan@example.ru;Иван;Москва;34;vanya",
    "8 (916) 555-01-02;olga@example.ru;Ольга;Санкт-Петербург;29;olya",
    "+7 903 777-88-99;petr@example.ru;Пётр;Нижний Новгород;41;petya",
    "+7 926 000-11-22;maria@example.ru;Мария;Екатеринбург;;masha",
    "+7 915 444-33-22;sergei@example.ru;Сергей;Казань;52;serg",
]


def cp1251_export(folder: Path) -> Path:
    path = folder / "выгрузка клиентов.csv"
    path.write_bytes(("\r\n".join(CP1251_ROWS) + "\r\n").encode("cp1251"))
    return path


def bom_export(folder: Path) -> Path:
    """UTF-8 with a byte order mark and semicolons, as Excel's "CSV UTF-8" saves it."""
    rows = [
        "uid;E-mail;first_name;city;vip;birthday",
        "c-1;anna@example.com;Anna;Zürich;true;1990-04-01",
        "c-2;bruno@example.com;Bruno;Köln;0;01.12.1985",
        "c-3;chloé@example.fr;Chloé;Besançon;1;",
    ]
    path = folder / "customers utf8.csv"
    path.write_bytes(b"\xef\xbb\xbf" + ("\r\n".join(rows) + "\r\n").encode("utf-8"))
    return path


BAD_ROWS = [
    "uid,email,age,city",
    "u1,a1@example.com,30,Rome",  # row 2
    "u2,not-an-email,31,Paris",  # row 3: invalid email
    ",,40,Nowhere",  # row 4: no identifier
    "u4,a4@example.com,forty,Rome",  # row 5: not a whole number
    "u5,a5@example.com,50",  # row 6: ragged
    'u6,"a6@example.com,60,Rome',  # row 7: a quote that never closes
    "u7,a7@example.com,70,Milan",  # row 8
    "u1,a1b@example.com,33,Turin",  # row 9: u1 again, merged into row 2, later values win
]


def bad_rows(folder: Path) -> Path:
    path = folder / "with problems.csv"
    path.write_text("\n".join(BAD_ROWS) + "\n", encoding="utf-8")
    return path


def many_rows(folder: Path, count: int, name: str = "many.csv") -> Path:
    path = folder / name
    lines = ["uid,email,city"] + [f"m{i},m{i}@example.com,City {i % 7}" for i in range(count)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
