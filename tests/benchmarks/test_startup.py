"""Start-up of the window, against a bare PySide6 window started the same way.

Each round starts a fresh interpreter (subprocess); the child reports the time elapsed
since the parent started it when the measured moment comes, and leaves. Bytecode is
cached (in a folder of the run) as it is in an installed program, and a first start of
each kind fills that cache before the measures. Targets: the first paint of the main
window at most 1.5 times the bare window's, and the first paint of the meeting table with
the store's meetings at most 3 times; at both moments SQLAlchemy must not be loaded yet.
Then peak memory with the archive open, browsed and searched. Each test starts its own
bare windows: none reads what another measured.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from irev_desktop.paths import AppPaths
from irev_desktop.sample_data.demo import load_demo
from irev_desktop.services.facade import Services

CHILD = Path(__file__).with_name("startup_child.py")
ROUNDS = 9
PAINT_TARGET, LIST_TARGET = 1.5, 3.0


@dataclass(frozen=True)
class Started:
    """What a child reported: seconds since the parent started it, its peak memory, and
    whether SQLAlchemy was loaded at the measured moment."""

    seconds: float
    peak_kb: int
    sqlalchemy_loaded: bool


@pytest.fixture(scope="module", autouse=True)
def bytecode_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PYTHONPYCACHEPREFIX", str(tmp_path_factory.mktemp("pycache")))
        patch.delenv("PYTHONDONTWRITEBYTECODE", raising=False)
        start("bare")
        yield


def start(*args: str) -> Started:
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
    return Started(float(seconds), int(peak_kb), loaded == "True")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    paths = AppPaths(tmp_path_factory.mktemp("startup") / "irev.sqlite")
    with Services.open(paths, write=True) as services:
        load_demo(services)
    start("list", str(paths.db))  # fills the bytecode and file caches
    return str(paths.db)


def median_of(values: list[float]) -> float:
    return sorted(values)[len(values) // 2]


def rounds(benchmark: Any, one_round: Callable[[], object], count: int = ROUNDS) -> None:
    """``count`` rounds, timed by the benchmark when it is enabled; disabled, it runs
    one round, and the others run here: the verdict never depends on the plugin."""
    done = [0]

    def counted() -> None:
        one_round()
        done[0] += 1

    benchmark.pedantic(counted, rounds=count, iterations=1)
    while done[0] < count:
        counted()


@dataclass(frozen=True)
class AgainstBare:
    ratio: float  # median of the per-round ratios
    seconds: float  # median of the program's own starts
    bare: float  # median of the bare window's starts
    sqlalchemy_loaded: set[bool]


def measure_against_bare(benchmark: Any, *moments: str, store: str) -> dict[str, AgainstBare]:
    """Each round starts the bare window and then ours at each moment: a machine that
    slows down or speeds up during the run weighs on both alike. Medians per moment."""
    bare: list[float] = []
    own: dict[str, list[Started]] = {moment: [] for moment in moments}

    def one_round() -> None:
        bare.append(start("bare").seconds)
        for moment in moments:
            own[moment].append(start(moment, store))

    rounds(benchmark, one_round)
    return {
        moment: AgainstBare(
            ratio=median_of([s.seconds / b for s, b in zip(started, bare, strict=True)]),
            seconds=median_of([s.seconds for s in started]),
            bare=median_of(bare),
            sqlalchemy_loaded={s.sqlalchemy_loaded for s in started},
        )
        for moment, started in own.items()
    }


def test_bare_window_first_paint(benchmark: Any) -> None:
    reported: list[Started] = []
    # The child's own report is the measure: the benchmark's timer also counts its exit.
    rounds(benchmark, lambda: reported.append(start("bare")))
    seconds = median_of([r.seconds for r in reported])
    print(f"\nbare window, first paint: {seconds:.3f} s")
    assert not any(r.sqlalchemy_loaded for r in reported)


def test_first_paint_of_the_main_window(benchmark: Any, store: str) -> None:
    paint = measure_against_bare(benchmark, "paint", store=store)["paint"]
    benchmark.extra_info.update(ratio=round(paint.ratio, 3), target=PAINT_TARGET)
    print(
        f"\nfirst paint: {paint.seconds:.3f} s, bare {paint.bare:.3f} s, x{paint.ratio:.2f} "
        f"(target <= {PAINT_TARGET})"
    )
    assert paint.sqlalchemy_loaded == {False}
    assert paint.ratio <= PAINT_TARGET


def test_meeting_list_shown(benchmark: Any, store: str) -> None:
    measured = measure_against_bare(benchmark, "paint", "list", store=store)
    paint, shown = measured["paint"], measured["list"]
    benchmark.extra_info.update(ratio=round(shown.ratio, 3), target=LIST_TARGET)
    print(
        f"\nmeeting list painted: {shown.seconds:.3f} s, bare {shown.bare:.3f} s, "
        f"x{shown.ratio:.2f} (target <= {LIST_TARGET}); first paint {paint.seconds:.3f} s"
    )
    assert shown.sqlalchemy_loaded == {False}
    assert shown.seconds > paint.seconds
    assert shown.ratio <= LIST_TARGET


@pytest.mark.slow
def test_peak_memory_does_not_grow_with_the_archive(
    benchmark: Any, store: str, generated_archive: Path
) -> None:
    """Peak memory with the archive open, browsed and searched: at most 1.2 times the same
    on the small example store, and at most 3 times the bare window's."""
    bare = max(start("bare").peak_kb for _ in range(ROUNDS)) / 1024
    small = start("browse", store).peak_kb / 1024
    peaks: list[int] = []
    rounds(benchmark, lambda: peaks.append(start("browse", str(generated_archive)).peak_kb), 3)
    large = max(peaks) / 1024
    print(
        f"\npeak memory: archive {large:.0f} MB, example {small:.0f} MB (x{large / small:.2f}, "
        f"target <= 1.2), bare window {bare:.0f} MB (x{large / bare:.2f}, target <= 3)"
    )
    assert large <= 1.2 * small
    assert large <= 3 * bare
