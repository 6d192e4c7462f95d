"""The parents' pages, under /parents/<school>/ (no account needed)."""

from django.urls import path

from schoolgate.portal import confirmations, views

urlpatterns = [
    path("", views.policy_page, name="portal_policy"),
    path("policy.pdf", views.policy_pdf, name="portal_policy_pdf"),
    path("check/", views.check, name="portal_check"),
    path("privacy/", views.privacy_notice, name="portal_privacy"),
    path("accessibility/", views.accessibility_statement, name="portal_accessibility"),
    path("read/<str:token>/", confirmations.read_policy, name="portal_read_policy"),
]
