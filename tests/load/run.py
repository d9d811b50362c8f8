"""Bounded load on loopback: every public page type at 64 connections, zero errors allowed.

    python tests/load/run.py [--seconds 30] [--connections 64]

make test runs it briefly (tests/load/test_load.py); `make load` at full size. It only ever
talks to the gunicorn it starts on 127.0.0.1, and stops by itself.
"""

import argparse
import sqlite3
import sys
import tempfile
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench.harness import Gunicorn, environment, prepare, wrk  # noqa: E402


def page_types(db_path):
    slug = sqlite3.connect(db_path).execute("SELECT slug FROM professionals_professional LIMIT 1").fetchone()[0]
    return [
        ("home", "/en/", ()),
        ("guide", "/zh-hans/pain/upper-buttock/", ()),
        ("guide tab (htmx)", "/ar/pain/upper-buttock/nerve/", ("HX-Request: true",)),
        ("all sections", "/en/pain/upper-buttock/all/", ()),
        ("map view (htmx)", "/en/pain-map/?view=back", ("HX-Request: true",)),
        ("region", "/vi/pain-map/lower-buttock/", ()),
        ("conditions", "/en/conditions/", ()),
        ("search", "/en/find-a-professional/?where=3000&km=25", ()),
        ("place suggestions", "/en/find-a-professional/places/?q=melb", ()),
        ("profile", f"/en/professionals/{slug}/", ()),
        ("apply form", "/en/find-a-professional/apply/", ()),
        ("health", "/healthz", ()),
    ]


def drain(base):
    """Wait until requests queued by the last run are answered, so each page starts afresh."""
    urllib.request.urlopen(base + "/robots.txt", timeout=60).read()


def run(seconds=30, connections=64, workdir=None):
    workdir = Path(workdir or tempfile.mkdtemp(prefix="hiphelp-load-"))
    db = workdir / "load.sqlite3"
    env = environment(f"sqlite:///{db}", workdir / "static")
    prepare(env, professionals=300)
    results = []
    with Gunicorn(env, workers=3) as server:
        for name, path, headers in page_types(db):
            drain(server.base)
            stats = wrk(server.base + path, connections=connections, seconds=seconds, headers=headers)
            results.append((name, stats))
            print(f"{name:<20}{stats['requests']:>8} requests {stats['rps']:>8.0f}/s  p99 {stats['p99']:>7.1f} ms"
                  f"  errors {stats['errors']}")  # fmt: skip
    return results


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--connections", type=int, default=64)
    options = parser.parse_args()
    failed = [name for name, stats in run(options.seconds, options.connections) if stats["errors"]]
    sys.exit(f"errors on: {', '.join(failed)}" if failed else 0)
