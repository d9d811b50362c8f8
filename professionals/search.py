"""The directory search: where the reader is, and who is near them."""

import difflib
from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.urls import reverse
from django.utils.translation import gettext as _

from hiphelp.collation import sort_key

from .forms import cached_choices
from .geo import haversine_km, km_from_term
from .models import Place, Practice, Professional

PER_PAGE = 20
ANYWHERE_KM = 20_000  # half the earth's circumference: every clinic


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
    candidates = list(Place.objects.filter(locality__istartswith=text[:2]).only("locality", "postcode", "state"))
    names = {p.locality.casefold(): p for p in candidates}
    close = difflib.get_close_matches(text.casefold(), list(names), n=limit, cutoff=0.6)
    return [names[name] for name in close]


def locate(search, data):
    """Set the search's point from the browser's location or the place typed."""
    where = data.get("where") or ""
    if data.get("lat") is not None:
        search.point = (data["lat"], data["lng"])
    elif where:
        place = Place.objects.matching(where).first()
        if place:
            search.place, search.point = place, (place.latitude, place.longitude)
        else:
            search.suggestions = did_you_mean(where)
            search.messages.append(_("We couldn’t find a place called “%(where)s”.") % {"where": where[:60]})


def run(data):
    """Search with a form's cleaned data; every problem becomes a message, never an exception."""
    search = Search(km=data.get("km") or 25)
    locate(search, data)
    filters = {
        lookup: data[name]
        for name, lookup in (("profession", "profession"), ("interest", "interests"), ("language", "languages"))
        if data.get(name)
    }
    telehealth = bool(data.get("telehealth"))
    if telehealth:
        filters["telehealth"] = True

    number = data.get("page") or 1
    offset = (number - 1) * PER_PAGE
    if search.point:
        # Telehealth reaches anyone: no distance limit then, but still nearest first.
        nearby = Professional.objects.near(*search.point, ANYWHERE_KM if telehealth else search.km, **filters)
        page_rows, total = nearby.page(offset, PER_PAGE)

        def fetch(offset):
            return nearby.rows(offset, PER_PAGE, total)

    elif telehealth:
        listed = Professional.objects.listed().filter(**filters)
        total = listed.count()

        def fetch(offset):
            return list(listed.order_by("name", "pk").values("pk")[offset : offset + PER_PAGE])

        page_rows = fetch(offset) if offset < total else []
    else:
        return search  # nothing to search near yet

    search.searched = True
    search.total = total
    if total:
        last = -(-total // PER_PAGE)
        if number > last:
            search.messages.append(
                _("There is no page %(page)d; the last page is %(last)d.") % {"page": number, "last": last}
            )
            number = last
            page_rows = fetch((number - 1) * PER_PAGE)
        paginator = Paginator([], PER_PAGE)
        paginator.count = total  # known already: no second count
        search.page = paginator.page(number)
        search.page.object_list = professionals_for(page_rows, search.point)
    return search


@dataclass(slots=True)
class ClinicFacts:
    name: str
    suburb: str
    state: str


@dataclass(slots=True)
class Card:
    """What a result card shows of a professional: plain values, no model instances."""

    name: str
    url: str
    profession: str
    telehealth: bool
    clinic: ClinicFacts | None = None
    km: float | None = None
    languages: list[str] = field(default_factory=list)


def professionals_for(rows, point):
    """The cards of a page of rows, in order, each with the nearest clinic and its distance.

    One query of plain values: each practice carries what a card shows of its professional
    (its languages as keys, see Practice.language_keys), and the names of professions and
    languages come with the search form's cached choices, in the reader's language. Only
    professionals without a clinic (telehealth) need a second query. A card costs a few
    dictionary look-ups, not a dozen model instances.
    """
    ids = [row.get("professional_id", row.get("pk")) for row in rows]
    names = cached_choices()
    professions, languages = names["profession_names"], names["language_names"]
    # One reverse() for the page, not one per card: slugs are URL-safe as they are.
    url = reverse("professionals:profile", kwargs={"slug": "slug-placeholder"})

    def card(name, slug, profession_id, telehealth, language_keys):
        spoken = sorted((languages.get(int(key), "") for key in language_keys.split()), key=sort_key)
        return Card(
            name,
            url.replace("slug-placeholder", slug),
            professions.get(profession_id, ""),
            telehealth,
            languages=spoken,
        )

    cards, nearest = {}, {}
    practices = Practice.objects.filter(professional_id__in=ids).order_by("clinic__name", "clinic_id")
    for (
        pk,
        name,
        slug,
        profession_id,
        telehealth,
        language_keys,
        clinic,
        suburb,
        state,
        lat,
        lng,
    ) in practices.values_list(
        "professional_id",
        "professional__name",
        "professional__slug",
        "profession_id",
        "professional__telehealth",
        "language_keys",
        "clinic__name",
        "clinic__suburb",
        "clinic__state",
        "clinic__latitude",
        "clinic__longitude",
    ):
        if pk not in cards:
            cards[pk] = card(name, slug, profession_id, telehealth, language_keys)
        if point:
            if lat is None:
                continue
            km = haversine_km(*point, lat, lng)
            if pk in nearest and nearest[pk][0] <= km:
                continue
            nearest[pk] = (km, ClinicFacts(clinic, suburb, state))
        elif pk not in nearest:
            nearest[pk] = (None, ClinicFacts(clinic, suburb, state))
    if missing := [pk for pk in ids if pk not in cards]:
        keys = Practice.chosen_keys(missing, names=["languages"])
        for pk, *facts in Professional.objects.filter(pk__in=missing).values_list(
            "pk", "name", "slug", "profession_id", "telehealth"
        ):
            cards[pk] = card(*facts, keys[pk]["language_keys"])
    for row, pk in zip(rows, ids, strict=True):
        if pk in nearest:
            cards[pk].clinic = nearest[pk][1]
        cards[pk].km = km_from_term(row["nearness"]) if point else None
    return [cards[pk] for pk in ids]
