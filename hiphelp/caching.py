"""Whole-page caching that editors never notice and visitors cannot deface.

Public pages are kept in the cache per path, language, variant (page or htmx fragment, the
decision `hiphelp.partials` makes for the views) and the query parameters the page reads;
nothing else a visitor sends can make a new entry. Every key carries the content version,
which a committed save or delete of something public pages render moves on, so the next
request from any server process renders afresh: an edit shows at once, and stale entries
expire.

With a shared cache (Redis) the version lives in it. With a cache each process keeps for
itself (local memory) it lives in a small file, so that every process on the machine sees
an edit; several machines need a shared cache (a deployment check says so). The file is
read again only when its stat() changes: one system call per request, not three.

What the cache keeps is the response as it left the whole middleware stack (status, every
header, the bytes), stored by `PageCacheMiddleware`, the first middleware of all. A later
request for it that carries no session or CSRF cookie is answered by that middleware
before the rest of the stack runs (no sessions, locale, CSRF, URL resolving or view):
the same key the view would use, the same bytes and headers, 304 for a matching ETag.
Anything else (staff, a session or CSRF cookie, POST, unknown parameters, a path without
a language) goes through the whole stack, where `public_page` decides as before.
"""

import hashlib
import logging
import os
import secrets
import tempfile
from functools import lru_cache, wraps
from pathlib import Path
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse, HttpResponseRedirect
from django.utils.cache import get_conditional_response, has_vary_header, patch_cache_control
from django.utils.translation import get_language_from_path

from editorial.drafts import sees_drafts

from .client import forget_untrusted_forwarding
from .partials import variant, variant_of_headers

logger = logging.getLogger(__name__)

VERSION_KEY = "content-version"
PROCESS_LOCAL_BACKENDS = ("LocMemCache", "DummyCache")


def cache_is_process_local():
    """True when each server process has a cache of its own (nothing shared between them)."""
    return settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1] in PROCESS_LOCAL_BACKENDS


def _version_file():
    return Path(settings.CONTENT_VERSION_FILE)


# (stat signature, value) of the version file as last read by this process.
_file_version = (None, "0")


def _read_version_file():
    """The version file's value, read again only when its stat() says it was replaced.

    Every bump writes a new file and renames it into place (a new inode, a new change
    time), so an unchanged signature means an unchanged value.
    """
    global _file_version
    path = os.fspath(settings.CONTENT_VERSION_FILE)  # the settings' own object: its str() is kept
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return "0"
    signature = (path, info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)
    known, value = _file_version
    if known != signature:
        try:
            with open(path) as file:
                value = file.read().strip() or "0"
        except FileNotFoundError:
            return "0"
        _file_version = (signature, value)
    return value


def content_version():
    """The current content version: part of every cached page's key."""
    if cache_is_process_local():
        return _read_version_file()
    return cache.get_or_set(VERSION_KEY, 1, timeout=None)


def bump_content_version(**kwargs):
    """Move the content version on, now: every cached page is then out of date."""
    try:
        if cache_is_process_local():
            _write_version_file(secrets.token_hex(8))
        else:
            try:
                cache.incr(VERSION_KEY)
            except ValueError:  # not set yet, or evicted: any new value will do
                cache.set(VERSION_KEY, secrets.randbits(48), timeout=None)
    except Exception:
        # The save itself stands; pages may show the old text until they expire.
        logger.exception("Could not move the page cache's content version on")


def _write_version_file(value):
    # A new random value, written whole and renamed into place: readers never see half a
    # value, and two editors' changes can never land on the same value.
    path = _version_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".content-version-")
    with os.fdopen(fd, "w") as file:
        file.write(value)
    os.replace(tmp, path)


def content_changed(**kwargs):
    """Move the version once the transaction that changed public content commits.

    Only after commit: a page rendered between the save and the commit would otherwise be
    cached under the new version with the old text. One transaction (an admin save with
    its inlines and history rows) moves it once.
    """
    connection = transaction.get_connection()
    if connection.in_atomic_block:
        # One registered at this savepoint or an enclosing one runs whenever this one would.
        level = set(connection.savepoint_ids)
        if any(func is bump_content_version and ids <= level for ids, func, _robust in connection.run_on_commit):
            return
    transaction.on_commit(bump_content_version, robust=True)


_public_models = set()


def register_public(*models):
    """Models that public pages render: saving or deleting one moves the content version.

    Content apps call this from their AppConfig.ready(); their history models, and models
    no cached page shows (listing applications, places), are not registered.
    """
    for model in models:
        if model in _public_models:
            continue
        _public_models.add(model)
        uid = f"page-cache-{model._meta.label}"
        post_save.connect(content_changed, sender=model, dispatch_uid=uid + "-save")
        post_delete.connect(content_changed, sender=model, dispatch_uid=uid + "-delete")
        for field in model._meta.local_many_to_many:
            m2m_changed.connect(content_changed, sender=field.remote_field.through, dispatch_uid=f"{uid}-{field.name}")


def public_models():
    return frozenset(_public_models)


def page_key(request, params=(), language=None, kind=None):
    """The cache key of a public page: what the view's output depends on, and nothing more.

    The scheme is in it: over HTTPS the stored headers include HSTS, over HTTP they do not.
    """
    if request.META.get("QUERY_STRING"):
        # Every value of each parameter the page reads: a view may read getlist(), so
        # "?a=1&a=2" is never the page of "?a=2".
        query = tuple(sorted((name, tuple(request.GET.getlist(name))) for name in params if name in request.GET))
    else:
        query = ()
    # Hashed: keys stay short and clean whatever a path or query string carries. The repr()
    # of the path and the pairs tells any two apart, at a third of urlencode()'s cost.
    url = hashlib.blake2b(repr((request.path, query)).encode(errors="surrogatepass"), digest_size=16).hexdigest()
    scheme = "https" if request.is_secure() else "http"
    return f"page:{content_version()}:{language or request.LANGUAGE_CODE}:{kind or variant(request)}:{scheme}:{url}"


def clean_url(request, params):
    """The page's address with only the query parameters it reads."""
    query = urlencode([(name, value) for name in params for value in request.GET.getlist(name)])
    return f"{request.path}?{query}" if query else request.path


def _cacheable(response):
    # A view may say a page is not for shared caches (a search that found nothing): this is one.
    cache_control = response.get("Cache-Control", "")
    private = "private" in cache_control or "no-store" in cache_control
    return response.status_code == 200 and not response.cookies and not response.streaming and not private


def _storable(response):
    """A whole-stack response that any reader may be given: nothing personal in or about it."""
    if not _cacheable(response):
        return False
    control = response.get("Cache-Control", "").lower()
    return not has_vary_header(response, "Cookie") and "private" not in control and "no-store" not in control


def _entry(response):
    """What the cache keeps of a response: status, headers in order (as ResponseHeaders
    keeps them, by lower-case name), bytes."""
    return (response.status_code, dict(response.headers._store), response.content)


def _response(entry):
    """The stored response again. Its headers were checked when first sent, so they are put
    back as they were, not checked and encoded one by one again (a third of a hit's time)."""
    status, headers, content = entry
    response = HttpResponse(content, status=status)
    response.headers._store = headers
    return response


class _PageCacheState:
    """Set on the request by PageCacheMiddleware: where public_page asks it to store the page."""

    __slots__ = ("store_key",)

    def __init__(self):
        self.store_key = None


def early_key(request):
    """The cache key a public page would have, from the request alone; None when unsure.

    Only a plain GET with no session or CSRF cookie (a staff member always has a session
    cookie; a page that used either cookie must see it), and a path whose language prefix
    decides the language, as LocaleMiddleware would. Every query parameter counts: one the
    page does not read makes a key no page was ever stored under, so the request goes on to
    the view, which sends it to the clean address. The middleware comes first in the stack,
    so it does itself what the two above it did for the page: forget forwarded headers an
    untrusted client sent, and leave a request SecurityMiddleware would redirect to HTTPS
    to the stack.
    """
    if request.method != "GET":
        return None
    meta = request.META
    if "HTTP_COOKIE" in meta:
        cookies = request.COOKIES
        if settings.SESSION_COOKIE_NAME in cookies or settings.CSRF_COOKIE_NAME in cookies:
            return None
    forget_untrusted_forwarding(meta)
    if settings.SECURE_SSL_REDIRECT and not request.is_secure():
        return None
    language = _path_language(request.path_info)
    if not language:
        return None
    params = request.GET if meta.get("QUERY_STRING") else ()
    return page_key(request, params, language=language, kind=variant_of_headers(meta))


def _path_language(path):
    """The language of a path that starts with one of LANGUAGES' codes exactly, else None.

    LocaleMiddleware would also take a variant ("/en-us/"); such a request just goes on
    to the stack. A dictionary look-up, not get_language_from_path's regex and checks.
    """
    prefix = path.split("/", 2)[1] if path.startswith("/") and path.count("/") >= 2 else ""
    return _language_codes().get(prefix)


@lru_cache(maxsize=1)
def _language_codes():
    return {code: code for code, _name in settings.LANGUAGES if get_language_from_path(f"/{code}/") == code}


# Headers a 304 from the whole stack lacks: the view's, and those of the middleware below
# ConditionalGetMiddleware, which answers the 304 before they run (a test pins this).
NOT_ON_304 = ("Content-Type", "X-Frame-Options")
# get_conditional_response reads these; without any of them the answer is the page itself.
CONDITIONAL_HEADERS = frozenset(
    ("HTTP_IF_MATCH", "HTTP_IF_NONE_MATCH", "HTTP_IF_MODIFIED_SINCE", "HTTP_IF_UNMODIFIED_SINCE")
)


def _not_modified(request, etag, response):
    """A 304 for a matching If-None-Match, with the headers the whole stack would send."""
    answer = get_conditional_response(request, etag=etag, response=response)
    if answer is response:
        return response
    for name, value in response.items():
        if name not in NOT_ON_304 and name not in answer:
            answer[name] = value
    answer["Content-Length"] = "0"  # CommonMiddleware's, as it sets it on the whole stack's 304
    return answer


class PageCacheMiddleware:
    """At the top of the stack: answer a cached public page at once, and store whole responses.

    On the way in, a request `early_key` accepts is looked up; a hit is returned as stored
    (every header the whole stack added, as the first render sent it), or as 304 Not
    Modified for a matching If-None-Match, as ConditionalGetMiddleware would. On the way
    out, the response of a page `public_page` rendered afresh is stored, headers and all.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            key = early_key(request)
            entry = cache.get(key) if key else None
        except Exception:
            logger.warning("Page cache unavailable; rendering %s uncached", request.path, exc_info=True)
            entry = None
        if entry is not None:
            response = _response(entry)
            etag = response.get("ETag")
            if etag and not CONDITIONAL_HEADERS.isdisjoint(request.META):
                response = _not_modified(request, etag, response)
            return response
        state = request._page_cache = _PageCacheState()
        response = self.get_response(request)
        if state.store_key and _storable(response):
            try:
                cache.set(state.store_key, _entry(response), settings.PAGE_CACHE_SECONDS)
            except Exception:
                logger.warning("Could not store %s in the page cache", request.path, exc_info=True)
        return response


def public_page(view=None, *, params=()):
    """Serve a public GET or HEAD page from the cache; store it when it rendered cleanly.

    Logged-in staff, who see drafts, always get a fresh page that no cache keeps.

    `params` names the query parameters the page reads. A request with any other goes to
    the clean address (an htmx request is rendered uncached instead), so junk query
    strings cannot grow the cache. A cache that fails to answer never fails the page.
    """
    allowed = tuple(params)

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if request.method not in ("GET", "HEAD"):
                return view(request, *args, **kwargs)
            if sees_drafts(request):
                # Staff see drafts: their pages are neither read from the cache nor stored.
                response = view(request, *args, **kwargs)
                patch_cache_control(response, private=True, no_store=True)
                return response
            if any(name not in allowed for name in request.GET):
                if variant(request) == "page":
                    return HttpResponseRedirect(clean_url(request, allowed))
                return view(request, *args, **kwargs)
            try:
                key = page_key(request, allowed)
                entry = cache.get(key)
            except Exception:
                logger.warning("Page cache unavailable; rendering %s uncached", request.path, exc_info=True)
                return view(request, *args, **kwargs)
            if entry is not None:
                # The response as the whole stack sent it; the middleware around adds nothing new.
                return _response(entry)
            response = view(request, *args, **kwargs)
            if _cacheable(response):
                state = getattr(request, "_page_cache", None)
                if state is not None:
                    # PageCacheMiddleware stores it once every header is on, from a GET only
                    # (ConditionalGetMiddleware gives HEAD no ETag).
                    if request.method == "GET":
                        state.store_key = key
                else:
                    try:
                        cache.set(key, _entry(response), settings.PAGE_CACHE_SECONDS)
                    except Exception:
                        logger.warning("Could not store %s in the page cache", request.path, exc_info=True)
            return response

        return wrapper

    return decorator(view) if view is not None else decorator


def check_page_storage(size=64 * 1024):
    """True when the cache stores and returns a value the size of a page, and the version moves."""
    key = f"healthz:{secrets.token_hex(8)}"
    value = secrets.token_hex(size // 2)
    try:
        cache.set(key, value, 30)
        stored = cache.get(key) == value
        cache.delete(key)
        if cache_is_process_local():
            path = _version_file()
            path.parent.mkdir(parents=True, exist_ok=True)
            stored = stored and os.access(path.parent, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))
        return stored
    except Exception:
        return False
