"""Learning: everything that fits or measures a model, and nothing that checks an approach.

Layered bottom to top; a module imports only those on the lines above it:

* ``metrics``: the evaluation maths (F1, AUC, Brier, calibration), written out by hand.
* ``labelled``: labelled sets, approaches cut to their first messages, summary figures, and
  the persona messages a finding flags; the vocabulary training and evaluation share.
* ``fitting``: the constrained logistic fit, cross-validated probabilities, the choice of C and
  the length-only features, shared by training and the baselines.
* ``text_fit`` and ``sensitive_fit``: fitting the two text models, whose run-time halves
  (:mod:`counterlink.textmodel`, :mod:`counterlink.sensitive`) load and score without
  scikit-learn's fitting paths.
* ``baselines``, then ``evaluate`` (the figures of ``counterlink eval``), ``report`` (its tables)
  and ``plot`` (its reliability plot). Evaluation never imports ``train``, so no figure depends
  on how the model was fitted.
* ``sensitive``: training and grouped evaluation of the sensitive-request model; it never
  imports ``evaluate``.
* ``train``: fitting the scoring model (and, on request, the two text models under it).

Checking an approach (``counterlink check``) imports nothing from this package.
"""
