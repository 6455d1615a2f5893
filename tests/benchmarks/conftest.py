"""Benchmarks: each target is a ratio against a baseline measured in the same run."""

from __future__ import annotations

from typing import Any


def median(benchmark: Any) -> float:
    return float(benchmark.stats.stats.median)
