"""The parents' concern form, under /parents/<school>/concern/; no account needed."""

from django.urls import path

from schoolgate.intake import views

urlpatterns = [
    path("", views.concern_form, name="concern_form"),
    path("sent/", views.concern_sent, name="concern_sent"),
    path("status/<str:token>/", views.concern_status, name="concern_status"),
]
