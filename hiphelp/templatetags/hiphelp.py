from django import template
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, Resolver404, resolve, reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from hiphelp.translation_status import is_fallback, notices_for

register = template.Library()

# Longer than any query string the site's own forms make (the directory's fields are capped).
MAX_SWITCH_URL = 1000


@register.filter
def fallback(obj, field):
    """Whether this field shows English because the reader's language has no text for it."""
    return is_fallback(obj, field)


@register.simple_tag
def lang_attr(obj, *fields):
    """` lang="en"` where any of these fields falls back to English, so it is read aloud right."""
    if any(is_fallback(obj, field) for field in fields):
        return format_html(' lang="{}" dir="ltr"', settings.LANGUAGE_CODE)
    return mark_safe("")


@register.simple_tag(takes_context=True)
def url_in_language(context, language):
    """This page's address in another language (slugs are the same in every language).

    An address that is no page of this site (a 404, or junk such as `//evil.example/x`,
    which a browser would read as another host) leads to that language's home page.
    """
    request = context["request"]
    # Asked for each language twice (hreflang links, the switcher) and once more for
    # x-default: each answer is worked out once per request (each costs two resolves).
    known = request.__dict__.setdefault("_urls_in_language", {})
    if language not in known:
        known[language] = _url_in_language(request, language)
    return known[language]


def _url_in_language(request, language):
    # The page is resolved once per request, not once per language (translate_url would).
    match = request.__dict__.get("_page_match")
    if match is None:
        try:
            match = resolve(request.path_info)
        except Resolver404:
            match = False
        request._page_match = match
    if not match:
        with translation.override(language):
            return reverse("home")
    path = request.get_full_path()
    if len(path) > MAX_SWITCH_URL:
        path = request.path  # junk in the query string is not repeated in every link
    if not match.url_name:
        return path
    name = f"{match.namespace}:{match.url_name}" if match.namespace else match.url_name
    with translation.override(language):
        try:
            translated = reverse(name, args=match.args, kwargs=match.kwargs)
        except NoReverseMatch:
            return path
    query = path.partition("?")[2]
    return f"{translated}?{query}" if query else translated


@register.simple_tag(takes_context=True)
def translation_notice(context, obj, fields, *others):
    """The notices of one part of a page: `obj`'s `fields` (space-separated) and every
    translated field of the objects in `others` (e.g. a tab's figures): missing, draft, outdated."""
    parts = [(obj, fields.split()), *((item, None) for group in others for item in (group or []))]
    notices = notices_for(parts)
    if not notices:
        return ""
    english_url = url_in_language(context, settings.LANGUAGE_CODE) if notices.outdated else ""
    return render_to_string(
        "includes/fallback_notice.html",
        {"notices": notices, "english_url": english_url},
        request=context.get("request"),
    )
