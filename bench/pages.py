"""Page benchmark under gunicorn on loopback: requests per second, latency, bytes and SQL
queries per page, against a ceiling (the same bytes from a bare Django view) measured in the
same run. Prints a table, then `ratio <page> <page rps / ceiling rps>` lines for scripts.
"""

import gzip
import os
import sys
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.harness import Gunicorn, environment, prepare, wrk  # noqa: E402

DB = ROOT / "bench" / "bench.sqlite3"
PAGES_DIR = ROOT / "bench" / "pages"
SECONDS = int(os.environ.get("BENCH_SECONDS", "10"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "8"))
PAGES = [
    ("guide", "/en/pain/upper-buttock/", ()),
    ("guide-tab-htmx", "/en/pain/upper-buttock/nerve/", ("HX-Request: true",)),
    ("map", "/en/pain-map/", ()),
    ("search", "/en/find-a-professional/?where=2000&km=10", ()),
]


def fetch(url, headers):
    request = urllib.request.Request(url, headers=dict(h.split(": ", 1) for h in headers))
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.read()


def queries_per_request(env):
    """SQL queries of one uncached request to each page, counted in this process."""
    os.environ.update({k: v for k, v in env.items() if k.startswith(("DJANGO_", "DATABASE_"))})
    import django

    django.setup()
    from django.conf import settings
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    settings.STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
    client, counts = Client(), {}
    for name, path, headers in PAGES:
        cache.clear()
        with CaptureQueriesContext(connection) as captured:
            client.get(path, headers=dict(h.split(": ", 1) for h in headers), HTTP_HOST="127.0.0.1")
        counts[name] = len(captured)
    return counts


def main():
    env = environment(f"sqlite:///{DB}", ROOT / "bench" / "static", HIPHELP_BENCH_PAGES=str(PAGES_DIR))
    prepare(env, professionals=80_000)  # 100,000 clinics: shared with bench/search.py
    PAGES_DIR.mkdir(exist_ok=True)
    queries = queries_per_request(env)
    rows = []
    with Gunicorn(env, workers=2) as server:
        for name, path, headers in PAGES:
            body = fetch(server.base + path, headers)
            (PAGES_DIR / f"{name}.html").write_bytes(body)
            page = wrk(server.base + path, connections=CONNECTIONS, seconds=SECONDS, headers=headers)
            ceiling = wrk(f"{server.base}/__ceiling__/{name}", connections=CONNECTIONS, seconds=SECONDS)
            rows.append((name, page, ceiling, len(body), len(gzip.compress(body, 9)), queries[name]))
    print(f"\ngunicorn, 2 workers, {CONNECTIONS} connections for {SECONDS} s each, loopback; SQLite; 100,000 clinics")
    columns = [("page", "<16"), ("req/s", ">9"), ("p50 ms", ">9"), ("p99 ms", ">9"), ("ceiling", ">9"),
               ("ratio", ">7"), ("HTML B", ">9"), ("gzip B", ">8"), ("SQL", ">5")]  # fmt: skip
    header = "".join(f"{title:{align}}" for title, align in columns)
    print(header)
    print("-" * len(header))
    for name, page, ceiling, size, packed, sql in rows:
        print(
            f"{name:<16}{page['rps']:>9.0f}{page['p50']:>9.1f}{page['p99']:>9.1f}{ceiling['rps']:>9.0f}"
            f"{page['rps'] / ceiling['rps']:>7.2f}{size:>9}{packed:>8}{sql:>5}"
        )
    print("(SQL: queries of an uncached request; cached pages run none.)\n")
    for name, page, ceiling, *_ in rows:
        print(f"ratio {name} {page['rps'] / ceiling['rps']:.2f}")


if __name__ == "__main__":
    main()
