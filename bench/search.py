"""Directory search benchmark: the view over 100,000 clinics, on SQLite and on PostgreSQL.

Run with `make bench`. Each database is set up once and kept between runs (SQLite:
bench/bench.sqlite3, shared with bench/pages.py; PostgreSQL: a throwaway cluster from
scripts/start-postgres, database BENCH_PG_DB). For each it prints

    search-ms <db> <km> <median>           the whole view (form, query, cards, template), uncached
    search-ms-filtered <db> <km> <median>  the same with a profession and a language filter
    sparse-ms <db> <clinics> <median>      Alice Springs 0870, 50 km, at 100,000 and 400,000 clinics
                                           (three interleaved rounds, a process each)

and on PostgreSQL the PostGIS peer over the same rows, in a database of its own
(BENCH_PG_DB + "_postgis"; bench/install-postgis installs the extension if missing):

    postgis-ms <km> <median>     geography column, GiST index, ST_DWithin, nearest clinic per
                                 professional, top 20 and the total
    site-sql-ms <km> <median>    the site's own search for the same (its total, then its first
                                 page), from Python as the view runs it, on the same server

The 400,000-clinic databases are copies of the 100,000 ones with every professional,
clinic and practice repeated four times over (the same places, four times as dense).
"""

import inspect
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_CLINICS = 100_000
PROFESSIONALS = TARGET_CLINICS * 4 // 5  # each demo professional has 1.25 clinics on average
RUNS = int(os.environ.get("BENCH_SEARCH_RUNS", "31"))
SQLITE = ROOT / "bench" / "bench.sqlite3"
SQLITE_400K = ROOT / "bench" / "bench-400k.sqlite3"
PG_DB = os.environ.get("BENCH_PG_DB", "hiphelp_bench")
FILTERS = {"profession": "physiotherapist", "language": "zh"}


def median_ms(function, runs=RUNS, cpu=None):
    """Median wall-clock ms of `function`; the median CPU ms of this process goes in `cpu`.

    On a busy machine the wall clock counts other processes' turns too; the CPU time of an
    in-process (SQLite) search does not, so the bench prints both.
    """
    function()  # the first warms caches
    timings, cpu_timings = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        function()
        timings.append((time.perf_counter() - start) * 1000)
        cpu_timings.append((time.process_time() - start_cpu) * 1000)
    if cpu is not None:
        cpu.append(statistics.median(cpu_timings))
    return statistics.median(timings)


# ---------------------------------------------------------------- in a worker process


def setup_django(database_url):
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "hiphelp.settings",
            "DJANGO_SECRET_KEY": os.environ.get("DJANGO_SECRET_KEY", "bench-only-secret-key-not-for-production-0123"),
            "DJANGO_DEBUG": "0",
            "DJANGO_HTTPS": "0",
            "DJANGO_ALLOWED_HOSTS": "testserver,localhost,127.0.0.1",
            "DJANGO_LOG_LEVEL": "WARNING",
            "DATABASE_URL": database_url,
        }
    )
    import django

    django.setup()
    from django.conf import settings

    # Timing the view, not the static files: no collectstatic manifest needed.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


def prepare():
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("load_demo_content", verbosity=0)
    call_command("load_places", verbosity=0)
    call_command("generate_professionals", str(PROFESSIONALS), verbosity=0)


def time_view(params):
    """Median ms of the directory view, uncached (the page cache is what a repeat would use)."""
    from django.test import RequestFactory
    from django.utils import translation

    from professionals.views import find_professional

    view = inspect.unwrap(find_professional)  # the view itself, without the page cache
    factory = RequestFactory()

    def once():
        request = factory.get("/en/find-a-professional/", params)
        request.LANGUAGE_CODE = "en"
        request.htmx = False
        response = view(request)
        assert response.status_code == 200, response.status_code
        return response

    cpu = []
    with translation.override("en"):
        ms = median_ms(once, cpu=cpu)
        html = once().content.decode()
    found = html.split('id="result-count" role="status">')[1].split("<")[0].strip()
    return ms, f"{found}; CPU of this process {cpu[0]:.1f} ms"


def place_point(code):
    from professionals.models import Place

    place = Place.objects.matching(code).first()
    return place.latitude, place.longitude


def site_search(km, point):
    """The site's search as the view runs it (the total, then the first page), from Python:
    a function returning the total."""
    from professionals.models import Professional

    def once():
        nearby = Professional.objects.near(*point, km)
        total = nearby.count()
        nearby.rows(0, 20, total)
        return total

    return once


def run_sql_ms(cursor, statements):
    def once():
        results = []
        for sql, params in statements:
            cursor.execute(sql, params)
            results.append(cursor.fetchall())
        return results

    return median_ms(once), once()


def replicate(times=4):
    """Repeat every demo professional, clinic and practice until there are `times` as many."""
    from django.db import connection, transaction

    from professionals.models import Clinic, Practice, Professional

    def columns(model, replace):
        names = [field.column for field in model._meta.concrete_fields]
        return ", ".join(f'"{name}"' for name in names), ", ".join(replace.get(name, f'"{name}"') for name in names)

    clinics = Clinic.objects.count()
    if clinics >= TARGET_CLINICS * times:
        return
    max_pro = Professional.objects.order_by("-pk").values_list("pk", flat=True)[0]
    max_clinic = Clinic.objects.order_by("-pk").values_list("pk", flat=True)[0]
    languages = Professional.languages.through._meta.db_table
    interests = Professional.interests.through._meta.db_table
    with transaction.atomic(), connection.cursor() as cursor:
        for k in range(1, times):
            pro, clinic = k * max_pro, k * max_clinic
            for model, replace, key in (
                (Professional, {"id": f'"id" + {pro}', "slug": f"\"slug\" || '-r{k}'"}, "id"),
                (Clinic, {"id": f'"id" + {clinic}'}, "id"),
                (
                    Practice,
                    {
                        "id": None,
                        "professional_id": f'"professional_id" + {pro}',
                        "clinic_id": f'"clinic_id" + {clinic}',
                    },
                    "professional_id",
                ),
            ):
                if model is Practice:
                    names = [f.column for f in model._meta.concrete_fields if f.column != "id"]
                    target = ", ".join(f'"{n}"' for n in names)
                    source = ", ".join(replace.get(n) or f'"{n}"' for n in names)
                else:
                    target, source = columns(model, replace)
                limit = max_pro if key == "professional_id" or model is Professional else max_clinic
                cursor.execute(
                    f'INSERT INTO "{model._meta.db_table}" ({target}) '  # noqa: S608 -- bench-only, no input
                    f'SELECT {source} FROM "{model._meta.db_table}" WHERE "{key}" <= {limit}'
                )
            for table, other in ((languages, "language_id"), (interests, "guide_id")):
                cursor.execute(
                    f'INSERT INTO "{table}" ("professional_id", "{other}") '  # noqa: S608
                    f'SELECT "professional_id" + {pro}, "{other}" FROM "{table}" WHERE "professional_id" <= {max_pro}'
                )


def settle():
    """What a database does by itself after a bulk load, done now: statistics, and on
    PostgreSQL the visibility map, without which no index-only scan is possible."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")


def worker(label, database_url, mode):
    setup_django(database_url)
    from django.db import connection

    from professionals.models import Clinic

    if mode == "prepare400k":
        from django.core.management import call_command

        call_command("migrate", verbosity=0)
        replicate()
        settle()
        return
    if mode == "sparse":
        ms, found = time_view({"where": "0870", "km": "50"})
        print(f"sparse-ms {label} {Clinic.objects.count()} {ms:.1f}   ({found})", flush=True)
        return
    if mode == "prepare":
        prepare()
        settle()
        return
    print(f"{label}: {Clinic.objects.count()} clinics", flush=True)
    for km in (10, 50):
        ms, found = time_view({"where": "2000", "km": str(km)})
        print(f"search-ms {label} {km} {ms:.1f}   ({found})", flush=True)
    for km in (10, 50):
        ms, found = time_view({"where": "2000", "km": str(km), **FILTERS})
        print(f"search-ms-filtered {label} {km} {ms:.1f}   (physiotherapists speaking Mandarin: {found})", flush=True)
    if connection.vendor == "postgresql":
        postgis_peer(connection)


# ---------------------------------------------------------------- the PostGIS peer

POSTGIS_QUERY = """
SELECT professional_id, distance, COUNT(*) OVER () AS total
FROM (
    SELECT professional_id, MIN(ST_Distance(geog, here.point)) AS distance
    FROM practice_geo, (SELECT ST_SetSRID(ST_MakePoint(%s, %s), 4326)::geography AS point) AS here
    WHERE is_listed AND ST_DWithin(geog, here.point, %s)
    GROUP BY professional_id
) AS near
ORDER BY distance, professional_id
LIMIT 20
"""


def postgis_peer(connection):
    """The same rows in a PostGIS database: time its query beside the site's."""
    import psycopg

    subprocess.run([str(ROOT / "bench" / "install-postgis")], check=True)
    settings = connection.settings_dict
    params = {"host": settings["HOST"], "user": settings["USER"], "port": settings["PORT"] or None}
    params = {k: v for k, v in params.items() if v}
    name = f"{settings['NAME']}_postgis"
    with psycopg.connect(dbname="postgres", autocommit=True, **params) as admin:
        if not admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            admin.execute(f'CREATE DATABASE "{name}"')
    with connection.cursor() as site:
        site.execute("SELECT COUNT(*) FROM professionals_practice")
        rows = site.fetchone()[0]
    with psycopg.connect(dbname=name, autocommit=True, **params) as geo:
        geo.execute("CREATE EXTENSION IF NOT EXISTS postgis")
        geo.execute(
            "CREATE TABLE IF NOT EXISTS practice_geo (professional_id integer NOT NULL, clinic_id integer NOT NULL,"
            " is_listed boolean NOT NULL, geog geography(Point, 4326) NOT NULL)"
        )
        if geo.execute("SELECT COUNT(*) FROM practice_geo").fetchone()[0] != rows:
            geo.execute("TRUNCATE practice_geo")
            with connection.cursor() as site:
                site.execute(
                    "SELECT professional_id, clinic_id, is_listed, longitude, latitude FROM professionals_practice"
                    " WHERE latitude IS NOT NULL"
                )
                with geo.cursor().copy("COPY practice_geo FROM STDIN") as copy:
                    for pro, clinic, listed, lng, lat in site.fetchall():
                        copy.write_row((pro, clinic, listed, f"SRID=4326;POINT({lng} {lat})"))
            geo.execute("CREATE INDEX IF NOT EXISTS practice_geo_gist ON practice_geo USING gist (geog)")
            geo.execute("ANALYZE practice_geo")
        point = place_point("2000")
        for km in (10, 50):
            ms, result = run_sql_ms(geo.cursor(), [(POSTGIS_QUERY, [point[1], point[0], km * 1000])])
            print(f"postgis-ms {km} {ms:.1f}   ({result[0][0][2]} professionals)", flush=True)
            search = site_search(km, point)
            ms = median_ms(search)
            print(f"site-sql-ms {km} {ms:.1f}   ({search()} professionals, two queries)", flush=True)


# ---------------------------------------------------------------- the orchestration


def run_worker(label, url, mode="main"):
    # The database is built in a process of its own: one that has just bulk-loaded 100,000
    # clinics searches a third slower than a server that starts on them.
    if mode == "main":
        subprocess.run([sys.executable, __file__, "worker", label, url, "prepare"], check=True)
    subprocess.run([sys.executable, __file__, "worker", label, url, mode], check=True)


def postgres_running():
    """Whether scripts/start-postgres's cluster (at the same place) is up already."""
    base = Path(os.environ.get("PGBASE") or Path(tempfile.gettempdir()) / "hiphelp-postgres")
    return any((base / "socket").glob(".s.PGSQL.*"))


def postgres_url():
    """A throwaway PostgreSQL server's URL with the bench's database, or None without PostgreSQL."""
    try:
        url = subprocess.run(
            [str(ROOT / "scripts" / "start-postgres")], capture_output=True, text=True, check=True
        ).stdout.strip()
    except (subprocess.CalledProcessError, OSError) as error:
        print(f"PostgreSQL skipped: {getattr(error, 'stderr', '') or error}", flush=True)
        return None
    return url.rsplit("/", 1)[0] + "/"


def create_pg_database(base, name, template=None):
    import psycopg
    from psycopg.conninfo import conninfo_to_dict

    info = conninfo_to_dict(base + "postgres")
    with psycopg.connect(**info, autocommit=True) as admin:
        if admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            return False
        suffix = f' TEMPLATE "{template}"' if template else ""
        admin.execute(f'CREATE DATABASE "{name}"{suffix}')
        return True


SPARSE_ROUNDS = 3


def sparse_rounds(label, urls):
    """Alice Springs at 100,000 and 400,000 clinics, interleaved in rounds, each a process of
    its own (a process's speed drifts by a fifth from one to the next here): medians."""
    timings = {clinics: [] for clinics in urls}
    found = {}
    for _ in range(SPARSE_ROUNDS):
        for clinics, url in urls.items():
            out = subprocess.run(
                [sys.executable, __file__, "worker", label, url, "sparse"], check=True, capture_output=True, text=True
            ).stdout
            line = next(line for line in out.splitlines() if line.startswith("sparse-ms"))
            timings[clinics].append(float(line.split()[3]))
            found[clinics] = line.split("(", 1)[1].split(";")[0]
    for clinics, values in timings.items():
        print(f"sparse-ms {label} {clinics} {statistics.median(values):.1f}   ({found[clinics]})", flush=True)


def main():
    run_worker("sqlite", f"sqlite:///{SQLITE}")
    if not SQLITE_400K.exists() or SQLITE_400K.stat().st_mtime < SQLITE.stat().st_mtime:
        shutil.copyfile(SQLITE, SQLITE_400K)
    run_worker("sqlite", f"sqlite:///{SQLITE_400K}", "prepare400k")
    sparse_rounds("sqlite", {TARGET_CLINICS: f"sqlite:///{SQLITE}", 4 * TARGET_CLINICS: f"sqlite:///{SQLITE_400K}"})
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))  # so the finally runs
    was_running = postgres_running()
    base = postgres_url()
    try:
        if base:
            search_postgresql(base)
    finally:
        if base and not was_running:  # the bench started it: it stops it
            subprocess.run([str(ROOT / "scripts" / "stop-postgres")], check=False)


def search_postgresql(base):
    create_pg_database(base, PG_DB)
    run_worker("postgresql", base + PG_DB)
    create_pg_database(base, f"{PG_DB}_400k", template=PG_DB)
    run_worker("postgresql", base + f"{PG_DB}_400k", "prepare400k")
    sparse_rounds("postgresql", {TARGET_CLINICS: base + PG_DB, 4 * TARGET_CLINICS: base + f"{PG_DB}_400k"})


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "worker":
        worker(*sys.argv[2:5])
    else:
        main()
