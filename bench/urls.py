"""The site's URLs plus /__ceiling__/<name>: the bytes of a page, precomputed.

It runs through the same middleware and the same gunicorn as the real pages, so
page ÷ ceiling says how close a page comes to Django itself.
"""

import os
from pathlib import Path

from django.http import HttpResponse, HttpResponseNotFound
from django.urls import path

from hiphelp.urls import *  # noqa: F403
from hiphelp.urls import urlpatterns as site_urlpatterns

PAGES = Path(os.environ.get("HIPHELP_BENCH_PAGES", "bench/pages"))
_cache = {}


def ceiling(request, name):
    if name not in _cache:
        file = PAGES / f"{name}.html"
        if not file.is_file():
            return HttpResponseNotFound()
        _cache[name] = file.read_bytes()
    return HttpResponse(_cache[name], content_type="text/html; charset=utf-8")


urlpatterns = [path("__ceiling__/<slug:name>", ceiling), *site_urlpatterns]
