from django.urls import path

from schoolgate.policies import confirmation_views, views

urlpatterns = [
    path("", views.policy, name="policy"),
    path("review/", views.policy_review, name="policy_review"),
    path("versions/", views.policy_versions, name="policy_versions"),
    path("versions/<int:number>/", views.policy_version, name="policy_version"),
    path(
        "read-confirmations/",
        confirmation_views.read_confirmations,
        name="read_confirmations",
    ),
]
