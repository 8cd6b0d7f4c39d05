"""Who an import goes to (the key of its saved progress), and the country of phone numbers."""

from __future__ import annotations

from collections.abc import Mapping

from app.profile_import.values import phone_regions


def target_key(base_url: str, login: str) -> str:
    """``login@https://esp.example.com/api/v1/``: the same server and login, whether named by
    an account in the wizard or by ``--base-url`` on the command line."""
    from app.api.base_url import check_base_url

    return f"{login}@{check_base_url(base_url)}"


def demo_target_key(account_id: int) -> str:
    """The demo account's server changes its port every run: it is keyed by the account."""
    return f"demo:{account_id}"


def phone_region_from_environment(environ: Mapping[str, str]) -> str | None:
    """The territory of the POSIX locale (``ru_RU.UTF-8`` -> ``RU``): LC_ALL, else
    LC_TELEPHONE, else LANG; None for ``C``/``POSIX`` or a territory phonenumbers lacks."""
    for variable in ("LC_ALL", "LC_TELEPHONE", "LANG"):
        value = environ.get(variable, "").strip()
        if value:
            return region_of_locale(value)
    return None


def region_of_locale(name: str) -> str | None:
    """``de_AT`` or ``de-AT`` or ``de_AT.UTF-8@euro`` -> ``AT``."""
    base = name.split(".", 1)[0].split("@", 1)[0].replace("-", "_")
    _, sep, territory = base.partition("_")
    region = territory.upper()
    return region if sep and region in phone_regions() else None
