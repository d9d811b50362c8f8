"""System checks for settings that would make the site serve stale or wrong pages."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register

from .caching import cache_is_process_local


@register(Tags.caches, deploy=True)
def shared_page_cache(app_configs, **kwargs):
    """A server database means several machines may serve the site: they must share the cache."""
    if cache_is_process_local() and settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3":
        return [
            Warning(
                "The page cache is in each process's memory while the database is a server.",
                hint="Set REDIS_URL: machines that do not share a cache serve pages edited on another one stale.",
                id="hiphelp.W001",
            )
        ]
    return []


@register()
def site_url(app_configs, **kwargs):
    """Absolute links in cached pages (canonical, hreflang) are built from SITE_URL."""
    parts = urlsplit(settings.SITE_URL)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.path not in ("", "/"):
        return [
            Error(
                f"DJANGO_SITE_URL is {settings.SITE_URL!r}: it must be a scheme and a host only.",
                hint="For example https://hiphelp.example.org",
                id="hiphelp.E001",
            )
        ]
    return []


@register(deploy=True)
def site_url_https(app_configs, **kwargs):
    if settings.HTTPS and not settings.SITE_URL.startswith("https://"):
        return [Warning("DJANGO_SITE_URL should be the https:// address readers use.", id="hiphelp.W002")]
    return []
