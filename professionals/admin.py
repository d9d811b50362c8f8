from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TabbedTranslationAdmin
from simple_history.admin import SimpleHistoryAdmin

from conditions.admin import ContentAdmin

from . import services
from .models import Clinic, Language, ListingApplication, Place, Practice, Profession, Professional


@admin.register(Profession)
class ProfessionAdmin(ContentAdmin):
    list_display = ("name", "slug", "order")
    list_editable = ("order",)
    prepopulated_fields = {"slug": ("name",)}
    search_fields = ("name",)


@admin.register(Language)
class LanguageAdmin(TabbedTranslationAdmin):
    list_display = ("name", "code")
    search_fields = ("name", "code")


class PracticeInline(admin.TabularInline):
    model = Practice
    extra = 0
    autocomplete_fields = ("clinic",)
    verbose_name = _("clinic")
    verbose_name_plural = _("clinics where they practise")


@admin.register(Professional)
class ProfessionalAdmin(SimpleHistoryAdmin):
    list_display = ("name", "profession", "telehealth", "is_listed", "clinic_count", "created_at")
    list_filter = ("is_listed", "telehealth", "profession", "languages")
    list_select_related = ("profession",)
    search_fields = ("name", "qualifications", "email", "clinics__suburb", "clinics__postcode")
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ("interests", "conditions", "languages")
    readonly_fields = ("created_at",)
    inlines = [PracticeInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(num_clinics=Count("clinics"))

    @admin.display(description=_("clinics"), ordering="num_clinics")
    def clinic_count(self, obj):
        return obj.num_clinics


@admin.register(Clinic)
class ClinicAdmin(SimpleHistoryAdmin):
    list_display = ("name", "suburb", "state", "postcode", "wheelchair_access")
    list_filter = ("state", "wheelchair_access")
    search_fields = ("name", "suburb", "postcode", "address")
    fieldsets = (
        (None, {"fields": ("name", "address", ("suburb", "state", "postcode"), "phone", "wheelchair_access")}),
        (
            _("Location"),
            {
                "fields": (("latitude", "longitude"),),
                "description": _("Leave empty to use the coordinates of the postcode."),
            },
        ),
    )


@admin.register(Place)
class PlaceAdmin(admin.ModelAdmin):
    list_display = ("locality", "state", "postcode", "latitude", "longitude")
    list_filter = ("state",)
    search_fields = ("locality", "postcode")


@admin.register(ListingApplication)
class ListingApplicationAdmin(SimpleHistoryAdmin):
    list_display = (
        "name",
        "profession",
        "clinic_suburb",
        "clinic_postcode",
        "registration_number",
        "registration_checked_at",
        "status",
        "submitted_at",
    )
    list_filter = ("status", "profession")
    list_select_related = ("profession",)
    search_fields = ("name", "email", "clinic_name", "clinic_suburb", "registration_number")
    # Status and review facts change only through the actions, which run the services.
    readonly_fields = (*ListingApplication.DECIDED_FIELDS, "submitted_at")
    actions = ["confirm_registration", "approve", "reject"]

    def save_model(self, request, obj, form, change):
        # Neither the form nor a history "revert" may set the decision: keep what is stored.
        if change:
            stored = ListingApplication.objects.get(pk=obj.pk)
            for name in ListingApplication.DECIDED_FIELDS:
                setattr(obj, name, getattr(stored, name))
            if obj.registration_number != stored.registration_number:
                # A different number: the check done was of the old one.
                obj.registration_checked_at = obj.registration_checked_by = None
        super().save_model(request, obj, form, change)

    @admin.action(
        description=_("Confirm the registration numbers (checked on the AHPRA register)"), permissions=["change"]
    )
    def confirm_registration(self, request, queryset):
        confirmed = 0
        for application in queryset.select_related("professional"):
            try:
                services.application_confirm_registration(application=application, by=request.user)
            except ValidationError as error:
                self.message_user(request, " ".join(error.messages), messages.WARNING)
            else:
                confirmed += 1
        if confirmed:
            self.message_user(
                request,
                ngettext(
                    "%(count)d registration number is recorded as checked.",
                    "%(count)d registration numbers are recorded as checked.",
                    confirmed,
                )
                % {"count": confirmed},
                messages.SUCCESS,
            )

    @admin.action(description=_("Approve and list the selected applicants"), permissions=["change"])
    def approve(self, request, queryset):
        approved = 0
        for application in queryset.exclude(status=ListingApplication.Status.APPROVED):
            try:
                services.application_approve(application=application, by=request.user)
            except ValidationError as error:
                self.message_user(request, " ".join(error.messages), messages.ERROR)
            else:
                approved += 1
        self.message_user(
            request,
            ngettext("%(count)d applicant is now listed.", "%(count)d applicants are now listed.", approved)
            % {"count": approved},
            messages.SUCCESS if approved else messages.WARNING,
        )

    @admin.action(description=_("Decline the selected applications"), permissions=["change"])
    def reject(self, request, queryset):
        declined = 0
        for application in queryset.filter(status=ListingApplication.Status.PENDING):
            services.application_reject(application=application, by=request.user)
            declined += 1
        self.message_user(
            request,
            ngettext("%(count)d application is declined.", "%(count)d applications are declined.", declined)
            % {"count": declined},
            messages.SUCCESS if declined else messages.WARNING,
        )
