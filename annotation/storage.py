"""Where large files of the annotation app live: the artifact storage (settings.ARTIFACTS_DIR).

Snapshots of a million pairs are gigabytes; they go to files, not database values. The training
worker reads the same directory (MEDPREF_ARTIFACTS_DIR), so a job reads its snapshot where the
web process wrote it.
"""

from __future__ import annotations

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage


class ArtifactStorage(FileSystemStorage):
    """A file system storage rooted at settings.ARTIFACTS_DIR, read at each use (tests point it at a temporary folder)."""

    @property
    def base_location(self) -> str:
        return self._value_or_setting(self._location, str(settings.ARTIFACTS_DIR))

    @property
    def location(self) -> str:
        return os.path.abspath(self.base_location)


artifact_storage = ArtifactStorage()


def artifacts() -> ArtifactStorage:
    """The storage of model fields (a callable, so migrations name it instead of freezing a path)."""
    return artifact_storage
