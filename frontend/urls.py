from django.contrib.auth import views as auth_views
from django.urls import path

from annotation.forms import SignInForm
from annotation.middleware import allowed_before_password_change
from frontend.views import (
    annotate,
    arbitration,
    audit,
    auth,
    console,
    datasets,
    evaluations,
    imports,
    pairs,
    playground,
    users,
    webhooks,
)

urlpatterns = [
    path("", auth.home, name="index"),
    path(
        "login/",
        auth_views.LoginView.as_view(
            template_name="frontend/login.html", authentication_form=SignInForm, redirect_authenticated_user=True
        ),
        name="login",
    ),
    path("logout/", allowed_before_password_change(auth_views.LogoutView.as_view()), name="logout"),
    path("password/", auth.password_change, name="password-change"),
    path("annotate/", annotate.campaigns, name="annotate"),
    path("annotate/<int:campaign_id>/", annotate.workspace, name="workspace"),
    path("arbitration/", arbitration.queue, name="arbitration"),
    path("arbitration/<int:pair_id>/", arbitration.pair, name="arbitration-pair"),
    path("console/", console.index, name="console"),
    path("console/campaigns/<int:campaign_id>/", console.campaign, name="console-campaign"),
    path("console/campaigns/<int:campaign_id>/import/", imports.import_page, name="console-import"),
    path("console/imports/<int:run_id>/", imports.import_run_page, name="console-import-run"),
    path("console/snapshots/", console.snapshot_list, name="console-snapshots"),
    path("console/snapshots/<int:snapshot_id>/", console.snapshot, name="console-snapshot"),
    path("console/jobs/", console.jobs, name="console-jobs"),
    path("console/jobs/<int:job_id>/", console.job, name="console-job"),
    path("console/datasets/", datasets.datasets, name="console-datasets"),
    path("console/mixtures/<int:mixture_id>/", datasets.mixture, name="console-mixture"),
    path("console/sweeps/<int:sweep_id>/", datasets.sweep, name="console-sweep"),
    path("console/users/", users.users, name="console-users"),
    path("console/review/", console.review_items, name="console-review"),
    path("console/pairs/", pairs.pairs, name="console-pairs"),
    path("console/pairs/<int:pair_id>/", pairs.pair, name="console-pair"),
    path("console/audit/", audit.audit_trail, name="console-audit"),
    path("console/webhooks/", webhooks.webhooks, name="console-webhooks"),
    path("console/evaluations/", evaluations.index, name="console-evaluations"),
    path("console/evaluations/<int:evaluation_id>/", evaluations.evaluation, name="console-evaluation"),
    path("playground/", playground.playground, name="playground"),
]
