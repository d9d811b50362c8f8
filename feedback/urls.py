from django.urls import path

from . import views

app_name = "feedback"

urlpatterns = [
    path("feedback/<int:section_id>/", views.tab_feedback, name="tab"),
]
