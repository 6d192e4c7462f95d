"""URLs of the chat export import, under a school."""

from __future__ import annotations

from django.urls import path

from schoolgate.intake import chat_views

urlpatterns = [
    path("", chat_views.chat_upload, name="chat_upload"),
    path("import/", chat_views.chat_import, name="chat_import"),
]
