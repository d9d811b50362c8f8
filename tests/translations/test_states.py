"""States per field and language, kept from the English source's fingerprint."""

import pytest
from django.contrib.auth import get_user_model

from conditions.models import CauseSection, Snippet
from translations.models import State, TranslationState
from translations.states import acting_user, fingerprint, mark_reviewed, normalise, translated_models


def state(obj, field="body", language="vi"):
    return TranslationState.objects.for_object(obj).get(field=field, language=language)


def test_normalising_drops_markup_and_whitespace_but_keeps_words_apart():
    assert normalise("<p>Keep  moving\n gently.</p><p>Rest</p>") == "Keep moving gently. Rest"
    assert normalise("<ul><li>a</li><li>b</li></ul>") == "a b"
    assert normalise("Fish &amp; chips") == "Fish & chips"
    assert fingerprint("<p>Keep moving</p>") == fingerprint("Keep   moving") != fingerprint("Keep walking")
    assert fingerprint("") == fingerprint("<p> </p>") == ""


def test_every_translated_model_takes_part_and_no_history_model(db):
    labels = {m._meta.label for m in translated_models()}
    assert {"conditions.Guide", "conditions.CauseSection", "painmap.Region", "professionals.Profession"} <= labels
    assert not any(label.split(".")[1].startswith("Historical") for label in labels)


def test_a_new_object_has_a_missing_state_per_field_and_language(snippet):
    rows = TranslationState.objects.for_object(snippet)
    assert {(r.field, r.language) for r in rows} == {
        (f, lang) for f in ("title", "body") for lang in ("zh-hans", "vi", "ar")
    }
    assert {r.state for r in rows} == {State.MISSING}
    assert state(snippet).source_words == 3


def test_a_translation_is_a_draft_then_reviewed_then_outdated_by_a_real_english_change(snippet, django_user_model):
    snippet.body_vi = "<p>Tiếp tục vận động nhẹ nhàng.</p>"
    snippet.save()
    assert state(snippet).state == State.DRAFT
    reviewer = django_user_model.objects.create_user("reviewer")
    assert mark_reviewed(state(snippet), by=reviewer)
    row = state(snippet)
    assert (row.state, row.reviewed_by, row.reviewed_at is not None) == (State.REVIEWED, reviewer, True)

    snippet.body_en = "<p>Keep moving gently, and rest when it flares.</p>"
    snippet.save()
    row = state(snippet)
    assert row.state == State.OUTDATED
    assert row.source_text == "<p>Keep moving gently.</p>"  # what the translation was made from, for the diff
    assert state(snippet, language="ar").state == State.MISSING  # nothing to go out of date

    snippet.body_vi = "<p>Tiếp tục vận động nhẹ nhàng, và nghỉ khi đau tăng.</p>"
    snippet.save()
    row = state(snippet)
    assert row.state == State.DRAFT and row.reviewed_by is None
    assert row.source_fingerprint == fingerprint(snippet.body_en)


def test_whitespace_and_markup_only_english_changes_do_not_make_outdated(snippet):
    snippet.body_vi = "<p>Tiếp tục vận động nhẹ nhàng.</p>"
    snippet.save()
    mark_reviewed(state(snippet), by=None)
    snippet.body_en = "<p>Keep   moving\n<strong>gently</strong>.</p>"
    snippet.save()
    assert state(snippet).state == State.REVIEWED
    snippet.body_en = "<p>Keep moving quickly.</p>"
    snippet.save()
    assert state(snippet).state == State.OUTDATED


def test_english_put_back_as_it_was_makes_an_outdated_translation_a_draft_again(snippet):
    snippet.body_vi = "<p>Tiếp tục vận động.</p>"
    snippet.save()
    snippet.body_en = "<p>Something else.</p>"
    snippet.save()
    assert state(snippet).state == State.OUTDATED
    snippet.body_en = "<p>Keep moving gently.</p>"
    snippet.save()
    assert state(snippet).state == State.DRAFT


def test_an_emptied_translation_is_missing_and_an_emptied_english_has_no_state(snippet):
    snippet.body_vi = "<p>Tiếp tục.</p>"
    snippet.save()
    snippet.body_vi = ""
    snippet.save()
    assert state(snippet).state == State.MISSING
    snippet.body_en = ""
    snippet.save()
    assert not TranslationState.objects.for_object(snippet).filter(field="body").exists()


def test_the_acting_user_is_recorded_and_a_deleted_object_drops_its_states(snippet):
    user = get_user_model().objects.create_user("translator-a")
    with acting_user(user):
        snippet.title_vi = "Nghỉ ngơi và vận động"
        snippet.save()
    assert state(snippet, "title").updated_by == user
    pk = snippet.pk
    snippet.delete()
    assert not TranslationState.objects.filter(object_id=str(pk), content_type__model="snippet").exists()


def test_saves_through_the_history_restore_keep_states_in_step(snippet):
    snippet.body_vi = "<p>Một.</p>"
    snippet.save()
    first = snippet.history.earliest()
    snippet.body_vi = "<p>Hai.</p>"
    snippet.save()
    first.instance.save()  # what the admin's restore does
    snippet.refresh_from_db()
    assert not snippet.body_vi
    assert state(snippet).state == State.MISSING


@pytest.mark.parametrize("language", ["zh-hans", "ar", "vi"])
def test_demo_translations_load_as_drafts(demo, language):
    section = CauseSection.objects.get(guide__slug="upper-buttock", category__slug="joint")
    assert state(section, "heading", language).state == State.DRAFT


def test_the_demo_shows_an_outdated_tab_and_a_reviewed_snippet(demo):
    section = CauseSection.objects.get(guide__slug="upper-buttock", category__slug="other")
    row = state(section, "body", "zh-hans")
    assert row.state == State.OUTDATED and row.source_text != section.body_en
    assert state(Snippet.objects.get(slug="what-is-pain"), "title", "zh-hans").state == State.REVIEWED
    from translations import demo as translations_demo

    assert translations_demo.load() == 0  # run again (make run): nothing changes
