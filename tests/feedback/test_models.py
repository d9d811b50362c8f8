import pytest

from feedback.models import TabFeedback, mask_personal_details


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("mail me: jo.bloggs+hip@example.com.au", "mail me: [email removed]"),
        ("mobile 0412 345 678 thanks", "mobile [phone removed] thanks"),
        ("mobile 0412345678", "mobile [phone removed]"),
        ("ring +61 412 345 678", "ring [phone removed]"),
        ("ring +61 2 9876 5432", "ring [phone removed]"),
        ("office (02) 9876 5432.", "office [phone removed]."),
        ("call 1300 123 456", "call [phone removed]"),
        ("number 9876-5432", "number [phone removed]"),
        ("medicare 12345678901", "medicare [phone removed]"),
    ],
)
def test_emails_and_phone_numbers_are_masked(text, masked):
    assert mask_personal_details(text) == masked


@pytest.mark.parametrize(
    "text",
    ["I live near 2010 and had pain for 6 weeks", "Figure 1.2 helped; pain 7/10 on 3 March 2026", "SIJ, not L4-L5"],
)
def test_ordinary_numbers_are_kept(text):
    assert mask_personal_details(text) == text


def test_a_comment_is_masked_on_every_save_and_the_guide_follows_the_tab(guide):
    section = guide.sections.first()
    row = TabFeedback.objects.create(section=section, language="en", helpful=False, comment="me@example.org")
    row.refresh_from_db()
    assert row.comment == "[email removed]"
    assert row.guide == guide
