"""A learned detector of requests for sensitive information (features, model, training).

Core code: numpy, SciPy and scikit-learn only; the artefact is JSON, never a pickle.
"""
