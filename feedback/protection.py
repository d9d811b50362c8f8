"""CSRF protection for the feedback forms without a cookie or a session.

The tab pages are cached for everyone, so they carry no token; the uncached feedback step
issues a signed, timestamped token for its tab instead of Django's CSRF cookie (the issue
asks that feedback sets no cookie). A POST must bring a token for the same tab that is at
most an hour old, and come from this site's own origin (Origin, or Referer when a browser
sends no Origin): together that is what Django's CSRF check establishes for a form.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core import signing

MAX_AGE = 60 * 60
VALID, EXPIRED, INVALID = "valid", "expired", "invalid"
_signer = signing.TimestampSigner(salt="feedback.form")
_rows = signing.TimestampSigner(salt="feedback.row")


def issue_token(section):
    """A token that lets a POST about this tab through for the next hour."""
    return _signer.sign(f"feedback:{section.pk}")


def check_token(token, section):
    """VALID, EXPIRED (signed here but too old: ask again) or INVALID (forged, other tab, missing)."""
    try:
        value = _signer.unsign(token or "", max_age=MAX_AGE)
    except signing.SignatureExpired:
        value, state = _signer.unsign(token), EXPIRED
    except signing.BadSignature:
        return INVALID
    else:
        state = VALID
    return state if value == f"feedback:{section.pk}" else INVALID


def sign_row(row):
    """The saved answer's id, signed, so only its sender can add a comment to it."""
    return _rows.sign(str(row.pk))


def unsign_row(token):
    """The answer's id from sign_row(), or None when forged or over an hour old."""
    try:
        return int(_rows.unsign(token or "", max_age=MAX_AGE))
    except (signing.BadSignature, ValueError):
        return None


def _origin(url):
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else None


def same_origin(request):
    """True when the POST came from a page of this site (or an origin in CSRF_TRUSTED_ORIGINS)."""
    sent = request.META.get("HTTP_ORIGIN")
    # "null" is a sandboxed frame or a redirect from elsewhere: never this site's own page.
    origin = _origin(sent) if sent else _origin(request.META.get("HTTP_REFERER", ""))
    if origin is None:
        return False
    own = f"{request.scheme}://{request.get_host()}"
    return origin == own or origin in settings.CSRF_TRUSTED_ORIGINS
