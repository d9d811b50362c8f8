"""Emails about listing applications: plain text, in the applicant's language."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.mail import EmailMessage
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from .models import ListingApplication


def absolute(path):
    """A link for an email: the site's address (SITE_URL) and the path."""
    return f"{settings.SITE_URL}{path}"


def staff_addresses():
    """Who hears of a new application: DJANGO_STAFF_EMAIL, else active staff who may review one."""
    if settings.LISTING_NOTIFY_EMAILS:
        return list(settings.LISTING_NOTIFY_EMAILS)
    permission = Permission.objects.get(content_type__app_label="professionals", codename="change_listingapplication")
    users = (
        get_user_model()
        .objects.filter(is_active=True, is_staff=True)
        .filter(Q(is_superuser=True) | Q(user_permissions=permission) | Q(groups__permissions=permission))
        .exclude(email="")
        .distinct()
    )
    return sorted({user.email for user in users})


def send(template, subject, recipients, context):
    """Render the template's plain text and send it to the recipients (nothing if none).

    Replies go to the staff address, which the applicant's emails invite.
    """
    if recipients:
        body = render_to_string(f"professionals/email/{template}.txt", {"SITE_NAME": settings.SITE_NAME, **context})
        EmailMessage(subject, body, to=recipients, reply_to=settings.LISTING_NOTIFY_EMAILS).send()


def _applicant_language(application):
    codes = {code for code, _name in settings.LANGUAGES}
    return application.language if application.language in codes else settings.LANGUAGE_CODE


def application_received(application):
    """Tell the applicant their application arrived."""
    with translation.override(_applicant_language(application)):
        send(
            "received",
            _("We have your application to be listed on %(site)s") % {"site": settings.SITE_NAME},
            [application.email],
            {"application": application, "find_url": absolute(reverse("professionals:find"))},
        )


def application_waiting(application):
    """Tell staff that a new application waits for review (in the site's own language)."""
    with translation.override(settings.LANGUAGE_CODE):
        url = reverse("admin:professionals_listingapplication_change", args=[application.pk])
        send(
            "new_application",
            _("New listing application: %(name)s") % {"name": application.name},
            staff_addresses(),
            {"application": application, "review_url": absolute(url)},
        )


def application_decided(application):
    """Tell the applicant the decision: listed (with the link) or declined."""
    with translation.override(_applicant_language(application)):
        if application.status == ListingApplication.Status.APPROVED:
            send(
                "approved",
                _("You are now listed on %(site)s") % {"site": settings.SITE_NAME},
                [application.email],
                {"application": application, "profile_url": absolute(application.professional.get_absolute_url())},
            )
        elif application.status == ListingApplication.Status.REJECTED:
            send(
                "declined",
                _("Your application to be listed on %(site)s") % {"site": settings.SITE_NAME},
                [application.email],
                {"application": application},
            )
