import math
import re

from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator, RegexValidator
from django.db import connections, models, router
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from hiphelp.collation import sort_key

from .geo import TERM, band, bands_between, bounding_box, max_term, unit_vector

STATES = [
    ("ACT", "ACT"),
    ("NSW", "NSW"),
    ("NT", "NT"),
    ("QLD", "QLD"),
    ("SA", "SA"),
    ("TAS", "TAS"),
    ("VIC", "VIC"),
    ("WA", "WA"),
]
PLACE_TEXT = re.compile(
    r"^(?P<name>.*?)\s*(?P<state>\b(?:ACT|NSW|NT|QLD|SA|TAS|VIC|WA)\b)?\s*(?P<postcode>\d{4})?$", re.IGNORECASE
)
postcode_validator = RegexValidator(r"^\d{4}$", _("An Australian postcode has four digits."))


class PlaceQuerySet(models.QuerySet):
    def matching(self, text):
        """Places that `text` names: "2010", "Surry Hills", or "Surry Hills NSW 2010" as suggested."""
        match = PLACE_TEXT.match(text.strip())
        name, state, postcode = match["name"].strip(), match["state"], match["postcode"]
        places = self
        if postcode:
            places = places.filter(postcode=postcode)
            if name and places.filter(locality__iexact=name).exists():
                places = places.filter(locality__iexact=name)
            return places.order_by("locality")
        if not name:
            return self.none()
        places = places.filter(locality__iexact=name)
        if state:
            places = places.filter(state=state.upper())
        return places.order_by("state", "postcode")

    def suggest(self, text, limit=8):
        """Places to offer as someone types: postcodes or localities starting with the text."""
        text = text.strip()
        if not text:
            return self.none()
        if text.isdigit():
            return self.filter(postcode__startswith=text).order_by("postcode", "locality")[:limit]
        return self.filter(locality__istartswith=text).order_by("locality", "state", "postcode")[:limit]


class Place(models.Model):
    """An Australian postcode and locality with its coordinates (countrystatecity, ODbL)."""

    postcode = models.CharField(max_length=4, db_index=True)
    locality = models.CharField(max_length=100, db_index=True)
    state = models.CharField(max_length=3, choices=STATES)
    latitude = models.FloatField()
    longitude = models.FloatField()

    objects = PlaceQuerySet.as_manager()

    class Meta:
        ordering = ["locality", "postcode"]
        constraints = [models.UniqueConstraint(fields=["postcode", "locality"], name="unique_place")]
        verbose_name = _("place")
        verbose_name_plural = _("places")

    def __str__(self):
        return f"{self.name} {self.state} {self.postcode}"

    @property
    def name(self):
        return self.locality.title()


class Profession(models.Model):
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(unique=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("profession")
        verbose_name_plural = _("professions")

    def __str__(self):
        return self.name


class Language(models.Model):
    """A language a professional speaks with patients."""

    code = models.SlugField(max_length=12, unique=True)
    name = models.CharField(_("name"), max_length=60)

    class Meta:
        ordering = ["name"]
        verbose_name = _("spoken language")
        verbose_name_plural = _("spoken languages")

    def __str__(self):
        return self.name


class Clinic(models.Model):
    """A place where professionals see patients. Coordinates come from the postcode if not given."""

    name = models.CharField(_("name"), max_length=200)
    address = models.CharField(_("street address"), max_length=200)
    suburb = models.CharField(_("suburb"), max_length=100)
    state = models.CharField(_("state"), max_length=3, choices=STATES)
    postcode = models.CharField(_("postcode"), max_length=4, validators=[postcode_validator])
    latitude = models.FloatField(_("latitude"), null=True, blank=True)
    longitude = models.FloatField(_("longitude"), null=True, blank=True)
    # The point on the unit sphere, derived on save, for the distance formula (geo.TERM).
    x = models.FloatField(null=True, editable=False)
    y = models.FloatField(null=True, editable=False)
    z = models.FloatField(null=True, editable=False)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    wheelchair_access = models.BooleanField(_("wheelchair access"), default=False)

    class Meta:
        ordering = ["name"]
        # The bounding-box filter of every search starts here.
        indexes = [models.Index(fields=["latitude", "longitude"], name="clinic_lat_lng")]
        verbose_name = _("clinic")
        verbose_name_plural = _("clinics")

    def __str__(self):
        return f"{self.name}, {self.suburb}"

    def save(self, *args, **kwargs):
        if self.latitude is None or self.longitude is None:
            self.fill_coordinates()
        self.set_derived()
        super().save(*args, **kwargs)
        Practice.objects.filter(clinic=self).update(**self.location())

    def clean(self):
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError(_("Give both latitude and longitude, or neither to use the postcode."))
        if self.latitude is None and self.postcode and not Place.objects.filter(postcode=self.postcode).exists():
            raise ValidationError({"postcode": _("We don’t know postcode %(code)s.") % {"code": self.postcode}})

    def location(self):
        """The coordinates a search needs, as copied onto each Practice (with their band)."""
        return {
            **{name: getattr(self, name) for name in Practice.LOCATION_FIELDS if name != "band"},
            "band": band(self.latitude),
        }

    def set_derived(self):
        """The unit vector of the coordinates (bulk_create does not call save, so callers do)."""
        if self.latitude is None or self.longitude is None:
            self.x = self.y = self.z = None
        else:
            self.x, self.y, self.z = unit_vector(self.latitude, self.longitude)

    def fill_coordinates(self):
        """Coordinates of the clinic's postcode (its suburb's, where the postcode has several)."""
        places = list(Place.objects.filter(postcode=self.postcode))
        place = next((p for p in places if p.locality.casefold() == self.suburb.casefold()), None) or (
            places[0] if places else None
        )
        if place:
            self.latitude, self.longitude = place.latitude, place.longitude


class ProfessionalQuerySet(models.QuerySet):
    def listed(self):
        """Professionals shown to the public."""
        return self.filter(is_listed=True)

    def near(self, lat, lng, km, **where):
        """Listed professionals with a clinic within `km` of a point, `where` filtering them
        (e.g. profession=…, languages=…): see Nearby for the total and the pages."""
        # The profession, languages and interests are copied onto each practice, so those
        # filters never leave its index; telehealth picks its professionals in a subquery.
        filters = []
        for name, value in where.items():
            if name == "profession":
                filters.append(("profession_id = %s", [value.pk]))
            elif name in Practice.CHOSEN_FIELDS:
                filters.append((f"{Practice.CHOSEN_FIELDS[name]} LIKE %s", [f"% {value.pk} %"]))
            else:
                sql, params = Professional.objects.filter(**{name: value}).values("pk").query.sql_with_params()
                filters.append((f"professional_id IN ({sql})", list(params)))
        return Nearby(lat, lng, km, filters)


class Nearby:
    """A search near a point, over Practice (one row per professional and clinic, so the
    search reads one table, through its covering index).

    The total is one count of the professionals within the circle (distinct only among those
    with several practices: see Practice.only_practice). A page comes from a smaller circle
    that should hold just enough professionals for it (the total says how dense the place
    is): everyone nearer than its edge is in it, so if it holds the page, that page is exact.
    Otherwise the full circle is read. The cost of a page then follows the clinics near the
    point, not the size of the table nor the distance chosen. A filtered search, which
    leaves few professionals, takes its page and total in one query instead.

    Its two queries are written as SQL, the same on SQLite and PostgreSQL: the ORM took
    longer to build and compile them (a millisecond or two each) than the databases took to
    run them.
    """

    def __init__(self, lat, lng, km, filters):
        self.lat, self.lng, self.km, self.filters = lat, lng, km, filters
        self.unit = unit_vector(lat, lng)

    def within(self, km):
        """(WHERE clause, params) of the practices within `km`: a box on the banded index,
        then the exact distance, then the filters."""
        min_lat, max_lat, min_lng, max_lng = bounding_box(self.lat, self.lng, km)
        bands = bands_between(min_lat, max_lat)
        where, params = [], []
        if bands is not None:
            where.append(f"band IN ({', '.join(['%s'] * len(bands))})")
            params += bands
        where.append(f"is_listed = %s AND latitude BETWEEN %s AND %s AND longitude BETWEEN %s AND %s AND {TERM} <= %s")
        params += [True, min_lat, max_lat, min_lng, max_lng, *self.unit, max_term(km)]
        for sql, values in self.filters:
            where.append(sql)
            params += values
        return " AND ".join(where), params

    def query(self, sql, params):
        with connections[router.db_for_read(Practice)].cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    def count(self):
        # Only the professionals with several practices need DISTINCT, the costly part.
        where, params = self.within(self.km)
        # Names and fixed SQL only go into the text; every value is a parameter.
        sql = (
            "SELECT COUNT(professional_id) FILTER (WHERE only_practice = %s)"  # noqa: S608
            " + COUNT(DISTINCT professional_id) FILTER (WHERE only_practice = %s)"
            f" FROM {Practice._meta.db_table} WHERE {where}"
        )
        return self.query(sql, [True, False, *params])[0][0] or 0

    def page(self, offset, limit):
        """(rows, total) of the page at `offset`; no rows past the end."""
        if self.filters:
            # Filters leave few professionals, so sorting them all is cheap: one query gives
            # the page and, in a window, the total, and takes each filter's test once.
            found = self.page_query(self.km, offset, limit, total=True)
            if found:
                return [{"professional_id": pk, "nearness": a} for pk, a, _total in found], found[0][2]
            return [], (self.count() if offset else 0)
        total = self.count()
        return self.rows(offset, limit, total), total

    def rows(self, offset, limit, total):
        """Rows {professional_id, nearness} of a page, nearest first (then by id), given the total."""
        wanted = min(limit, total - offset)
        if wanted <= 0:
            return []
        # Professionals spread evenly would fill the circle's area in proportion: ask for
        # twice the area the page needs, so that one query almost always does.
        km = self.km * math.sqrt(min(1.0, 2 * (offset + wanted) / total))
        while True:
            found = self.page_query(km, offset, limit)
            if len(found) >= wanted or km >= self.km:
                return [{"professional_id": pk, "nearness": a} for pk, a in found]
            km = self.km

    def page_query(self, km, offset, limit, total=False):
        """(professional id, nearness[, total]) of a page of the professionals within `km`."""
        where, params = self.within(km)
        window = ", COUNT(*) OVER ()" if total else ""
        sql = (
            f"SELECT professional_id, MIN({TERM}) AS nearness{window} FROM {Practice._meta.db_table}"  # noqa: S608
            f" WHERE {where} GROUP BY professional_id ORDER BY nearness, professional_id LIMIT %s OFFSET %s"
        )
        return self.query(sql, [*self.unit, *params, limit, offset])


class Professional(models.Model):
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(unique=True, max_length=220)
    profession = models.ForeignKey(Profession, verbose_name=_("profession"), on_delete=models.PROTECT)
    qualifications = models.CharField(_("qualifications"), max_length=300, blank=True)
    bio = models.TextField(_("short biography"), blank=True)
    photo = models.ImageField(
        _("photo"),
        upload_to="professionals/",
        blank=True,
        validators=[FileExtensionValidator(["png", "jpg", "jpeg", "webp"])],
    )
    languages = models.ManyToManyField(Language, verbose_name=_("languages spoken"), blank=True)
    interests = models.ManyToManyField(
        "conditions.Guide", verbose_name=_("special interests"), blank=True, related_name="professionals"
    )
    conditions = models.ManyToManyField(
        "conditions.Condition", verbose_name=_("conditions of special interest"), blank=True
    )
    clinics = models.ManyToManyField(
        Clinic, verbose_name=_("clinics"), blank=True, related_name="professionals", through="Practice"
    )
    telehealth = models.BooleanField(_("offers telehealth"), default=False)
    email = models.EmailField(_("email"), blank=True)
    show_email = models.BooleanField(
        _("show email on the public profile"), default=False, help_text=_("Only if they asked for it.")
    )
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    website = models.URLField(_("website"), blank=True)
    booking_url = models.URLField(_("online booking link"), blank=True)
    registration_checked = models.DateField(
        _("registration checked"),
        null=True,
        blank=True,
        help_text=_("The day staff confirmed their AHPRA registration. The profile says so only if set."),
    )
    is_listed = models.BooleanField(_("listed"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ProfessionalQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("professional")
        verbose_name_plural = _("professionals")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        Practice.objects.filter(professional=self).update(is_listed=self.is_listed, profession=self.profession_id)

    def get_absolute_url(self):
        return reverse("professionals:profile", kwargs={"slug": self.slug})

    def spoken_languages(self):
        """The languages spoken (prefetched), in the reader's alphabetical order."""
        return sorted(self.languages.all(), key=lambda language: sort_key(language.name))

    def published_interests(self):
        """The published guides of special interest (prefetched), in the reader's alphabetical order."""
        shown = (g for g in self.interests.all() if g.is_published and not g.is_archived)
        return sorted(shown, key=lambda guide: sort_key(guide.title))

    @property
    def public_email(self):
        """The email address the profile shows: only one they chose to show."""
        return self.email if self.show_email else ""


class Practice(models.Model):
    """A professional working at a clinic, with the clinic's location and the professional's
    listing flag and profession copied in, so that a search near a point reads this one
    table through one index."""

    LOCATION_FIELDS = ("latitude", "longitude", "x", "y", "z", "band")
    # The professional's many-to-many choices a search filters on, and the column holding a copy.
    CHOSEN_FIELDS = {"languages": "language_keys", "interests": "interest_keys"}

    professional = models.ForeignKey(Professional, on_delete=models.CASCADE, related_name="practices")
    clinic = models.ForeignKey(Clinic, on_delete=models.CASCADE, related_name="practices")
    latitude = models.FloatField(null=True, editable=False)
    longitude = models.FloatField(null=True, editable=False)
    x = models.FloatField(null=True, editable=False)
    y = models.FloatField(null=True, editable=False)
    z = models.FloatField(null=True, editable=False)
    # The band of latitude (geo.band), so that the index can narrow longitude too.
    band = models.IntegerField(null=True, editable=False)
    is_listed = models.BooleanField(default=True, editable=False)
    profession = models.ForeignKey(
        Profession, null=True, editable=False, on_delete=models.PROTECT, related_name="+", db_index=False
    )
    # The professional's only practice: a search counts these rows as they are and keeps its
    # DISTINCT for the rest. False is always safe (it only costs the count time).
    only_practice = models.BooleanField(default=False, editable=False)
    # The primary keys of the professional's languages and special interests, each between
    # spaces (" 1 5 "), so that a filter is a substring test on the index entry, not a join.
    language_keys = models.TextField(default="", editable=False)
    interest_keys = models.TextField(default="", editable=False)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["professional", "clinic"], name="unique_practice")]
        indexes = [
            # Covers the whole search: bands, box, distance term and grouping, without
            # visiting the table; the cost follows the practices near the point.
            models.Index(
                fields=[
                    "band",
                    "longitude",
                    "latitude",
                    "x",
                    "y",
                    "z",
                    "is_listed",
                    "profession",
                    "only_practice",
                    "language_keys",
                    "interest_keys",
                    "professional",
                ],
                name="practice_band_search",
            )
        ]
        verbose_name = _("practice")
        verbose_name_plural = _("practices")

    def __str__(self):
        return f"{self.professional} @ {self.clinic}"

    def save(self, *args, **kwargs):
        self.copy_facts()
        super().save(*args, **kwargs)

    def copy_facts(self):
        for name, value in self.clinic.location().items():
            setattr(self, name, value)
        self.is_listed = self.professional.is_listed
        self.profession_id = self.professional.profession_id
        if self.professional.pk:
            for name, value in self.chosen_keys([self.professional.pk])[self.professional.pk].items():
                setattr(self, name, value)

    @classmethod
    def sync(cls, **lookup):
        """Copy the facts again onto practices made without save() (bulk_create, m2m add)."""
        practices = list(cls.objects.filter(**lookup).select_related("clinic", "professional"))
        for practice in practices:
            practice.copy_facts()
        cls.objects.bulk_update(
            practices, [*cls.LOCATION_FIELDS, "is_listed", "profession", *cls.CHOSEN_FIELDS.values()]
        )
        cls.mark_only_practices({practice.professional_id for practice in practices})

    @staticmethod
    def keys(pks):
        return "".join(f" {pk} " for pk in sorted(pks))

    @classmethod
    def chosen_keys(cls, professional_ids, names=CHOSEN_FIELDS):
        """{professional id: {"language_keys": " 1 5 ", "interest_keys": …}} as the tables hold them
        (of the many-to-many fields `names` only, if given)."""
        columns = {name: cls.CHOSEN_FIELDS[name] for name in names}
        chosen = {pk: {column: set() for column in columns.values()} for pk in professional_ids}
        for name, column in columns.items():
            field = Professional._meta.get_field(name)
            through = field.remote_field.through
            owner, other = field.m2m_field_name(), field.m2m_reverse_field_name()
            rows = through.objects.filter(**{f"{owner}__in": professional_ids})
            for pk, key in rows.values_list(f"{owner}_id", f"{other}_id"):
                chosen[pk][column].add(key)
        return {pk: {column: cls.keys(keys) for column, keys in columns.items()} for pk, columns in chosen.items()}

    @classmethod
    def copy_choices(cls, professional_ids):
        """Copy the professionals' languages and interests again onto their practices."""
        for pk, values in cls.chosen_keys(list(professional_ids)).items():
            cls.objects.filter(professional=pk).update(**values)

    @classmethod
    def mark_only_practices(cls, professional_ids):
        """Set only_practice on the practices of these professionals."""
        practices = cls.objects.filter(professional__in=professional_ids)
        others = cls.objects.filter(professional=models.OuterRef("professional")).exclude(pk=models.OuterRef("pk"))
        practices.update(only_practice=~models.Exists(others))


class ListingApplication(models.Model):
    """A professional's request to be listed, reviewed by staff in admin."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for review")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Declined")

    name = models.CharField(_("full name"), max_length=200)
    profession = models.ForeignKey(Profession, verbose_name=_("profession"), on_delete=models.PROTECT)
    qualifications = models.CharField(_("qualifications"), max_length=300)
    registration_number = models.CharField(
        _("AHPRA registration number"),
        max_length=20,
        blank=True,
        help_text=_("If your profession is registered: three letters and ten digits, e.g. PHY0001234567."),
    )
    email = models.EmailField(_("email"))
    show_email = models.BooleanField(_("Show my email address on my public profile"), default=False)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    website = models.URLField(_("website"), blank=True)
    booking_url = models.URLField(_("online booking link"), blank=True)
    bio = models.TextField(_("short biography"), max_length=1500, help_text=_("A few sentences for patients."))
    languages = models.ManyToManyField(Language, verbose_name=_("languages you speak with patients"), blank=True)
    interests = models.ManyToManyField("conditions.Guide", verbose_name=_("special interests"), blank=True)
    telehealth = models.BooleanField(_("I offer telehealth appointments"), default=False)
    clinic_name = models.CharField(_("clinic name"), max_length=200)
    clinic_address = models.CharField(_("street address"), max_length=200)
    clinic_suburb = models.CharField(_("suburb"), max_length=100)
    clinic_state = models.CharField(_("state"), max_length=3, choices=STATES)
    clinic_postcode = models.CharField(_("postcode"), max_length=4, validators=[postcode_validator])
    clinic_phone = models.CharField(_("clinic phone"), max_length=30, blank=True)
    clinic_wheelchair_access = models.BooleanField(_("the clinic has wheelchair access"), default=False)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    # The language the applicant used, for the emails we send them.
    language = models.CharField(_("language"), max_length=15, blank=True, editable=False)
    submitted_at = models.DateTimeField(_("submitted"), auto_now_add=True)
    registration_checked_at = models.DateTimeField(_("registration checked"), null=True, blank=True)
    registration_checked_by = models.ForeignKey(
        "auth.User",
        verbose_name=_("registration checked by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        "auth.User", verbose_name=_("reviewed by"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    professional = models.OneToOneField(
        Professional, verbose_name=_("listing created"), null=True, blank=True, on_delete=models.SET_NULL
    )

    class Meta:
        ordering = ["-submitted_at"]
        verbose_name = _("listing application")
        verbose_name_plural = _("listing applications")

    # Set only by the services (submit, confirm, approve, reject), never by editing the form.
    DECIDED_FIELDS = (
        "status",
        "language",
        "reviewed_at",
        "reviewed_by",
        "professional",
        "registration_checked_at",
        "registration_checked_by",
    )

    def __str__(self):
        return f"{self.name} ({self.get_status_display()})"

    @property
    def registration_unchecked(self):
        """True while a registration number was given and staff have not confirmed it."""
        return bool(self.registration_number) and self.registration_checked_at is None
