"""Who is asking: the client's address behind trusted proxies, and per-client limits."""

import ipaddress
import logging
from functools import lru_cache

from django.conf import settings
from django.contrib import messages
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

log = logging.getLogger(__name__)

UNIX_SOCKET = "unix"  # in DJANGO_TRUSTED_PROXIES: the peer of a unix socket (gunicorn --bind unix:…)


@lru_cache(maxsize=8)
def _networks(entries):
    networks = []
    for entry in entries:
        if entry != UNIX_SOCKET:
            networks.append(ipaddress.ip_network(entry, strict=False))
    return tuple(networks)


def _parse(text):
    """An IP address object, or None for anything else (junk, empty, "unknown")."""
    try:
        return ipaddress.ip_address(text.strip())
    except ValueError:
        return None


def _is_trusted_proxy(address, text):
    entries = tuple(getattr(settings, "TRUSTED_PROXIES", ()))
    if address is None:
        # A unix socket's peer has no address; only processes on this machine can connect.
        return text == "" and UNIX_SOCKET in entries
    return any(address in network for network in _networks(entries))


def client_address(request):
    """The reader's IP address, for rate limits; None when it cannot be known.

    X-Forwarded-For is believed only from the proxies listed in TRUSTED_PROXIES
    (DJANGO_TRUSTED_PROXIES): reading it from the right, each entry a trusted proxy
    appended is skipped, and the first address that is not a trusted proxy is the client.
    Anything left of it is the client's own claim. A connection straight from the
    internet (not a listed proxy) is its own address, whatever headers it sends.
    """
    remote = request.META.get("REMOTE_ADDR") or ""
    address = _parse(remote)
    if not _is_trusted_proxy(address, remote):
        return str(address) if address else None
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    for entry in reversed([part for part in forwarded if part]):
        hop = _parse(entry)
        if hop is None:
            break  # junk passed on by a trusted proxy: count the proxy that sent it
        address = hop
        if not _is_trusted_proxy(hop, entry):
            break
    return str(address) if address else None


def is_served_without_address(request):
    """True for a request that came through a server yet has no usable client address.

    A request built in code (the test client's login(), a management command) has no
    REMOTE_ADDR at all; a WSGI server always sets it, empty for a unix socket.
    """
    return "REMOTE_ADDR" in request.META and client_address(request) is None


def axes_skips(request, credentials=None):
    """AXES_WHITELIST_CALLABLE: axes neither counts nor locks a login without an address.

    Counting such failures would put every address-less client in one bucket, so five
    wrong passwords from anyone would lock the real admin out. AddressRequiredBackend
    refuses served address-less logins instead, so no password can be guessed either.
    """
    return client_address(request) is None


class AddressRequiredBackend:
    """Refuse admin logins the server cannot tie to an address (a misconfigured proxy)."""

    def authenticate(self, request, **credentials):
        if request is not None and is_served_without_address(request):
            log.error(
                "Refused a login without a client address: set DJANGO_TRUSTED_PROXIES to the proxy "
                'in front ("unix" for a unix socket) and have it send X-Forwarded-For.'
            )
            if hasattr(request, "_messages"):
                messages.error(
                    request,
                    _(
                        "This server cannot tell where your connection comes from, so it does not accept "
                        "logins. The site’s administrator needs to fix the proxy settings "
                        "(DJANGO_TRUSTED_PROXIES)."
                    ),
                )
            raise PermissionDenied  # stops authenticate(): no later backend checks the password
        return None


def _bucket(address):
    """The unit a limit counts: the address, or its /64 for IPv6 (one home or phone network)."""
    parsed = ipaddress.ip_address(address)
    if parsed.version == 6:
        return str(ipaddress.ip_network(f"{parsed}/64", strict=False))
    return str(parsed)


def over_limit(request, scope, *, limit, seconds):
    """Count this request against the client's `limit` per `seconds` in `scope`; True once over it.

    The counter is atomic (add, then incr), so parallel requests cannot all read the same
    old count. A request without an address is never limited: lumping such requests
    together would make one visitor's tries everyone's.
    """
    address = client_address(request)
    if address is None:
        return False
    key = f"rate:{scope}:{_bucket(address)}"
    cache.add(key, 0, seconds)
    try:
        hits = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, seconds)
        hits = 1
    return hits > limit


class UntrustedForwardingMiddleware:
    """Forget the X-Forwarded-* headers of a connection that is not a trusted proxy.

    First in the stack: Django's SECURE_PROXY_SSL_HEADER would otherwise take a direct
    client's word that it came over HTTPS (and skip the redirect to it).
    """

    HEADERS = ("HTTP_X_FORWARDED_PROTO", "HTTP_X_FORWARDED_FOR", "HTTP_X_FORWARDED_HOST")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        forget_untrusted_forwarding(request.META)
        return self.get_response(request)


def forget_untrusted_forwarding(meta, headers=UntrustedForwardingMiddleware.HEADERS):
    """Drop the X-Forwarded-* headers from `meta` unless a trusted proxy sent them.

    Also run by the page cache's early hit, which comes before this middleware.
    """
    # Most requests carry none of them: nothing to forget, no address to parse.
    if "HTTP_X_FORWARDED_PROTO" in meta or "HTTP_X_FORWARDED_FOR" in meta or "HTTP_X_FORWARDED_HOST" in meta:
        remote = meta.get("REMOTE_ADDR") or ""
        if not _is_trusted_proxy(_parse(remote), remote):
            for name in headers:
                meta.pop(name, None)
