"""/<name>: the bytes and headers the site sent for that page, read once from bench/pages/."""

import json
import os
from pathlib import Path

from django.http import HttpResponse, HttpResponseNotFound
from django.urls import path

PAGES = Path(os.environ.get("HIPHELP_BENCH_PAGES", "bench/pages"))
_pages = {}


def page(request, name):
    if name not in _pages:
        body, headers = PAGES / f"{name}.html", PAGES / f"{name}.headers.json"
        if not body.is_file() or not headers.is_file():
            return HttpResponseNotFound()
        _pages[name] = (body.read_bytes(), json.loads(headers.read_text()))
    content, headers = _pages[name]
    return HttpResponse(content, headers=headers)


urlpatterns = [path("<slug:name>", page)]
