"""Schoolgate's URLs: sign-in, then everything under the school it belongs to."""

from django.contrib.auth import views as auth_views
from django.urls import include, path

from schoolgate import views
from schoolgate.reports.urls import trust_patterns
from schoolgate.schools import views as school_views
from schoolgate.schools.urls import account_patterns, staff_patterns

school_patterns = [
    path("", views.school_home, name="school_home"),
    path("policy/", include("schoolgate.policies.urls")),
    path("people/", include("schoolgate.schools.urls")),
    path("staff/", include(staff_patterns)),
    path("image-library/", include("schoolgate.portal.staff_urls")),
    path("concerns/", include("schoolgate.intake.urls")),
    path("", include("schoolgate.cases.urls")),
    path("intake/chat/", include("schoolgate.intake.chat_urls")),
    path("reports/", include("schoolgate.reports.urls")),
]

urlpatterns = [
    path("", views.start, name="home"),
    path("login/", school_views.LoginView.as_view(), name="login"),
    path("login/two-factor/", school_views.two_factor, name="two_factor"),
    path("login/", include(account_patterns)),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("s/<slug:school_slug>/", include(school_patterns)),
    path("trust/<slug:trust_slug>/reports/", include(trust_patterns)),
    path("parents/<slug:school_slug>/concern/", include("schoolgate.intake.public_urls")),
    path("parents/<slug:school_slug>/", include("schoolgate.portal.urls")),
]
