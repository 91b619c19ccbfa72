"""The kernel every app builds on: roles, errors, API plumbing and the lifecycle of background runs.

It sits at the bottom of the dependency graph (medpref.core <- annotation <- training <- inference
<- frontend) and imports none of the apps.
"""
