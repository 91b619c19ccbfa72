from django.urls import path

from inference import api

urlpatterns = [
    path("model-versions/<int:pk>/generate/", api.GenerateView.as_view(), name="generate"),
    path("generation-jobs/<int:pk>/", api.GenerationJobView.as_view(), name="generation-job"),
    path("generation-jobs/<int:pk>/cancel/", api.GenerationCancelView.as_view(), name="generation-cancel"),
    path("evaluations/", api.EvaluationsView.as_view(), name="evaluations"),
    path("evaluations/<int:pk>/results/", api.EvaluationResultsView.as_view(), name="evaluation-results"),
    path("leaderboard/", api.LeaderboardView.as_view(), name="leaderboard"),
    path("playground/", api.PlaygroundView.as_view(), name="playground-api"),
    path("playground/<int:pk>/", api.PlaygroundTurnView.as_view(), name="playground-turn"),
]
