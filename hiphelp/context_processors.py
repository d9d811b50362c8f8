from django.conf import settings
from django.utils.translation import get_language_info


def site(request):
    languages = [(code, get_language_info(code)["name_local"]) for code, _name in settings.LANGUAGES]
    return {"SITE_NAME": settings.SITE_NAME, "SITE_URL": settings.SITE_URL, "SITE_LANGUAGES": languages}
