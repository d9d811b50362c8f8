import pytest

from conditions.models import Snippet


@pytest.fixture
def snippet(db):
    """A fresh snippet with English only: its own states, no demo translations."""
    return Snippet.objects.create(slug="desk-test", title_en="Rest and move", body_en="<p>Keep moving gently.</p>")


@pytest.fixture
def translator(role_client):
    return role_client("Translators")
