"""What a sandbox process is started with: account, allow-list, declared fields, faults."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field
from pathlib import Path

from app.domain.profile_fields import ProfileFieldType, parse_declared_field

__all__ = ["ProfileFieldType", "SandboxSettings", "parse_declared_field", "parse_network"]

PROJECT_ID = 110  # the project every object belongs to, as in the reference's examples
DEFAULT_LOGIN = "demo"
DEFAULT_SECRET = "demo-secret"  # noqa: S105 - the documented default of a local emulator
SECRET_ENV = "CAMPAIGN_STUDIO_SANDBOX_SECRET"  # noqa: S105 - a variable name, not a secret

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 500  # a larger page_size is read as this, as Django REST framework does
MAX_JSON_BYTES = 64 * 1024 * 1024  # the largest JSON body kept in memory (a users batch is the big one)

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@dataclass(frozen=True)
class SandboxSettings:
    login: str = DEFAULT_LOGIN
    secret: str = field(default=DEFAULT_SECRET, repr=False)
    data_dir: Path | None = None
    allow_ip: tuple[Network, ...] = ()
    declared_fields: dict[str, ProfileFieldType] = field(default_factory=dict)
    faults: float = 0.0
    fault_kinds: tuple[str, ...] = ()  # empty: every kind
    seed: int | None = None
    demo: bool = False
    latency_ms: float = 0.0  # added to every answer, as a network round trip would
    max_json_bytes: int = MAX_JSON_BYTES

    def allows(self, address: str | None) -> bool:
        """True when ``address`` is inside one of the allowed networks (or there is no list)."""
        if not self.allow_ip:
            return True
        if address is None:
            return False
        try:
            ip = ipaddress.ip_address(address)
        except ValueError:
            return False
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        return any(ip.version == net.version and ip in net for net in self.allow_ip)


def parse_network(text: str) -> Network:
    try:
        return ipaddress.ip_network(text.strip(), strict=False)
    except ValueError:
        raise ValueError(f"{text!r} is not an IP address or CIDR network") from None
