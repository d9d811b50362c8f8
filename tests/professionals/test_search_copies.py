"""What each practice copies from its professional for the search, kept in step however it changes."""

import importlib

import pytest
from django.apps import apps
from django.core.cache import cache

from professionals.models import Clinic, Language, Practice, Professional
from tests.professionals.test_directory import FIND, SYDNEY, clinic, make, names


@pytest.fixture
def greek(db):
    return Language.objects.create(code="el-t", name="Greek")


def only(pro):
    return sorted(Practice.objects.filter(professional=pro).values_list("only_practice", flat=True))


def test_a_professionals_only_practice_is_marked_as_clinics_come_and_go(physio, place):
    pro = make("Single Sam", physio, SYDNEY)
    assert only(pro) == [True]
    pro.clinics.add(clinic("Second"))
    assert only(pro) == [False, False]
    Practice.objects.create(professional=pro, clinic=clinic("Third"))
    assert only(pro) == [False, False, False]
    pro.clinics.remove(Clinic.objects.get(name="Second"))
    Clinic.objects.get(name="Third").delete()
    assert only(pro) == [True]


def test_the_total_counts_each_professional_once_whatever_their_practices(physio, place):
    make("One Clinic Olly", physio, SYDNEY)
    make("Two Clinics Tess", physio, SYDNEY, (SYDNEY[0] + 0.01, SYDNEY[1]))
    make("Far Second Fay", physio, SYDNEY, (SYDNEY[0] + 2, SYDNEY[1]))
    assert Professional.objects.near(*SYDNEY, 10).count() == 3
    # A stale "not the only one" costs time, never the count.
    Practice.objects.update(only_practice=False)
    assert Professional.objects.near(*SYDNEY, 10).count() == 3


def test_languages_are_copied_onto_the_practices_however_they_change(client, physio, place, greek):
    pro = make("Speaking Sia", physio, SYDNEY, (SYDNEY[0] + 0.01, SYDNEY[1]))

    def found():
        cache.clear()  # the pages' version moves when a transaction commits; this test's never does
        return names(client.get(FIND, {"where": "9990", "language": "el-t"}))

    assert found() == []
    pro.languages.add(greek)
    assert set(Practice.objects.filter(professional=pro).values_list("language_keys", flat=True)) == {f" {greek.pk} "}
    assert found() == ["Speaking Sia"]
    pro.languages.remove(greek)
    assert found() == []
    pro.languages.set([greek])
    assert found() == ["Speaking Sia"]
    pro.languages.clear()
    assert found() == []
    greek.professional_set.add(pro)
    assert found() == ["Speaking Sia"]
    greek.professional_set.clear()
    assert found() == []
    greek.professional_set.add(pro)
    greek.professional_set.remove(pro)
    assert found() == []
    # A clinic added later copies what its professional speaks.
    pro.languages.add(greek)
    pro.clinics.add(clinic("Later"))
    Practice.objects.create(professional=pro, clinic=clinic("Later still"))
    assert set(Practice.objects.filter(professional=pro).values_list("language_keys", flat=True)) == {f" {greek.pk} "}


def test_a_language_key_never_matches_a_longer_one(client, physio, place, greek):
    # Keys 1 and 11: " 1 " is no substring of " 11 ".
    pro = make("Keyed Kim", physio, SYDNEY)
    Practice.objects.filter(professional=pro).update(language_keys=f" {greek.pk}1 ")
    assert Professional.objects.near(*SYDNEY, 10, languages=greek).count() == 0


def test_interests_are_copied_onto_the_practices(client, physio, place, guide):
    pro = make("Interested Ira", physio, SYDNEY)

    def found():
        cache.clear()
        return names(client.get(FIND, {"where": "9990", "interest": guide.slug}))

    assert found() == []
    pro.interests.add(guide)
    assert found() == ["Interested Ira"]
    guide.professionals.remove(pro)
    assert found() == []


def test_the_migration_fills_the_copies_of_practices_already_there(physio, place, greek, guide):
    pro = make("Existing Eli", physio, SYDNEY, (SYDNEY[0] + 0.01, SYDNEY[1]))
    alone = make("Alone Al", physio, SYDNEY)
    pro.languages.add(greek)
    pro.interests.add(guide)
    Practice.objects.update(only_practice=False, language_keys="", interest_keys="")
    migration = importlib.import_module("professionals.migrations.0005_practice_search_copies")
    migration.copy_search_facts(apps, None)
    assert set(Practice.objects.filter(professional=pro).values_list("language_keys", "interest_keys")) == {
        (f" {greek.pk} ", f" {guide.pk} ")
    }
    assert only(pro) == [False, False] and only(alone) == [True]
