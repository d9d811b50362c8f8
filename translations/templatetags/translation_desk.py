from django import template
from django.utils.html import format_html, format_html_join

register = template.Library()


@register.filter
def get_item(mapping, key):
    """mapping[key], for a dict in a template."""
    return mapping.get(key, "")


@register.simple_tag
def state_bar(entry):
    """A language's fields as one stacked bar (SVG: no inline styles), each state labelled by its title."""
    x, parts = 0.0, []
    for state, fields, share, _words, _word_share in entry.shares():
        if not share:
            continue
        parts.append((x, share, state, f"{state.label}: {fields} ({share} %)"))
        x += share
    rects = format_html_join(
        "",
        '<rect x="{}%" y="0" width="{}%" height="100%" class="desk-bar--{}"><title>{}</title></rect>',
        parts,
    )
    return format_html(
        '<svg class="desk-bar" role="img" aria-label="{}" width="100%" height="20" preserveAspectRatio="none">{}</svg>',
        ", ".join(label for *_rest, label in parts) or "—",
        rects,
    )
