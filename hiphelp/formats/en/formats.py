"""English dates as written in Australia; everything not set here is Django's English format."""

DATE_FORMAT = "j F Y"  # 3 March 2026
DATETIME_FORMAT = "j F Y, P"  # 3 March 2026, 2:30 p.m.
MONTH_DAY_FORMAT = "j F"  # 3 March
