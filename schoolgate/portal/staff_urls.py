"""The staff page for the school's image library, under /s/<school>/image-library/."""

from django.urls import path

from schoolgate.portal import views

urlpatterns = [
    path("", views.image_library, name="image_library"),
    path("<int:pk>/remove/", views.remove_from_library, name="remove_from_library"),
]
