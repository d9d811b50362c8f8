from django.urls import path

from . import views

app_name = "painmap"

urlpatterns = [
    path("pain-map/", views.pain_map, name="pain_map"),
    path("pain-map/<slug:slug>/", views.region_detail, name="region_detail"),
]
