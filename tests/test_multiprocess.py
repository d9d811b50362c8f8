"""Two gunicorn processes over one PostgreSQL and one Redis: an admin save made through one
shows on the very next request to the other. Runs where those services are configured
(CI's second run: DATABASE_URL and REDIS_URL set)."""

import http.cookiejar
import os
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from django.db import connection

from tests.htmlparse import form_data

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(
    not os.environ.get("REDIS_URL") or not os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="needs PostgreSQL and Redis (CI's second run sets DATABASE_URL and REDIS_URL)",
)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def servers(transactional_demo, tmp_path, django_user_model):
    django_user_model.objects.create_superuser("editor", "e@example.org", "a-long-test-password")
    db = connection.settings_dict
    url = f"postgres://{db['USER']}@{urllib.parse.quote(db['HOST'] or 'localhost', safe='')}/{db['NAME']}"
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "DJANGO_STATIC_ROOT": str(tmp_path / "static"),
        "DJANGO_STATIC_COMPRESS": "0",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
    }
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"], cwd=ROOT, env=env, check=True
    )
    ports, processes = [free_port(), free_port()], []
    for port in ports:
        command = [str(Path(sys.executable).parent / "gunicorn"), "hiphelp.wsgi", "--bind", f"127.0.0.1:{port}"]
        processes.append(subprocess.Popen([*command, "--workers", "1"], cwd=ROOT, env=env))
    for port in ports:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
    yield [f"http://127.0.0.1:{port}" for port in ports]
    for process in processes:
        process.terminate()
        process.wait(timeout=10)


def get(opener, url, data=None):
    body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
    request = urllib.request.Request(url, data=body, headers={"Referer": url})
    with opener.open(request, timeout=10) as response:
        return response.read().decode()


def test_an_admin_save_through_one_process_shows_on_the_other(servers):
    a, b = servers
    page = "/en/pain/upper-buttock/bone/"
    reader = urllib.request.build_opener()
    assert "Bone Related Pain in the Upper Buttock" in get(reader, b + page)  # now cached in Redis
    assert "Bone Related Pain in the Upper Buttock" in get(reader, a + page)

    editor = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    login = get(editor, a + "/admin/login/")
    fields = form_data(login, "login-form")
    get(editor, a + "/admin/login/", {**fields, "username": "editor", "password": "a-long-test-password"})
    from conditions.models import CauseSection

    section = CauseSection.objects.get(guide__slug="upper-buttock", category__slug="bone")
    change = f"{a}/admin/conditions/causesection/{section.pk}/change/"
    data = form_data(get(editor, change), "causesection_form")
    data["heading_en"] = "Edited through process A"
    get(editor, change, data)

    assert "Edited through process A" in get(reader, b + page)
