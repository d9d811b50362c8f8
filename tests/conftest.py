import sqlite3

import pytest
from django.conf import settings
from django.core.management import call_command

# Tests render templates without running collectstatic first.
settings.STORAGES = {
    **settings.STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the demo content once; each test's transaction is rolled back over it.

    Transactional tests (the browser ones) flush the database; pytest-django runs them
    last, and their fixture loads the content again.
    """
    with django_db_blocker.unblock():
        call_command("load_demo_content", verbosity=0)
        call_command("load_places", verbosity=0)


_sqlite_snapshots = {}


def _sqlite_memory_connection(connection):
    """The raw sqlite3 connection of an in-memory test database (the live server shares it), or None."""
    if connection.vendor != "sqlite" or not connection.is_in_memory_db():
        return None
    connection.ensure_connection()
    return connection.connection


@pytest.fixture
def transactional_demo(transactional_db):
    """The demo content in a flushed database, as `load_demo_content` leaves it, for transactional tests.

    Loading takes seconds; on SQLite's in-memory test database the first load is kept as a
    copy (sqlite3's backup API) and copied back for later tests. Elsewhere it is loaded anew.
    """
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection

    from hiphelp.caching import bump_content_version

    raw = _sqlite_memory_connection(connection)
    snapshot = _sqlite_snapshots.get(connection.alias) if raw is not None else None
    if snapshot is None:
        call_command("load_demo_content", verbosity=0)
        if raw is not None:
            snapshot = sqlite3.connect(":memory:", check_same_thread=False)
            raw.backup(snapshot)
            _sqlite_snapshots[connection.alias] = snapshot
        return
    snapshot.backup(raw)
    # The copy brings back its own content type rows; what the loader does beyond the database:
    ContentType.objects.clear_cache()
    bump_content_version()


@pytest.fixture
def demo(db):
    """The demo content, as `make run` loads it."""


@pytest.fixture
def guide(demo):
    from conditions.models import Guide

    return Guide.objects.get(slug="upper-buttock")


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "a-long-test-password")
    client.force_login(user)
    return client


@pytest.fixture
def second_editor_client(django_user_model):
    """Another editor, logged in on a browser of their own, for what two editors do at once."""
    from django.test import Client

    user = django_user_model.objects.create_superuser(
        "second", "second@example.org", "a-long-test-password", first_name="Sam", last_name="Lee"
    )
    second = Client()
    second.force_login(user)
    return second


@pytest.fixture
def role_client(db, django_user_model):
    """`role_client("Editors")`: a client logged in as a new staff member of that group, made by the migration."""
    from django.contrib.auth.models import Group
    from django.test import Client

    def login(role, username=None):
        user = django_user_model.objects.create_user(
            username or role.lower().replace(" ", "-"), password="a-long-test-password", is_staff=True
        )
        user.groups.add(Group.objects.get(name=role))
        client = Client()
        client.force_login(user)
        client.user = user
        return client

    return login


@pytest.fixture(autouse=True)
def empty_cache():
    """Pages cached by one test must not answer another's requests."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def english_by_default():
    """Every test starts in English: the test client leaves the last request's language active."""
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture
def slow_cache_reads(monkeypatch):
    """A slow cache round trip (Redis over a network): parallel requests all read before any writes.

    Patched on the class: each thread has its own cache object (over one shared store).
    """
    import time

    from django.core.cache import caches

    backend = type(caches["default"])
    original_get = backend.get

    def slow_get(self, *args, **kwargs):
        value = original_get(self, *args, **kwargs)
        time.sleep(0.05)
        return value

    monkeypatch.setattr(backend, "get", slow_get)
