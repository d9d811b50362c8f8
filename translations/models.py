"""The state of each translated field in each language, and the translation memory."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class State(models.TextChoices):
    MISSING = "missing", pgettext_lazy("translation state", "missing")
    DRAFT = "draft", pgettext_lazy("translation state", "draft")
    OUTDATED = "outdated", pgettext_lazy("translation state", "outdated")
    REVIEWED = "reviewed", pgettext_lazy("translation state", "reviewed")


class TranslationStateQuerySet(models.QuerySet):
    def for_object(self, obj):
        """The states of one object's fields, every language."""
        return self.filter(content_type=ContentType.objects.get_for_model(obj), object_id=str(obj.pk))

    def for_objects(self, objects, language=None):
        """The states of several objects' fields (in one language, if given), in one query."""
        query = models.Q()
        by_type = {}
        for obj in objects:
            if obj is not None and obj.pk is not None:
                by_type.setdefault(ContentType.objects.get_for_model(obj).pk, set()).add(str(obj.pk))
        if not by_type:
            return self.none()
        for type_id, ids in by_type.items():
            query |= models.Q(content_type_id=type_id, object_id__in=ids)
        return self.filter(query) if language is None else self.filter(query, language=language)

    def for_work_list(self):
        """The rows the work list shows, newest English change first."""
        return self.select_related("content_type").order_by("-source_changed_at", "pk")


class TranslationState(models.Model):
    """One translated field of one object in one language (never English, the source)."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.CharField(max_length=64)
    field = models.CharField(max_length=100)
    language = models.CharField(max_length=15)
    state = models.CharField(max_length=10, choices=State.choices, default=State.MISSING)
    source_fingerprint = models.CharField(
        max_length=64, help_text=_("SHA-256 of the normalised English the translation was made from.")
    )
    source_text = models.TextField(blank=True, help_text=_("That English text, kept for the difference."))
    source_words = models.PositiveIntegerField(default=0)
    source_changed_at = models.DateTimeField(help_text=_("When the English text last changed."))
    english_fingerprint = models.CharField(max_length=64, blank=True, help_text=_("Of the English now."))
    translation_fingerprint = models.CharField(max_length=64, blank=True)
    updated_at = models.DateTimeField()
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = TranslationStateQuerySet.as_manager()

    class Meta:
        verbose_name = _("translation state")
        verbose_name_plural = _("translation states")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "field", "language"], name="one_state_per_field_and_language"
            )
        ]
        indexes = [models.Index(fields=["language", "state"]), models.Index(fields=["-source_changed_at"])]
        permissions = [
            ("review_translation", _("Can mark translations reviewed")),
            ("exchange_translations", _("Can export and import translation files")),
        ]

    def __str__(self):
        return f"{self.unit_id} [{self.language}]: {self.state}"

    def content_object_or_none(self):
        """The object this state is about, or None when it is gone."""
        model = self.content_type.model_class()
        if model is None:
            return None
        return model._base_manager.filter(pk=self.object_id).first()

    @property
    def unit_id(self):
        """The stable id of this field in exchange files: app.model:pk:field."""
        return f"{self.content_type.app_label}.{self.content_type.model}:{self.object_id}:{self.field}"


class MemorySegment(models.Model):
    """An English text (a whole field, a paragraph or a list item) and its translation in one language."""

    language = models.CharField(max_length=15)
    source_hash = models.CharField(max_length=64)
    source = models.TextField()
    source_length = models.PositiveIntegerField()
    target = models.TextField()
    whole_field = models.BooleanField(default=False)
    origin = models.CharField(max_length=200, help_text=_("The unit id the translation comes from."))
    reviewed = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("translation memory segment")
        constraints = [
            models.UniqueConstraint(fields=["language", "source_hash", "origin"], name="one_segment_per_origin")
        ]
        indexes = [
            models.Index(fields=["language", "source_hash"]),
            models.Index(fields=["language", "source_length"]),
        ]

    def __str__(self):
        return f"{self.source[:40]} → {self.target[:40]}"
