"""Distances on the earth, in the database and in Python, by the haversine formula."""

import math

from django.db.models import ExpressionWrapper, F, FloatField, Value
from django.db.models.functions import Cos

EARTH_RADIUS_KM = 6371.0088
KM_PER_DEGREE_LAT = 111.32


def bounding_box(lat, lng, km):
    """(min_lat, max_lat, min_lng, max_lng) enclosing a circle of `km` around a point."""
    dlat = km / KM_PER_DEGREE_LAT
    dlng = km / (KM_PER_DEGREE_LAT * max(math.cos(math.radians(lat)), 0.01))
    return lat - dlat, lat + dlat, lng - dlng, lng + dlng


def haversine_km(lat1, lng1, lat2, lng2):
    """Great-circle distance in km between two points given in degrees."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlmb = phi2 - phi1, math.radians(lng2 - lng1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


def haversine_term(lat, lng, prefix=""):
    """The haversine formula's term a, from a fixed point to a row, as a database expression.

    distance = 2R·asin(√a) grows with a, so rows are filtered and ordered by a itself
    (see max_term): that saves the database an ASIN and a SQRT per row. sin²(x/2) is
    written (1 − cos x)/2, and the row's radians and cosine are stored on it, so a row
    costs two cosines.
    """
    lat0, lng0 = math.radians(lat), math.radians(lng)
    half = Value(0.5)
    dphi = Cos(F(f"{prefix}lat_rad") - Value(lat0))
    dlmb = Cos(F(f"{prefix}lng_rad") - Value(lng0))
    return ExpressionWrapper(
        half * (Value(1.0) - dphi) + Value(math.cos(lat0) * 0.5) * F(f"{prefix}cos_lat") * (Value(1.0) - dlmb),
        output_field=FloatField(),
    )


def max_term(km):
    """The largest haversine term a within `km`."""
    return math.sin(min(km / (2 * EARTH_RADIUS_KM), math.pi / 2)) ** 2
