import re

from django import forms
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.utils.functional import lazy
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from conditions.models import Guide
from hiphelp.caching import content_version
from hiphelp.collation import sort_key

from .models import Language, ListingApplication, Place, Profession

DISTANCES = [5, 10, 25, 50, 100]
CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# Australia and its islands, generously: a browser location outside it is not searched.
LAT_RANGE, LNG_RANGE = (-45.0, -9.0), (110.0, 160.0)
ECHO_LIMIT = 100  # characters of a posted value without a max_length that a page shows back
AHPRA_NUMBER = re.compile(r"[A-Z]{3}\d{10}")


def distance_label(km):
    return gettext("within %(km)d km") % {"km": km}


# Choices are made once, at import: lazy, so each reader sees their own language.
distance_label_lazy = lazy(distance_label, str)


def _attributes(attrs):
    """A widget's attributes as Django's attrs.html writes them: False left out, True bare."""
    return "".join(
        f" {name}" if value is True else format_html(' {}="{}"', name, str(value))
        for name, value in attrs.items()
        if value is not False
    )


class QuickSelect(forms.Select):
    """A <select> written in Python: the markup of Django's templates, at a tenth of the cost.

    The search form's four menus hold some forty options; rendering each through the form
    template engine was a fifth of the directory's time in Python.
    """

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        parts = [format_html('<select name="{}"', widget["name"]), _attributes(widget["attrs"]), ">"]
        for _group, options, _index in widget["optgroups"]:
            for option in options:
                parts.append(
                    format_html('\n  <option value="{}"', str(option["value"]))
                    + _attributes(option["attrs"])
                    + format_html(">{}</option>", option["label"])
                )
        parts.append("\n</select>")
        return mark_safe("".join(parts))  # noqa: S308 -- every part above is escaped


class ShortEchoBoundField(forms.BoundField):
    """Shows back at most the field's max_length of what was sent, so an error page stays small."""

    def value(self):
        value = super().value()
        limit = getattr(self.field, "max_length", None) or ECHO_LIMIT
        if isinstance(value, str) and len(value) > limit:
            return value[:limit]
        return value


def too_long_message():
    return _(
        "This is %(show_value)d characters long and the limit is %(limit_value)d. Only the first "
        "%(limit_value)d are kept below: please check the end and shorten it."
    )


def profession_order(profession):
    """Editors' order first, then the name as the reader's language sorts it."""
    return (profession.order, sort_key(profession.name))


def by_label(objects, label, value="pk"):
    """(value, label) choices sorted by the label as the reader's language sorts it."""
    labelled = [(getattr(obj, value), label(obj)) for obj in objects]
    return sorted(labelled, key=lambda choice: sort_key(choice[1]))


def clean_text(value):
    """Drop control characters people paste by accident; fold runs of spaces."""
    return re.sub(r"\s+", " ", CONTROL.sub(" ", value or "")).strip()


def cached_choices():
    """(value, label) lists for the search form's menus, per language and content version."""
    key = f"search-choices:2:{content_version()}:{get_language()}"
    choices = cache.get(key)
    if choices is None:
        # Sorted here by the text shown: the database would sort by the column of the active
        # language, which is empty until translated.
        professions = sorted(Profession.objects.all(), key=profession_order)
        languages = list(Language.objects.all())
        choices = {
            "profession": [(p.slug, p.name) for p in professions],
            "interest": by_label(Guide.objects.published(), lambda guide: guide.title, value="slug"),
            "language": by_label(languages, lambda lang: lang.name, value="code"),
            # For the result cards (professionals.search): names by primary key.
            "profession_names": {p.pk: p.name for p in professions},
            "language_names": {lang.pk: lang.name for lang in languages},
        }
        cache.set(key, choices, 60 * 60)
    return choices


class SearchForm(forms.Form):
    bound_field_class = ShortEchoBoundField

    where = forms.CharField(
        label=_("Postcode or suburb"),
        max_length=100,
        required=False,
        error_messages={"max_length": _("Please enter a postcode or suburb of at most %(limit_value)d characters.")},
    )
    lat = forms.FloatField(required=False, widget=forms.HiddenInput, min_value=LAT_RANGE[0], max_value=LAT_RANGE[1])
    lng = forms.FloatField(required=False, widget=forms.HiddenInput, min_value=LNG_RANGE[0], max_value=LNG_RANGE[1])
    km = forms.TypedChoiceField(
        label=_("Distance"),
        choices=[(str(d), distance_label_lazy(d)) for d in DISTANCES],
        widget=QuickSelect,
        coerce=int,
        initial="25",
        required=False,
        error_messages={"invalid_choice": _("Choose a distance of 5, 10, 25, 50 or 100 km.")},
    )
    profession = forms.ModelChoiceField(
        label=_("Profession"),
        queryset=Profession.objects.all(),
        to_field_name="slug",
        widget=QuickSelect,
        required=False,
        empty_label=_("Any profession"),
        error_messages={"invalid_choice": _("We don’t list that profession. Choose one from the list.")},
    )
    interest = forms.ModelChoiceField(
        label=_("Special interest"),
        queryset=Guide.objects.published(),
        to_field_name="slug",
        widget=QuickSelect,
        required=False,
        empty_label=_("Any"),
        error_messages={"invalid_choice": _("Choose a special interest from the list.")},
    )
    language = forms.ModelChoiceField(
        label=_("Language spoken"),
        queryset=Language.objects.all(),
        to_field_name="code",
        widget=QuickSelect,
        required=False,
        empty_label=_("Any language"),
        error_messages={"invalid_choice": _("Choose a language from the list.")},
    )
    telehealth = forms.BooleanField(label=_("Telehealth only"), required=False)
    page = forms.IntegerField(
        required=False,
        min_value=1,
        max_value=10_000,
        widget=forms.HiddenInput,
        error_messages={"invalid": _("The page number must be a whole number.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The lists of choices change only when content does: keep them with the page cache.
        choices = cached_choices()
        for name in ("profession", "interest", "language"):
            self.fields[name].choices = [("", self.fields[name].empty_label), *choices[name]]

    def clean_where(self):
        return clean_text(self.cleaned_data["where"])

    def clean(self):
        data = super().clean()
        if (data.get("lat") is None) != (data.get("lng") is None):
            raise ValidationError(_("Your location was incomplete. Please type a postcode or suburb instead."))
        return data


class HoneypotMixin(forms.Form):
    # Hidden from people by CSS and from screen readers; bots fill it in.
    nickname = forms.CharField(label=_("Leave this field empty"), required=False)

    def clean_nickname(self):
        if self.cleaned_data["nickname"]:
            raise ValidationError(_("Please leave this field empty."))
        return ""


class ApplicationForm(HoneypotMixin, forms.ModelForm):
    bound_field_class = ShortEchoBoundField

    agree = forms.BooleanField(
        label=_(
            "I confirm these details are correct and that I hold current registration where my profession needs it."
        ),
    )

    class Meta:
        model = ListingApplication
        fields = [
            "name",
            "profession",
            "qualifications",
            "registration_number",
            "email",
            "show_email",
            "phone",
            "website",
            "booking_url",
            "bio",
            "languages",
            "interests",
            "telehealth",
            "clinic_name",
            "clinic_address",
            "clinic_suburb",
            "clinic_state",
            "clinic_postcode",
            "clinic_phone",
            "clinic_wheelchair_access",
        ]
        widgets = {
            "bio": forms.Textarea(attrs={"rows": 5}),
            "languages": forms.CheckboxSelectMultiple,
            "interests": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["interests"].queryset = Guide.objects.published()
        # Shown in the reader's order, by the text they read (validation still uses the querysets).
        self.fields["profession"].choices = [
            ("", self.fields["profession"].empty_label),
            *((p.pk, p.name) for p in sorted(Profession.objects.all(), key=profession_order)),
        ]
        self.fields["languages"].choices = by_label(Language.objects.all(), lambda lang: lang.name)
        self.fields["interests"].choices = by_label(Guide.objects.published(), lambda guide: guide.title)
        for field in self.fields.values():
            if getattr(field, "max_length", None):
                field.error_messages["max_length"] = too_long_message()
        autocomplete = {"name": "name", "email": "email", "phone": "tel", "clinic_postcode": "postal-code"}
        for name, value in autocomplete.items():
            self.fields[name].widget.attrs["autocomplete"] = value
        self.fields["clinic_postcode"].widget.attrs.update(inputmode="numeric", pattern=r"\d{4}")

    def clean_registration_number(self):
        number = re.sub(r"[\s-]+", "", self.cleaned_data["registration_number"]).upper()
        if number and not AHPRA_NUMBER.fullmatch(number):
            raise ValidationError(
                _("An AHPRA registration number is three letters and ten digits, e.g. PHY0001234567.")
            )
        return number

    def clean_clinic_postcode(self):
        code = self.cleaned_data["clinic_postcode"]
        if not Place.objects.filter(postcode=code).exists():
            raise ValidationError(_("We don’t know the postcode %(code)s. Please check it.") % {"code": code})
        return code

    def clean(self):
        data = super().clean()
        for name in ("name", "qualifications", "clinic_name", "clinic_address", "clinic_suburb", "bio"):
            if isinstance(data.get(name), str):
                data[name] = data[name].replace("\x00", "").strip()
        return data
