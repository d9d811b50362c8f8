"""The body outlines the map draws its regions on: part of the site, not editable content."""

from .drawing import CANVAS, FIGURE_BOX, OUTLINES  # noqa: F401
