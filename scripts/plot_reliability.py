#!/usr/bin/env python3
"""Reliability diagram (PNG) from the bins `query-gateway eval --calibrate --reliability FILE` writes.

    python3 scripts/plot_reliability.py FILE docs/reliability.png

Needs matplotlib (pip install matplotlib). Bars: accuracy per confidence bin; the diagonal is a
perfectly calibrated model; bar labels are the number of texts in the bin.
"""
import json
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def main(src: str, dst: str) -> None:
    data = json.load(open(src))
    fig, axes = plt.subplots(1, 2, figsize=(10, 4.6), sharey=True)
    panels = [
        ("before", f"T = 1 (ECE {data['ece_before']:.3f})"),
        ("after", f"T = {data['temperature']:.3f} (ECE {data['ece_after']:.3f})"),
    ]
    for ax, (key, title) in zip(axes, panels):
        bins = [b for b in data[key] if b["count"] > 0]
        width = bins[0]["upper"] - bins[0]["lower"]
        centers = [(b["lower"] + b["upper"]) / 2 for b in bins]
        ax.bar(centers, [b["accuracy"] for b in bins], width=width * 0.9, color="#4c72b0", label="accuracy")
        ax.plot([b["mean_confidence"] for b in bins], [b["mean_confidence"] for b in bins], "o", color="#dd8452",
                markersize=4, label="mean confidence")
        ax.plot([0, 1], [0, 1], "--", color="grey", linewidth=1)
        for c, b in zip(centers, bins):
            ax.annotate(str(b["count"]), (c, b["accuracy"]), ha="center", va="bottom", fontsize=7)
        ax.set_xlim(0.45, 1.0)
        ax.set_ylim(0, 1.05)
        ax.set_xlabel("top-class confidence")
        ax.set_title(title)
    axes[0].set_ylabel("accuracy")
    axes[0].legend(loc="upper left")
    fig.suptitle(f"{data['model']}: reliability on the {data['split']} split")
    fig.tight_layout()
    fig.savefig(dst, dpi=110)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
