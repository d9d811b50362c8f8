import threading

import pytest
from django.core import mail
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

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
    admin_client.post(url, {"action": "confirm_registration", "_selected_action": [application.pk]})
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


def changelist_action(admin_client, action, application):
    url = reverse("admin:professionals_listingapplication_changelist")
    return admin_client.post(url, {"action": action, "_selected_action": [application.pk]}, follow=True)


def test_approving_needs_the_registration_number_confirmed_first_and_says_so(
    client, admin_client, admin_user, application_data
):
    client.post(APPLY, application_data)
    application = ListingApplication.objects.get()
    response = changelist_action(admin_client, "approve", application)
    assert response.status_code == 200
    assert "Confirm the registration number of Dr Test Applicant (PHY0001234567)" in response.content.decode()
    application.refresh_from_db()
    assert application.status == ListingApplication.Status.PENDING
    assert not Professional.objects.filter(name="Dr Test Applicant").exists()

    changelist_action(admin_client, "confirm_registration", application)
    application.refresh_from_db()
    assert application.registration_checked_by == admin_user
    assert application.registration_checked_at is not None
    changelist_action(admin_client, "approve", application)
    professional = Professional.objects.get(name="Dr Test Applicant")
    assert professional.registration_checked == timezone.localdate()
    assert (
        '<p class="badge badge--checked">Registration checked ('
        in client.get(professional.get_absolute_url()).content.decode()
    )


def test_without_a_registration_number_the_profile_claims_no_check(client, admin_client, application_data):
    client.post(APPLY, {**application_data, "registration_number": ""})
    application = ListingApplication.objects.get()
    changelist_action(admin_client, "approve", application)
    professional = Professional.objects.get(name="Dr Test Applicant")
    assert professional.registration_checked is None
    html = client.get(professional.get_absolute_url()).content.decode()
    assert "badge--checked" not in html
    assert "we check their registration" not in html


def test_a_registration_number_that_is_not_an_ahpra_number_is_refused(client, application_data):
    response = client.post(APPLY, {**application_data, "registration_number": "12345"})
    assert response.status_code == 400
    assert "three letters and ten digits" in response.content.decode()
    client.post(APPLY, {**application_data, "registration_number": "phy 0001234567"})
    assert ListingApplication.objects.get().registration_number == "PHY0001234567"


def test_setting_the_status_in_the_admin_form_lists_nobody_and_changes_nothing(client, admin_client, application_data):
    from tests.htmlparse import form_data

    client.post(APPLY, application_data)
    application = ListingApplication.objects.get()
    url = reverse("admin:professionals_listingapplication_change", args=[application.pk])
    data = form_data(admin_client.get(url).content.decode(), "listingapplication_form")
    assert "status" not in data  # shown, not editable
    data.update(status="approved", qualifications="BPhty (edited)")
    assert admin_client.post(url, data).status_code == 302
    application.refresh_from_db()
    assert application.qualifications == "BPhty (edited)"
    assert application.status == ListingApplication.Status.PENDING
    assert application.professional is None


def test_the_public_profile_shows_the_email_only_if_the_applicant_chose_to(client, admin_client, application_data):
    client.post(APPLY, {**application_data, "registration_number": ""})
    client.post(APPLY, {**application_data, "registration_number": "", "name": "Dr Open", "email": "open@example.org",
                        "show_email": "on"})  # fmt: skip
    for application in ListingApplication.objects.all():
        changelist_action(admin_client, "approve", application)
    private = client.get(Professional.objects.get(name="Dr Test Applicant").get_absolute_url()).content.decode()
    assert "applicant@example.org" not in private
    public = client.get(Professional.objects.get(name="Dr Open").get_absolute_url()).content.decode()
    assert 'href="mailto:open@example.org"' in public


def test_applicant_and_staff_are_emailed_in_the_applicants_language(
    client, admin_client, application_data, settings, django_capture_on_commit_callbacks
):
    settings.LISTING_NOTIFY_EMAILS = ["listings@example.org"]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/vi/find-a-professional/apply/", application_data)
    assert response.status_code == 302
    application = ListingApplication.objects.get()
    assert application.language == "vi"
    to_applicant, to_staff = mail.outbox
    assert to_applicant.to == ["applicant@example.org"]
    assert to_applicant.reply_to == ["listings@example.org"]
    assert "/vi/find-a-professional/" in to_applicant.body  # rendered in Vietnamese
    assert "PHY0001234567" in to_applicant.body
    assert to_staff.to == ["listings@example.org"]
    assert "Dr Test Applicant" in to_staff.subject
    assert f"/admin/professionals/listingapplication/{application.pk}/change/" in to_staff.body

    mail.outbox.clear()
    changelist_action(admin_client, "confirm_registration", application)
    with django_capture_on_commit_callbacks(execute=True):
        changelist_action(admin_client, "approve", application)
    (decided,) = mail.outbox
    assert decided.to == ["applicant@example.org"]
    slug = Professional.objects.get(name="Dr Test Applicant").slug
    assert f"/vi/professionals/{slug}/" in decided.body


def test_staff_who_review_applications_hear_of_new_ones_by_default(client, admin_user, application_data, settings,
                                                                  django_capture_on_commit_callbacks):  # fmt: skip
    settings.LISTING_NOTIFY_EMAILS = []
    with django_capture_on_commit_callbacks(execute=True):
        client.post(APPLY, application_data)
    assert [message.to for message in mail.outbox] == [["applicant@example.org"], [admin_user.email]]


def test_a_failing_mail_server_loses_no_application(
    client, application_data, monkeypatch, caplog, settings, django_capture_on_commit_callbacks
):
    import smtplib

    from professionals import emails

    settings.LISTING_NOTIFY_EMAILS = ["listings@example.org"]

    def refuse(*args, **kwargs):
        raise smtplib.SMTPServerDisconnected("mail server down")

    monkeypatch.setattr(emails.EmailMessage, "send", refuse)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client.post(APPLY, application_data)
    assert response.status_code == 302
    assert ListingApplication.objects.filter(name="Dr Test Applicant").exists()
    assert len(callbacks) == 2  # applicant and staff: one failure does not stop the other
    assert len([record for record in caplog.records if "mail server down" in record.getMessage()]) == 2


def test_a_declined_applicant_is_told(client, admin_client, application_data, django_capture_on_commit_callbacks):
    client.post(APPLY, application_data)
    application = ListingApplication.objects.get()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        changelist_action(admin_client, "reject", application)
    (declined,) = mail.outbox
    assert declined.to == ["applicant@example.org"]
    assert "cannot list you" in declined.body
    application.refresh_from_db()
    assert application.status == ListingApplication.Status.REJECTED


def test_a_bio_over_its_limit_is_not_echoed_back_whole(client, application_data):
    response = client.post(APPLY, {**application_data, "bio": "x" * 5_000_000})
    assert response.status_code == 400
    html = response.content.decode()
    assert len(html) < 100_000
    assert "This is 5000000 characters long and the limit is 1500." in html
    assert "x" * 1500 + "</textarea>" in html  # the start is kept, to shorten
    assert "x" * 1501 not in html
    assert not ListingApplication.objects.exists()


def test_posts_without_an_address_do_not_share_one_limit(client, application_data):
    # e.g. gunicorn on a unix socket with no trusted proxy: no address is not one client.
    for n in range(12):
        response = client.post(APPLY, {**application_data, "email": f"a{n}@example.org"}, REMOTE_ADDR="")
        assert response.status_code == 302, n


def test_the_application_limit_holds_under_parallel_posts(rf, monkeypatch, slow_cache_reads):
    from hiphelp import client as limits
    from professionals.views import APPLY_LIMIT

    allowed = []

    def post():
        if not limits.over_limit(rf.post(APPLY, REMOTE_ADDR="10.1.2.3"), "apply", limit=APPLY_LIMIT, seconds=60):
            allowed.append(1)

    threads = [threading.Thread(target=post) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(allowed) == APPLY_LIMIT


def test_reverting_an_application_in_its_history_keeps_the_decision(client, admin_client, application_data):
    from tests.htmlparse import form_data

    client.post(APPLY, application_data)
    application = ListingApplication.objects.get()
    submitted = application.history.earliest()
    changelist_action(admin_client, "reject", application)
    url = reverse("admin:professionals_listingapplication_simple_history", args=[application.pk, submitted.pk])
    data = form_data(admin_client.get(url).content.decode(), "historicallistingapplication_form")
    assert admin_client.post(url, data).status_code == 302
    application.refresh_from_db()
    assert application.status == ListingApplication.Status.REJECTED
    assert application.reviewed_at is not None


def test_an_ipv6_network_counts_as_one_client(rf):
    from hiphelp.client import over_limit

    # A phone or home network hands out a whole /64: a new address per post must not reset the count.
    def over(address):
        return over_limit(rf.post(APPLY, REMOTE_ADDR=address), "apply", limit=3, seconds=60)

    assert [over(f"2001:db8:1:2::{n:x}") for n in range(5)] == [False, False, False, True, True]
    assert not over("2001:db8:1:3::1")  # the next network is someone else
