"""The reports part's pages, under /s/<school>/reports/."""

from django.urls import path

from schoolgate.reports import (
    dashboard_views,
    governors_report_views,
    retention_views,
    subject_access_views,
)

urlpatterns = [
    path("", dashboard_views.school_dashboard, name="reports_dashboard"),
    path("governors/", governors_report_views.governors_report, name="governors_report"),
    path(
        "governors/<str:term>.pdf",
        governors_report_views.kept_governors_report,
        name="kept_governors_report",
    ),
    path("welfare-support/", governors_report_views.welfare_support, name="welfare_support"),
    path("cases/<int:number>/legal-hold/", retention_views.legal_hold, name="legal_hold"),
    path("subject-access/", subject_access_views.request_list, name="subject_access_requests"),
    path(
        "subject-access/<int:pk>/", subject_access_views.request_page, name="subject_access_request"
    ),
    path(
        "subject-access/<int:pk>/export.<str:kind>",
        subject_access_views.export_file,
        name="subject_access_export",
    ),
]

# Under /trust/<trust_slug>/reports/: a trust's figures across its schools.
trust_patterns = [
    path("", dashboard_views.trust_dashboard, name="trust_dashboard"),
]
