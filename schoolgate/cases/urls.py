"""The cases part's pages, under /s/<school>/."""

from django.urls import path

from schoolgate.cases import views

urlpatterns = [
    path("incidents/", views.triage, name="triage"),
    path("incidents/new/", views.log_incident, name="log_incident"),
    path("incidents/<int:pk>/", views.incident_page, name="incident"),
    path("incidents/<int:pk>/screening/", views.incident_screening, name="incident_screening"),
    path("incidents/<int:pk>/screen-again/", views.screen_again, name="screen_again"),
    path("incidents/<int:pk>/review/", views.review_category, name="review_category"),
    path("incidents/<int:pk>/dismiss/", views.dismiss_incident, name="dismiss_incident"),
    path("incidents/<int:pk>/open-case/", views.open_case, name="open_case"),
    path("incidents/<int:pk>/add-to-case/", views.add_to_case, name="add_to_case"),
    path("evidence/<int:pk>/", views.evidence_file, name="evidence_file"),
    path("evidence/<int:pk>/correct/", views.correct_evidence, name="correct_evidence"),
    path("cases/", views.case_list, name="cases"),
    path("cases/<int:number>/", views.case_page, name="case"),
    path("cases/<int:number>/steps/", views.record_step, name="record_step"),
    path("cases/<int:number>/steps/<int:pk>/approval/", views.approve_step, name="approve_step"),
    path(
        "cases/<int:number>/steps/<int:pk>/follow-up/", views.follow_up_step, name="follow_up_step"
    ),
    path("cases/<int:number>/skip-discussion/", views.skip_discussion, name="skip_discussion"),
    path("cases/<int:number>/close/", views.close_case, name="close_case"),
    path("search/", views.search, name="search"),
    path("audit/", views.audit_log, name="audit_log"),
    path("audit/<int:sequence>/", views.audit_event, name="audit_event"),
]
