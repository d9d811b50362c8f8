"""The one rule for htmx partials: a whole page, or the fragment htmx swaps in.

Every view that serves both calls `render_partial`, and the page cache files responses
under `variant(request)`, the same decision, so a fragment can never be stored as the page
(or the page as a fragment) whatever headers a visitor sends.
"""

from urllib.parse import unquote

from django.shortcuts import render
from django.utils.cache import patch_vary_headers

PAGE = "page"


def wants_partial(request):
    """True when htmx asks for a fragment: `HX-Request: true` and not a history restore.

    django-htmx reads both headers strictly ("true" and nothing else), and so does this.
    """
    htmx = getattr(request, "htmx", None)
    return bool(htmx) and not htmx.history_restore_request


def variant_of_headers(meta):
    """The same decision as `variant`, from the WSGI environ alone (before django-htmx runs).

    django-htmx's own reading: the exact value "true", URL-decoded when the header says
    it was encoded.
    """

    def value(name):
        found = meta.get(name) or None
        if found and meta.get(f"{name}_URI_AUTOENCODED") == "true":
            found = unquote(found)
        return found

    if value("HTTP_HX_REQUEST") == "true" and value("HTTP_HX_HISTORY_RESTORE_REQUEST") != "true":
        return "fragment"
    return PAGE


def variant(request):
    """What a request gets, as the page cache files it: "fragment" or "page"."""
    return "fragment" if wants_partial(request) else PAGE


def render_partial(request, template_name, context, *, partial, status=200):
    """Render the page, or only `partial` for an htmx request; both vary on HX-Request.

    `partial` is the name of a partial of the template (its id in the page: "cause-panel"),
    or "other.html#name" for a fragment kept in another template.
    """
    fragment = wants_partial(request)
    if fragment:
        template_name = partial if "#" in partial else f"{template_name}#{partial}"
    # Templates ask `is_fragment`, never request.htmx: this function alone decides.
    response = render(request, template_name, {**context, "is_fragment": fragment}, status=status)
    patch_vary_headers(response, ["HX-Request"])
    return response
