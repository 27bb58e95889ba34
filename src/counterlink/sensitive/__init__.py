"""A learned detector of requests for sensitive information (features and model, at run
time; fitting lives in :mod:`counterlink.learn`).

numpy and SciPy only; the artefact is JSON, never a pickle.
"""
