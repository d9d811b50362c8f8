from django.urls import path

from . import views

app_name = "conditions"

urlpatterns = [
    path("pain/<slug:slug>/", views.guide_detail, name="guide_detail"),
    # Before the tab pattern: "all" and "prepare" are not categories (CauseCategory refuses the slug).
    path("pain/<slug:slug>/all/", views.guide_all, name="guide_all"),
    path("pain/<slug:slug>/prepare/", views.guide_prepare, name="guide_prepare"),
    path("pain/<slug:slug>/prepare/pdf/", views.guide_prepare_pdf, name="guide_prepare_pdf"),
    path("pain/<slug:slug>/<slug:category>/", views.guide_detail, name="guide_tab"),
    path("conditions/", views.condition_index, name="condition_index"),
    path("articles/", views.article_list, name="article_list"),
    path("articles/<slug:slug>/", views.article_detail, name="article_detail"),
    path("resources/<slug:slug>/", views.resource_detail, name="resource_detail"),
]
