"""The body outlines the map draws its regions on: part of the site, not editable content."""

from .demo_regions import OUTLINES  # noqa: F401
