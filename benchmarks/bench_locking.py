"""The product's file lock (``storage/locking.py``, flock) against filelock, the package most Python projects use.

Three figures, each a median over rounds, the two locks interleaved in one run:

- the import, measured after the CLI's own core is loaded (what a CLI run pays on top: locking.py is in it);
- one uncontended take-and-release (every history line, config save and oplog entry takes one);
- 4 processes × 100 edits of 1 ms under the lock on one file (concurrent CLI runs and the app): filelock
  polls (sleeps 50 ms between tries) where flock sleeps in the kernel and wakes when the lock is free.

filelock is installed into the venv when missing (``pip install filelock``).

    .venv/bin/python benchmarks/bench_locking.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import multiprocessing
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

IMPORT_AFTER_CORE = """
import time
import pingtower_desktop.cli, pingtower_desktop.delivery.runner
started = time.perf_counter()
import {module}
print(time.perf_counter() - started)
"""

EDITS, WORKERS, EDIT_SECONDS = 100, 4, 0.001


def ensure_filelock() -> None:
    try:
        import filelock  # noqa: F401
    except ImportError:
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "filelock"], check=True)


def product_lock(path: Path):
    from pingtower_desktop.storage.locking import file_lock

    return file_lock(path)


def filelock_lock(path: Path):
    from filelock import FileLock

    return FileLock(path, mode=0o600)


LOCKS = {"locking.py (flock)": product_lock, "filelock": filelock_lock}
MODULES = {"locking.py (flock)": "pingtower_desktop.storage.locking", "filelock": "filelock"}


def editor(kind: str, path: Path) -> None:
    for _ in range(EDITS):
        with LOCKS[kind](path):
            time.sleep(EDIT_SECONDS)


def contended(kind: str, folder: Path) -> float:
    path = folder / f"{kind}.lock"
    workers = [multiprocessing.Process(target=editor, args=(kind, path)) for _ in range(WORKERS)]
    started = time.perf_counter()
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return time.perf_counter() - started


def uncontended(kind: str, folder: Path, count: int = 2000) -> float:
    path = folder / f"{kind}-alone.lock"
    started = time.perf_counter()
    for _ in range(count):
        with LOCKS[kind](path):
            pass
    return (time.perf_counter() - started) / count


def import_cost(kind: str) -> float:
    code = IMPORT_AFTER_CORE.format(module=MODULES[kind])
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    return float(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    ensure_filelock()
    figures: dict[tuple[str, str], list[float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(args.rounds):
            for kind in LOCKS:
                figures.setdefault((kind, "import"), []).append(import_cost(kind) * 1000)
                figures.setdefault((kind, "uncontended"), []).append(uncontended(kind, Path(folder)) * 1e6)
                figures.setdefault((kind, "contended"), []).append(contended(kind, Path(folder)))
    median = {key: statistics.median(values) for key, values in figures.items()}
    floor = WORKERS * EDITS * EDIT_SECONDS
    print(f"{args.rounds} rounds, medians")
    for kind in LOCKS:
        print(
            f"  {kind:<20} import after the CLI core {median[kind, 'import']:5.1f} ms · "
            f"take and release {median[kind, 'uncontended']:6.1f} µs · "
            f"{WORKERS}×{EDITS} edits of 1 ms: {median[kind, 'contended']:.2f} s (floor {floor:.2f} s)"
        )
    ours, theirs = LOCKS
    print(f"filelock adds {median[theirs, 'import'] - median[ours, 'import']:.1f} ms to every CLI run's imports")
    print("ratios filelock / locking.py")
    for figure in ("uncontended", "contended"):
        print(f"  {figure:<12} {median[theirs, figure] / median[ours, figure]:.2f}×")


if __name__ == "__main__":
    main()
