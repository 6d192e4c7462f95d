"""URLs of the roster (under /s/<school>/people/), staff accounts and account set-up."""

from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy
from django.views.decorators.http import require_http_methods

from schoolgate.schools import views
from schoolgate.schools.forms import ChoosePasswordForm

urlpatterns = [
    path("", views.people, name="people"),
    path("<int:pk>/", views.person, name="person"),
    path("import/", views.roster_import, name="roster_import"),
    path("export.csv", views.roster_export, name="roster_export"),
    path("pick/", views.person_picker, name="person_picker"),
]

# Under /s/<school>/staff/.
staff_patterns = [
    path("", views.staff, name="staff"),
    path("<int:pk>/", views.staff_account, name="staff_account"),
    path(
        "<int:pk>/reset-authenticator/",
        views.staff_reset_authenticator,
        name="staff_reset_authenticator",
    ),
    path("<int:pk>/unlock/", views.staff_unlock, name="staff_unlock"),
    path("<int:pk>/role/", views.staff_change_role, name="staff_change_role"),
    path("<int:pk>/deactivate/", views.staff_deactivate, name="staff_deactivate"),
]

# Under /login/: set-up links and password reset by e-mail.
account_patterns = [
    path("set-up/<uidb64>/<token>/", views.set_up, name="set_up"),
    path("reset/", views.PasswordResetView.as_view(), name="password_reset"),
    path(
        "reset/sent/",
        auth_views.PasswordResetDoneView.as_view(template_name="schools/password_reset_done.html"),
        name="password_reset_done",
    ),
    path(
        "reset/<uidb64>/<token>/",
        # Its dispatch answers a spent link before the method is checked: refuse others first.
        require_http_methods(["GET", "HEAD", "POST"])(
            auth_views.PasswordResetConfirmView.as_view(
                template_name="schools/password_reset_confirm.html",
                form_class=ChoosePasswordForm,
                success_url=reverse_lazy("password_reset_complete"),
            )
        ),
        name="password_reset_confirm",
    ),
    path(
        "reset/done/",
        auth_views.PasswordResetCompleteView.as_view(
            template_name="schools/password_reset_complete.html"
        ),
        name="password_reset_complete",
    ),
]
