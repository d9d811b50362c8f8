"""Writes that span models: a listing application from submission to decision."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from . import emails
from .models import Clinic, ListingApplication, Professional


def unique_slug(name):
    base = slugify(name)[:200] or "professional"
    slug, n = base, 1
    while Professional.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


@transaction.atomic
def application_submit(*, form):
    """Save a valid application form; tell the applicant and staff once it is stored."""
    application = form.save(commit=False)
    application.status = ListingApplication.Status.PENDING
    application.language = get_language() or ""
    application.save()
    form.save_m2m()
    # Each email on its own: a failing mail server is logged and loses no application.
    transaction.on_commit(lambda: emails.application_received(application), robust=True)
    transaction.on_commit(lambda: emails.application_waiting(application), robust=True)
    return application


@transaction.atomic
def application_confirm_registration(*, application, by):
    """Record that `by` checked the applicant's registration number on the public register."""
    if not application.registration_number:
        raise ValidationError(_("%(name)s gave no registration number to check.") % {"name": application.name})
    if application.registration_checked_at is None:
        application.registration_checked_at = timezone.now()
        application.registration_checked_by = by
        application.save(update_fields=["registration_checked_at", "registration_checked_by"])
    if application.professional_id and not application.professional.registration_checked:
        application.professional.registration_checked = timezone.localdate(application.registration_checked_at)
        application.professional.save()
    return application


@transaction.atomic
def application_approve(*, application, by):
    """List the applicant: create the Professional and their Clinic from the application.

    Raises ValidationError, changing nothing, while a registration number given is unchecked.
    """
    if application.status == ListingApplication.Status.APPROVED and application.professional_id:
        return application.professional
    if application.registration_unchecked:
        raise ValidationError(
            _("Confirm the registration number of %(name)s (%(number)s) on the AHPRA register first.")
            % {"name": application.name, "number": application.registration_number}
        )
    clinic = Clinic(
        name=application.clinic_name,
        address=application.clinic_address,
        suburb=application.clinic_suburb,
        state=application.clinic_state,
        postcode=application.clinic_postcode,
        phone=application.clinic_phone,
        wheelchair_access=application.clinic_wheelchair_access,
    )
    clinic.save()  # coordinates from the postcode
    checked = application.registration_checked_at
    professional = Professional.objects.create(
        name=application.name,
        slug=unique_slug(application.name),
        profession=application.profession,
        qualifications=application.qualifications,
        bio=application.bio,
        telehealth=application.telehealth,
        email=application.email,
        show_email=application.show_email,
        phone=application.phone,
        website=application.website,
        booking_url=application.booking_url,
        registration_checked=timezone.localdate(checked) if checked else None,
        is_listed=True,
    )
    professional.clinics.add(clinic)
    professional.languages.set(application.languages.all())
    professional.interests.set(application.interests.all())
    application.status = ListingApplication.Status.APPROVED
    application.professional = professional
    application.reviewed_by = by
    application.reviewed_at = timezone.now()
    application.save()
    transaction.on_commit(lambda: emails.application_decided(application), robust=True)
    return professional


@transaction.atomic
def application_reject(*, application, by):
    """Decline a pending application and tell the applicant."""
    if application.status != ListingApplication.Status.PENDING:
        return application
    application.status = ListingApplication.Status.REJECTED
    application.reviewed_by = by
    application.reviewed_at = timezone.now()
    application.save()
    transaction.on_commit(lambda: emails.application_decided(application), robust=True)
    return application
