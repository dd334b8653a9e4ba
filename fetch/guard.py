"""Which addresses a link may reach: http/https only, and never this machine's or a private network's
addresses (server-side request forgery) unless the operator allowed that host."""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from .errors import Refused, Unreachable


@dataclass(frozen=True)
class Target:
    """A vetted link: the URL to request, the address to connect to, and the host it is for."""

    url: str
    host: str
    connect_url: str  # the URL with its host replaced by the vetted address: no second DNS lookup


def vet(url: str, allowed_hosts: frozenset[str]) -> Target:
    """Check a URL's scheme and every address its host resolves to; return where to connect."""
    try:
        parts = urlsplit(url)
        parts.hostname  # noqa: B018  (an unclosed IPv6 bracket raises here or above)
    except ValueError:
        raise Refused(url, "no_host") from None
    if parts.scheme not in ("http", "https"):
        raise Refused(url, "scheme")
    host = (parts.hostname or "").rstrip(".").lower()
    if not host:
        raise Refused(url, "no_host")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise Refused(url, "port") from None
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise Unreachable(url, "no_address", host=host) from None
    addresses = [ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]) for info in infos]
    if host not in allowed_hosts:  # as written in the link: allowing 127.0.0.1 does not allow "localhost"
        for address in addresses:
            if not _public(address):
                raise Refused(url, "private", host=host, address=str(address))
    address = addresses[0]
    literal = f"[{address}]" if address.version == 6 else str(address)
    netloc = f"{literal}:{port}"
    return Target(url, host, urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, "")))


def _public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """A globally routable unicast address (not private, loopback, link-local, reserved or multicast)."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped  # ::ffff:127.0.0.1 is loopback too
    return address.is_global and not address.is_multicast
