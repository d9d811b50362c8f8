"""Deferred search indexing and translation-state syncing: the demo loads as it would save by save."""

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import translation

from conditions import demo as conditions_demo
from conditions.models import (
    Article,
    CareCard,
    CauseCategory,
    Guide,
    RedFlag,
    Resource,
    Snippet,
)
from hiphelp.models import SearchDocument
from hiphelp.search import deferred_indexing
from painmap import demo as painmap_demo
from painmap.models import Region
from translations import demo as translations_demo
from translations.models import MemorySegment, State, TranslationState
from translations.states import deferred_sync

pytestmark = pytest.mark.django_db


def wipe_demo():
    # Guides take their sections, figures, items and conditions with them.
    for model in (Region, CareCard, Article, Resource, Guide, RedFlag, CauseCategory, Snippet):
        model._base_manager.all().delete()
    for model in (TranslationState, MemorySegment, SearchDocument):
        model.objects.all().delete()


def ranks(rows, type_field, id_field):
    """Objects get new pks each load: name them by their place in their type's creation order."""
    ids = {}
    for row in rows:
        ids.setdefault(row[type_field], set()).add(int(row[id_field]))
    return {(ct, pk): i for ct, pks in ids.items() for i, pk in enumerate(sorted(pks))}


def snapshot():
    search = list(SearchDocument.objects.values(*[f.name for f in SearchDocument._meta.fields if f.name != "id"]))
    states = list(
        TranslationState.objects.values(
            "content_type",
            "object_id",
            "field",
            "language",
            "state",
            "source_fingerprint",
            "source_text",
            "source_words",
            "translation_fingerprint",
            "english_fingerprint",
            "updated_by",
            "reviewed_by",
        )
    )
    memory = list(
        MemorySegment.objects.values("language", "source_hash", "source", "target", "whole_field", "origin", "reviewed")
    )
    search_rank, state_rank = ranks(search, "content_type", "object_id"), ranks(states, "content_type", "object_id")
    for row in search:
        row["object_id"] = search_rank[row["content_type"], row["object_id"]]
        row.pop("updated_at", None)
    for row in states:
        row["object_id"] = state_rank[row["content_type"], int(row["object_id"])]
    for row in memory:  # "conditions.guide:12:title": the pk as its rank
        label, pk, field = row["origin"].split(":")
        row["origin"] = (label, field, sorted(int(r.split(":")[1]) for r in origins(label)).index(int(pk)))
    key = lambda row: sorted(row.items(), key=lambda item: item[0])  # noqa: E731
    return sorted(map(repr, map(key, search))), sorted(map(repr, map(key, states))), sorted(map(repr, map(key, memory)))


def origins(label):
    return set(MemorySegment.objects.filter(origin__startswith=label + ":").values_list("origin", flat=True))


def test_deferred_demo_load_writes_the_rows_saves_one_by_one_would():
    wipe_demo()
    with translation.override(settings.LANGUAGE_CODE):  # as the command, without its deferral
        loader = conditions_demo.Loader()
        conditions_demo.load(loader)
        painmap_demo.load(loader)
        translations_demo.load()
    immediate = snapshot()
    assert all(immediate) and State.REVIEWED in {r.state for r in TranslationState.objects.all()}

    wipe_demo()
    call_command("load_demo_content", verbosity=0)
    assert snapshot() == immediate


def test_a_block_indexes_and_syncs_once_at_its_end(monkeypatch):
    from hiphelp.search import index
    from translations import states

    guide = Guide.objects.get(slug="upper-buttock")
    indexed, synced = [], []
    monkeypatch.setattr(index, "index_instances", lambda model, pks: indexed.append((model, set(pks))))
    real_sync = states.sync_object
    monkeypatch.setattr(states, "sync_object", lambda obj: synced.append(obj.pk) or real_sync(obj))

    def vi_title():
        return TranslationState.objects.filter(
            content_type__model="guide", object_id=str(guide.pk), field="title", language="vi"
        ).first()

    before = vi_title()
    with deferred_indexing(), deferred_sync():
        for language in ("zh_hans", "ar", "vi"):
            setattr(guide, f"title_{language}", f"Title {language}")
            guide.save()
        assert indexed == synced == []
        assert vi_title() == before
    assert (Guide, {guide.pk}) in indexed and synced == [guide.pk]
    assert vi_title().translation_fingerprint == states.fingerprint("Title vi")

    # Outside a block, each save indexes and syncs at once.
    indexed.clear(), synced.clear()
    guide.title_vi = "Another title"
    guide.save()
    assert (Guide, {guide.pk}) in indexed and synced == [guide.pk]


def test_the_rebuilding_caller_skips_indexing_and_deletions_still_drop_states():
    snippet = Snippet.objects.get(slug="what-is-pain")
    with deferred_indexing(reindex=False), deferred_sync():
        snippet.title_en = "A changed title"
        snippet.save()
        Article.objects.filter(is_published=True).first().delete()
        assert not SearchDocument.objects.filter(title="A changed title").exists()
        snippet.delete()
        assert not TranslationState.objects.filter(content_type__model="snippet", object_id=str(snippet.pk)).exists()
    assert not SearchDocument.objects.filter(title="A changed title").exists()
    assert not TranslationState.objects.filter(content_type__model="snippet", object_id=str(snippet.pk)).exists()


def test_a_deferred_deletion_removes_the_search_rows_at_the_end():
    article = Article.objects.filter(is_published=True).first()
    rows = SearchDocument.objects.filter(content_type__model="article", object_id=article.pk)
    assert rows.exists()
    with deferred_indexing():
        article.delete()
        assert rows.exists()
    assert not rows.exists()
