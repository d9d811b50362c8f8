from django.contrib.contenttypes.models import ContentType
from django.db import models


class SearchDocument(models.Model):
    """One indexed page (a guide, a tab, an article…) in one language: a row of the site search table.

    Written only by `hiphelp.search` from what each content app registers. The full-text
    indexes over it are the database's own (SQLite FTS5 tables, PostgreSQL tsvector and
    pg_trgm), kept in step with this table by triggers the migration creates.
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    language = models.CharField(max_length=10)
    kind = models.CharField(max_length=20)
    url = models.CharField(max_length=500)
    title = models.CharField(max_length=300)
    context = models.CharField(max_length=300, blank=True)  # e.g. the guide a tab belongs to
    keywords = models.TextField(blank=True)  # names and other names of what the page explains
    headings = models.TextField(blank=True)
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    # Everything above, lower-cased: what the trigram index (Chinese, and other text without spaces) reads.
    plain = models.TextField(blank=True)
    # [{"text": "Radicular pain", "anchor": "radicular-pain", "also": "sciatica, …"}]: headings and
    # conditions of the page, so a result links to the part that matched.
    anchors = models.JSONField(default=list, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["content_type", "object_id", "language"], name="unique_search_document")
        ]
        indexes = [models.Index(fields=["language", "kind"], name="search_language_kind")]

    def __str__(self):
        return f"{self.title} ({self.language})"
