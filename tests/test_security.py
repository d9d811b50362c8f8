import pytest
from django.urls import reverse


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_superuser("staffer", "s@example.org", "the-right-password-123")


def login(client, password, address="10.0.0.1"):
    return client.post(
        reverse("admin:login"),
        {"username": "staffer", "password": password, "next": "/admin/"},
        REMOTE_ADDR=address,
    )


def test_admin_logins_are_rate_limited(client, staff):
    for _ in range(4):
        assert login(client, "wrong").status_code == 200  # the form again, with its error
    assert login(client, "wrong").status_code == 429  # the fifth failure locks out
    locked = login(client, "the-right-password-123")
    assert locked.status_code == 429
    assert "Too many failed logins" in locked.content.decode()
    # Another address is not locked out by this one's failures.
    assert login(client, "the-right-password-123", address="10.0.0.2").status_code == 302


def test_a_good_login_works(client, staff):
    assert login(client, "the-right-password-123").status_code == 302


def test_admin_url_can_be_moved_by_a_setting():
    import subprocess
    import sys

    code = "import django; django.setup(); from django.urls import reverse; print(reverse('admin:index'))"
    env = {
        "DJANGO_SETTINGS_MODULE": "hiphelp.settings",
        "DJANGO_SECRET_KEY": "x" * 50,
        "DJANGO_ADMIN_URL": "staff-7f3/",
    }
    import os

    result = subprocess.run(
        [sys.executable, "-c", code], env={**os.environ, **env}, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "/staff-7f3/"


def test_client_address_behind_a_proxy_is_the_entry_the_proxy_added(rf, settings):
    from hiphelp.client import client_address

    request = rf.get("/", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.9", REMOTE_ADDR="10.0.0.5")
    assert client_address(request) == "10.0.0.5"  # not behind a proxy: the connection
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    assert client_address(request) == "203.0.113.9"  # the spoofable first entry is ignored


def test_logging_in_without_a_connection_address_works(client, staff):
    # force_login builds a request without REMOTE_ADDR; axes records the login with it.
    client.force_login(staff)
    assert client.get(reverse("admin:index")).status_code == 200
