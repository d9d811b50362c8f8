import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(code_or_args, **env):
    clean = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    clean.update(env)
    args = code_or_args if isinstance(code_or_args, list) else ["-c", code_or_args]
    return subprocess.run([sys.executable, *args], cwd=ROOT, env=clean, capture_output=True, text=True, timeout=120)


def test_debug_is_off_unless_asked_for():
    result = run(
        "import django; django.setup(); from django.conf import settings; print(settings.DEBUG)",
        DJANGO_SETTINGS_MODULE="hiphelp.settings",
        DJANGO_SECRET_KEY="x" * 60,
    )
    assert result.stdout.strip() == "False", result.stderr


def test_a_secret_key_is_required_without_debug():
    result = run(
        "import django; django.setup()",
        DJANGO_SETTINGS_MODULE="hiphelp.settings",
    )
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_production_settings_pass_the_deployment_checks():
    result = run(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        DJANGO_SECRET_KEY="a-production-grade-secret-key-with-enough-length-and-variety-8f3kq9x2",
        DJANGO_ALLOWED_HOSTS="hiphelp.example.org",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
