"""Clearly fictional demo professionals and clinics spread over Australian places.

Names are made up, emails use example.org, phone numbers are in the range ACMA keeps
for fictional use (0x 5550 xxxx), and every bio says it is a demo listing.
"""

import random
from collections import Counter

from django.db import transaction
from django.utils.text import slugify

from conditions.models import Guide

from .models import Clinic, Language, Place, Practice, Profession, Professional

PROFESSIONS = [
    ("physiotherapist", "Physiotherapist"),
    ("exercise-physiologist", "Exercise physiologist"),
    ("sports-physician", "Sports and exercise physician"),
    ("orthopaedic-surgeon", "Orthopaedic surgeon"),
    ("rheumatologist", "Rheumatologist"),
    ("pain-specialist", "Pain medicine specialist"),
    ("pelvic-health-physiotherapist", "Pelvic health physiotherapist"),
    ("general-practitioner", "General practitioner"),
]
LANGUAGES = [
    ("en", "English"),
    ("zh", "Mandarin"),
    ("yue", "Cantonese"),
    ("vi", "Vietnamese"),
    ("ar", "Arabic"),
    ("el", "Greek"),
    ("it", "Italian"),
    ("hi", "Hindi"),
    ("pa", "Punjabi"),
    ("es", "Spanish"),
    ("ko", "Korean"),
]
FIRST = [
    "Alex",
    "Amira",
    "Ben",
    "Chloe",
    "Daniel",
    "Duc",
    "Ella",
    "Farah",
    "Grace",
    "Hamish",
    "Hannah",
    "Isla",
    "Jack",
    "Jia",
    "Kai",
    "Karim",
    "Layla",
    "Liam",
    "Lucy",
    "Mai",
    "Maria",
    "Mei",
    "Mia",
    "Minh",
    "Noah",
    "Nora",
    "Oliver",
    "Omar",
    "Priya",
    "Quinn",
    "Ravi",
    "Rosa",
    "Sam",
    "Sofia",
    "Tara",
    "Thanh",
    "Tom",
    "Uma",
    "Wei",
    "Yusuf",
    "Zoe",
]
LAST = [
    "Abbott",
    "Ali",
    "Baker",
    "Brennan",
    "Chen",
    "Clarke",
    "Costa",
    "Daley",
    "Evans",
    "Farrell",
    "Fraser",
    "Gupta",
    "Haddad",
    "Hughes",
    "Kaur",
    "Kelly",
    "Kim",
    "Lam",
    "Lee",
    "Li",
    "Martin",
    "Mitchell",
    "Nguyen",
    "Nicholls",
    "O'Brien",
    "Papadopoulos",
    "Patel",
    "Pham",
    "Quinlan",
    "Rossi",
    "Ryan",
    "Sharma",
    "Singh",
    "Smith",
    "Tran",
    "Walker",
    "Wang",
    "Watson",
    "Wright",
    "Young",
    "Zhang",
]
STREETS = [
    "Acacia",
    "Banksia",
    "Bottlebrush",
    "Coral",
    "Grevillea",
    "Jacaranda",
    "Kurrajong",
    "Myrtle",
    "Wattle",
    "Waratah",
]
AREA_CODES = {"NSW": "02", "ACT": "02", "VIC": "03", "TAS": "03", "QLD": "07", "SA": "08", "WA": "08", "NT": "08"}
# Where people live, so that clinics are spread like a real directory's: each state's
# population (millions) and the share of it in the capital, whose postcode ranges follow.
STATE_PEOPLE = {"NSW": (8.4, 0.65), "VIC": (7.0, 0.77), "QLD": (5.6, 0.50), "WA": (3.0, 0.80),
                "SA": (1.9, 0.78), "TAS": (0.58, 0.45), "ACT": (0.47, 1.0), "NT": (0.25, 0.60)}  # fmt: skip
METRO = [(2000, 2234), (2600, 2620), (2900, 2914), (3000, 3207), (4000, 4179), (5000, 5199), (6000, 6199),
         (7000, 7099), (800, 832)]  # fmt: skip
# Post office box and large-user postcodes: no clinic stands there.
NO_STREETS = [(200, 299), (900, 999), (1000, 1999), (5800, 5999), (6800, 6999), (7800, 7999), (8000, 8999),
              (9000, 9999)]  # fmt: skip


def in_ranges(postcode, ranges):
    return any(lo <= int(postcode) <= hi for lo, hi in ranges)


def place_weights(places):
    """A weight per place proportional to how many people it stands for."""
    counts = {}
    for place in places:
        key = (place.state, in_ranges(place.postcode, METRO))
        counts[key] = counts.get(key, 0) + 1
    weights = []
    for place in places:
        people, metro_share = STATE_PEOPLE.get(place.state, (0.1, 0.5))
        metro = in_ranges(place.postcode, METRO)
        share = metro_share if metro else 1 - metro_share
        weights.append(people * share / counts[(place.state, metro)])
    return weights


def ensure_reference_data():
    for order, (slug, name) in enumerate(PROFESSIONS, start=1):
        Profession.objects.get_or_create(slug=slug, defaults={"name": name, "order": order})
    for code, name in LANGUAGES:
        Language.objects.get_or_create(code=code, defaults={"name": name})


def demo_professionals():
    return Professional.objects.filter(email__endswith="@example.org")


@transaction.atomic
def generate(count, *, seed=2026, batch=5000):
    """Create demo professionals until there are `count`; returns how many clinics were added."""
    ensure_reference_data()
    existing = demo_professionals().count()
    if existing >= count:
        return 0
    rng = random.Random(seed + existing)  # noqa: S311 -- fictional demo data, not security
    places = [p for p in Place.objects.order_by("postcode", "locality") if not in_ranges(p.postcode, NO_STREETS)]
    if not places:
        raise RuntimeError("Load the places first (manage.py load_places).")
    weights = place_weights(places)
    position = {place.pk: n for n, place in enumerate(places)}  # list.index() would scan per clinic
    professions = list(Profession.objects.all())
    profession_weights = [10 if p.slug == "physiotherapist" else 3 for p in professions]
    languages = {lang.code: lang for lang in Language.objects.all()}
    guides = list(Guide.objects.published())
    clinics_added = 0
    for start in range(existing, count, batch):
        size = min(batch, count - start)
        pros, clinics, links = [], [], []
        for i in range(start, start + size):
            profession = rng.choices(professions, profession_weights)[0]
            title = "Dr " if profession.slug in {"sports-physician", "orthopaedic-surgeon", "rheumatologist",
                                                   "pain-specialist", "general-practitioner"} else ""  # fmt: skip
            name = f"{title}{rng.choice(FIRST)} {rng.choice(LAST)}"
            pros.append(
                Professional(
                    name=name,
                    slug=f"{slugify(name)}-{i + 1}",
                    profession=profession,
                    qualifications="Demo qualification (fictional)",
                    bio="A demo listing: this professional is fictional and exists to show how the directory works.",
                    telehealth=rng.random() < 0.3,
                    email=f"demo{i + 1}@example.org",
                    is_listed=True,
                )
            )
            home = rng.choices(places, weights)[0]
            for n in range(2 if i % 4 == 0 else 1):
                at = position[home.pk]
                place = home if n == 0 else rng.choice(places[max(0, at - 3) : at + 4])
                clinic = Clinic(
                    name=f"{place.name} {rng.choice(['Hip', 'Movement', 'Physio', 'Sports', 'Health'])} Clinic (demo)",
                    address=f"{rng.randint(1, 400)} {rng.choice(STREETS)} Street",
                    suburb=place.name,
                    state=place.state,
                    postcode=place.postcode,
                    latitude=place.latitude + rng.uniform(-0.01, 0.01),
                    longitude=place.longitude + rng.uniform(-0.01, 0.01),
                    phone=f"({AREA_CODES.get(place.state, '02')}) 5550 {rng.randint(0, 9999):04d}",
                    wheelchair_access=rng.random() < 0.6,
                )
                clinic.set_derived()
                clinics.append(clinic)
                links.append((len(pros) - 1, len(clinics) - 1))
        Professional.objects.bulk_create(pros)
        Clinic.objects.bulk_create(clinics)
        # What each professional speaks and is interested in, first: their practices copy it.
        spoken = [{languages["en"].pk, rng.choice(list(languages.values())).pk} for _pro in pros]
        interested = [{guide.pk for guide in rng.sample(guides, k=min(2, len(guides)))} for _pro in pros]
        practices_of = Counter(p for p, _c in links)
        Practice.objects.bulk_create(
            Practice(
                professional=pros[p],
                clinic=clinics[c],
                is_listed=True,
                profession=pros[p].profession,
                only_practice=practices_of[p] == 1,
                language_keys=Practice.keys(spoken[p]),
                interest_keys=Practice.keys(interested[p]),
                **clinics[c].location(),
            )
            for p, c in links
        )
        speaks = Professional.languages.through
        speaks.objects.bulk_create(
            speaks(professional_id=pro.pk, language_id=pk) for pro, pks in zip(pros, spoken, strict=True) for pk in pks
        )
        interest = Professional.interests.through
        interest.objects.bulk_create(
            interest(professional_id=pro.pk, guide_id=pk)
            for pro, pks in zip(pros, interested, strict=True)
            for pk in pks
        )
        clinics_added += len(clinics)
    return clinics_added
