"""Directory search benchmark: median time in the view over 100,000 clinics.

Run with `make bench`. Uses its own SQLite database (bench/bench.sqlite3, kept between
runs so the 100,000 clinics are generated once) unless DATABASE_URL is set.
Prints `search-ms <km> <median>` lines for scripts.
"""

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hiphelp.settings")
os.environ.setdefault("DJANGO_SECRET_KEY", "bench-only-secret-key-not-for-production-use-0123456789")
os.environ.setdefault("DJANGO_HTTPS", "0")
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")
os.environ.setdefault("DATABASE_URL", f"sqlite:///{ROOT / 'bench' / 'bench.sqlite3'}")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402

# Timing the view, not the static files: no collectstatic manifest needed.
settings.STORAGES = {
    **settings.STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

from django.core.management import call_command  # noqa: E402
from django.test import RequestFactory  # noqa: E402

from professionals.models import Clinic  # noqa: E402
from professionals.views import find_professional  # noqa: E402

TARGET_CLINICS = 100_000
RUNS = 41


def main():
    call_command("migrate", verbosity=0)
    call_command("load_demo_content", verbosity=0)
    call_command("load_places", verbosity=0)
    # Each demo professional has 1.25 clinics on average.
    call_command("generate_professionals", str(TARGET_CLINICS * 4 // 5), verbosity=0)
    clinics = Clinic.objects.count()
    factory = RequestFactory()
    print(f"clinics {clinics}")
    for km in (10, 50):
        timings = []
        for run in range(RUNS + 1):
            request = factory.get("/en/find-a-professional/", {"where": "2000", "km": str(km)})
            request.LANGUAGE_CODE = "en"
            request.htmx = False
            start = time.perf_counter()
            response = find_professional(request)
            elapsed = (time.perf_counter() - start) * 1000
            assert response.status_code == 200
            if run:  # the first warms caches
                timings.append(elapsed)
        found = response.content.decode().split('id="result-count" role="status">')[1].split("<")[0].strip()
        print(
            f"search-ms {km} {statistics.median(timings):.1f}   ({found}; p90 {sorted(timings)[int(RUNS * 0.9)]:.1f})"
        )


if __name__ == "__main__":
    main()
