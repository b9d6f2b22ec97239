"""Work run beside the build in a forked process: its result, its errors, and its end."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import guidegraph.forking as forking
from guidegraph.errors import BuildError
from guidegraph.forking import beside


@pytest.fixture(autouse=True)
def two_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fork as on a machine of two cores or more, whatever this one has."""
    monkeypatch.setattr(forking, "cores", lambda: 2)


def test_the_work_runs_in_another_process_while_this_one_runs_its_own(tmp_path: Path) -> None:
    here_ran = []
    result, seconds = beside(lambda: (os.getpid(), sum(range(1000))), lambda: here_ran.append(os.getpid()))
    assert result[0] != os.getpid() and result[1] == 499500
    assert here_ran == [os.getpid()] and seconds >= 0


def test_its_exception_is_raised_here() -> None:
    def work() -> None:
        raise BuildError("the index could not be written")

    with pytest.raises(BuildError, match="the index could not be written"):
        beside(work, lambda: None)


def test_a_process_that_dies_without_a_word_is_a_build_error() -> None:
    with pytest.raises(BuildError, match=r"stopped before it finished \(exit code 3\)"):
        beside(lambda: os._exit(3), lambda: None)


def test_when_this_side_fails_the_forked_process_is_stopped(tmp_path: Path) -> None:
    marker = tmp_path / "pid"

    def work() -> None:
        written = tmp_path / "pid.tmp"
        written.write_text(str(os.getpid()))
        written.rename(marker)  # whole when it appears: `here` stops this process as soon as it does
        time.sleep(60)

    def here() -> None:
        while not marker.exists():
            time.sleep(0.01)
        raise KeyboardInterrupt

    started = time.perf_counter()
    with pytest.raises(KeyboardInterrupt):
        beside(work, here)
    assert time.perf_counter() - started < 10
    with pytest.raises(ProcessLookupError):
        os.kill(int(marker.read_text()), 0)


def test_with_one_core_they_run_one_after_the_other(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(forking, "cores", lambda: 1)
    order: list[str] = []
    result, _ = beside(lambda: order.append("work") or os.getpid(), lambda: order.append("here"))
    assert result == os.getpid() and order == ["work", "here"]


def test_the_forked_process_dies_with_a_killed_build(tmp_path: Path) -> None:
    """A build killed (SIGKILL) while its forked process works leaves no process writing on."""
    marker = tmp_path / "pid"
    script = f"""
import os, signal, time
from pathlib import Path
from guidegraph import forking
forking.cores = lambda: 2
marker = Path({str(marker)!r})
def work():
    marker.write_text(str(os.getpid()))
    time.sleep(60)
def here():
    while not marker.exists():
        time.sleep(0.01)
    os.kill(os.getpid(), signal.SIGKILL)
forking.beside(work, here)
"""
    assert killed_leaving_nothing_running(script, marker)


def killed_leaving_nothing_running(script: str, marker: Path) -> bool:
    """Run `script`, which writes a process's pid to `marker` and kills itself: is that process
    gone soon after?"""
    assert subprocess.run([sys.executable, "-c", script], timeout=60).returncode == -signal.SIGKILL
    pid = int(marker.read_text())
    deadline = time.monotonic() + 10
    while _running(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    return not _running(pid)


def _running(pid: int) -> bool:
    """Alive and not a zombie waiting to be reaped."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def test_a_pools_workers_die_with_a_killed_build(tmp_path: Path) -> None:
    """A worker busy building a segment or a page when the build is killed stops too, rather than
    writing on into the abandoned staging folder."""
    marker = tmp_path / "pid"
    script = f"""
import multiprocessing, os, signal, time
from pathlib import Path
from guidegraph.forking import worker_start
with multiprocessing.get_context("fork").Pool(1, initializer=worker_start) as pool:
    Path({str(marker)!r}).write_text(str(pool.apply(os.getpid)))
    pool.apply_async(time.sleep, (60,))  # busy, it would not notice its pool is gone
    time.sleep(0.3)
    os.kill(os.getpid(), signal.SIGKILL)
"""
    assert killed_leaving_nothing_running(script, marker)


def test_a_pools_workers_leave_ctrl_c_to_the_build() -> None:
    """The build's process stops its workers on Ctrl-C; a worker interrupted too would print a
    traceback of its own."""
    import multiprocessing

    with multiprocessing.get_context("fork").Pool(1, initializer=forking.worker_start) as pool:
        worker = pool.apply(os.getpid)
        os.kill(worker, signal.SIGINT)
        time.sleep(0.2)
        assert pool.apply(os.getpid) == worker
