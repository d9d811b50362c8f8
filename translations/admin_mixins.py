"""The desk inside every translated change form: a script and a style sheet, no per-model code.

Mixed into editorial's EditorialAdmin (so into every content ModelAdmin). The script finds
the modeltranslation tabs itself and asks TranslationStateAdmin.desk_view for the states.
Saves made through the form are recorded as the user's.
"""

from django import forms

from .states import acting_user


class TranslationDeskMixin:
    @property
    def media(self):
        return super().media + forms.Media(js=["translations/desk.js"], css={"all": ["translations/desk.css"]})

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        with acting_user(request.user):
            return super().changeform_view(request, object_id, form_url, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        with acting_user(request.user):
            return super().history_form_view(request, object_id, version_id, extra_context)
