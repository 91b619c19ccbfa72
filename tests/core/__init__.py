"""Tests of the kernel and the project level: architecture contracts, roles, errors, runs, production serving, whole-API checks."""
