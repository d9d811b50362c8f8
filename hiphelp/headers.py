"""Security headers Django has no setting for, on pages and static files alike."""

from django.conf import settings

# Static files are never pages: an SVG opened on its own may show, never run, anything.
STATIC_CSP = (
    "default-src 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self'; "
    "frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
)


def security_headers():
    return {
        "Permissions-Policy": settings.PERMISSIONS_POLICY,
        "Cross-Origin-Resource-Policy": settings.CROSS_ORIGIN_RESOURCE_POLICY,
    }


class SecurityHeadersMiddleware:
    """Permissions-Policy and Cross-Origin-Resource-Policy on every response."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        for name, value in security_headers().items():
            response.headers.setdefault(name, value)
        return response


def static_file_headers(headers, path, url):
    """WhiteNoise's hook: the headers Django's middleware gives pages, for static files."""
    for name, value in security_headers().items():
        headers[name] = value
    headers["Content-Security-Policy"] = STATIC_CSP
    headers["X-Content-Type-Options"] = "nosniff"
    headers["X-Frame-Options"] = settings.X_FRAME_OPTIONS
    headers["Referrer-Policy"] = settings.SECURE_REFERRER_POLICY
