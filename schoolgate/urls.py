"""Schoolgate's URLs: sign-in, then everything under the school it belongs to."""

from django.contrib.auth import views as auth_views
from django.urls import include, path

from schoolgate import views
from schoolgate.schools import views as school_views
from schoolgate.schools.urls import account_patterns, staff_patterns

school_patterns = [
    path("", views.school_home, name="school_home"),
    path("policy/", include("schoolgate.policies.urls")),
    path("people/", include("schoolgate.schools.urls")),
    path("staff/", include(staff_patterns)),
    path("", include("schoolgate.cases.urls")),
]

urlpatterns = [
    path("", views.start, name="home"),
    path("login/", school_views.LoginView.as_view(), name="login"),
    path("login/two-factor/", school_views.two_factor, name="two_factor"),
    path("login/", include(account_patterns)),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("s/<slug:school_slug>/", include(school_patterns)),
]
