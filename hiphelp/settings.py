"""HipHelp settings: one module, driven by environment variables.

Every variable is listed in the README's deployment section. Defaults are the safe
choice: DEBUG off, HTTPS-only cookies and redirects unless DEBUG is on.
"""

import ipaddress
import os
import secrets
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

from hiphelp.headers import static_file_headers

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG")


def _secret_key():
    if key := os.environ.get("DJANGO_SECRET_KEY"):
        return key
    if not DEBUG:
        raise ImproperlyConfigured("Set DJANGO_SECRET_KEY (or DJANGO_DEBUG=1 for development).")
    # Development only: a random key kept on disk so logins survive a restart.
    path = BASE_DIR / ".dev-secret-key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50))
    return path.read_text().strip()


SECRET_KEY = _secret_key()

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # modeltranslation must come before admin so its patches apply.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django_htmx",
    "django_prose_editor",
    "simple_history",
    "axes",
    "hiphelp",
    "editorial",
    "conditions",
    "painmap",
    "professionals",
    "feedback",
    "translations",
]

MIDDLEWARE = [
    # First of all: a cached public page is answered here, with the headers the whole stack
    # gave it (hiphelp/caching.py); it applies the next two's rules to the requests it answers.
    "hiphelp.caching.PageCacheMiddleware",
    # Before anything reads them: forwarded headers count only from DJANGO_TRUSTED_PROXIES.
    "hiphelp.client.UntrustedForwardingMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "hiphelp.headers.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # ETags for every page, and 304 Not Modified when the reader already has it.
    "django.middleware.http.ConditionalGetMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into its lockout page.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    # First: a login the server cannot tie to an address is refused (hiphelp/client.py).
    "hiphelp.client.AddressRequiredBackend",
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Admin logins: five failures for one user name from one address locks them out for an hour.
AXES_FAILURE_LIMIT = int(os.environ.get("DJANGO_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "admin/lockout.html"
AXES_VERBOSE = False
AXES_CLIENT_IP_CALLABLE = "hiphelp.client.client_address"
# No address is not one client: such attempts are neither counted nor locked (and refused above).
AXES_WHITELIST_CALLABLE = "hiphelp.client.axes_skips"

ROOT_URLCONF = "hiphelp.urls"
WSGI_APPLICATION = "hiphelp.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                # Without it Django silently drops the admin's CSP nonce.
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "hiphelp.context_processors.site",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Public pages are cached whole (hiphelp/caching.py); every content save invalidates them,
# so with several server processes the cache must be shared: set REDIS_URL.
if redis_url := os.environ.get("REDIS_URL"):
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": redis_url}}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
PAGE_CACHE_SECONDS = int(os.environ.get("DJANGO_PAGE_CACHE_SECONDS", 60 * 60 * 24))
# With a cache in each process's memory, the content version lives in this file instead, so
# that every process on the machine sees an edit (hiphelp/caching.py).
CONTENT_VERSION_FILE = Path(os.environ.get("DJANGO_CONTENT_VERSION_FILE", BASE_DIR / ".content-version"))

# The Flesch–Kincaid grade English text aims at, shown to editors beside each text's own.
READABILITY_TARGET_GRADE = int(os.environ.get("DJANGO_READABILITY_TARGET", "8"))
# Months from one clinical review of a page to the next ("Mark reviewed" in the admin).
REVIEW_INTERVAL_MONTHS = int(os.environ.get("DJANGO_REVIEW_INTERVAL_MONTHS", "12"))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation. English is the source language of every text. To add a language,
# add it here, run makemigrations (modeltranslation adds its columns) and makemessages;
# see the README.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("zh-hans", _("Simplified Chinese")),
    ("vi", _("Vietnamese")),
    ("ar", _("Arabic")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Australia/Sydney"
USE_I18N = True
USE_TZ = True
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)
# Draft translations (not yet checked by a reviewer): "show" them with a notice, or show
# "english" in their place (marked as English), for sites that publish only reviewed text.
TRANSLATION_DRAFTS = os.environ.get("DJANGO_TRANSLATION_DRAFTS", "show")
# The tabbed translation admin needs jQuery UI; serve it from this site, never a CDN.
JQUERY_UI_URL = "jquery-ui/jquery-ui.min.js"
# Dates as Australians write them ("3 March 2026"); other languages keep Django's formats.
FORMAT_MODULE_PATH = ["hiphelp.formats"]

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]


def _xstatic_dirs():
    import xstatic.pkg.jquery_ui

    return [("jquery-ui", xstatic.pkg.jquery_ui.BASE_DIR)]


STATICFILES_DIRS += _xstatic_dirs()
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", BASE_DIR / "media"))
# Serve uploads from Django itself (fine behind a caching proxy; see the README).
SERVE_MEDIA = env_bool("DJANGO_SERVE_MEDIA", True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Hashed names always; gzip and Brotli copies unless DJANGO_STATIC_COMPRESS=0 (a CDN or
    # proxy that compresses, or a test server that should start in seconds).
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if env_bool("DJANGO_STATIC_COMPRESS", True)
        else "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"
    },
}
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# Security. HTTPS is assumed unless DEBUG is on or DJANGO_HTTPS=0 (local serving).
HTTPS = env_bool("DJANGO_HTTPS", not DEBUG)
SECURE_SSL_REDIRECT = HTTPS
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", 31536000 if HTTPS else 0))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", True)
# Preloading is a promise to browsers that is slow to take back: opt in deliberately.
SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", False)
# Django's deploy check asks for preloading; not asking for it is this site's choice.
SILENCED_SYSTEM_CHECKS = [] if SECURE_HSTS_PRELOAD else ["security.W021"]
BEHIND_PROXY = env_bool("DJANGO_BEHIND_PROXY")
if BEHIND_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Proxies whose X-Forwarded-For is believed: addresses or networks, and "unix" for a unix
# socket's peer. Behind a proxy the default is one on this machine (hiphelp/client.py).
TRUSTED_PROXIES = env_list("DJANGO_TRUSTED_PROXIES", "127.0.0.1,::1,unix" if BEHIND_PROXY else "")
for _proxy in TRUSTED_PROXIES:
    if _proxy != "unix":
        try:
            ipaddress.ip_network(_proxy, strict=False)
        except ValueError as error:
            raise ImproperlyConfigured(f"DJANGO_TRUSTED_PROXIES: {error}") from error
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Added to every response, static files included (hiphelp/headers.py); the directory's
# "use my location" button is the one feature this site asks the browser for.
PERMISSIONS_POLICY = (
    "geolocation=(self), camera=(), microphone=(), payment=(), usb=(), serial=(), bluetooth=(), "
    "display-capture=(), browsing-topics=()"
)
CROSS_ORIGIN_RESOURCE_POLICY = "same-origin"
WHITENOISE_ADD_HEADERS_FUNCTION = static_file_headers
SESSION_COOKIE_HTTPONLY = True

# django-prose-editor's tiptap core injects one fixed <style> element; allowed by hash.
TIPTAP_STYLE_HASH = "'sha256-PlumsSlvJ7vvWzjqibGAYKq92O3y/4JTxWWsWJvyUYA='"
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF, CSP.NONCE, TIPTAP_STYLE_HASH],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}

ADMIN_URL = os.environ.get("DJANGO_ADMIN_URL", "admin/")

SITE_NAME = "HipHelp"


def _site_url():
    # Absolute links in cached pages come from here, never from a request's Host header.
    if url := os.environ.get("DJANGO_SITE_URL"):
        return url.rstrip("/")
    if DEBUG:
        return "http://127.0.0.1:8000"
    host = next((h for h in ALLOWED_HOSTS if h not in ("*", "") and not h.startswith(".")), "localhost")
    return f"{'https' if HTTPS else 'http'}://{host}"


SITE_URL = _site_url()

# Email (Django's MAILERS): printed to the console in development; SMTP otherwise (see the README).
if DEBUG and not os.environ.get("DJANGO_EMAIL_HOST"):
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}
else:
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": os.environ.get("DJANGO_EMAIL_HOST", "localhost"),
                "port": int(os.environ.get("DJANGO_EMAIL_PORT", "587")),
                "username": os.environ.get("DJANGO_EMAIL_USER", ""),
                "password": os.environ.get("DJANGO_EMAIL_PASSWORD", ""),
                "use_tls": env_bool("DJANGO_EMAIL_USE_TLS", True),
                "timeout": 10,
            },
        }
    }
DEFAULT_FROM_EMAIL = os.environ.get("DJANGO_DEFAULT_FROM_EMAIL", "HipHelp <no-reply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Who hears of each new listing application; empty: active staff who may review them.
LISTING_NOTIFY_EMAILS = env_list("DJANGO_STAFF_EMAIL")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
    # WeasyPrint reports every step of every PDF at INFO; only its warnings matter here.
    "loggers": {"weasyprint.progress": {"level": "WARNING"}},
}
