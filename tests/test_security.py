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
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    assert client_address(request) == "203.0.113.9"  # the spoofable first entry is ignored
    # Through two trusted proxies, the first address from the right that is not one of them.
    chained = rf.get("/", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.9, 10.0.0.7", REMOTE_ADDR="10.0.0.5")
    assert client_address(chained) == "203.0.113.9"


@pytest.fixture
def behind_proxy(settings):
    """DJANGO_BEHIND_PROXY=1 with its default: a proxy on this machine."""
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.TRUSTED_PROXIES = ["127.0.0.1", "::1", "unix"]


def test_forwarded_addresses_are_believed_only_from_trusted_proxies(rf, behind_proxy):
    from hiphelp.client import client_address

    # The app server reached directly: its own peer, whatever the header claims.
    assert client_address(rf.get("/", HTTP_X_FORWARDED_FOR="6.6.6.6", REMOTE_ADDR="203.0.113.50")) == "203.0.113.50"
    assert client_address(rf.get("/", HTTP_X_FORWARDED_FOR="6.6.6.6", REMOTE_ADDR="127.0.0.1")) == "6.6.6.6"
    # A unix socket has no peer address; the proxy behind it is trusted as "unix".
    assert client_address(rf.get("/", HTTP_X_FORWARDED_FOR="198.51.100.4", REMOTE_ADDR="")) == "198.51.100.4"
    assert client_address(rf.get("/", REMOTE_ADDR="")) is None
    assert client_address(rf.get("/", HTTP_X_FORWARDED_FOR="<script>", REMOTE_ADDR="127.0.0.1")) == "127.0.0.1"


def test_a_spoofed_forwarded_for_does_not_escape_the_admin_lockout(client, staff, behind_proxy):
    for n in range(4):
        response = client.post(
            reverse("admin:login"),
            {"username": "staffer", "password": "wrong", "next": "/admin/"},
            REMOTE_ADDR="203.0.113.50",
            HTTP_X_FORWARDED_FOR=f"198.51.100.{n}",
        )
        assert response.status_code == 200
    assert login(client, "wrong", address="203.0.113.50").status_code == 429


def test_logins_without_an_address_lock_nobody_out_and_guess_no_password(client, staff, settings):
    from axes.models import AccessAttempt

    settings.TRUSTED_PROXIES = []  # e.g. gunicorn on a unix socket, the proxy not declared
    for _ in range(6):
        response = login(client, "wrong", address="")
        assert response.status_code == 200
        assert "This server cannot tell where your connection comes from" in response.content.decode()
    assert not AccessAttempt.objects.exists()  # no shared bucket to fill
    # Not even the right password gets in without an address: nothing can be guessed that way.
    assert login(client, "the-right-password-123", address="").status_code == 200
    # And the real admin, from a real address, is not locked out by any of it.
    assert login(client, "the-right-password-123").status_code == 302


def test_logging_in_without_a_connection_address_works(client, staff):
    # force_login builds a request without REMOTE_ADDR; axes records the login with it.
    client.force_login(staff)
    assert client.get(reverse("admin:index")).status_code == 200
