"""Roles: what Editors, Clinical reviewers, Translators and Directory managers may do."""


class RoleAdminMixin:
    pass
