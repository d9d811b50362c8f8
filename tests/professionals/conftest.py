"""Fixtures of the directory's tests: a profession and a place at Sydney to search near."""

import pytest

from professionals.models import Place, Profession
from tests.professionals.test_directory import SYDNEY


@pytest.fixture
def physio(db):
    return Profession.objects.get_or_create(slug="physiotherapist", defaults={"name": "Physiotherapist"})[0]


@pytest.fixture
def place(db):
    return Place.objects.create(
        postcode="9990", locality="TESTVILLE", state="NSW", latitude=SYDNEY[0], longitude=SYDNEY[1]
    )
