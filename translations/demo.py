"""The demo's translation states: every demo translation loads as a draft (no native-speaking
clinician has reviewed it); one snippet is shown reviewed and one tab outdated, so a newcomer
sees each state. Idempotent: a state someone has changed since is left alone.

Objects are named by app label, model and lookup (data, not imports of the content apps).
"""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType

from .models import State, TranslationState
from .states import SOURCE, column, fingerprint, mark_reviewed, sync_all

# (app.model, lookup, field, language)
REVIEWED = [("conditions.snippet", {"slug": "what-is-pain"}, "title", "zh-hans")]
# Outdated: the translation was made from an earlier English text, one sentence shorter.
OUTDATED = [
    ("conditions.causesection", {"guide__slug": "upper-buttock", "category__slug": "other"}, "body", "zh-hans"),
]


def _state(label, lookup, field, language):
    model = apps.get_model(label)
    obj = model._base_manager.filter(**lookup).first()
    if obj is None:
        return None, None
    content_type = ContentType.objects.get_for_model(obj)
    row = TranslationState.objects.filter(
        content_type=content_type, object_id=str(obj.pk), field=field, language=language
    ).first()
    return obj, row


def earlier_english(text):
    """The English as it stood before its last paragraph was added."""
    head, sep, _tail = text.rpartition("<p>")
    return head if sep and head else text


def load():
    """Bring the demo's states in place; how many were set."""
    if not TranslationState.objects.exists():
        sync_all()  # a database filled before the desk existed
    count = 0
    for label, lookup, field, language in REVIEWED:
        obj, row = _state(label, lookup, field, language)
        if row is not None and row.state == State.DRAFT and row.updated_by_id is None and row.reviewed_at is None:
            count += mark_reviewed(row, by=None)
    for label, lookup, field, language in OUTDATED:
        obj, row = _state(label, lookup, field, language)
        if row is None or row.state != State.DRAFT or row.updated_by_id is not None:
            continue
        older = earlier_english(getattr(obj, column(field, SOURCE)) or "")
        if fingerprint(older) == row.english_fingerprint:
            continue
        row.state = State.OUTDATED
        row.source_text = older
        row.source_fingerprint = fingerprint(older)
        row.save()
        count += 1
    return count
