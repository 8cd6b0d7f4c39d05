"""The small, fixed dimensions of the synthetic statistics: places, mail clients, shapes.

Weights are rough shares of an audience, chosen to look plausible in a report (Russian
readers mostly in Russia and on Yandex or Mail.ru, Apple Mail opening more because of
privacy prefetch, a daytime hour curve), not measured from any real data.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Final

# city, region, country, weight within its country
CITIES: Final[tuple[tuple[str, str, str, int], ...]] = (
    ("Moscow", "Moscow", "Russia", 40),
    ("Saint Petersburg", "Saint Petersburg", "Russia", 20),
    ("Novosibirsk", "Novosibirsk Oblast", "Russia", 8),
    ("Yekaterinburg", "Sverdlovsk Oblast", "Russia", 8),
    ("Kazan", "Tatarstan", "Russia", 6),
    ("Almaty", "Almaty", "Kazakhstan", 10),
    ("Berlin", "Berlin", "Germany", 30),
    ("Munich", "Bavaria", "Germany", 20),
    ("Hamburg", "Hamburg", "Germany", 15),
    ("Cologne", "North Rhine-Westphalia", "Germany", 12),
    ("Paris", "Île-de-France", "France", 40),
    ("Lyon", "Auvergne-Rhône-Alpes", "France", 15),
    ("Marseille", "Provence-Alpes-Côte d'Azur", "France", 12),
    ("Rome", "Lazio", "Italy", 30),
    ("Milan", "Lombardy", "Italy", 30),
    ("Naples", "Campania", "Italy", 12),
    ("Madrid", "Community of Madrid", "Spain", 35),
    ("Barcelona", "Catalonia", "Spain", 30),
    ("Valencia", "Valencian Community", "Spain", 12),
    ("Istanbul", "Istanbul", "Turkey", 45),
    ("Ankara", "Ankara", "Turkey", 20),
    ("Izmir", "Izmir", "Turkey", 12),
    ("Warsaw", "Masovian Voivodeship", "Poland", 30),
    ("Kraków", "Lesser Poland Voivodeship", "Poland", 18),
    ("Wrocław", "Lower Silesian Voivodeship", "Poland", 12),
    ("Beijing", "Beijing", "China", 30),
    ("Shanghai", "Shanghai", "China", 30),
    ("Shenzhen", "Guangdong", "China", 20),
    ("Seoul", "Seoul", "South Korea", 50),
    ("Busan", "Busan", "South Korea", 15),
    ("Incheon", "Incheon", "South Korea", 10),
    ("London", "England", "United Kingdom", 40),
    ("Manchester", "England", "United Kingdom", 12),
    ("Edinburgh", "Scotland", "United Kingdom", 8),
    ("New York", "New York", "United States", 30),
    ("San Francisco", "California", "United States", 15),
    ("Chicago", "Illinois", "United States", 12),
)

# Where readers of each language live; a little spread so every report shows a tail.
LANGUAGE_COUNTRIES: Final[dict[str, tuple[tuple[str, int], ...]]] = {
    "ru": (("Russia", 86), ("Kazakhstan", 7), ("Germany", 4), ("United States", 3)),
    "en": (("United States", 45), ("United Kingdom", 35), ("Germany", 6), ("France", 4), ("Spain", 4)),
    "de": (("Germany", 92), ("United States", 4), ("Poland", 4)),
    "fr": (("France", 92), ("United Kingdom", 4), ("Spain", 4)),
    "it": (("Italy", 94), ("Germany", 3), ("France", 3)),
    "es": (("Spain", 88), ("United States", 9), ("France", 3)),
    "tr": (("Turkey", 93), ("Germany", 7)),
    "pl": (("Poland", 92), ("United Kingdom", 5), ("Germany", 3)),
    "zh": (("China", 95), ("United States", 5)),
    "ko": (("South Korea", 95), ("United States", 5)),
}

_DEFAULT_CLIENTS: Final = (
    ("Gmail", 38),
    ("Apple Mail", 22),
    ("Outlook", 16),
    ("Samsung Email", 6),
    ("Thunderbird", 3),
    ("Other", 6),
)
COUNTRY_CLIENTS: Final[dict[str, tuple[tuple[str, int], ...]]] = {
    "Russia": (
        ("Yandex Mail", 30),
        ("Mail.ru", 25),
        ("Gmail", 24),
        ("Apple Mail", 12),
        ("Outlook", 5),
        ("Other", 4),
    ),
    "Kazakhstan": (("Mail.ru", 30), ("Gmail", 30), ("Yandex Mail", 20), ("Apple Mail", 10), ("Other", 10)),
    "China": (("QQ Mail", 42), ("NetEase Mail", 20), ("Apple Mail", 20), ("Outlook", 10), ("Other", 8)),
    "South Korea": (("Naver Mail", 45), ("Gmail", 20), ("Apple Mail", 17), ("Daum Mail", 12), ("Other", 6)),
}

# How much more (or less) a client's users open: Apple Mail prefetches images.
CLIENT_OPEN_FACTOR: Final[dict[str, float]] = {
    "Apple Mail": 1.45,
    "Gmail": 1.0,
    "Outlook": 0.85,
    "Yandex Mail": 0.95,
    "Mail.ru": 0.9,
    "QQ Mail": 0.9,
    "NetEase Mail": 0.85,
    "Naver Mail": 1.0,
    "Daum Mail": 0.9,
    "Samsung Email": 0.95,
    "Thunderbird": 0.9,
    "Other": 0.8,
}

# Triggered sending follows people's day: quiet at night, peaks mid-morning and evening.
HOUR_ACTIVITY: Final[tuple[float, ...]] = (
    1.0, 0.6, 0.4, 0.3, 0.3, 0.5, 1.2, 2.5, 4.0, 5.0, 5.5, 5.2,
    4.8, 4.6, 4.5, 4.4, 4.3, 4.5, 5.0, 5.5, 5.2, 4.0, 2.8, 1.6,
)  # fmt: skip

# Monday first, as date.weekday() counts.
WEEKDAY_VOLUME: Final[tuple[float, ...]] = (1.05, 1.08, 1.1, 1.08, 1.0, 0.75, 0.7)
WEEKDAY_OPENS: Final[tuple[float, ...]] = (1.0, 1.05, 1.06, 1.04, 0.98, 0.93, 0.94)


def season_volume(day: date) -> float:
    """More mail before the winter holidays, a little less in summer."""
    return 1.0 + 0.15 * math.cos(2 * math.pi * (day.timetuple().tm_yday - 350) / 365.25)


def season_opens(day: date) -> float:
    """Opens dip in July and August."""
    return 1.0 - 0.08 * math.cos(2 * math.pi * (day.timetuple().tm_yday - 205) / 365.25)


def clients_of(country: str) -> tuple[tuple[str, int], ...]:
    return COUNTRY_CLIENTS.get(country, _DEFAULT_CLIENTS)


def calendar_row(day: date) -> tuple[str, int, int, int, int, int, int, int]:
    """(date, year, quarter, month, day_of_month, ISO day_of_week, ISO year, ISO week)."""
    iso = day.isocalendar()
    quarter = (day.month + 2) // 3
    return (day.isoformat(), day.year, quarter, day.month, day.day, iso.weekday, iso.year, iso.week)
