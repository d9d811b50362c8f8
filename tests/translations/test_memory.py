"""Translation memory: exact and fuzzy suggestions, never filled in by itself, bounded in cost."""

import pytest

from conditions.models import Snippet
from translations.memory import Index, suggest
from translations.models import MemorySegment


@pytest.fixture
def remembered(db):
    """A translated snippet: its whole body and, paragraph by paragraph, its parts are remembered."""
    return Snippet.objects.create(
        slug="remembered",
        title_en="Sitting for long periods",
        title_vi="Ngồi lâu",
        body_en="<p>Move every half hour.</p><ul><li>Stand up and walk.</li><li>Stretch your hips gently.</li></ul>",
        body_vi=(
            "<p>Cứ nửa giờ vận động một lần.</p><ul><li>Đứng dậy và đi lại.</li><li>Kéo giãn hông nhẹ nhàng.</li></ul>"
        ),
    )


def test_an_identical_field_elsewhere_is_offered_as_an_exact_match(remembered):
    found = suggest("Sitting  for long <b>periods</b>", "vi")
    assert [(s.target, s.quality, s.exact, s.whole_field) for s in found] == [("Ngồi lâu", 100, True, True)]
    assert found[0].origin == f"conditions.snippet:{remembered.pk}:title"
    assert suggest("Sitting for long periods", "ar") == []  # not translated into Arabic


def test_an_identical_paragraph_or_list_item_is_offered_for_that_part(remembered):
    found = suggest("<p>Warm up first.</p><ul><li>Stand up and walk.</li></ul>", "vi")
    assert [(s.source, s.target, s.exact, s.whole_field) for s in found] == [
        ("Stand up and walk.", "Đứng dậy và đi lại.", True, False)
    ]


def test_a_near_match_of_85_percent_or_more_is_offered_as_fuzzy(remembered):
    found = suggest("Sitting for very long periods", "vi")
    assert len(found) == 1 and not found[0].exact and 85 <= found[0].quality < 100
    assert suggest("Sitting for long periods of time", "vi") == []  # 80 %: not close enough
    assert suggest("Standing on one leg", "vi") == []


def test_the_objects_own_translation_is_not_suggested_to_itself(remembered):
    assert suggest("Sitting for long periods", "vi", exclude_origin=f"conditions.snippet:{remembered.pk}:title") == []


def test_an_outdated_translation_leaves_the_memory(remembered):
    remembered.title_en = "Sitting still"
    remembered.save()
    assert not MemorySegment.objects.filter(origin=f"conditions.snippet:{remembered.pk}:title").exists()
    assert suggest("Sitting for long periods", "vi") == []


def test_the_index_answers_like_the_database(remembered):
    index = Index("vi")
    for text in ("Sitting for long periods", "Sitting for very long periods", "<ul><li>Stand up and walk.</li></ul>"):
        assert suggest(text, "vi", index=index) == suggest(text, "vi"), text


def test_a_lookup_takes_two_queries_however_long_the_text(remembered, django_assert_num_queries):
    text = "".join(f"<p>Paragraph number {i} about hips.</p>" for i in range(200))
    with django_assert_num_queries(2):
        suggest(text, "vi")
