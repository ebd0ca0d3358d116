"""Reads the gateway's Prometheus /metrics and sums up what a load test needs: requests, cache hit
rates (L1, L2), average batch size, and latency percentiles estimated from the histograms.

    python -m tests.load.utils.metrics_collector [--url http://localhost:8000]
    python -m tests.load.utils.metrics_collector --save before.json   # snapshot the counters
    python -m tests.load.utils.metrics_collector --since before.json  # only what came after it
    python -m tests.load.utils.metrics_collector --json               # the summary as JSON

or, from Python: collect_metrics("http://localhost:8000") -> dict.

Standard library only and no package-relative imports, so it also runs as a plain script and
without locust installed.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import sys
import urllib.error
import urllib.request

PREFIX = "query_gateway_"
# Every gauge the gateway exports: a delta takes them as they are (one that went down is no
# restart, as a counter's would be).
GAUGES = {PREFIX + name for name in ("queue_depth", "active_requests", "model_loaded", "queue_capacity",
                                     "queued_tokens", "throughput_tokens_per_second", "connections", "l2_up")}
QUANTILES = (0.50, 0.95, 0.99)

# name{labels} value [timestamp]; label values may hold escaped quotes, so match them as a whole.
_SAMPLE = re.compile(r"^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)")
_LABEL = re.compile(r'([a-zA-Z_][a-zA-Z0-9_]*)\s*=\s*"((?:[^"\\]|\\.)*)"')
_ESCAPE = re.compile(r"\\(.)")

# (metric name, sorted (label, value) pairs) -> value
Samples = dict[tuple[str, tuple[tuple[str, str], ...]], float]


def parse(text: str) -> Samples:
    """Parse the Prometheus text exposition format (comments and TYPE lines are skipped)."""
    samples: Samples = {}
    for line in text.splitlines():
        line = line.strip()
        match = None if line.startswith("#") else _SAMPLE.match(line)
        if not match:
            continue
        name, labels, value = match.groups()
        pairs = tuple(sorted(
            (key, _ESCAPE.sub(lambda m: "\n" if m[1] == "n" else m[1], raw))
            for key, raw in _LABEL.findall(labels or "")))
        samples[(name, pairs)] = float(value)
    return samples


def fetch(url: str, timeout: float = 5.0) -> Samples:
    with urllib.request.urlopen(url.rstrip("/") + "/metrics", timeout=timeout) as response:
        return parse(response.read().decode("utf-8"))


def delta(current: Samples, before: Samples) -> Samples:
    """Counters and histograms minus an earlier snapshot; gauges as they are now. If a counter
    went down the gateway restarted in between, and everything since its start is returned."""
    out: Samples = {}
    for key, value in current.items():
        if key[0] in GAUGES:
            out[key] = value
            continue
        out[key] = value - before.get(key, 0.0)
        if out[key] < 0:
            return dict(current)
    return out


def _select(samples: Samples, name: str, **match: str):
    """(labels, value) of each sample of `name` whose labels include `match`."""
    for (sample_name, pairs), value in samples.items():
        labels = dict(pairs)
        if sample_name == name and all(labels.get(k) == v for k, v in match.items()):
            yield labels, value


def _total(samples: Samples, name: str, **match: str) -> float:
    return sum(value for _, value in _select(samples, name, **match))


def _by_label(samples: Samples, name: str, label: str) -> dict[str, float]:
    out: dict[str, float] = {}
    for labels, value in _select(samples, name):
        out[labels.get(label, "")] = out.get(labels.get(label, ""), 0.0) + value
    return out


def histogram_quantile(q: float, buckets: list[tuple[float, float]]) -> float | None:
    """Like PromQL's histogram_quantile: linear interpolation inside the bucket holding rank q.
    `buckets` are (upper bound, cumulative count) pairs sorted by bound, ending with +Inf."""
    if not buckets or buckets[-1][1] <= 0:
        return None
    rank = q * buckets[-1][1]
    lower, below = 0.0, 0.0
    for upper, count in buckets:
        if count >= rank:
            if math.isinf(upper):  # past the last finite bound: that bound is all we know
                return lower
            if count == below:
                return upper
            return lower + (upper - lower) * (rank - below) / (count - below)
        lower, below = upper, count
    return lower


def histogram_summary(samples: Samples, name: str, scale: float = 1.0, **match: str) -> dict:
    """count, mean and estimated percentiles of a histogram (summed over other labels), times
    `scale` (1000 turns seconds into milliseconds)."""
    cumulative: dict[float, float] = {}
    for labels, value in _select(samples, name + "_bucket", **match):
        bound = float(labels["le"])
        cumulative[bound] = cumulative.get(bound, 0.0) + value
    count = _total(samples, name + "_count", **match)
    total = _total(samples, name + "_sum", **match)
    summary = {"count": int(count), "mean": total / count * scale if count else None}
    buckets = sorted(cumulative.items())
    for q in QUANTILES:
        value = histogram_quantile(q, buckets)
        summary[f"p{round(q * 100)}"] = None if value is None else value * scale
    return summary


def _rate(part: float, whole: float) -> float | None:
    return part / whole if whole else None


def summarize(samples: Samples) -> dict:
    requests = PREFIX + "requests_total"
    cache = {}
    for level in ("L1", "L2"):
        hits = _total(samples, PREFIX + "cache_hits_total", level=level)
        misses = _total(samples, PREFIX + "cache_misses_total", level=level)
        cache[level] = {"hits": int(hits), "misses": int(misses),
                        "hit_rate": _rate(hits, hits + misses)}
    # L2 is only asked on an L1 miss, so every lookup starts at L1.
    cache["overall_hit_rate"] = _rate(cache["L1"]["hits"] + cache["L2"]["hits"],
                                      cache["L1"]["hits"] + cache["L1"]["misses"])
    batch = histogram_summary(samples, PREFIX + "batch_size")
    duration = PREFIX + "request_duration_seconds"
    endpoints = sorted({labels.get("endpoint", "") for labels, _ in
                        _select(samples, duration + "_count")})
    return {
        "requests": {
            "total": int(_total(samples, requests)),
            "by_status": {k: int(v) for k, v in sorted(_by_label(samples, requests, "status").items())},
            "by_endpoint": {k: int(v) for k, v in sorted(_by_label(samples, requests, "endpoint").items())},
        },
        "cache": cache,
        "batches": {"count": batch["count"], "avg_size": batch["mean"], "p50": batch["p50"],
                    "p99": batch["p99"]},
        "latency_ms": {
            "all": histogram_summary(samples, duration, 1000.0),
            **{e: histogram_summary(samples, duration, 1000.0, endpoint=e) for e in endpoints},
        },
        "inference_ms": histogram_summary(samples, PREFIX + "inference_duration_seconds", 1000.0),
        "classifications": {k: int(v) for k, v in sorted(
            _by_label(samples, PREFIX + "classifications_total", "label").items())},
        "refused": int(_total(samples, PREFIX + "queue_rejections_total")),
        "skipped": {k: int(v) for k, v in sorted(
            _by_label(samples, PREFIX + "jobs_skipped_total", "reason").items())},
        # Seconds of the inference workers by phase: where their share of the cores went.
        "worker_seconds": {k: round(v, 1) for k, v in sorted(
            _by_label(samples, PREFIX + "worker_seconds_total", "phase").items())},
        "gauges": {name[len(PREFIX):]: _total(samples, name) for name in sorted(GAUGES)},
    }


def collect_metrics(url: str = "http://localhost:8000", since: Samples | None = None) -> dict:
    """Summary of the gateway's metrics now, or of what changed since an earlier fetch()."""
    samples = fetch(url)
    return summarize(delta(samples, since) if since is not None else samples)


def _fmt(value, unit: str = "", digits: int = 2) -> str:
    if value is None:
        return "n/a"
    return f"{value:.{digits}f}{unit}"


def _fmt_latency(h: dict) -> str:
    return (f"p50 {_fmt(h['p50'], ' ms')}, p95 {_fmt(h['p95'], ' ms')}, "
            f"p99 {_fmt(h['p99'], ' ms')}, mean {_fmt(h['mean'], ' ms')} ({h['count']} observed)")


def format_summary(s: dict) -> str:
    pct = lambda rate: _fmt(None if rate is None else rate * 100, "%", 1)  # noqa: E731
    lines = [
        f"Total requests: {s['requests']['total']}",
        f"  by status:   {s['requests']['by_status'] or 'n/a'}",
        f"  by endpoint: {s['requests']['by_endpoint'] or 'n/a'}",
        f"Cache hit rate: {pct(s['cache']['overall_hit_rate'])} overall",
    ]
    for level in ("L1", "L2"):
        c = s["cache"][level]
        lines.append(f"  {level}: {pct(c['hit_rate'])} ({c['hits']} hits, {c['misses']} misses)")
    b = s["batches"]
    lines.append(f"Average batch size: {_fmt(b['avg_size'])} over {b['count']} batches "
                 f"(p50 {_fmt(b['p50'], digits=1)}, p99 {_fmt(b['p99'], digits=1)})")
    lines.append("Request latency (estimated from histogram buckets):")
    lines += [f"  {name or '(no endpoint label)'}: {_fmt_latency(h)}"
              for name, h in s["latency_ms"].items()]
    lines.append(f"Inference latency: {_fmt_latency(s['inference_ms'])}")
    lines.append(f"Classifications: {s['classifications'] or 'n/a'}")
    lines.append(f"Refused at admission: {s['refused']}; texts answered unrun: {s['skipped'] or 'none'}")
    lines.append(f"Inference worker seconds by phase: {s['worker_seconds'] or 'n/a'}")
    lines.append("Gauges: " + ", ".join(f"{k}={v:g}" for k, v in s["gauges"].items()))
    return "\n".join(lines)


def save_snapshot(samples: Samples, path: str) -> None:
    rows = [{"name": name, "labels": dict(pairs), "value": value}
            for (name, pairs), value in samples.items()]
    with open(path, "w", encoding="utf-8") as f:
        json.dump(rows, f)


def load_snapshot(path: str) -> Samples:
    with open(path, encoding="utf-8") as f:
        return {(row["name"], tuple(sorted(row["labels"].items()))): row["value"]
                for row in json.load(f)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default=os.environ.get("HOST", "http://localhost:8000"),
                        help="gateway base URL (default: $HOST or http://localhost:8000)")
    parser.add_argument("--save", metavar="FILE", help="also write the raw samples to FILE")
    parser.add_argument("--since", metavar="FILE",
                        help="report only what changed since a snapshot written by --save")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    parser.add_argument("--quiet", action="store_true", help="print nothing (with --save)")
    args = parser.parse_args(argv)

    try:
        samples = fetch(args.url)
    except (urllib.error.URLError, OSError) as err:
        print(f"cannot read {args.url.rstrip('/')}/metrics: {err}", file=sys.stderr)
        return 1
    if args.save:
        save_snapshot(samples, args.save)
    if args.since:
        samples = delta(samples, load_snapshot(args.since))
    if not args.quiet:
        summary = summarize(samples)
        print(json.dumps(summary, indent=2) if args.json else format_summary(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
