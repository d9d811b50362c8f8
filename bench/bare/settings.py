"""The bare ceiling: a one-view Django project with only what serving a response needs.

No sessions, locale, CSRF, messages, CSP or any other middleware, no apps, no templates,
no database: `bench/pages.py` compares each page of the site with this project serving
the very same bytes and headers under the same gunicorn settings.
"""

import os

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "bench-only-secret-key-not-for-production-0123456789")
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
ROOT_URLCONF = "bench.bare.urls"
INSTALLED_APPS = []
MIDDLEWARE = []
DATABASES = {}
USE_I18N = False
USE_TZ = True
LOGGING_CONFIG = None
