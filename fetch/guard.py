"""Which addresses a link may reach: http/https only, and never this machine's or a private network's
addresses (server-side request forgery) unless the operator allowed that host."""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from errors import Refused, Unreachable


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


NAT64 = ipaddress.IPv6Network("64:ff9b::/96")  # the well-known prefix: a translator reaches the IPv4 behind it
COMPATIBLE = ipaddress.IPv6Network("::/96")  # deprecated IPv4-compatible addresses (::10.0.0.1)


def _public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """A globally routable unicast address (not private, loopback, link-local, reserved or multicast); an
    IPv6 address that carries an IPv4 one is judged by the IPv4 address it reaches."""
    embedded = _embedded_ipv4(address) if isinstance(address, ipaddress.IPv6Address) else None
    if embedded is not None:
        address = embedded
    return address.is_global and not address.is_multicast


def _embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d), NAT64 (64:ff9b::a.b.c.d), 6to4
    (2002:aabb:ccdd::) or IPv4-compatible (::a.b.c.d) address; None for any other."""
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address in NAT64 or (address in COMPATIBLE and int(address) > 1):  # ::, ::1 are judged as IPv6
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None
