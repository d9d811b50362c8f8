"""Whole-page caching that editors never notice and visitors cannot deface.

Public pages are kept in the cache per path, language, variant (page or htmx fragment, the
decision `hiphelp.partials` makes for the views) and the query parameters the page reads;
nothing else a visitor sends can make a new entry. Every key carries the content version,
which a committed save or delete of something public pages render moves on, so the next
request from any server process renders afresh: an edit shows at once, and stale entries
expire.

With a shared cache (Redis) the version lives in it. With a cache each process keeps for
itself (local memory) it lives in a small file, so that every process on the machine sees
an edit; several machines need a shared cache (a deployment check says so).
"""

import hashlib
import logging
import os
import secrets
import tempfile
from functools import wraps
from pathlib import Path
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponseRedirect
from django.utils.cache import patch_cache_control

from editorial.drafts import sees_drafts

from .partials import variant

logger = logging.getLogger(__name__)

VERSION_KEY = "content-version"
PROCESS_LOCAL_BACKENDS = ("LocMemCache", "DummyCache")


def cache_is_process_local():
    """True when each server process has a cache of its own (nothing shared between them)."""
    return settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1] in PROCESS_LOCAL_BACKENDS


def _version_file():
    return Path(settings.CONTENT_VERSION_FILE)


def content_version():
    """The current content version: part of every cached page's key."""
    if cache_is_process_local():
        try:
            return _version_file().read_text().strip() or "0"
        except FileNotFoundError:
            return "0"
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


def page_key(request, params=()):
    """The cache key of a public page: what the view's output depends on, and nothing more."""
    # The last value of each parameter the page reads, as request.GET.get() gives it to the view.
    query = urlencode(sorted((name, request.GET[name]) for name in params if name in request.GET))
    # Hashed: keys stay short and clean whatever a path or query string carries.
    url = hashlib.sha256(f"{request.path}?{query}".encode()).hexdigest()
    return f"page:{content_version()}:{request.LANGUAGE_CODE}:{variant(request)}:{url}"


def clean_url(request, params):
    """The page's address with only the query parameters it reads."""
    query = urlencode([(name, request.GET[name]) for name in params if name in request.GET])
    return f"{request.path}?{query}" if query else request.path


def _cacheable(response):
    # A view may say a page is not for shared caches (a search that found nothing): this is one.
    cache_control = response.get("Cache-Control", "")
    private = "private" in cache_control or "no-store" in cache_control
    return response.status_code == 200 and not response.cookies and not response.streaming and not private


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
                response = cache.get(key)
            except Exception:
                logger.warning("Page cache unavailable; rendering %s uncached", request.path, exc_info=True)
                return view(request, *args, **kwargs)
            if response is None:
                response = view(request, *args, **kwargs)
                if _cacheable(response):
                    try:
                        cache.set(key, response, settings.PAGE_CACHE_SECONDS)
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
