"""Drafts on the public site: staff see them, with a banner; nobody else knows they exist."""

from django.conf import settings
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpResponseNotAllowed
from django.urls import path
from django.utils.cache import patch_cache_control


def sees_drafts(request):
    """True for logged-in, active staff: they see unpublished pages, never from the cache.

    Readers without a session cookie are answered without touching the session, so their
    pages stay cacheable and free of `Vary: Cookie`.
    """
    if settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return False
    user = getattr(request, "user", None)
    return bool(user and user.is_active and user.is_staff)


class PreviewAdminMixin:
    """A "Preview" button on the change form: the public page from the form's unsaved content.

    The form and its inline formsets are bound to the POSTed data and validated, never
    saved; everything runs in a transaction that is rolled back, so no hook can write
    either. The ModelAdmin implements `render_preview(request, obj, formsets)`.
    """

    def get_urls(self):
        opts = self.model._meta
        name = f"{opts.app_label}_{opts.model_name}"
        view = self.admin_site.admin_view(self.preview_view)
        return [
            path("add/preview/", view, name=f"{name}_preview_add"),
            path("<path:object_id>/preview/", view, name=f"{name}_preview"),
            *super().get_urls(),
        ]

    def preview_view(self, request, object_id=None):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        obj = None
        if object_id is not None:
            obj = self.get_object(request, unquote(object_id))
            if obj is None:
                raise Http404
        allowed = self.has_change_permission(request, obj) if obj else self.has_add_permission(request)
        if not allowed:
            raise PermissionDenied
        with transaction.atomic():
            form = self.get_form(request, obj, change=obj is not None)(request.POST, request.FILES, instance=obj)
            form.is_valid()  # fills form.instance with what was typed, errors or not
            formsets, _inlines = self._create_formsets(request, form.instance, change=obj is not None)
            for formset in formsets:
                formset.is_valid()
            response = self.render_preview(request, form.instance, formsets)
            if hasattr(response, "render"):
                response = response.render()
            transaction.set_rollback(True)
        response["X-Robots-Tag"] = "noindex"
        patch_cache_control(response, private=True, no_store=True)
        return response

    @staticmethod
    def kept_instances(formset):
        """The unsaved objects of an inline formset's forms, as typed, less those marked to delete."""
        instances = []
        for form in formset.forms:
            if formset.can_delete and formset._should_delete_form(form):
                continue
            if form.instance.pk or form.has_changed():
                instances.append(form.instance)
        return instances
