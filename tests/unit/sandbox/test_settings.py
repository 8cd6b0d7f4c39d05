"""Command-line settings of the sandbox: declared fields, networks, the allow-list check."""

from __future__ import annotations

import pytest

from app.sandbox.cli import build_parser, settings_from
from app.sandbox.settings import (
    DEFAULT_SECRET,
    SECRET_ENV,
    ProfileFieldType,
    SandboxSettings,
    parse_declared_field,
    parse_network,
)


def test_declared_fields_accept_any_case() -> None:
    assert parse_declared_field("pole1:String") == ("pole1", ProfileFieldType.STRING)
    assert parse_declared_field(" age : int ") == ("age", ProfileFieldType.INT)
    for bad in ("nocolon", ":Int", "x:Text"):
        with pytest.raises(ValueError):
            parse_declared_field(bad)


def test_allow_list() -> None:
    settings = SandboxSettings(allow_ip=(parse_network("10.0.0.0/8"), parse_network("2001:db8::/32")))
    assert settings.allows("10.1.2.3")
    assert settings.allows("::ffff:10.9.9.9")  # an IPv4 client on a dual-stack socket
    assert settings.allows("2001:db8::1")
    assert not settings.allows("127.0.0.1")
    assert not settings.allows(None)
    assert not settings.allows("not-an-ip")
    assert SandboxSettings().allows("203.0.113.9")  # no list: everyone


def test_secret_from_flag_then_environment_then_default(monkeypatch: pytest.MonkeyPatch) -> None:
    parser = build_parser()
    monkeypatch.delenv(SECRET_ENV, raising=False)
    assert settings_from(parser.parse_args([]), parser).secret == DEFAULT_SECRET
    monkeypatch.setenv(SECRET_ENV, "from-env")
    assert settings_from(parser.parse_args([]), parser).secret == "from-env"
    assert settings_from(parser.parse_args(["--secret", "flag"]), parser).secret == "flag"
    assert "from-env" not in repr(settings_from(parser.parse_args([]), parser))


def test_fault_rate_must_be_a_fraction() -> None:
    parser = build_parser()
    with pytest.raises(SystemExit):
        settings_from(parser.parse_args(["--faults", "1.5"]), parser)


def test_lists_accumulate_over_repeated_flags() -> None:
    parser = build_parser()
    args = parser.parse_args(["--allow-ip", "10.0.0.0/8", "192.168.0.0/16", "--allow-ip", "127.0.0.1",
                              "--declare-field", "a:Int", "--declare-field", "b:Date"])
    settings = settings_from(args, parser)
    assert len(settings.allow_ip) == 3
    assert settings.declared_fields == {"a": ProfileFieldType.INT, "b": ProfileFieldType.DATE}
