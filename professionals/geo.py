"""Distances on the earth, in the database and in Python, by the haversine formula."""

import math

EARTH_RADIUS_KM = 6371.0088
KM_PER_DEGREE_LAT = 111.32


def bounding_box(lat, lng, km):
    """(min_lat, max_lat, min_lng, max_lng) enclosing a circle of `km` around a point."""
    dlat = km / KM_PER_DEGREE_LAT
    dlng = km / (KM_PER_DEGREE_LAT * max(math.cos(math.radians(lat)), 0.01))
    return lat - dlat, lat + dlat, lng - dlng, lng + dlng


# Practices are indexed by the band of latitude they lie in (0.1°, about 11 km tall), then by
# longitude: a search reads the bands its box spans, each from the box's west edge to its
# east edge, so it visits the practices in (about) the box, not in every longitude of it.
BAND_DEGREES = 0.1
MOST_BANDS = 200  # a box taller than this (telehealth reaches everywhere) reads every band


def band(lat):
    """The band of latitude a point lies in (None without a latitude)."""
    return None if lat is None else math.floor(lat / BAND_DEGREES)


def bands_between(min_lat, max_lat):
    """The bands a box from `min_lat` to `max_lat` spans, or None when it spans too many."""
    first, last = band(max(min_lat, -90.0)), band(min(max_lat, 90.0))
    return list(range(first, last + 1)) if last - first < MOST_BANDS else None


def haversine_km(lat1, lng1, lat2, lng2):
    """Great-circle distance in km between two points given in degrees."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlmb = phi2 - phi1, math.radians(lng2 - lng1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


def unit_vector(lat, lng):
    """The point on the unit sphere, stored on each clinic so the database needs no trigonometry."""
    phi, lam = math.radians(lat), math.radians(lng)
    return math.cos(phi) * math.cos(lam), math.cos(phi) * math.sin(lam), math.sin(phi)


# The haversine formula's term a, from a fixed point (its unit vector as the three
# parameters) to a practice, in SQL.
#
# a = sin²(Δφ/2) + cos φ₁ cos φ₂ sin²(Δλ/2) equals (1 − cos c)/2, where c is the central angle
# and cos c the dot product of the two points' unit vectors. With each row's vector stored
# (see Clinic.set_derived), a is plain arithmetic: no per-row function calls, which SQLite
# would run in Python. distance = 2R·asin(√a) grows with a, so rows are filtered (see
# max_term) and ordered by a itself.
TERM = "((1.0 - (x * %s + y * %s + z * %s)) * 0.5)"


def km_from_term(a):
    """Kilometres from a haversine term: d = 2R·asin(√a)."""
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(max(a, 0.0), 1.0)))


def max_term(km):
    """The largest haversine term a within `km`."""
    return math.sin(min(km / (2 * EARTH_RADIUS_KM), math.pi / 2)) ** 2
