from django.urls import path

from schoolgate.schools import views

urlpatterns = [
    path("", views.people, name="people"),
    path("<int:pk>/", views.person, name="person"),
    path("import/", views.roster_import, name="roster_import"),
    path("export.csv", views.roster_export, name="roster_export"),
]
