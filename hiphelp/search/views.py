from urllib.parse import urlencode

from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from hiphelp.caching import public_page
from hiphelp.partials import render_partial, wants_partial

from . import search, text

SUGGESTIONS = 6


def _problem(raw):
    """Why this query cannot be searched, in words for the reader; None when it can."""
    if len(raw) > text.MAX_QUERY_LENGTH:
        return _("That search is too long. Use a few words, up to %(count)s characters.") % {
            "count": text.MAX_QUERY_LENGTH
        }
    if text.has_control_characters(raw):
        return _("That search has characters in it that cannot be searched for. Type a few words instead.")
    return None


@require_safe
@public_page(params=["q"])
def site_search(request):
    """Pages that answer the words typed, best first; as you type, a few suggestions (htmx)."""
    raw = request.GET.get("q", "")
    problem = _problem(raw)
    query = "" if problem else text.normalise_query(raw)
    if not problem and query != raw and not wants_partial(request):
        # One address per search ("Sciatica " and "sciatica" are the same page), so that
        # spellings of one query do not each take a place in the page cache.
        url = reverse("search")
        return HttpResponseRedirect(_with_query(url, query))
    found = search(query, language=request.LANGUAGE_CODE) if query else None
    context = {
        "query": query,
        # What was typed goes back in the box, even when it could not be searched (cut to length).
        "typed": text.printable(raw)[: text.MAX_QUERY_LENGTH * 2] if problem else query,
        "problem": problem,
        "found": found,
        "results": found.results if found else [],
        "suggestions": found.results[:SUGGESTIONS] if found else [],
        "no_words": bool(query) and found is not None and not found.tokens,
    }
    response = render_partial(
        request, "search/search.html", context, partial="search-suggestions", status=400 if problem else 200
    )
    if problem or not context["results"] or query != raw:
        # Searches that found nothing are not kept: typing junk must not fill the page cache.
        # Nor other spellings of a query (suggestions for "Clun" as typed): only its one spelling.
        patch_cache_control(response, private=True)
    return response


def _with_query(url, query):
    return f"{url}?{urlencode({'q': query})}" if query else url
