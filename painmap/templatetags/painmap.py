from django import template

from ..models import Region

register = template.Library()


@register.simple_tag(takes_context=True)
def chosen_side(context, guide):
    """The side the reader chose on the map (?side=) and that place's name, or None.

    The guide view accepts only "right" and "left"; anything else shows nothing. One query,
    only when a side was chosen.
    """
    request = context.get("request")
    side = request.GET.get("side") if request is not None else None
    if side not in (Region.Side.RIGHT, Region.Side.LEFT) or guide is None:
        return None
    region = Region.objects.filter(guide=guide, side=side, is_published=True).order_by("order", "pk").first()
    if region is None:
        return None
    name = region.name
    return {"side": side, "region": region, "place": name[:1].lower() + name[1:]}
