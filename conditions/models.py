from datetime import date
from itertools import groupby
from pathlib import PurePosixPath

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.exceptions import SuspiciousFileOperation, ValidationError
from django.db import models, transaction
from django.db.models import Prefetch
from django.template.defaultfilters import filesizeformat
from django.templatetags.static import static
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from editorial.models import Publishable, Versioned
from editorial.readability import ReadabilityGraded
from editorial.review import Reviewed, ReviewQuerySet
from hiphelp.collation import index_letter, sort_key

from .richtext import RichTextField, RichTextModel, render_rich_text

# Words that tab URLs cannot use, because the guide's own pages do.
RESERVED_CATEGORY_SLUGS = {"all", "prepare"}


class Snippet(Versioned, RichTextModel, ReadabilityGraded, models.Model):
    """A block written once and shown in many places, e.g. "What is pain?"."""

    short_code_fields = {"body": ()}  # rendered alone: a code in a snippet shows nothing

    slug = models.SlugField(unique=True, help_text=_("Place it in a body with [[snippet this-slug]]."))
    title = models.CharField(_("title"), max_length=200)
    body = RichTextField(_("body"))
    readability_grade = models.FloatField(_("grade"), null=True, blank=True, editable=False)

    class Meta:
        ordering = ["title"]
        verbose_name = _("snippet")
        verbose_name_plural = _("snippets")

    def __str__(self):
        return self.title


class CauseCategory(Versioned, RichTextModel, models.Model):
    """A kind of cause (joint, soft tissue, …): one tab on every guide."""

    name = models.CharField(_("name"), max_length=100, help_text=_("Short tab label, e.g. “Joint”."))
    slug = models.SlugField(unique=True, help_text=_("Used in tab URLs: /pain/<guide>/<this>/."))
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    explainer = RichTextField(_("general explainer"))

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("cause category")
        verbose_name_plural = _("cause categories")

    def __str__(self):
        return self.name

    def clean(self):
        if self.slug in RESERVED_CATEGORY_SLUGS:
            raise ValidationError({"slug": _("“%(slug)s” is used by the guide pages.") % {"slug": self.slug}})


class GuideQuerySet(ReviewQuerySet):
    def published(self):
        """Guides a reader may see."""
        return self.filter(is_published=True, is_archived=False)

    def visible(self, *, drafts=False):
        """Published guides; with `drafts` (staff), unpublished ones too, but never archived ones."""
        return self.filter(is_archived=False) if drafts else self.published()

    def archive(self, *, by=None):
        """Archive the guides not archived yet, each saved so history records it; how many were."""
        count = 0
        with transaction.atomic():
            guides = self.model.objects.filter(pk__in=self.filter(is_archived=False).values("pk"))
            for guide in guides.select_for_update():
                guide.archive(by=by)
                count += 1
        return count

    def restore_from_archive(self, *, by=None):
        """Bring the archived guides back as drafts, each saved so history records it; how many were."""
        count = 0
        with transaction.atomic():
            guides = self.model.objects.filter(pk__in=self.filter(is_archived=True).values("pk"))
            for guide in guides.select_for_update():
                guide.restore_from_archive(by=by)
                count += 1
        return count

    def for_detail(self, *, drafts=False):
        """Everything guide.html renders, in a fixed number of queries; `drafts` for staff."""
        sections = CauseSection.objects.visible(drafts=drafts).select_related("category")
        sections = sections.prefetch_related(Prefetch("figures", queryset=Figure.objects.order_by("order", "number")))
        return (
            self.visible(drafts=drafts)
            .select_related("snippet")
            .prefetch_related(
                Prefetch("sections", queryset=sections),
                Prefetch("common_conditions", queryset=CommonCondition.objects.select_related("category")),
                Prefetch("care_cards", queryset=CareCard.objects.prefetch_related("red_flags")),
            )
        )

    def by_title(self):
        """The guides as a list, in the order of the titles the reader sees (English where not translated)."""
        # Not order_by("title"): modeltranslation sorts by the reader's column, empty when untranslated.
        return sorted(self, key=lambda guide: sort_key(guide.title))


class Guide(Versioned, Publishable, Reviewed, RichTextModel, ReadabilityGraded, models.Model):
    """The guide to one place of pain, e.g. “Upper buttock pain”."""

    readability_field = "intro"
    short_code_fields = {"intro": ("snippet",)}

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(unique=True, help_text=_("The guide's URL: /pain/<this>/. The same in every language."))
    intro = RichTextField(_("introduction"))
    common_conditions_heading = models.CharField(
        _("common conditions heading"),
        max_length=200,
        blank=True,
        help_text=_("E.g. “Common conditions associated with upper buttock pain:”"),
    )
    related_heading = models.CharField(
        _("“may be related to” heading"),
        max_length=200,
        blank=True,
        help_text=_("Shown above the list of each tab's one-line summary."),
    )
    snippet = models.ForeignKey(
        Snippet,
        verbose_name=_("snippet after the introduction"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    meta_description = models.CharField(_("meta description"), max_length=300, blank=True)
    is_archived = models.BooleanField(
        _("archived"),
        default=False,
        help_text=_("Archived guides are off the site and out of the lists; nothing of them is deleted."),
    )
    awaiting_review = models.BooleanField(
        _("awaiting clinical review"),
        default=False,
        help_text=_("Shows readers a short notice that a clinician has not yet reviewed this guide."),
    )
    last_reviewed = models.DateField(_("last reviewed"), null=True, blank=True)
    next_review = models.DateField(_("next review due"), null=True, blank=True)
    reviewer = models.ForeignKey(
        "auth.User",
        verbose_name=_("reviewed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to={"groups__name": "Clinical reviewers"},
    )
    readability_grade = models.FloatField(_("grade"), null=True, blank=True, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    objects = GuideQuerySet.as_manager()

    class Meta:
        ordering = ["title"]
        verbose_name = _("guide")
        verbose_name_plural = _("guides")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("conditions:guide_detail", kwargs={"slug": self.slug})

    def get_all_url(self):
        return reverse("conditions:guide_all", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        if self.is_archived and self.is_published:
            raise ValidationError(
                {"is_published": _("An archived guide is not shown on the site: restore it from the archive first.")}
            )

    def archive(self, *, by=None):
        """Off the site and out of the lists, nothing of it deleted (tabs, figures, map links stay)."""
        self.is_archived, self.is_published = True, False
        self._save_with_reason(_("Archived"), by)

    def restore_from_archive(self, *, by=None):
        """Back in the lists as a draft: going online again is a reviewer's decision, not the restore's."""
        self.is_archived, self.is_published = False, False
        self._save_with_reason(_("Restored from the archive"), by)

    @property
    def urgent_cards(self):
        """The "get help now" cards readers see, most urgent first; none on a guide not saved yet."""
        if not self.pk:
            return []
        return [card for card in self.care_cards.all() if card.has_content]

    @cached_property
    def further_reading(self):
        """Its published articles and resources, newest first, for "You might also be interested in".

        One query for both (a UNION), so the guide page stays within its query budget.
        """
        if not self.pk:
            return []
        language = get_language() or settings.LANGUAGE_CODE
        languages = list(dict.fromkeys([language, settings.LANGUAGE_CODE]))
        columns = [
            "id",
            "slug",
            "published_on",
            "updated_at",
            *(build_localized_fieldname(name, code) for name in ("title", "summary") for code in languages),
        ]
        kind = models.CharField()
        articles = Article.objects.for_guide_foot().filter(related_guides=self).order_by()
        articles = articles.annotate(item_kind=models.Value("article", output_field=kind))
        resources = Resource.objects.for_guide_foot().filter(related_guides=self).order_by()
        resources = resources.annotate(item_kind=models.F("kind"))
        rows = (
            articles.values_list(*columns, "item_kind")
            .union(resources.values_list(*columns, "item_kind"), all=True)
            .order_by("-published_on", "-updated_at")
        )
        return [ReadingItem(dict(zip([*columns, "kind"], row, strict=True)), language=language) for row in rows]

    def _save_with_reason(self, reason, by):
        from editorial.locking import claim_next_version

        # A new version: an editor's form opened before this is refused rather than saved over it.
        self.lock_version = claim_next_version(self)
        self._change_reason = str(reason)
        if by is not None:
            self._history_user = by
        self.save()


class CommonCondition(models.Model):
    """One line of a guide's “common conditions” list, pointing at the tab that explains it."""

    guide = models.ForeignKey(Guide, on_delete=models.CASCADE, related_name="common_conditions")
    text = models.CharField(_("condition"), max_length=300)
    category = models.ForeignKey(CauseCategory, verbose_name=_("explained under"), on_delete=models.PROTECT)
    link_text = models.CharField(_("link text"), max_length=200, help_text=_("E.g. “Joint-Related Pain”."))
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("common condition")
        verbose_name_plural = _("common conditions")

    def __str__(self):
        return self.text

    def get_absolute_url(self):
        return reverse("conditions:guide_tab", kwargs={"slug": self.guide.slug, "category": self.category.slug})


class RedFlag(Versioned, models.Model):
    """One warning sign written once and listed on the care cards of every guide it applies to."""

    slug = models.SlugField(unique=True, help_text=_("A short name for editors, the same in every language."))
    text = models.CharField(
        _("warning sign"),
        max_length=300,
        help_text=_("One line a worried reader understands, e.g. “Loss of bladder or bowel control”."),
    )
    order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Its place on every card that lists it: the most serious first.")
    )

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("warning sign")
        verbose_name_plural = _("warning signs")

    def __str__(self):
        return self.text


class CareCard(Versioned, RichTextModel, models.Model):
    """A guide's "get help now if …" card, one per level of urgency, shown above its tabs."""

    class Level(models.TextChoices):
        EMERGENCY = "emergency", _("Emergency: call 000 or go to an emergency department")
        TODAY = "today", _("See a doctor today")

    HEADINGS = {
        Level.EMERGENCY: _("Call 000 or go to an emergency department now if you have:"),
        Level.TODAY: _("See a doctor today if you have:"),
    }

    short_code_fields = {"symptoms": ()}  # a card is a short list: no figures or snippets in it

    guide = models.ForeignKey(Guide, on_delete=models.CASCADE, related_name="care_cards")
    level = models.CharField(_("level"), max_length=20, choices=Level, default=Level.EMERGENCY)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    red_flags = models.ManyToManyField(
        RedFlag,
        verbose_name=_("shared warning signs"),
        blank=True,
        related_name="care_cards",
        help_text=_("Signs written once for many guides; edit their text under “Warning signs”."),
    )
    symptoms = RichTextField(
        _("signs for this guide only"),
        help_text=_("A short bulleted list, after the shared signs. Leave empty if they say it all."),
    )
    awaiting_review = models.BooleanField(
        _("awaiting clinical review"),
        default=False,
        help_text=_("For the editors: readers see the guide's own review notice, not this flag."),
    )

    class Meta:
        ordering = ["order", "pk"]
        constraints = [models.UniqueConstraint(fields=["guide", "level"], name="unique_care_card_per_level")]
        verbose_name = _("urgent-care card")
        verbose_name_plural = _("urgent-care cards")

    def __str__(self):
        return f"{self.guide} · {self.get_level_display()}"

    @property
    def heading(self):
        return self.HEADINGS.get(self.level, self.get_level_display())

    @property
    def is_emergency(self):
        return self.level == self.Level.EMERGENCY

    @property
    def has_content(self):
        """Whether it lists any sign at all: an empty card is not shown."""
        return bool(self.symptoms) or bool(self.red_flags.all())

    @property
    def rendered_symptoms(self):
        return render_rich_text(self.symptoms, language=get_language())


class CauseSectionQuerySet(models.QuerySet):
    def visible(self, *, drafts=False):
        """Tabs a reader may see; with `drafts` (staff), unpublished ones too."""
        return self if drafts else self.filter(is_published=True)


class CauseSection(Versioned, Publishable, RichTextModel, ReadabilityGraded, models.Model):
    """One tab of a guide: what a category of causes means for this place of pain."""

    readability_field = "body"
    # Its figure codes and citations are checked by the admin, which saves the figures with it.
    short_code_fields = {"body": ("snippet", "figure"), "professional_can": ()}

    guide = models.ForeignKey(Guide, on_delete=models.CASCADE, related_name="sections")
    category = models.ForeignKey(CauseCategory, on_delete=models.PROTECT, related_name="sections")
    heading = models.CharField(_("heading"), max_length=200)
    summary = models.CharField(
        _("one-line summary"),
        max_length=300,
        help_text=_("Its line in the guide's “may be related to” list."),
    )
    body = RichTextField(
        _("body"),
        help_text=_("Place figures with [[figure 1.1]] and snippets with [[snippet slug]], each on a line of its own."),
    )
    professional_can = RichTextField(
        _("“Your Hip Pain Professional can:” list"),
        help_text=_("A bulleted list; leave empty where the tab has none."),
    )
    note = models.TextField(_("closing note"), blank=True)
    readability_grade = models.FloatField(_("grade"), null=True, blank=True, editable=False)

    objects = CauseSectionQuerySet.as_manager()

    class Meta:
        ordering = ["category__order", "category_id"]
        constraints = [models.UniqueConstraint(fields=["guide", "category"], name="unique_section_per_guide_category")]
        verbose_name = _("cause section (tab)")
        verbose_name_plural = _("cause sections (tabs)")

    def __str__(self):
        return f"{self.guide} · {self.category}"

    def get_absolute_url(self):
        return reverse("conditions:guide_tab", kwargs={"slug": self.guide.slug, "category": self.category.slug})

    @property
    def dom_id(self):
        return f"tab-{self.category.slug}"


FIGURE_IMAGE_EXTENSIONS = ("png", "jpg", "jpeg", "webp")
FIGURE_IMAGE_MAX_BYTES = 4 * 1024 * 1024
FIGURE_IMAGE_ERROR = _("Upload a PNG, JPEG or WebP picture of 4 MB or less.")
ILLUSTRATION_EXTENSIONS = ("svg", *FIGURE_IMAGE_EXTENSIONS)


def validate_figure_image(file):
    """One clear message for any upload a figure cannot use, whatever is wrong with it."""
    if getattr(file, "_committed", False):
        return  # Stored already, and checked when it was uploaded; it may even be gone.
    extension = PurePosixPath(file.name or "").suffix.lower().removeprefix(".")
    if extension not in FIGURE_IMAGE_EXTENSIONS or file.size > FIGURE_IMAGE_MAX_BYTES:
        raise ValidationError(FIGURE_IMAGE_ERROR, code="invalid_image")


def validate_image_size(file):
    """Named by migration 0001; validate_figure_image checks size and type in one message now."""
    validate_figure_image(file)


def illustration_problem(path):
    """Why `path` cannot be a built-in illustration, or None when it is an image the site ships."""
    parts = PurePosixPath(path).parts
    if path.startswith("/") or "\\" in path or ":" in path or ".." in parts:
        return _("Give the path of a file in the site's static files, e.g. conditions/figures/figure-1-1.svg.")
    if PurePosixPath(path).suffix.lower().removeprefix(".") not in ILLUSTRATION_EXTENSIONS:
        return _("A built-in illustration is an SVG, PNG, JPEG or WebP file.")
    try:
        found = finders.find(path)
    except SuspiciousFileOperation:
        found = None
    if not found:
        return _("The site ships no file called “%(path)s”.") % {"path": path}
    return None


class Figure(Versioned, models.Model):
    """A numbered illustration in a tab. Every “Figure N” the text cites exists."""

    section = models.ForeignKey(CauseSection, on_delete=models.CASCADE, related_name="figures")
    number = models.CharField(_("number"), max_length=10, help_text=_("As cited in the text, e.g. “1.2”."))
    # Uploads are raster only and checked by Pillow: an uploaded SVG could carry script.
    image = models.ImageField(
        _("image"),
        upload_to="figures/",
        blank=True,
        width_field="image_width",
        height_field="image_height",
        validators=[validate_figure_image],
        help_text=_("PNG, JPEG or WebP, up to 4 MB. Replaces the built-in illustration."),
    )
    image_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    image_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    illustration = models.CharField(
        _("built-in illustration"),
        max_length=200,
        blank=True,
        help_text=_("Path of a drawing shipped with the site, used when no image is uploaded."),
    )
    caption = models.CharField(_("caption"), max_length=300)
    alt_text = models.CharField(
        _("alt text"), max_length=300, help_text=_("What the picture shows, for people who cannot see it.")
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    # Built-in drawings share one canvas size, so the page never jumps as they load.
    ILLUSTRATION_SIZE = (640, 400)

    class Meta:
        ordering = ["order", "number"]
        constraints = [models.UniqueConstraint(fields=["section", "number"], name="unique_figure_number")]
        verbose_name = _("figure")
        verbose_name_plural = _("figures")

    def __str__(self):
        return _("Figure %(number)s") % {"number": self.number}

    def clean(self):
        if not self.image and not self.illustration:
            raise ValidationError(_("Upload an image (or keep the built-in illustration)."))
        if self.illustration and (problem := illustration_problem(self.illustration)):
            raise ValidationError({"illustration": problem})

    @property
    def url(self):
        """Where the picture is served; "" when its built-in illustration is not a shipped file."""
        if self.image:
            return self.image.url
        # Written around clean() (a fixture, a restore, the shell): the page still renders.
        if not self.illustration or illustration_problem(self.illustration):
            return ""
        try:
            return static(self.illustration)
        except ValueError:  # shipped, but not yet in the collected files' manifest
            return ""

    @property
    def size(self):
        if self.image and self.image_width:
            return self.image_width, self.image_height
        return self.ILLUSTRATION_SIZE

    @property
    def anchor(self):
        from .richtext import figure_anchor

        return figure_anchor(self.number)


class ConditionQuerySet(models.QuerySet):
    def for_index(self):
        """Conditions explained in a published guide, with what their links need."""
        return (
            self.filter(
                section__is_published=True, section__guide__is_published=True, section__guide__is_archived=False
            )
            .select_related("section__guide", "section__category")
            .order_by("name")
        )

    def a_to_z(self):
        """for_index() as (letter, conditions) groups, in the reader's alphabet (pinyin initials for Chinese)."""
        # Sorted as shown, in Python: names a language lacks fall back to English.
        conditions = [(index_letter(c.name), sort_key(c.name), c) for c in self.for_index()]
        # Letters in the language's order, "#" (names starting with no letter) last.
        conditions.sort(key=lambda item: (item[0] == "#", sort_key(item[0]), item[1]))
        groups = groupby(conditions, key=lambda item: item[0])
        return [(letter, [c for _letter, _key, c in items]) for letter, items in groups]


class Condition(Versioned, models.Model):
    """A named condition, for the A–Z index and search, pointing at the tab that explains it."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(unique=True)
    other_names = models.CharField(
        _("other names"), max_length=300, blank=True, help_text=_("Comma-separated, e.g. “SIJ, SI joint”.")
    )
    summary = models.CharField(_("one-line summary"), max_length=300, blank=True)
    section = models.ForeignKey(
        CauseSection, verbose_name=_("explained in"), on_delete=models.SET_NULL, null=True, blank=True
    )
    anchor = models.CharField(
        _("heading anchor"), max_length=200, blank=True, help_text=_("The id of the heading within the tab, if any.")
    )

    objects = ConditionQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("condition")
        verbose_name_plural = _("conditions")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        if not self.section_id:
            return ""
        url = self.section.get_absolute_url()
        return f"{url}#{self.anchor}" if self.anchor else url


class ReadingQuerySet(models.QuerySet):
    """Shared by articles and resources: what readers see, newest first."""

    def published(self):
        """What a reader may see."""
        return self.filter(is_published=True)

    def visible(self, *, drafts=False):
        """Published items; with `drafts` (staff), unpublished ones too."""
        return self if drafts else self.published()

    def newest_first(self):
        """Newest publication date first; the same day, the last written first."""
        return self.order_by("-published_on", "-pk")

    def for_list(self, *, drafts=False):
        """The list page's items, newest first; `drafts` for staff."""
        return self.visible(drafts=drafts).newest_first()

    def for_detail(self, *, drafts=False):
        """Everything the item's own page renders: with its published guides, in two queries."""
        guides = Guide.objects.published().order_by("title")
        return self.visible(drafts=drafts).prefetch_related(Prefetch("related_guides", queryset=guides))

    def for_guide_foot(self):
        """What a guide's foot lists: published, newest first."""
        return self.published().newest_first()


class ReadingItem:
    """An article or resource as a guide's foot lists it: its title and summary in the reader's language."""

    def __init__(self, row, *, language):
        self.__dict__.update(row)
        self.is_article = row["kind"] == "article"
        for name in ("title", "summary"):
            own = row.get(build_localized_fieldname(name, language))
            setattr(self, name, own or row[build_localized_fieldname(name, settings.LANGUAGE_CODE)])

    def get_absolute_url(self):
        name = "conditions:article_detail" if self.is_article else "conditions:resource_detail"
        return reverse(name, kwargs={"slug": self.slug})


class Article(Versioned, Publishable, RichTextModel, ReadabilityGraded, models.Model):
    """A blog article, e.g. “How will a health professional help me?”, related to the guides it fits."""

    short_code_fields = {"body": ("snippet",)}

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        unique=True, help_text=_("The article's URL: /articles/<this>/. The same in every language.")
    )
    summary = models.CharField(
        _("one-line summary"), max_length=300, help_text=_("Shown in the list of articles and at the foot of guides.")
    )
    body = RichTextField(_("body"), help_text=_("Place a snippet with [[snippet slug]] on a line of its own."))
    related_guides = models.ManyToManyField(
        Guide,
        verbose_name=_("related guides"),
        blank=True,
        related_name="articles",
        help_text=_("Listed under “You might also be interested in” at the foot of these guides."),
    )
    published_on = models.DateField(_("publication date"), default=date.today)
    meta_description = models.CharField(_("meta description"), max_length=300, blank=True)
    awaiting_review = models.BooleanField(
        _("awaiting clinical review"),
        default=False,
        help_text=_("Shows readers a short notice that a clinician has not yet reviewed this article."),
    )
    readability_grade = models.FloatField(_("grade"), null=True, blank=True, editable=False)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ReadingQuerySet.as_manager()

    class Meta:
        ordering = ["-published_on", "-pk"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("conditions:article_detail", kwargs={"slug": self.slug})


RESOURCE_FILE_TYPES = {"pdf": "PDF", "png": "PNG", "jpg": "JPEG", "jpeg": "JPEG", "webp": "WEBP"}
RESOURCE_FILE_MAX_BYTES = 10 * 1024 * 1024
RESOURCE_FILE_ERROR = _("Upload a PDF, or a PNG, JPEG or WebP picture, of 10 MB or less.")


def sniffed_file_type(file):
    """The type the file's own bytes show it to be ("PDF", "PNG", "JPEG", "WEBP"), or None."""
    from PIL import Image, UnidentifiedImageError

    file.seek(0)
    head = file.read(1024)
    file.seek(0)
    # A PDF starts with its version line; readers accept it within the first kilobyte.
    if b"%PDF-" in head:
        return "PDF"
    try:
        with Image.open(file) as image:
            kind = image.format
            image.verify()  # a damaged or truncated picture is refused, not stored
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        return None
    finally:
        file.seek(0)
    return kind


def validate_resource_file(file):
    """A downloadable file is what its name says it is: a PDF or a picture, checked by its content."""
    if getattr(file, "_committed", False):
        return  # Stored already, and checked when it was uploaded.
    extension = PurePosixPath(file.name or "").suffix.lower().removeprefix(".")
    if extension not in RESOURCE_FILE_TYPES:
        raise ValidationError(RESOURCE_FILE_ERROR, code="invalid_type")
    if file.size > RESOURCE_FILE_MAX_BYTES:
        raise ValidationError(
            _("This file is %(size)s; a resource file can be 10 MB at most.") % {"size": filesizeformat(file.size)},
            code="too_large",
        )
    if sniffed_file_type(file) != RESOURCE_FILE_TYPES[extension]:
        raise ValidationError(
            _("This file is not really a %(type)s: its content does not match its name. %(hint)s")
            % {"type": RESOURCE_FILE_TYPES[extension], "hint": RESOURCE_FILE_ERROR},
            code="content_mismatch",
        )


class Resource(Versioned, Publishable, RichTextModel, ReadabilityGraded, models.Model):
    """Something to take away: a downloadable file (PDF or picture) or a self-help course elsewhere."""

    class Kind(models.TextChoices):
        FILE = "file", _("Downloadable file")
        COURSE = "course", _("Course (on another website)")

    readability_field = "description"
    short_code_fields = {"description": ()}

    kind = models.CharField(_("kind"), max_length=10, choices=Kind, default=Kind.FILE)
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        unique=True, help_text=_("The resource's URL: /resources/<this>/. The same in every language.")
    )
    summary = models.CharField(
        _("one-line summary"), max_length=300, help_text=_("Shown at the foot of the guides it is related to.")
    )
    description = RichTextField(_("description"))
    file = models.FileField(
        _("file"),
        upload_to="resources/",
        blank=True,
        max_length=200,
        validators=[validate_resource_file],
        help_text=_("For a downloadable file: a PDF, or a PNG, JPEG or WebP picture, of 10 MB or less."),
    )
    file_size = models.PositiveIntegerField(_("file size"), null=True, blank=True, editable=False)
    link = models.URLField(
        _("outside link"),
        blank=True,
        max_length=500,
        help_text=_("For a course: the address of its page on the other website."),
    )
    related_guides = models.ManyToManyField(
        Guide,
        verbose_name=_("related guides"),
        blank=True,
        related_name="resources",
        help_text=_("Listed under “You might also be interested in” at the foot of these guides."),
    )
    published_on = models.DateField(_("publication date"), default=date.today)
    meta_description = models.CharField(_("meta description"), max_length=300, blank=True)
    awaiting_review = models.BooleanField(
        _("awaiting clinical review"),
        default=False,
        help_text=_("Shows readers a short notice that a clinician has not yet reviewed this resource."),
    )
    readability_grade = models.FloatField(_("grade"), null=True, blank=True, editable=False)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ReadingQuerySet.as_manager()

    class Meta:
        ordering = ["-published_on", "-pk"]
        verbose_name = _("resource")
        verbose_name_plural = _("resources")

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if self.file and not getattr(self.file, "_committed", True):
            self.file_size = self.file.size
        elif not self.file:
            self.file_size = None
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("conditions:resource_detail", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        if self.kind == self.Kind.FILE and not self.file:
            raise ValidationError({"file": _("A downloadable resource needs its file.")})
        if self.kind == self.Kind.COURSE and not self.link:
            raise ValidationError({"link": _("A course needs the address of its page on the other website.")})

    @property
    def is_course(self):
        return self.kind == self.Kind.COURSE

    @property
    def file_type(self):
        """The file's kind as readers know it ("PDF", "JPEG"…), from its checked name."""
        extension = PurePosixPath(self.file.name or "").suffix.lower().removeprefix(".") if self.file else ""
        return RESOURCE_FILE_TYPES.get(extension, "")

    @property
    def download_size(self):
        """The file's size in bytes, as saved (or as uploaded, in a preview)."""
        if self.file_size is not None:
            return self.file_size
        return self.file.size if self.file else None

    @property
    def link_host(self):
        """The other website's name, e.g. "example.org", for "leaving this site" notices."""
        from urllib.parse import urlsplit

        return urlsplit(self.link).hostname or "" if self.link else ""
