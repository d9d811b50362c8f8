from django import forms
from django.utils.translation import gettext_lazy as _

# The parts of the appointment sheet a reader can leave out of the print.
PREPARE_SECTIONS = ("conditions", "professional", "diary", "questions")


class PrepareForm(forms.Form):
    """What a reader typed on the appointment sheet, sent only to make its PDF (never stored)."""

    include = forms.MultipleChoiceField(choices=[(s, s) for s in PREPARE_SECTIONS], required=False)
    where = forms.CharField(label=_("Where is the pain?"), max_length=1000, required=False)
    started = forms.CharField(label=_("When did it start?"), max_length=200, required=False)
    better = forms.CharField(label=_("What makes it better?"), max_length=1000, required=False)
    worse = forms.CharField(label=_("What makes it worse?"), max_length=1000, required=False)
    score = forms.TypedChoiceField(choices=[(str(n), str(n)) for n in range(11)], coerce=int, required=False)
    questions = forms.CharField(label=_("Questions for your appointment"), max_length=2000, required=False)
