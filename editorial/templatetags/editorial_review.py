from django import template

from editorial.review import review_panels as panels_for

register = template.Library()


@register.simple_tag(takes_context=True)
def review_panels(context):
    """What is overdue for clinical review and what is due soon, for the admin index."""
    request = context.get("request")
    return panels_for(request) if request is not None else []
