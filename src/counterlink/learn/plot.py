"""The reliability plot of ``counterlink eval --plot``: predicted probability vs observed rate.

matplotlib is an optional extra (``counterlink[eval]``), imported only when a plot is asked for,
so the scorer and the rest of the CLI never pay for it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from counterlink.errors import CounterlinkError


def reliability_plot(
    bins: list[dict[str, Any]], ece: float, path: Path, *, title: str = "Reliability"
) -> Path:
    """Write a PNG of ``evaluate.reliability_bins`` output (mean score vs malicious rate per
    bin, its count, the diagonal of perfect calibration, the ECE in the title)."""
    try:
        import matplotlib

        matplotlib.use("Agg")  # no display: files only
        import matplotlib.pyplot as plt
    except ImportError:
        raise CounterlinkError(
            "the reliability plot needs matplotlib: pip install 'counterlink[eval]'"
        ) from None

    filled = [b for b in bins if b["n"]]
    width = bins[0]["upper"] - bins[0]["lower"] if bins else 0.1
    fig, (ax, counts) = plt.subplots(
        2, 1, figsize=(6, 7), dpi=100, sharex=True, gridspec_kw={"height_ratios": [3, 1]}
    )
    try:
        ax.plot([0, 1], [0, 1], linestyle="--", color="grey", label="perfectly calibrated")
        ax.bar(
            [b["lower"] for b in filled],
            [b["malicious_rate"] for b in filled],
            width=width,
            align="edge",
            alpha=0.25,
            edgecolor="tab:blue",
            label="observed malicious rate (bin)",
        )
        ax.plot(
            [b["mean_score"] for b in filled],
            [b["malicious_rate"] for b in filled],
            marker="o",
            color="tab:blue",
            label="mean score vs observed rate",
        )
        ax.set_xlim(0, 1)
        ax.set_ylim(0, 1.02)
        ax.set_ylabel("observed share malicious")
        ax.set_title(f"{title}\nECE (10 bins) = {ece:.3f}")
        ax.legend(loc="lower right", fontsize=8)
        # Counts say how much each point can be trusted: a bin of 1 proves little.
        counts.bar(
            [b["lower"] for b in bins],
            [b["n"] for b in bins],
            width=width,
            align="edge",
            color="tab:grey",
            alpha=0.5,
        )
        top = max((b["n"] for b in bins), default=0)
        for b in filled:
            counts.annotate(
                str(b["n"]), (b["lower"] + width / 2, b["n"]), ha="center", va="bottom", fontsize=8
            )
        counts.set_ylim(0, max(top, 1) * 1.25)
        counts.set_ylabel("approaches")
        counts.set_xlabel("predicted probability of malicious (score)")
        fig.tight_layout()
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            # No Software/date metadata: the same data give the same bytes.
            fig.savefig(path, format="png", metadata={"Software": None})
        except OSError as exc:
            raise CounterlinkError(f"cannot write the plot: {exc.strerror}", file=path) from None
    finally:
        plt.close(fig)
    return path
