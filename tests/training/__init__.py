"""Tests of the training app: job configs, snapshots to TRL, workers."""
