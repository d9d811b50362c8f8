from django import forms
from django.utils.translation import gettext_lazy as _

from .models import COMMENT_MAX

ANSWERS = {"yes": True, "no": False}


class CommentField(forms.CharField):
    def __init__(self, **kwargs):
        super().__init__(
            label=_("Anything to add? (optional)"),
            required=False,
            max_length=COMMENT_MAX,
            widget=forms.Textarea(attrs={"rows": 4, "maxlength": COMMENT_MAX}),
            error_messages={"max_length": _("Please keep your comment to %(limit_value)d characters or fewer.")},
            **kwargs,
        )


class AnswerForm(forms.Form):
    """Yes or no, and an optional comment, about one tab."""

    helpful = forms.ChoiceField(
        label=_("Was this helpful?"),
        choices=[("yes", _("Yes")), ("no", _("No"))],
        widget=forms.RadioSelect,
        error_messages={"required": _("Please choose Yes or No."), "invalid_choice": _("Please choose Yes or No.")},
    )
    comment = CommentField()

    def clean_helpful(self):
        return ANSWERS[self.cleaned_data["helpful"]]


class CommentForm(forms.Form):
    """A comment added to an answer already sent."""

    comment = CommentField()

    def clean_comment(self):
        comment = self.cleaned_data["comment"].strip()
        if not comment:
            raise forms.ValidationError(_("Please type a comment, or leave this form as it is."))
        return comment
