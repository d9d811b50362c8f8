import re

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

COMMENT_MAX = 1000
EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
# Australian numbers as people write them (04xx xxx xxx, +61 4xx xxx xxx, (02) 9xxx xxxx,
# 1300 xxx xxx) and any other run of 8 or more digits, single separators allowed.
PHONE = re.compile(r"(?<!\w)(?:\+\s?)?\(?\d(?:(?:[ .\-]|\)\s?|\s?\()?\d){7,}(?!\w)")


def mask_personal_details(text):
    """The text with email addresses and phone numbers replaced by a note that they were removed."""
    text = EMAIL.sub(str(_("[email removed]")), text or "")
    return PHONE.sub(str(_("[phone removed]")), text)


class TabFeedback(models.Model):
    """One reader's "Was this helpful?" answer on one tab of a guide, with an optional comment.

    Nothing identifies the reader: no address, no cookie; comments are masked on save.
    """

    guide = models.ForeignKey("conditions.Guide", models.CASCADE, related_name="feedback", verbose_name=_("guide"))
    section = models.ForeignKey(
        "conditions.CauseSection", models.CASCADE, related_name="feedback", verbose_name=_("tab")
    )
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    helpful = models.BooleanField(_("helpful"))
    comment = models.TextField(_("comment"), blank=True, max_length=COMMENT_MAX)
    created_at = models.DateTimeField(_("sent"), auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("tab feedback")
        verbose_name_plural = _("tab feedback")

    def __str__(self):
        return f"{self.section} ({self.get_language_display()})"

    def save(self, *args, **kwargs):
        # Masked here, whoever saves it: a reader's email or number never reaches the database.
        self.comment = mask_personal_details(self.comment)[:COMMENT_MAX]
        if self.section_id and not self.guide_id:
            self.guide_id = self.section.guide_id
        super().save(*args, **kwargs)
