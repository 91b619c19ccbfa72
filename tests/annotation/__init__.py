"""Tests of the annotation app: protocol rules, services, selectors and its API."""
