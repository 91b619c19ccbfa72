from django.urls import path

from training import api

urlpatterns = [
    path("retrain/", api.RetrainView.as_view(), name="retrain"),
    path("jobs/", api.JobsView.as_view(), name="jobs"),
    path("jobs/<int:pk>/", api.JobView.as_view(), name="job"),
    path("jobs/<int:pk>/metrics/", api.JobMetricsView.as_view(), name="job-metrics"),
    path("jobs/<int:pk>/cancel/", api.JobCancelView.as_view(), name="job-cancel"),
    path("model-versions/", api.ModelVersionsView.as_view(), name="model-versions"),
]
