from django.urls import path

from annotation.api import accounts, audit, campaigns, imports, pairs, review, snapshots

urlpatterns = [
    path("auth/token/", accounts.TokenView.as_view(), name="token"),
    path("me/", accounts.MeView.as_view(), name="me"),
    path("me/password/", accounts.PasswordView.as_view(), name="me-password"),
    path("users/", accounts.UsersView.as_view(), name="users"),
    path("users/import/", accounts.UsersImportView.as_view(), name="users-import"),
    path("users/<int:pk>/", accounts.UserView.as_view(), name="user"),
    path("users/<int:pk>/unlock/", accounts.UserUnlockView.as_view(), name="user-unlock"),
    path("campaigns/", campaigns.CampaignsView.as_view(), name="campaigns"),
    path("campaigns/<int:pk>/", campaigns.CampaignView.as_view(), name="campaign"),
    path("campaigns/<int:pk>/import/", imports.ImportView.as_view(), name="campaign-import"),
    path("campaigns/<int:pk>/next/", campaigns.NextView.as_view(), name="campaign-next"),
    path("campaigns/<int:pk>/progress/", campaigns.ProgressView.as_view(), name="campaign-progress"),
    path("campaigns/<int:pk>/agreement/", campaigns.AgreementView.as_view(), name="campaign-agreement"),
    path("campaigns/<int:pk>/last/", pairs.LastPairView.as_view(), name="campaign-last"),
    path("pairs/", pairs.PairsView.as_view(), name="pairs"),
    path("pairs/<int:pk>/", pairs.PairView.as_view(), name="pair"),
    path("pairs/<int:pk>/history/", pairs.PairHistoryView.as_view(), name="pair-history"),
    path("pairs/<int:pk>/annotations/", pairs.AnnotationsView.as_view(), name="pair-annotations"),
    path("pairs/<int:pk>/skip/", pairs.SkipView.as_view(), name="pair-skip"),
    path("pairs/<int:pk>/arbitration/", pairs.ArbitrationView.as_view(), name="pair-arbitration"),
    path("arbitration/", pairs.ArbitrationQueueView.as_view(), name="arbitration-queue"),
    path("snapshots/", snapshots.SnapshotsView.as_view(), name="snapshots"),
    path("snapshots/<int:pk>/", snapshots.SnapshotView.as_view(), name="snapshot"),
    path("snapshots/<int:pk>/download/", snapshots.SnapshotDownloadView.as_view(), name="snapshot-download"),
    path("annotations/export/", pairs.RawExportView.as_view(), name="annotations-export"),
    path("audit/", audit.AuditView.as_view(), name="audit"),
    path("review/", review.ReviewQueueView.as_view(), name="review-queue"),
    path("review/<int:pk>/", review.ReviewDecisionView.as_view(), name="review-decision"),
]
