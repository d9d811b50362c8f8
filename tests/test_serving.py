"""The site as `make serve` runs it: gunicorn with the project's settings file, on loopback.

- A few clients that send their requests slowly do not stall everyone else.
- Several worker processes with the default local-memory cache all show an edit at once.
"""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUNICORN = str(Path(sys.executable).parent / "gunicorn")
PAGE = "/en/pain/upper-buttock/bone/"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url, timeout=10):
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return response.read().decode()


def serve(env, workers):
    """gunicorn as `make serve` starts it; stopped by the caller."""
    port = free_port()
    command = [GUNICORN, "hiphelp.wsgi", "-c", "hiphelp/gunicorn_conf.py", "--bind", f"127.0.0.1:{port}"]
    process = subprocess.Popen(
        [*command, "--workers", str(workers), "--access-logfile", "/dev/null"], cwd=ROOT, env=env
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(150):
        try:
            fetch(base + "/robots.txt", timeout=1)
            return process, base
        except OSError:
            time.sleep(0.1)
    process.terminate()
    raise RuntimeError("gunicorn did not start")


def stop(process):
    process.terminate()
    process.wait(timeout=15)


def environment(**extra):
    env = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "DATABASE_URL")}
    return {**env, "DJANGO_ALLOWED_HOSTS": "127.0.0.1", "DJANGO_LOG_LEVEL": "WARNING", **extra}


def test_slow_clients_do_not_hold_every_worker(tmp_path):
    process, base = serve(environment(DATABASE_URL=f"sqlite:///{tmp_path / 'unused.sqlite3'}"), workers=2)
    slow = []
    try:
        # Each sends half a request and then nothing, as a slow phone connection or an attacker might.
        for _ in range(4):
            sock = socket.create_connection(("127.0.0.1", int(base.rsplit(":", 1)[1])))
            sock.sendall(b"GET /robots.txt HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            slow.append(sock)
        time.sleep(0.5)
        assert "User-agent" in fetch(base + "/robots.txt", timeout=5)
    finally:
        for sock in slow:
            sock.close()
        stop(process)


def manage(env, *args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, timeout=300)


def test_every_worker_with_a_local_memory_cache_shows_an_edit(tmp_path):
    env = environment(
        DATABASE_URL=f"sqlite:///{tmp_path / 'site.sqlite3'}",
        DJANGO_CONTENT_VERSION_FILE=str(tmp_path / "content-version"),
        DJANGO_STATIC_ROOT=str(tmp_path / "static"),
        DJANGO_STATIC_COMPRESS="0",  # seconds, not a minute: compression is not what is tested
    )
    manage(env, "migrate", "--noinput", "-v", "0")
    manage(env, "load_demo_content", "-v", "0")
    manage(env, "collectstatic", "--noinput", "-v", "0")
    process, base = serve(env, workers=3)
    try:
        for _ in range(30):  # every worker has the page in its own cache now
            assert "Bone Related Pain in the Upper Buttock" in fetch(base + PAGE)
        edit = (
            "from conditions.models import CauseSection; "
            "s = CauseSection.objects.get(guide__slug='upper-buttock', category__slug='bone'); "
            "s.heading_en = 'Edited while three workers serve'; s.save()"
        )
        manage(env, "shell", "-c", edit)
        stale = [n for n in range(40) if "Edited while three workers serve" not in fetch(base + PAGE)]
        assert stale == []
        # Static files as gunicorn serves them carry the site's security headers.
        with urllib.request.urlopen(base + "/favicon.ico", timeout=10) as response:
            assert response.headers["X-Content-Type-Options"] == "nosniff"
            assert "default-src 'none'" in response.headers["Content-Security-Policy"]
            assert response.headers["Cross-Origin-Resource-Policy"] == "same-origin"
    finally:
        stop(process)
