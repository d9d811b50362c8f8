import pytest
from django.core.cache import cache
from django.urls import reverse

from conditions.models import Guide
from professionals.models import Language, ListingApplication, Profession, Professional

APPLY = "/en/find-a-professional/apply/"


@pytest.fixture(autouse=True)
def clear_rate_limit():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def application_data(db):
    profession = Profession.objects.get_or_create(slug="physiotherapist", defaults={"name": "Physiotherapist"})[0]
    language = Language.objects.get_or_create(code="vi", defaults={"name": "Vietnamese"})[0]
    guide = Guide.objects.get(slug="upper-buttock")
    return {
        "name": "Dr Test Applicant",
        "profession": profession.pk,
        "qualifications": "BPhty, MPhty (Sports)",
        "registration_number": "PHY0001234567",
        "email": "applicant@example.org",
        "phone": "02 5550 1234",
        "bio": "I help people with hip pain get moving again.",
        "languages": [language.pk],
        "interests": [guide.pk],
        "telehealth": "on",
        "clinic_name": "Harbour Hip Clinic",
        "clinic_address": "1 Example Street",
        "clinic_suburb": "Melbourne",
        "clinic_state": "VIC",
        "clinic_postcode": "3000",
        "clinic_wheelchair_access": "on",
        "agree": "on",
        "nickname": "",
    }


def test_apply_form_renders_with_csrf(client, db):
    html = client.get(APPLY).content.decode()
    assert 'name="csrfmiddlewaretoken"' in html
    assert 'name="nickname"' in html


def test_a_complete_application_is_saved_for_review(client, application_data):
    response = client.post(APPLY, application_data)
    assert response.status_code == 302
    assert response["Location"] == "/en/find-a-professional/apply/thanks/"
    application = ListingApplication.objects.get()
    assert application.status == ListingApplication.Status.PENDING
    assert application.languages.count() == 1
    assert not Professional.objects.filter(name="Dr Test Applicant").exists()
    assert "we have your application" in client.get(response["Location"]).content.decode()


def test_errors_keep_everything_typed_and_say_what_to_fix(client, application_data):
    data = {**application_data, "email": "not-an-email", "clinic_postcode": "0000", "agree": ""}
    response = client.post(APPLY, data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Please fix the following" in html
    assert "Enter a valid email address." in html
    assert "We don’t know the postcode 0000." in html
    assert 'value="Dr Test Applicant"' in html
    assert 'value="Harbour Hip Clinic"' in html
    assert "I help people with hip pain get moving again." in html
    assert 'value="not-an-email"' in html
    assert not ListingApplication.objects.exists()


def test_the_honeypot_turns_bots_away(client, application_data):
    response = client.post(APPLY, {**application_data, "nickname": "spam"})
    assert response.status_code == 400
    assert not ListingApplication.objects.exists()


def test_csrf_is_enforced(application_data):
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post(APPLY, application_data)
    assert response.status_code == 403
    assert not ListingApplication.objects.exists()


def test_applications_are_rate_limited_per_client_without_losing_input(client, application_data):
    for n in range(10):
        client.post(APPLY, {**application_data, "email": f"a{n}@example.org"})
    response = client.post(APPLY, {**application_data, "email": "late@example.org"})
    assert response.status_code == 429
    html = response.content.decode()
    assert "Too many tries from your connection" in html
    assert 'value="late@example.org"' in html
    assert ListingApplication.objects.count() == 10
    other = client.post(APPLY, {**application_data, "email": "b@example.org"}, REMOTE_ADDR="10.9.9.9")
    assert other.status_code == 302


def test_staff_approve_with_one_action_which_lists_the_professional(client, admin_client, application_data):
    client.post(APPLY, application_data)
    application = ListingApplication.objects.get()
    url = reverse("admin:professionals_listingapplication_changelist")
    response = admin_client.post(url, {"action": "approve", "_selected_action": [application.pk]})
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == ListingApplication.Status.APPROVED
    professional = application.professional
    assert professional.is_listed and professional.telehealth
    assert professional.slug == "dr-test-applicant"
    clinic = professional.clinics.get()
    assert (clinic.suburb, clinic.postcode) == ("Melbourne", "3000")
    assert clinic.latitude == pytest.approx(-37.81, abs=0.1)  # from the postcode
    assert list(professional.interests.values_list("slug", flat=True)) == ["upper-buttock"]
    # Found by a search near it, and its profile is public.
    assert "Dr Test Applicant" in client.get("/en/find-a-professional/", {"where": "3000"}).content.decode()
    assert client.get(professional.get_absolute_url()).status_code == 200
    # Approving again changes nothing.
    admin_client.post(url, {"action": "approve", "_selected_action": [application.pk]})
    assert Professional.objects.filter(name="Dr Test Applicant").count() == 1


def test_admin_pages_for_the_directory_render(admin_client, application_data, client):
    client.post(APPLY, application_data)
    for model in ("professional", "clinic", "profession", "place", "listingapplication", "language"):
        assert admin_client.get(reverse(f"admin:professionals_{model}_changelist")).status_code == 200, model
    application = ListingApplication.objects.get()
    url = reverse("admin:professionals_listingapplication_change", args=[application.pk])
    assert admin_client.get(url).status_code == 200
