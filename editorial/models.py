"""What the editorial process keeps on content models, and its own permissions.

Content apps mix `Versioned` (optimistic locking) and `Publishable` (drafts) into their
models; editorial code knows those models only through these mixins and the registries
of modeltranslation and simple-history, never by importing the content apps.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Versioned(models.Model):
    """A counter every save moves on: a form saved over a newer version is refused."""

    lock_version = models.PositiveIntegerField(_("version"), default=0, editable=False)

    class Meta:
        abstract = True


class PublishableQuerySet(models.QuerySet):
    def published(self):
        """What a reader may see."""
        return self.filter(is_published=True)


class Publishable(models.Model):
    """Saved as a draft until someone who may publish it does."""

    is_published = models.BooleanField(
        _("published"),
        default=False,
        help_text=_("Drafts are shown only to logged-in staff, with a banner, and to nobody else."),
    )

    class Meta:
        abstract = True


class Editorial(models.Model):
    """No table: the permissions of the editorial process, which span every content model."""

    class Meta:
        managed = False
        default_permissions = ()
        permissions = [
            ("publish", _("Can publish content")),
            ("mark_reviewed", _("Can mark guides clinically reviewed")),
            ("restore_version", _("Can restore an earlier version")),
            ("recover_deleted", _("Can recover deleted content")),
        ]
        verbose_name = _("editorial process")

    def __str__(self):
        return str(self._meta.verbose_name)
