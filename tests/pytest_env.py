"""Loaded with -p before Django's settings: the environment the suite runs in.

Production-like (DEBUG off) but served over plain HTTP on loopback. Variables already
set (e.g. DATABASE_URL in CI's PostgreSQL run) win.
"""

import os

os.environ.setdefault("DJANGO_SECRET_KEY", "test-only-secret-key-not-for-production-use-0123456789")
os.environ.setdefault("DJANGO_HTTPS", "0")
os.environ.setdefault("DJANGO_DEBUG", "0")
# Playwright's sync API runs an event loop in the test thread; the live server's
# database access happens in its own thread and is safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
