"""Shared by the benchmark and the load test: a database, gunicorn, and wrk, all on loopback."""

import atexit
import contextlib
import ctypes
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
GUNICORN = str(Path(sys.executable).parent / "gunicorn")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def environment(database_url, static_root, **extra):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "DJANGO_DEBUG": "0",
        "DJANGO_HTTPS": "0",
        "DJANGO_SECRET_KEY": os.environ.get("DJANGO_SECRET_KEY", "bench-only-secret-key-not-for-production-0123456789"),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": database_url,
        "DJANGO_STATIC_ROOT": str(static_root),
        "DJANGO_LOG_LEVEL": "WARNING",
        **extra,
    }


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True)


def prepare(env, professionals):
    """Migrate, load the demo content and places, create the listings, collect static files."""
    manage(env, "migrate", "--noinput", "-v", "0")
    manage(env, "compilemessages", "--ignore", ".venv/*", "-v", "0")
    manage(env, "load_demo_content", "-v", "0")
    manage(env, "load_places", "-v", "0")
    manage(env, "generate_professionals", str(professionals), "-v", "0")
    manage(env, "collectstatic", "--noinput", "-v", "0")


_running = set()


def _stop_all():
    for server in list(_running):
        server.stop()


def _exit_on_signal(signum, frame):
    sys.exit(128 + signum)  # runs the context managers' exits and atexit: every server stops


atexit.register(_stop_all)
for _signal in (signal.SIGTERM, signal.SIGHUP):
    signal.signal(_signal, _exit_on_signal)


def _die_with_parent():
    # Linux: the server gets SIGTERM if this process dies, even by SIGKILL (its workers follow).
    with contextlib.suppress(OSError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


class Gunicorn:
    """gunicorn on a free loopback port, with sync workers: the same settings for every app."""

    def __init__(self, env, workers=2, app="hiphelp.wsgi", ready="/healthz"):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        command = [GUNICORN, app, "--bind", f"127.0.0.1:{self.port}", "--workers", str(workers),
                   "--worker-class", "sync"]  # fmt: skip
        self.process = subprocess.Popen(
            command, cwd=ROOT, env=env, stderr=subprocess.DEVNULL, preexec_fn=_die_with_parent
        )
        _running.add(self)
        for _ in range(300):
            try:
                urllib.request.urlopen(self.base + ready, timeout=1)
                return
            except urllib.error.HTTPError:
                return  # it answers
            except OSError:
                if self.process.poll() is not None:
                    break
                time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"gunicorn ({app}) did not start")

    def stop(self):
        _running.discard(self)
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def worker_rss_mb(self):
        """Resident size (MB) of each worker process, from /proc."""
        pid = self.process.pid
        try:
            children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        except OSError:
            return []
        sizes = []
        for child in children:
            try:
                status = Path(f"/proc/{child}/status").read_text()
            except OSError:
                continue
            if match := re.search(r"VmRSS:\s+(\d+) kB", status):
                sizes.append(int(match[1]) / 1024)
        return sizes

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


def wrk(url, *, connections=8, seconds=10, headers=()):
    """Run wrk against a loopback URL for a bounded time; its numbers as a dict."""
    binary = shutil.which("wrk")
    if not binary:
        raise RuntimeError("wrk is not installed (scripts/system-deps test installs it).")
    assert url.startswith("http://127.0.0.1:"), "load only ever goes to this machine"
    threads = min(2, connections)
    command = [binary, f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "10s"]
    for header in headers:
        command += ["-H", header]
    output = subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout
    stats = {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output)[1])}
    stats["requests"] = int(re.search(r"(\d+) requests in", output)[1])
    for label, key in (("50%", "p50"), ("99%", "p99")):
        value, unit = re.search(rf"{re.escape(label)}\s+([\d.]+)(us|ms|s)", output).groups()
        stats[key] = float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    stats["errors"] = (sum(int(n) for n in errors.groups()) if errors else 0) + (int(non2xx[1]) if non2xx else 0)
    return stats
