"""The Australian postcode and locality table, from countrystatecity-postal-codes (ODbL)."""

from countrystatecity_postal_codes.api import get_postcodes_of_country

from .models import Place


def load_places():
    """Load every Australian place once; returns how many were added."""
    rows = get_postcodes_of_country("AU")
    if Place.objects.count() >= len(rows):
        return 0
    existing = set(Place.objects.values_list("postcode", "locality"))
    new = [
        Place(
            postcode=row.code,
            locality=row.localityName,
            state=row.stateCode,
            latitude=row.latitude,
            longitude=row.longitude,
        )
        for row in rows
        if (row.code, row.localityName) not in existing and row.latitude is not None
    ]
    Place.objects.bulk_create(new, batch_size=1000, ignore_conflicts=True)
    return len(new)
