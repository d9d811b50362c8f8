import pytest
from django.conf import settings
from django.core.management import call_command

# Tests render templates without running collectstatic first.
settings.STORAGES = {
    **settings.STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}


@pytest.fixture
def demo(db):
    """The demo content, as `make run` loads it."""
    call_command("load_demo_content", verbosity=0)


@pytest.fixture
def guide(demo):
    from conditions.models import Guide

    return Guide.objects.get(slug="upper-buttock")


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "a-long-test-password")
    client.force_login(user)
    return client
