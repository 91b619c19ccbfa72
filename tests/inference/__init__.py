"""Tests of the inference app: generation rounds, evaluations, their statistics, the playground."""
