"""/sitemap.xml: an index of one sitemap per kind of page (each split into pages of at most
50,000 entries, as search engines require); together they list every public page, in each
language it is really written in, with its alternates.

Addresses come from SITE_URL, never from the request's Host header. Drafts, archived
guides and unlisted professionals are in no list here: each sitemap reads the same
`published()` querysets the pages do.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import SitemapIndexItem
from django.template.response import TemplateResponse
from django.urls import reverse

from conditions.models import Article, CauseSection, Guide, Resource
from conditions.views import guide_languages
from hiphelp.translation_status import translated_languages
from professionals.models import Professional

ALL_LANGUAGES = [code for code, _name in settings.LANGUAGES]


class SiteSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True

    def get_protocol(self, protocol=None):
        return urlsplit(settings.SITE_URL).scheme or "https"

    def get_domain(self, site=None):
        return urlsplit(settings.SITE_URL).netloc


class PagesSitemap(SiteSitemap):
    """The pages made of interface text only: translated in every language."""

    changefreq = "weekly"
    names = ["home", "painmap:pain_map", "conditions:condition_index", "conditions:article_list", "professionals:find"]

    def items(self):
        return self.names

    def location(self, item):
        return reverse(item)


class TabsSitemap(SiteSitemap):
    """Each tab of each published guide (the guide's own address is its first tab's)."""

    changefreq = "monthly"

    def items(self):
        return list(
            CauseSection.objects.filter(is_published=True, guide__in=Guide.objects.published())
            .select_related("guide", "category")
            .order_by("guide__slug", "category__order", "pk")
        )

    def location(self, section):
        return section.get_absolute_url()

    def lastmod(self, section):
        return section.guide.updated_at

    def get_languages_for_item(self, section):
        return guide_languages(section.guide, [section])


class GuidesSitemap(SiteSitemap):
    """Each published guide's all-sections page."""

    changefreq = "monthly"

    def items(self):
        return list(Guide.objects.published().prefetch_related("sections").order_by("slug"))

    def location(self, guide):
        return guide.get_all_url()

    def lastmod(self, guide):
        return guide.updated_at

    def get_languages_for_item(self, guide):
        return guide_languages(guide, [s for s in guide.sections.all() if s.is_published])


class ArticlesSitemap(SiteSitemap):
    changefreq = "monthly"

    def items(self):
        return list(Article.objects.published().order_by("slug"))

    def location(self, article):
        return article.get_absolute_url()

    def lastmod(self, article):
        return article.updated_at

    def get_languages_for_item(self, article):
        return translated_languages((article, "title"), (article, "body"))


class ResourcesSitemap(ArticlesSitemap):
    def items(self):
        return list(Resource.objects.published().order_by("slug"))

    def get_languages_for_item(self, resource):
        return translated_languages((resource, "title"), (resource, "description"))


class ProfessionalsSitemap(SiteSitemap):
    changefreq = "monthly"

    def items(self):
        return list(Professional.objects.listed().order_by("slug").only("slug", "created_at"))

    def location(self, professional):
        return professional.get_absolute_url()

    def lastmod(self, professional):
        return professional.created_at


SITEMAPS = {
    "pages": PagesSitemap,
    "guides": GuidesSitemap,
    "tabs": TabsSitemap,
    "articles": ArticlesSitemap,
    "resources": ResourcesSitemap,
    "professionals": ProfessionalsSitemap,
}


def sitemap_index(request):
    """Django's own index view takes the host from the request; these addresses come from SITE_URL."""
    entries = []
    for section, sitemap_class in SITEMAPS.items():
        location = settings.SITE_URL + reverse("sitemap_section", kwargs={"section": section})
        pages = sitemap_class().paginator.num_pages
        entries += [
            SitemapIndexItem(location if page == 1 else f"{location}?p={page}", None) for page in range(1, pages + 1)
        ]
    return TemplateResponse(request, "sitemap_index.xml", {"sitemaps": entries}, content_type="application/xml")
