"""Loaded with -p before Django's settings: the environment the suite runs in.

Production-like (DEBUG off) but served over plain HTTP on loopback. Variables already
set (e.g. DATABASE_URL in CI's PostgreSQL run) win.
"""

import os
import tempfile

os.environ.setdefault("DJANGO_SECRET_KEY", "test-only-secret-key-not-for-production-use-0123456789")
os.environ.setdefault("DJANGO_HTTPS", "0")
os.environ.setdefault("DJANGO_DEBUG", "0")
# Playwright's sync API runs an event loop in the test thread; the live server's
# database access happens in its own thread and is safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
# The content version of the local-memory page cache: one file per test run, shared with
# the servers a test starts, apart from any other run on the machine.
os.environ.setdefault(
    "DJANGO_CONTENT_VERSION_FILE", os.path.join(tempfile.gettempdir(), f"hiphelp-content-version-{os.getpid()}")
)

# pytest-xdist (make test runs a worker per core): each worker its own version file and, with
# Redis, its own database, since a test's cache.clear() empties the whole of one.
if worker := os.environ.get("PYTEST_XDIST_WORKER"):
    os.environ["DJANGO_CONTENT_VERSION_FILE"] = os.path.join(
        tempfile.gettempdir(), f"hiphelp-content-version-{os.getpid()}-{worker}"
    )
    if redis_url := os.environ.get("REDIS_URL"):
        number = int(worker.removeprefix("gw")) + 1  # Redis has databases 0 to 15
        if number > 15:
            raise RuntimeError("With Redis, run at most 15 pytest-xdist workers (make test caps them at 8).")
        os.environ["REDIS_URL"] = f"{redis_url.rsplit('/', 1)[0]}/{number}"
