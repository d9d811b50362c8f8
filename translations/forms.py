from django import forms
from django.utils.translation import gettext_lazy as _

from .exchange import FORMATS
from .models import State


class WorkListForm(forms.Form):
    """The work list's filters; every one optional."""

    language = forms.ChoiceField(label=_("Language"), required=False)
    state = forms.ChoiceField(label=_("State"), required=False)
    model = forms.ChoiceField(label=_("Kind of content"), required=False)

    def __init__(self, *args, languages, models, **kwargs):
        super().__init__(*args, **kwargs)
        every = [("", _("all"))]
        self.fields["language"].choices = every + list(languages)
        self.fields["state"].choices = every + list(State.choices)
        self.fields["model"].choices = every + list(models)


class ExportForm(forms.Form):
    language = forms.ChoiceField(label=_("Language"))
    format = forms.ChoiceField(
        label=_("Format"), choices=[(f, f.upper() if f == "po" else "XLIFF 1.2") for f in FORMATS]
    )
    include_all = forms.BooleanField(
        label=_("Include draft and reviewed translations"),
        required=False,
        help_text=_("Otherwise only missing and outdated ones."),
    )

    def __init__(self, *args, languages, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = list(languages)


class ImportForm(forms.Form):
    language = forms.ChoiceField(label=_("Language"), help_text=_("A file in any other language is refused."))
    file = forms.FileField(label=_("XLIFF or PO file"), help_text=_("At most 20 MB."))

    def __init__(self, *args, languages, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = list(languages)
