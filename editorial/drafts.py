"""Drafts on the public site: staff see them, with a banner; nobody else knows they exist."""

from django.conf import settings


def sees_drafts(request):
    """True for logged-in, active staff: they see unpublished pages, never from the cache.

    Readers without a session cookie are answered without touching the session, so their
    pages stay cacheable and free of `Vary: Cookie`.
    """
    if settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return False
    user = getattr(request, "user", None)
    return bool(user and user.is_active and user.is_staff)
