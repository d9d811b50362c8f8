from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from .models import Clinic, ListingApplication, Professional


def unique_slug(name):
    base = slugify(name)[:200] or "professional"
    slug, n = base, 1
    while Professional.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


@transaction.atomic
def application_approve(*, application, by):
    """List the applicant: create the Professional and their Clinic from the application."""
    if application.status == ListingApplication.Status.APPROVED and application.professional_id:
        return application.professional
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
    professional = Professional.objects.create(
        name=application.name,
        slug=unique_slug(application.name),
        profession=application.profession,
        qualifications=application.qualifications,
        bio=application.bio,
        telehealth=application.telehealth,
        email=application.email,
        phone=application.phone,
        website=application.website,
        booking_url=application.booking_url,
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
    return professional


def application_reject(*, application, by):
    application.status = ListingApplication.Status.REJECTED
    application.reviewed_by = by
    application.reviewed_at = timezone.now()
    application.save()
