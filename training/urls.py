from django.urls import path

from training import api

urlpatterns = [
    path("retrain/", api.RetrainView.as_view(), name="retrain"),
    path("jobs/", api.JobsView.as_view(), name="jobs"),
    path("jobs/<int:pk>/", api.JobView.as_view(), name="job"),
    path("jobs/<int:pk>/metrics/", api.JobMetricsView.as_view(), name="job-metrics"),
    path("jobs/<int:pk>/cancel/", api.JobCancelView.as_view(), name="job-cancel"),
    path("model-versions/", api.ModelVersionsView.as_view(), name="model-versions"),
    path("datasets/", api.DatasetsView.as_view(), name="datasets"),
    path("datasets/from-snapshot/", api.DatasetFromSnapshotView.as_view(), name="dataset-from-snapshot"),
    path("datasets/<int:pk>/", api.DatasetView.as_view(), name="dataset"),
    path("mixtures/", api.MixturesView.as_view(), name="mixtures"),
    path("mixtures/<int:pk>/", api.MixtureView.as_view(), name="mixture"),
    path("mixtures/<int:pk>/freeze/", api.MixtureFreezeView.as_view(), name="mixture-freeze"),
    path("freezes/<int:pk>/", api.FreezeView.as_view(), name="mixture-freeze-state"),
    path("benchmarks/", api.BenchmarksView.as_view(), name="benchmarks"),
    path("benchmarks/<int:pk>/", api.BenchmarkView.as_view(), name="benchmark"),
    path("mixtures/<int:pk>/jobs/", api.MixtureJobView.as_view(), name="mixture-jobs"),
    path("mixtures/<int:pk>/sweeps/", api.MixtureSweepView.as_view(), name="mixture-sweeps"),
    path("mixtures/<int:pk>/pipeline/", api.MixturePipelineView.as_view(), name="mixture-pipeline"),
    path("sweeps/<int:pk>/", api.SweepView.as_view(), name="sweep"),
]
