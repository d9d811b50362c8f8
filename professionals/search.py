"""The directory search: where the reader is, and who is near them."""

import difflib
from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.utils.translation import gettext as _

from .models import Place, Professional

PER_PAGE = 20


@dataclass
class Search:
    place: Place | None = None
    point: tuple[float, float] | None = None
    km: int = 25
    page: object = None
    total: int = 0
    messages: list[str] = field(default_factory=list)
    suggestions: list[Place] = field(default_factory=list)
    searched: bool = False

    @property
    def where_label(self):
        if self.place:
            return str(self.place)
        return _("your location") if self.point else ""


def did_you_mean(text, limit=5):
    """Places spelled like `text`, for a search that found none."""
    if text.isdigit():
        return list(Place.objects.filter(postcode__startswith=text[:3]).order_by("postcode")[:limit])
    prefix = text[:2]
    candidates = list(Place.objects.filter(locality__istartswith=prefix).only("locality", "postcode", "state"))
    names = {p.locality.casefold(): p for p in candidates}
    close = difflib.get_close_matches(text.casefold(), list(names), n=limit, cutoff=0.6)
    return [names[name] for name in close]


def run(data):
    """Search with a form's cleaned data; every problem becomes a message, never an exception."""
    search = Search(km=data.get("km") or 25)
    where = data.get("where") or ""
    if data.get("lat") is not None:
        search.point = (data["lat"], data["lng"])
    elif where:
        places = list(Place.objects.matching(where)[:20])
        if places:
            search.place = places[0]
            search.point = (search.place.latitude, search.place.longitude)
        else:
            search.suggestions = did_you_mean(where)
            search.messages.append(_("We couldn’t find a place called “%(where)s”.") % {"where": where[:60]})

    professionals = Professional.objects.listed()
    if data.get("profession"):
        professionals = professionals.filter(profession=data["profession"])
    if data.get("interest"):
        professionals = professionals.filter(interests=data["interest"])
    if data.get("language"):
        professionals = professionals.filter(languages=data["language"])

    if search.point and not data.get("telehealth"):
        professionals = professionals.near(*search.point, search.km).order_by("nearness", "name")
    elif data.get("telehealth"):
        # Telehealth reaches anyone: no distance limit, nearest first where we know the place.
        professionals = professionals.filter(telehealth=True)
        if search.point:
            professionals = professionals.near(*search.point, 20_000).order_by("nearness", "name")
        else:
            professionals = professionals.order_by("name")
    else:
        return search  # nothing to search near yet

    search.searched = True
    paginator = Paginator(professionals.for_results(), PER_PAGE)
    number = data.get("page") or 1
    search.total = paginator.count
    if number > paginator.num_pages and search.total:
        search.messages.append(
            _("There is no page %(page)d; the last page is %(last)d.") % {"page": number, "last": paginator.num_pages}
        )
        number = paginator.num_pages
    search.page = paginator.get_page(number)

    if search.point:
        for professional in search.page.object_list:
            professional.clinic, professional.km = professional.nearest_clinic(*search.point)
    else:
        for professional in search.page.object_list:
            clinics = list(professional.clinics.all())
            professional.clinic, professional.km = (clinics[0] if clinics else None), None
    return search
