from django.conf import settings


def client_address(request):
    """The reader's IP address, for rate limits.

    Behind the one trusted reverse proxy (DJANGO_BEHIND_PROXY=1) it is the last
    X-Forwarded-For entry, the one the proxy added; earlier entries are the client's own
    claims. Otherwise it is the connection's address; None when there is none (a request
    built in code), which a database's IP address column accepts where "unknown" would not.
    """
    if getattr(settings, "SECURE_PROXY_SSL_HEADER", None):
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if forwarded:
            return forwarded[-1]
    return request.META.get("REMOTE_ADDR") or None
