"""The cases part's pages, under /s/<school>/."""

from django.urls import path

from schoolgate.cases import views, views_letters, views_platforms

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
    path("cases/<int:number>/bundle/", views.export_bundle, name="export_bundle"),
    path(
        "cases/<int:number>/confirm-indicator/",
        views.confirm_indicator,
        name="confirm_indicator",
    ),
    path(
        "cases/<int:number>/steps/<int:pk>/police-report/",
        views.record_police_report,
        name="record_police_report",
    ),
    path(
        "cases/<int:number>/platform-report/",
        views_platforms.platform_report,
        name="platform_report",
    ),
    path(
        "cases/<int:number>/platform-report/file/",
        views_platforms.file_platform_report,
        name="file_platform_report",
    ),
    path(
        "cases/<int:number>/platform-report/<int:pk>/response/",
        views_platforms.platform_response,
        name="platform_response",
    ),
    path(
        "cases/<int:number>/operator-notice/",
        views_platforms.operator_notice,
        name="operator_notice",
    ),
    path(
        "cases/<int:number>/safeguarding/confirm/",
        views_platforms.confirm_harm_allegation,
        name="confirm_harm_allegation",
    ),
    path(
        "cases/<int:number>/safeguarding/decision/",
        views_platforms.lado_decision,
        name="lado_decision",
    ),
    path(
        "cases/<int:number>/safeguarding/lado-referral/",
        views_platforms.lado_referral,
        name="lado_referral",
    ),
    path(
        "cases/<int:number>/privacy-notes/",
        views_platforms.privacy_note_list,
        name="privacy_notes",
    ),
    path(
        "cases/<int:number>/privacy-notes/prepare/",
        views_platforms.prepare_privacy_notes,
        name="prepare_privacy_notes",
    ),
    path(
        "cases/<int:number>/privacy-notes/<int:pk>/approve/",
        views_platforms.approve_privacy_note,
        name="approve_privacy_note",
    ),
    path("cases/<int:number>/letters/", views_letters.start_letter, name="start_letter"),
    path("cases/<int:number>/letters/<int:pk>/", views_letters.letter_page, name="letter"),
    path(
        "cases/<int:number>/letters/<int:pk>/letter.<str:ext>",
        views_letters.letter_file,
        name="letter_file",
    ),
    path(
        "cases/<int:number>/letters/<int:pk>/send/", views_letters.send_letter, name="send_letter"
    ),
    path(
        "cases/<int:number>/letters/<int:pk>/finish/",
        views_letters.finish_letter,
        name="finish_letter",
    ),
    path("letters/", views_letters.letter_templates, name="letter_templates"),
    path("letters/<str:kind>/", views_letters.letter_template, name="letter_template"),
    path("search/", views.search, name="search"),
    path("audit/", views.audit_log, name="audit_log"),
    path("audit/<int:sequence>/", views.audit_event, name="audit_event"),
]
