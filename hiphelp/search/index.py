"""The registry of indexed models and the code that writes their rows of the search table."""

import contextvars
import logging
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from django.utils import translation

from .text import html_to_text

logger = logging.getLogger(__name__)


@dataclass
class Document:
    """What a content app says about one page in one language; bodies may be (sanitised) HTML."""

    title: str
    url: str
    kind: str
    context: str = ""
    keywords: str = ""
    summary: str = ""
    body: str = ""
    # [(heading text, its id)] and [{"text": name, "also": other names, "anchor": id}]
    headings: list = field(default_factory=list)
    anchors: list = field(default_factory=list)


@dataclass
class Entry:
    model: type
    document: callable  # (instance) -> Document or None, called once per language
    queryset: callable  # () -> QuerySet of the instances that are public, with what document() reads
    related: dict  # {other model: (instance of it) -> pks of this model whose pages show it}


_registry = {}

# Inside deferred_indexing(): None (the caller rebuilds) or {model: pks} to index at the end.
_UNSET = object()
_pending = contextvars.ContextVar("search_pending", default=_UNSET)


@contextmanager
def deferred_indexing(*, reindex=True):
    """Index what the block saves or deletes once, at its end, rather than at every save.

    A loader saving an object per language writes its rows once. With `reindex=False` nothing
    is indexed: the caller rebuilds the whole table after the block. Inside an outer block,
    the outer one does the work.
    """
    if _pending.get() is not _UNSET:
        yield
        return
    token = _pending.set({} if reindex else None)
    try:
        yield
        pending = _pending.get()
    finally:
        _pending.reset(token)
    for model, pks in (pending or {}).items():
        index_instances(model, pks)


def _index_later(model, pks):
    """Index now, or note the pks when a deferred_indexing() block is open; True if deferred."""
    pending = _pending.get()
    if pending is _UNSET:
        return False
    if pending is not None:
        pending.setdefault(model, set()).update(pks)
    return True


def register(model, *, document, queryset, related=None):
    """Index `model`: `document(obj)` per language for the objects `queryset()` holds (the public ones).

    `related` maps other models to a function giving the pks of `model` whose pages show
    an instance of them (a tab shows its guide's title, its conditions' names…): saving or
    deleting one of those re-indexes these pages.
    """
    entry = Entry(model, document, queryset, related or {})
    _registry[model] = entry
    uid = f"search-{model._meta.label}"
    post_save.connect(_saved, sender=model, dispatch_uid=uid + "-save")
    post_delete.connect(_deleted, sender=model, dispatch_uid=uid + "-delete")
    for other in entry.related:
        # One receiver per model, however many indexed models show it: each handles them all.
        related_uid = f"search-related-{other._meta.label}"
        pre_save.connect(_before_related, sender=other, dispatch_uid=related_uid + "-pre-save")
        pre_delete.connect(_before_related, sender=other, dispatch_uid=related_uid + "-pre-delete")
        post_save.connect(_after_related, sender=other, dispatch_uid=related_uid + "-save")
        post_delete.connect(_after_related, sender=other, dispatch_uid=related_uid + "-delete")


def registered_models():
    return list(_registry)


def _saved(sender, instance, raw=False, **kwargs):
    # A fixture or a restore writes rows raw, the search table's own rows with them.
    if not raw and not _index_later(sender, [instance.pk]):
        index_instances(sender, [instance.pk])


def _deleted(sender, instance, **kwargs):
    # Deferred, index_instances() removes the rows of objects that are gone.
    if not _index_later(sender, [instance.pk]):
        _delete_rows(sender, [instance.pk])


def _dependents(other, instance):
    """{model: pks} of indexed pages that show `instance`."""
    return {entry.model: set(entry.related[other](instance)) for entry in _registry.values() if other in entry.related}


def _before_related(sender, instance, raw=False, **kwargs):
    # What the instance was shown on before this save (a condition moved to another tab).
    if raw or instance.pk is None or _pending.get() is None:
        return
    old = sender._default_manager.filter(pk=instance.pk).first()
    instance._search_before = _dependents(sender, old) if old is not None else {}


def _after_related(sender, instance, raw=False, **kwargs):
    if raw:
        return
    before = getattr(instance, "_search_before", {})
    if _pending.get() is None:
        return  # the caller rebuilds
    for model, pks in _dependents(sender, instance).items():
        pks = pks | before.get(model, set())
        if not _index_later(model, pks):
            index_instances(model, pks)


def _delete_rows(model, pks):
    from hiphelp.models import SearchDocument

    content_type = ContentType.objects.get_for_model(model)
    SearchDocument.objects.filter(content_type=content_type, object_id__in=list(pks)).delete()


def _rows(entry, instances, content_type):
    from hiphelp.models import SearchDocument

    rows = []
    for instance in instances:
        for language, _name in settings.LANGUAGES:
            with translation.override(language):
                document = entry.document(instance)
            if document is not None:
                rows.append(_row(SearchDocument, document, instance, language, content_type))
    return rows


def _row(model, document, instance, language, content_type):
    headings = [(html_to_text(text), anchor) for text, anchor in document.headings]
    anchors = [{"text": text, "anchor": anchor} for text, anchor in headings if anchor]
    anchors += document.anchors
    values = {
        "title": html_to_text(document.title)[:300],
        "context": html_to_text(document.context)[:300],
        "keywords": html_to_text(document.keywords),
        "headings": " · ".join(text for text, _anchor in headings),
        "summary": html_to_text(document.summary),
        "body": html_to_text(document.body),
    }
    plain = "\n".join(values.values()).lower()
    return model(
        content_type=content_type,
        object_id=instance.pk,
        language=language,
        kind=document.kind,
        url=document.url[:500],
        plain=plain,
        anchors=anchors,
        **values,
    )


def index_instances(model, pks):
    """Write the rows of these objects afresh: public ones indexed in every language, others removed."""
    from hiphelp.models import SearchDocument

    entry = _registry.get(model)
    pks = [pk for pk in pks if pk is not None]
    if entry is None or not pks:
        return
    content_type = ContentType.objects.get_for_model(model)
    with transaction.atomic():
        rows = _rows(entry, entry.queryset().filter(pk__in=pks), content_type)
        SearchDocument.objects.filter(content_type=content_type, object_id__in=pks).delete()
        SearchDocument.objects.bulk_create(rows)


def rebuild(*, chunk=200):
    """Empty the search table and index every registered model's public objects; how many rows."""
    from hiphelp.models import SearchDocument

    count = 0
    with transaction.atomic():
        SearchDocument.objects.all().delete()
        for entry in _registry.values():
            content_type = ContentType.objects.get_for_model(entry.model)
            rows = _rows(entry, entry.queryset().iterator(chunk_size=chunk), content_type)
            SearchDocument.objects.bulk_create(rows, batch_size=chunk)
            count += len(rows)
    return count
