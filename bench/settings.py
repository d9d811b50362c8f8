"""The site's own settings, plus the ceiling view the benchmark compares pages with."""

from hiphelp.settings import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
