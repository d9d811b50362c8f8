"""The appointment sheet as a PDF, made here by WeasyPrint: it fetches nothing from the network."""

import logging
import mimetypes

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from weasyprint import HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse

# It warns at length about the screen-only CSS it skips (media queries, accent-color): not news.
logging.getLogger("weasyprint").setLevel(logging.ERROR)


class StaticOnlyFetcher(URLFetcher):
    """Serve the page's stylesheets and images from the static files; refuse every other URL."""

    def fetch(self, url, headers=None):
        path = url.split("?", 1)[0].partition("//")[2].partition("/")[2]  # drop the scheme and host
        prefix = settings.STATIC_URL.lstrip("/")
        if not path.startswith(prefix):
            raise ValueError(f"Not fetched: {url}")  # WeasyPrint logs it and goes on without it
        name = path.removeprefix(prefix)
        # Collected (hashed) names in production; the source files where nothing is collected.
        found = finders.find(name)
        with open(found, "rb") if found else staticfiles_storage.open(name) as file:
            body = file.read()
        return URLFetcherResponse(url, body, headers={"Content-Type": mimetypes.guess_type(name)[0] or ""})


def html_to_pdf(html, *, base_url):
    """The PDF of a rendered page, with the print stylesheet."""
    return HTML(string=html, base_url=base_url, url_fetcher=StaticOnlyFetcher()).write_pdf()
