"""Start-up of the window, against a bare PySide6 window started the same way.

Each round starts a fresh interpreter (subprocess); the child reports the time elapsed
since the parent started it when the measured moment comes, and leaves. Bytecode is
cached (in a folder of the run) as it is in an installed program, and a first start of
each kind fills that cache before the measures. Targets: the first paint of the main
window at most 1.5 times the bare window's, and the first paint of the meeting table with
the store's meetings at most 3 times; at both moments SQLAlchemy must not be loaded yet.
Then peak memory with the archive open, browsed and searched.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from irev_desktop.paths import AppPaths
from irev_desktop.services.demo import load_demo
from irev_desktop.services.facade import Services

CHILD = Path(__file__).with_name("startup_child.py")
ROUNDS = 9
PAINT_TARGET, LIST_TARGET = 1.5, 3.0
results: dict[str, float] = {}
peaks: dict[str, list[int]] = {}
sqlalchemy_loaded: dict[str, set[str]] = {}


@pytest.fixture(scope="module", autouse=True)
def bytecode_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PYTHONPYCACHEPREFIX", str(tmp_path_factory.mktemp("pycache")))
        patch.delenv("PYTHONDONTWRITEBYTECODE", raising=False)
        start("bare")
        yield


def start(*args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, str(CHILD), f"{time.time():.6f}", *args],
        env=env,
        check=True,
        timeout=120,
        capture_output=True,
        text=True,
    )
    seconds, peak_kb, loaded = out.stdout.strip().splitlines()[-1].split()
    peaks.setdefault(args[0], []).append(int(peak_kb))
    sqlalchemy_loaded.setdefault(args[0], set()).add(loaded)
    return float(seconds)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    paths = AppPaths(tmp_path_factory.mktemp("startup") / "irev.sqlite")
    with Services.open(paths, write=True) as services:
        load_demo(services)
    start("list", str(paths.db))  # fills the bytecode and file caches
    return str(paths.db)


def median_of(values: list[float]) -> float:
    return sorted(values)[len(values) // 2]


def measure(benchmark: Any, name: str, *args: str) -> float:
    # The child's own report is the measure: the benchmark's timer also counts its exit.
    reported: list[float] = []
    benchmark.pedantic(lambda: reported.append(start(*args)), rounds=ROUNDS, iterations=1)
    results[name] = median_of(reported)
    return results[name]


def measure_against_bare(benchmark: Any, moment: str, store: str) -> float:
    """Median of per-round ratios, each round starting the bare window and then ours: a
    machine that slows down or speeds up during the run weighs on both alike."""
    ratios: list[float] = []
    own: list[float] = []

    def one_round() -> None:
        bare = start("bare")
        own.append(start(moment, store))
        ratios.append(own[-1] / bare)

    benchmark.pedantic(one_round, rounds=ROUNDS, iterations=1)
    results[moment] = median_of(own)
    return median_of(ratios)


def test_bare_window_first_paint(benchmark: Any) -> None:
    measure(benchmark, "bare", "bare")


def test_first_paint_of_the_main_window(benchmark: Any, store: str) -> None:
    ratio = measure_against_bare(benchmark, "paint", store)
    print(
        f"\nfirst paint: {results['paint']:.3f} s, bare {results['bare']:.3f} s, x{ratio:.2f} "
        f"(target <= {PAINT_TARGET})"
    )
    assert sqlalchemy_loaded["paint"] == {"False"}
    assert ratio <= PAINT_TARGET


def test_meeting_list_shown(benchmark: Any, store: str) -> None:
    ratio = measure_against_bare(benchmark, "list", store)
    print(
        f"\nmeeting list painted: {results['list']:.3f} s, bare {results['bare']:.3f} s, "
        f"x{ratio:.2f} (target <= {LIST_TARGET})"
    )
    assert sqlalchemy_loaded["list"] == {"False"}
    assert results["list"] > results["paint"]
    assert ratio <= LIST_TARGET


def peak_mb(moment: str) -> float:
    return max(peaks[moment]) / 1024


@pytest.mark.slow
def test_peak_memory_does_not_grow_with_the_archive(
    benchmark: Any, store: str, generated_archive: Path
) -> None:
    """Peak memory with the archive open, browsed and searched: at most 1.2 times the same
    on the small example store, and at most 3 times the bare window's."""
    peaks.pop("browse", None)
    start("browse", store)
    small = peak_mb("browse")
    peaks.pop("browse", None)
    benchmark.pedantic(start, args=("browse", str(generated_archive)), rounds=3, iterations=1)
    large = peak_mb("browse")
    bare = peak_mb("bare")
    print(
        f"\npeak memory: archive {large:.0f} MB, example {small:.0f} MB (x{large / small:.2f}, "
        f"target <= 1.2), bare window {bare:.0f} MB (x{large / bare:.2f}, target <= 3)"
    )
    assert large <= 1.2 * small
    assert large <= 3 * bare
