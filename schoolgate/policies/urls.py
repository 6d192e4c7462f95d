from django.urls import path

from schoolgate.policies import views

urlpatterns = [
    path("", views.policy, name="policy"),
    path("versions/", views.policy_versions, name="policy_versions"),
    path("versions/<int:number>/", views.policy_version, name="policy_version"),
]
