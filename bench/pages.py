"""Page benchmark under gunicorn on loopback, against two ceilings measured in the same run.

- bare: a separate one-view Django project (bench/bare/) serving each page's very bytes and
  headers, with no middleware, apps or database: what Django itself costs;
- in-stack: the same bytes from a view behind the site's whole middleware stack
  (bench/urls.py): bare ÷ in-stack is what the middleware costs.

Same gunicorn settings for all (2 sync workers), wrk with 8 connections; the page and both
ceilings take turns, round after round (BENCH_ROUNDS, at least 3), and the table gives
medians. Prints `ratio <page> <x>` (page ÷ bare) and `ratio-stack <page> <x>` (page ÷
in-stack) lines for scripts, then the resident size of each site worker.
"""

import gzip
import json
import os
import re
import statistics
import subprocess
import sys
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.harness import Gunicorn, environment, prepare, wrk  # noqa: E402

DB = ROOT / "bench" / "bench.sqlite3"
PAGES_DIR = ROOT / "bench" / "pages"
SECONDS = int(os.environ.get("BENCH_SECONDS", "2"))
ROUNDS = max(3, int(os.environ.get("BENCH_ROUNDS", "3")))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "8"))
WORKERS = 2
# The profile's address is found in the search page (the first result).
PAGES = [
    ("guide", "/en/pain/upper-buttock/", ()),
    ("guide-tab-htmx", "/en/pain/upper-buttock/nerve/", ("HX-Request: true",)),
    ("map", "/en/pain-map/", ()),
    ("home", "/en/", ()),
    ("a-z", "/en/conditions/", ()),
    ("profile", None, ()),
    ("search", "/en/find-a-professional/?where=2000&km=10", ()),
]
# Headers a server adds itself (gunicorn writes its own); the rest the bare project repeats.
SERVER_HEADERS = {"server", "date", "connection", "transfer-encoding"}


def fetch(url, headers):
    request = urllib.request.Request(url, headers=dict(h.split(": ", 1) for h in headers))
    with urllib.request.urlopen(request, timeout=60) as response:
        kept = {name: value for name, value in response.getheaders() if name.lower() not in SERVER_HEADERS}
        return response.read(), kept


def queries_per_request(env, pages):
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
    for name, path, headers in pages:
        cache.clear()
        with CaptureQueriesContext(connection) as captured:
            client.get(path, headers=dict(h.split(": ", 1) for h in headers), HTTP_HOST="127.0.0.1")
        counts[name] = len(captured)
    return counts


def cpu_per_request(env, settings_module, pages, bare=False):
    """µs of CPU per cached request in-process (bench/cpu.py), by page name."""
    specs = [f"{name}={f'/{name}' if bare else path}" + (f"|{headers[0]}" if headers and not bare else "")
             for name, path, headers in pages]  # fmt: skip
    output = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "cpu.py"), settings_module, *specs],
        cwd=ROOT, env={**env, "DJANGO_SETTINGS_MODULE": settings_module}, capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    return {line.split()[1]: float(line.split()[2]) for line in output.splitlines() if line.startswith("cpu-us")}


def profile_path(server):
    body, _ = fetch(server.base + "/en/find-a-professional/?where=2000&km=10", ())
    return re.search(rb'<h3><a href="(/en/[a-z0-9/-]+/)">', body)[1].decode()


def main():
    env = environment(f"sqlite:///{DB}", ROOT / "bench" / "static", HIPHELP_BENCH_PAGES=str(PAGES_DIR))
    prepare(env, professionals=80_000)  # 100,000 clinics: shared with bench/search.py
    PAGES_DIR.mkdir(exist_ok=True)
    bare_env = {**env, "DJANGO_SETTINGS_MODULE": "bench.bare.settings"}
    results = {name: {"page": [], "bare": [], "stack": []} for name, _, _ in PAGES}
    sizes = {}
    with Gunicorn(env, workers=WORKERS) as site:
        pages = [(name, path or profile_path(site), headers) for name, path, headers in PAGES]
        for name, path, headers in pages:
            body, sent = fetch(site.base + path, headers)
            fetch(site.base + path, headers)  # cached from now on
            (PAGES_DIR / f"{name}.html").write_bytes(body)
            (PAGES_DIR / f"{name}.headers.json").write_text(json.dumps(sent, indent=1))
            sizes[name] = (len(body), len(gzip.compress(body, 9)))
        with Gunicorn(bare_env, workers=WORKERS, app="bench.bare.wsgi", ready="/guide") as bare:
            for round_number in range(ROUNDS):
                for name, path, headers in pages:
                    # Interleaved: each page beside its two ceilings, in each round.
                    runs = (("page", site.base + path, headers), ("bare", f"{bare.base}/{name}", ()),
                            ("stack", f"{site.base}/__ceiling__/{name}", ()))  # fmt: skip
                    for kind, url, sent_headers in runs if round_number % 2 == 0 else reversed(runs):
                        stats = wrk(url, connections=CONNECTIONS, seconds=SECONDS, headers=sent_headers)
                        if stats["errors"]:
                            raise RuntimeError(f"{name} ({kind}): {stats['errors']} errors")
                        results[name][kind].append(stats)
        rss = site.worker_rss_mb()
    cpu_site = cpu_per_request(env, "bench.settings", pages)
    cpu_bare = cpu_per_request(bare_env, "bench.bare.settings", pages, bare=True)
    queries = queries_per_request(env, pages)

    def median(name, kind, key="rps"):
        return statistics.median(stats[key] for stats in results[name][kind])

    print(
        f"\ngunicorn, {WORKERS} sync workers, wrk {CONNECTIONS} connections, {SECONDS} s × {ROUNDS} interleaved"
        " rounds (medians), loopback; SQLite; 100,000 clinics"
    )
    columns = [("page", "<16"), ("req/s", ">8"), ("p50 ms", ">8"), ("p99 ms", ">8"), ("bare", ">8"),
               ("ratio", ">7"), ("stack", ">8"), ("ratio-st", ">9"), ("HTML B", ">8"), ("gzip B", ">8"),
               ("SQL", ">5"), ("cpu µs", ">8"), ("bare µs", ">8")]  # fmt: skip
    header = "".join(f"{title:{align}}" for title, align in columns)
    print(header)
    print("-" * len(header))
    for name, _, _ in pages:
        page, bare_rps, stack_rps = median(name, "page"), median(name, "bare"), median(name, "stack")
        print(
            f"{name:<16}{page:>8.0f}{median(name, 'page', 'p50'):>8.1f}{median(name, 'page', 'p99'):>8.1f}"
            f"{bare_rps:>8.0f}{page / bare_rps:>7.2f}{stack_rps:>8.0f}{page / stack_rps:>9.2f}"
            f"{sizes[name][0]:>8}{sizes[name][1]:>8}{queries[name]:>5}{cpu_site[name]:>8.0f}{cpu_bare[name]:>8.0f}"
        )
    print("(bare: a one-view Django project, same bytes and headers; stack: the same through the site's")
    print(" middleware; SQL: queries of an uncached request, cached pages run none; cpu µs, bare µs: CPU per")
    print(" cached request inside Django, no server, for the site and the bare project: proof against noise.)\n")
    for name, _, _ in pages:
        print(f"ratio {name} {median(name, 'page') / median(name, 'bare'):.2f}")
    for name, _, _ in pages:
        print(f"ratio-stack {name} {median(name, 'page') / median(name, 'stack'):.2f}")
    for name, _, _ in pages:
        print(f"cpu-ratio {name} {cpu_bare[name] / cpu_site[name]:.2f}")
    print(f"rss-mb {max(rss):.0f}   (resident size of each site worker after the bench: "
          f"{', '.join(f'{mb:.0f}' for mb in rss)} MB)")  # fmt: skip


if __name__ == "__main__":
    main()
