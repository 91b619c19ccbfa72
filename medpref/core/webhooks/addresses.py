"""Which addresses webhooks may reach: public ones only, unless WEBHOOK_ALLOW_PRIVATE.

An admin types the URL, but the POST leaves from inside the hospital: to 127.0.0.1:6379 or the
metadata service at 169.254.169.254 it would be a request forgery, and the delivery log's errors a
port scanner. So loopback, private, link-local, unspecified, reserved and multicast addresses are
refused when a subscription is saved and again at every connection: the check sits in the socket
connect, on the address actually dialled, so a name that resolves elsewhere later (DNS rebinding)
is caught too. On-premise receivers on a private network need WEBHOOK_ALLOW_PRIVATE=1.
"""

from __future__ import annotations

import ipaddress
import socket

import httpcore
import httpx
from django.conf import settings


class BlockedAddress(httpcore.ConnectError):
    """The receiver's name resolves to an address webhooks may not reach."""


def allowed(address: str) -> bool:
    """Whether a webhook may connect to this IP address (a literal, no resolving)."""
    if settings.WEBHOOK_ALLOW_PRIVATE:
        return True
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # an IPv6 zone ("fe80::1%eth0") is not part of it
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def resolve(host: str, port: int) -> list[str]:
    """Every address `host` names now (an IP literal names itself)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def blocked(host: str, port: int) -> list[str]:
    """The addresses of `host` a webhook may not reach: all must be reachable, or one name could
    mix a public address in with a private one and hope for the private."""
    return [address for address in resolve(host, port) if not allowed(address)]


class PublicOnlyBackend(httpcore.SyncBackend):
    """httpcore's sockets, connected only to addresses `allowed` (checked on the address dialled)."""

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        try:
            addresses = resolve(host, port)
        except OSError as exc:
            raise httpcore.ConnectError(str(exc)) from exc
        if not addresses or any(not allowed(address) for address in addresses):
            raise BlockedAddress(f"{host} resolves to an address webhooks may not reach")
        # The addresses just checked are the ones dialled: no second look-up for a rebinding name to
        # answer. TLS still names and verifies `host` (httpcore passes the URL's host to start_tls).
        for address in addresses[:-1]:
            try:
                return super().connect_tcp(address, port, timeout, local_address, socket_options)
            except httpcore.ConnectError:
                continue  # e.g. an IPv6 address without IPv6 here: the next one
        return super().connect_tcp(addresses[-1], port, timeout, local_address, socket_options)


def client(*, timeout: float) -> httpx.Client:
    """An httpx client whose every connection goes through `PublicOnlyBackend` (when it matters)."""
    if settings.WEBHOOK_ALLOW_PRIVATE:
        return httpx.Client(timeout=timeout, follow_redirects=False)
    transport = httpx.HTTPTransport()
    # httpx takes no network backend; its pool (httpcore.ConnectionPool) does. A transport of our own
    # also means no proxy from the environment: a proxy would connect wherever the URL says.
    transport._pool._network_backend = PublicOnlyBackend()
    return httpx.Client(timeout=timeout, follow_redirects=False, transport=transport)
