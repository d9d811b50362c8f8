from django.urls import path

from . import views

app_name = "professionals"

urlpatterns = [
    path("find-a-professional/", views.find_professional, name="find"),
    path("find-a-professional/places/", views.place_suggestions, name="places"),
    path("find-a-professional/apply/", views.apply, name="apply"),
    path("find-a-professional/apply/thanks/", views.apply_thanks, name="apply_thanks"),
    path("professionals/<slug:slug>/", views.profile, name="profile"),
]
