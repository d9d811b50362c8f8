from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from django.views.static import serve

from . import views
from .search.views import site_search
from .sitemaps import SITEMAPS, sitemap_index

urlpatterns = [
    path(settings.ADMIN_URL, admin.site.urls),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap_index, name="sitemap"),
    path("sitemap-<slug:section>.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap_section"),
    path("healthz", views.healthz, name="healthz"),
    path("favicon.ico", views.favicon),
]

if settings.SERVE_MEDIA:
    urlpatterns += [re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})]

urlpatterns += i18n_patterns(
    path("", views.home, name="home"),
    path("search/", site_search, name="search"),
    path("", include("conditions.urls")),
    path("", include("painmap.urls")),
    path("", include("professionals.urls")),
    path("", include("feedback.urls")),
)

handler404 = "hiphelp.views.page_not_found"
handler500 = "hiphelp.views.server_error"
