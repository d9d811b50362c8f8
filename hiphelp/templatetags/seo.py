"""What search engines and link previews read: the captured title, Open Graph, schema.org JSON-LD."""

import json

from django import template
from django.conf import settings
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

register = template.Library()

# As Django's json_script: nothing in the data can close the <script> element or open a comment.
JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


class CaptureNode(template.Node):
    child_nodelists = ("nodelist",)  # blocks inside stay overridable by child templates

    def __init__(self, nodelist, name):
        self.nodelist, self.name = nodelist, name

    def render(self, context):
        # The output is already escaped by the templates that made it.
        context[self.name] = mark_safe(self.nodelist.render(context).strip())  # noqa: S308
        return ""


@register.tag
def capture(parser, token):
    """`{% capture as name %}…{% endcapture %}`: render once, use many times (the title in og:title)."""
    bits = token.split_contents()
    if len(bits) != 3 or bits[1] != "as":
        raise template.TemplateSyntaxError("Use {% capture as name %}…{% endcapture %}")
    nodelist = parser.parse(("endcapture",))
    parser.delete_first_token()
    return CaptureNode(nodelist, bits[2])


OG_LOCALES = {"en": "en_AU", "zh-hans": "zh_CN", "vi": "vi_VN", "ar": "ar_AR"}


@register.filter
def og_locale(code):
    """Open Graph's form of a language code (language_TERRITORY)."""
    return OG_LOCALES.get(code, code.replace("-", "_"))


@register.simple_tag
def json_ld(data):
    """A schema.org block: data for search engines, never run (CSP allows it: it is not script)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(JSON_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308 -- escaped above


def _absolute(path):
    return f"{settings.SITE_URL}{path}"


def _date(value):
    if value is None:
        return None
    if hasattr(value, "astimezone"):
        return timezone.localtime(value).isoformat(timespec="seconds")
    return value.isoformat()


def _clean(data):
    return {key: value for key, value in data.items() if value not in (None, "", [])}


@register.simple_tag
def medical_webpage_data(guide, section=None, sections=None):
    """MedicalWebPage for a guide or one of its tabs: what it is about, when last reviewed, its language."""
    # The guide's "common conditions" (prefetched with the page: no query of its own), those
    # of the tab shown, or all of them for the guide as a whole.
    conditions = list(guide.common_conditions.all()) if guide.pk else []
    if section is not None:
        conditions = [c for c in conditions if c.category_id == section.category_id]
        url, name = section.get_absolute_url(), f"{section.heading} – {guide.title}"
    else:
        url, name = guide.get_all_url(), guide.title
    about = [{"@type": "MedicalCondition", "name": c.text} for c in conditions]
    return _clean(
        {
            "@context": "https://schema.org",
            "@type": "MedicalWebPage",
            "name": name,
            "url": _absolute(url),
            "description": guide.meta_description,
            "inLanguage": get_language(),
            "about": about,
            "lastReviewed": _date(guide.last_reviewed),
            "dateModified": _date(getattr(guide, "updated_at", None)),
            "audience": {"@type": "PeopleAudience", "audienceType": "Patient"},
            "isPartOf": {"@type": "WebSite", "name": settings.SITE_NAME, "url": _absolute("/")},
        }
    )


@register.simple_tag
def article_data(article):
    """schema.org Article: headline, dates, description, language."""
    return _clean(
        {
            "@context": "https://schema.org",
            "@type": "Article",
            "headline": article.title,
            "url": _absolute(article.get_absolute_url()),
            "description": article.meta_description or article.summary,
            "datePublished": _date(article.published_on),
            "dateModified": _date(article.updated_at),
            "inLanguage": get_language(),
            "publisher": {"@type": "Organization", "name": settings.SITE_NAME, "url": _absolute("/")},
        }
    )


# Professions whose members are medical practitioners (schema.org Physician); the others are
# practices (MedicalBusiness, or its Physiotherapy kind).
DOCTORS = {"general-practitioner", "sports-physician", "orthopaedic-surgeon", "rheumatologist", "pain-specialist"}


@register.simple_tag
def professional_data(professional, clinics=()):
    """A professional as schema.org Physician (doctors) or a MedicalBusiness, with their clinics' addresses."""
    profession = getattr(professional, "profession", None)
    slug = getattr(profession, "slug", "") or ""
    is_doctor = slug in DOCTORS
    kind = "Physician" if is_doctor else "Physiotherapy" if "physiotherap" in slug else "MedicalBusiness"
    locations = []
    for clinic in clinics:
        locations.append(
            _clean(
                {
                    "@type": "MedicalClinic",
                    "name": getattr(clinic, "name", ""),
                    "telephone": getattr(clinic, "phone", ""),
                    "address": _clean(
                        {
                            "@type": "PostalAddress",
                            "streetAddress": getattr(clinic, "address", ""),
                            "addressLocality": getattr(clinic, "suburb", "") or getattr(clinic, "locality", ""),
                            "postalCode": getattr(clinic, "postcode", ""),
                            "addressRegion": getattr(clinic, "state", ""),
                            "addressCountry": "AU",
                        }
                    ),
                    "geo": _clean(
                        {
                            "@type": "GeoCoordinates",
                            "latitude": getattr(clinic, "latitude", None),
                            "longitude": getattr(clinic, "longitude", None),
                        }
                    )
                    if getattr(clinic, "latitude", None) is not None
                    else None,
                }
            )
        )
    return _clean(
        {
            "@context": "https://schema.org",
            "@type": kind,
            "name": str(professional),
            "url": _absolute(professional.get_absolute_url()),
            "medicalSpecialty": getattr(profession, "name", None) if profession else None,
            "location": locations if is_doctor else None,
            "address": locations[0].get("address") if locations and not is_doctor else None,
            "telephone": locations[0].get("telephone") if locations and not is_doctor else None,
            "inLanguage": get_language(),
        }
    )
