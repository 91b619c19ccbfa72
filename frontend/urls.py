from django.contrib.auth import views as auth_views
from django.urls import path

from annotation.forms import SignInForm
from frontend import views

urlpatterns = [
    path("", views.home, name="index"),
    path("login/", auth_views.LoginView.as_view(template_name="frontend/login.html", authentication_form=SignInForm, redirect_authenticated_user=True), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("annotate/", views.annotate, name="annotate"),
    path("annotate/<int:campaign_id>/", views.workspace, name="workspace"),
    path("arbitration/", views.arbitration_queue, name="arbitration"),
    path("arbitration/<int:pair_id>/", views.arbitration_pair, name="arbitration-pair"),
    path("console/", views.console, name="console"),
    path("console/campaigns/<int:campaign_id>/", views.console_campaign, name="console-campaign"),
    path("console/snapshots/", views.console_snapshots, name="console-snapshots"),
    path("console/snapshots/<int:snapshot_id>/", views.console_snapshot, name="console-snapshot"),
    path("console/jobs/", views.console_jobs, name="console-jobs"),
    path("console/jobs/<int:job_id>/", views.console_job, name="console-job"),
    path("console/users/", views.console_users, name="console-users"),
    path("console/review/", views.console_review, name="console-review"),
    path("console/evaluations/", views.console_evaluations, name="console-evaluations"),
    path("console/evaluations/<int:evaluation_id>/", views.console_evaluation, name="console-evaluation"),
    path("playground/", views.playground, name="playground"),
]
