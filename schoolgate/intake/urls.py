"""The staff concerns queue, under /s/<school>/concerns/."""

from django.urls import path

from schoolgate.intake import views

urlpatterns = [
    path("", views.queue, name="concerns"),
    path("withheld/", views.withheld, name="withheld_concerns"),
    path("upload/", views.upload_email, name="upload_email"),
    path("blocklist/", views.blocklist, name="blocklist"),
    path("blocklist.csv", views.blocklist_csv, name="blocklist_csv"),
    path("blocklist.sieve", views.blocklist_sieve, name="blocklist_sieve"),
    path("<str:reference>/", views.concern_page, name="concern"),
    path("<str:reference>/reply/", views.reply, name="concern_reply"),
    path("<str:reference>/assign/", views.assign, name="concern_assign"),
    path("<str:reference>/close/", views.close, name="concern_close"),
    path("<str:reference>/incident/", views.make_incident, name="concern_incident"),
]
