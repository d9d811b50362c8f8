"""Whole-page caching that editors never notice.

Public pages are kept in the cache per URL, language and htmx flag. Every key carries the
content version, which any save or delete of content moves on, so the next request from
any server process (they share the cache through Redis) renders afresh: an edit shows at
once, and stale entries simply expire.
"""

import hashlib
from functools import wraps

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save

VERSION_KEY = "content-version"
CONTENT_APPS = ("conditions", "painmap", "professionals")


def content_version():
    return cache.get_or_set(VERSION_KEY, 1, timeout=None)


def bump_content_version(**kwargs):
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # not set yet, or evicted
        cache.set(VERSION_KEY, 2, timeout=None)


def page_key(request):
    htmx = "htmx" if request.headers.get("HX-Request") and not request.headers.get("HX-History-Restore-Request") else ""
    target = request.headers.get("HX-Target", "") if htmx else ""
    # Hashed: keys stay short and clean whatever junk a query string or header carries.
    url = hashlib.sha256(f"{target}\n{request.get_full_path()}".encode()).hexdigest()
    return f"page:{content_version()}:{request.LANGUAGE_CODE}:{htmx}:{url}"


def public_page(view):
    """Serve a public GET page from the cache; store it when it rendered without cookies."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD"):
            return view(request, *args, **kwargs)
        key = page_key(request)
        response = cache.get(key)
        if response is None:
            response = view(request, *args, **kwargs)
            if response.status_code == 200 and not response.cookies and not response.streaming:
                cache.set(key, response, settings.PAGE_CACHE_SECONDS)
        return response

    return wrapper


def connect_invalidation():
    """Move the content version on every change to a model of the content apps."""
    for label in CONTENT_APPS:
        for model in apps.get_app_config(label).get_models():
            uid = f"page-cache-{model._meta.label}"
            post_save.connect(bump_content_version, sender=model, dispatch_uid=uid + "-save")
            post_delete.connect(bump_content_version, sender=model, dispatch_uid=uid + "-delete")
    m2m_changed.connect(bump_content_version, dispatch_uid="page-cache-m2m")
