"""Candidate generation and blinded evaluation of model versions: see issue "Inference"."""
