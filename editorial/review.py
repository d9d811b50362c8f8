"""The clinical review cycle: who reviewed a page, when, and when it is due again.

A content model takes part by mixing `Reviewed` into the model (it has the fields
`last_reviewed`, `next_review`, `reviewer` and `awaiting_review`) and `ReviewQuerySet` into
its QuerySet. Editorial code finds those models through the mixin (`reviewed_models()`),
never by importing a content app.
"""

import calendar
import datetime

from django.apps import apps
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from .models import Versioned
from .roles import CLINICAL_REVIEWERS, MARK_REVIEWED, in_group

DUE_SOON_DAYS = 30
PANEL_ITEMS = 10  # per list on the admin index; the rest are one click away


class ReviewState(models.TextChoices):
    OK = "ok", _("ok")
    DUE_SOON = "due_soon", _("due within 30 days")
    OVERDUE = "overdue", _("overdue for review")
    AWAITING = "awaiting_first_review", _("awaiting first review")
    ARCHIVED = "archived", _("archived")


def add_months(day, months):
    """`day` moved on by calendar months, clamped to the last day of a shorter month (31 Jan + 1 → 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


def review_interval_months():
    """Months from one clinical review to the next (setting REVIEW_INTERVAL_MONTHS, default 12)."""
    return getattr(settings, "REVIEW_INTERVAL_MONTHS", 12)


def _has_field(model, name):
    return any(field.name == name for field in model._meta.fields)


class ReviewQuerySet(models.QuerySet):
    """The review states as filters; each agrees with `Reviewed.review_state`."""

    def in_review_cycle(self):
        """What the review cycle covers: every page but archived ones."""
        return self.filter(is_archived=False) if _has_field(self.model, "is_archived") else self.all()

    def awaiting_first_review(self):
        """Pages no clinician has reviewed yet."""
        return self.in_review_cycle().filter(last_reviewed=None)

    def overdue(self, today=None):
        """Reviewed pages whose next review is past, or that have no next review date at all."""
        today = today or timezone.localdate()
        reviewed = self.in_review_cycle().exclude(last_reviewed=None)
        return reviewed.filter(Q(next_review__lt=today) | Q(next_review=None))

    def due_soon(self, today=None):
        """Reviewed pages whose next review falls within DUE_SOON_DAYS days, today included."""
        today = today or timezone.localdate()
        soon = today + datetime.timedelta(days=DUE_SOON_DAYS)
        return self.in_review_cycle().exclude(last_reviewed=None).filter(next_review__range=(today, soon))


class Reviewed:
    """Model mixin: a page in the clinical review cycle."""

    def get_review_state(self, today=None):
        """One of ReviewState: archived, awaiting first review, overdue, due soon or ok."""
        today = today or timezone.localdate()
        if getattr(self, "is_archived", False):
            return ReviewState.ARCHIVED
        if self.last_reviewed is None:
            return ReviewState.AWAITING
        if self.next_review is None or self.next_review < today:
            return ReviewState.OVERDUE
        if self.next_review <= today + datetime.timedelta(days=DUE_SOON_DAYS):
            return ReviewState.DUE_SOON
        return ReviewState.OK

    @property
    def review_state(self):
        return self.get_review_state()

    @property
    def shows_review_dates(self):
        """Readers see when a clinician last reviewed the page, but not while it awaits review."""
        return self.last_reviewed is not None and not self.awaiting_review

    def mark_reviewed(self, *, by, on=None):
        """Record that `by`, a clinical reviewer, reviewed the page on `on` (today); the next review follows."""
        if not in_group(by, CLINICAL_REVIEWERS):
            raise ValidationError(
                _("Only a member of the “%(group)s” group can be named as a page's reviewer."),
                params={"group": CLINICAL_REVIEWERS},
                code="not_a_reviewer",
            )
        on = on or timezone.localdate()
        self.reviewer = by
        self.last_reviewed = on
        self.next_review = add_months(on, review_interval_months())
        self.awaiting_review = False
        if isinstance(self, Versioned):
            from .locking import claim_next_version

            # A new version: a form opened before the review is refused rather than saved over it.
            self.lock_version = claim_next_version(self)
        # Saved through the model, so history keeps who and why.
        self._history_user = by
        self._change_reason = gettext("Marked reviewed")
        self.save()


def reviewed_models():
    """The models in the review cycle."""
    return [model for model in apps.get_models() if issubclass(model, Reviewed)]


class ReviewFilter(admin.SimpleListFilter):
    title = _("review")
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return [
            (ReviewState.OVERDUE, ReviewState.OVERDUE.label),
            (ReviewState.DUE_SOON, ReviewState.DUE_SOON.label),
            (ReviewState.AWAITING, ReviewState.AWAITING.label),
        ]

    def queryset(self, request, queryset):
        if self.value() == ReviewState.OVERDUE:
            return queryset.overdue()
        if self.value() == ReviewState.DUE_SOON:
            return queryset.due_soon()
        if self.value() == ReviewState.AWAITING:
            return queryset.awaiting_first_review()
        return queryset


# Who reviewed and when is recorded by "Mark reviewed", never typed.
RECORDED_FIELDS = ("reviewer", "last_reviewed")
# What only a reviewer may set by hand: a nearer or later next review, the "awaiting review" notice.
REVIEWER_FIELDS = ("next_review", "awaiting_review")


class ReviewAdminMixin:
    """The review fields in the form, and the "Mark reviewed" action (list it in `actions`)."""

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if issubclass(self.model, Reviewed):
            extra = RECORDED_FIELDS if request.user.has_perm(MARK_REVIEWED) else RECORDED_FIELDS + REVIEWER_FIELDS
            fields += [name for name in extra if name not in fields]
        return fields

    def has_mark_reviewed_permission(self, request):
        return request.user.has_perm(MARK_REVIEWED) and self.has_change_permission(request)

    @admin.action(description=_("Mark reviewed"), permissions=["mark_reviewed"])
    def mark_reviewed(self, request, queryset):
        marked = []
        try:
            with transaction.atomic():
                for obj in queryset:
                    obj.mark_reviewed(by=request.user)
                    marked.append(obj)
        except ValidationError as error:
            self.message_user(request, " ".join(error.messages), messages.ERROR)
            return
        if not marked:
            return
        due = date_format(marked[0].next_review, "DATE_FORMAT")
        self.message_user(
            request,
            ngettext(
                "%(count)d page marked reviewed by you today; its next review is due %(date)s.",
                "%(count)d pages marked reviewed by you today; their next review is due %(date)s.",
                len(marked),
            )
            % {"count": len(marked), "date": due},
            messages.SUCCESS,
        )


def review_panels(request, site=None):
    """For the admin index: per reviewed model the user may change, what is overdue and what is due soon."""
    site = site or admin.site
    panels = []
    today = timezone.localdate()
    for model in reviewed_models():
        model_admin = site._registry.get(model)
        if model_admin is None or not model_admin.has_change_permission(request):
            continue
        manager = model._default_manager
        pages = (manager.overdue(today) | manager.due_soon(today)).order_by("next_review", "pk")
        opts = model._meta
        change = f"admin:{opts.app_label}_{opts.model_name}_change"
        changelist = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist", current_app=site.name)
        overdue, due_soon = [], []
        for page in pages:
            page.admin_url = reverse(change, args=[page.pk], current_app=site.name)
            state = page.get_review_state(today)
            if state == ReviewState.OVERDUE:
                overdue.append(page)
            elif state == ReviewState.DUE_SOON:
                due_soon.append(page)
        panels.append(
            {
                "opts": opts,
                "overdue_count": len(overdue),
                "due_soon_count": len(due_soon),
                # (pages shown, how many in all, the list filtered to them, state)
                "lists": [
                    (overdue[:PANEL_ITEMS], len(overdue), f"{changelist}?review={ReviewState.OVERDUE}", "overdue"),
                    (due_soon[:PANEL_ITEMS], len(due_soon), f"{changelist}?review={ReviewState.DUE_SOON}", "due_soon"),
                ],
            }
        )
    return panels
