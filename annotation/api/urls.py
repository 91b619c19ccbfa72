from django.urls import path

from annotation.api import review, views

urlpatterns = [
    path("auth/token/", views.TokenView.as_view(), name="token"),
    path("me/", views.MeView.as_view(), name="me"),
    path("users/", views.UsersView.as_view(), name="users"),
    path("users/<int:pk>/", views.UserView.as_view(), name="user"),
    path("users/<int:pk>/unlock/", views.UserUnlockView.as_view(), name="user-unlock"),
    path("campaigns/", views.CampaignsView.as_view(), name="campaigns"),
    path("campaigns/<int:pk>/", views.CampaignView.as_view(), name="campaign"),
    path("campaigns/<int:pk>/import/", views.ImportView.as_view(), name="campaign-import"),
    path("campaigns/<int:pk>/next/", views.NextView.as_view(), name="campaign-next"),
    path("campaigns/<int:pk>/progress/", views.ProgressView.as_view(), name="campaign-progress"),
    path("campaigns/<int:pk>/agreement/", views.AgreementView.as_view(), name="campaign-agreement"),
    path("pairs/", views.PairsView.as_view(), name="pairs"),
    path("pairs/<int:pk>/", views.PairView.as_view(), name="pair"),
    path("pairs/<int:pk>/annotations/", views.AnnotationsView.as_view(), name="pair-annotations"),
    path("pairs/<int:pk>/skip/", views.SkipView.as_view(), name="pair-skip"),
    path("pairs/<int:pk>/arbitration/", views.ArbitrationView.as_view(), name="pair-arbitration"),
    path("arbitration/", views.ArbitrationQueueView.as_view(), name="arbitration-queue"),
    path("snapshots/", views.SnapshotsView.as_view(), name="snapshots"),
    path("snapshots/<int:pk>/", views.SnapshotView.as_view(), name="snapshot"),
    path("snapshots/<int:pk>/download/", views.SnapshotDownloadView.as_view(), name="snapshot-download"),
    path("review/", review.ReviewQueueView.as_view(), name="review-queue"),
    path("review/<int:pk>/", review.ReviewDecisionView.as_view(), name="review-decision"),
]
