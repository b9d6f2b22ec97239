"""Work shared with processes forked from the build's: they inherit its graph instead of copying it.

A forked process shares the build's memory until it writes to it, so it starts at once with the
whole graph in hand (spawned, it would run the caller's main script again). `beside` runs one
piece of work in a forked process while this one does another: the build writes the search
index so while it writes the site, two stages that read the same graph and write apart.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from guidegraph.errors import BuildError

_PR_SET_PDEATHSIG = 1  # prctl(2): the signal a process gets when its parent dies


def can_fork() -> bool:
    """Fork is available (not on Windows), and safe: another thread could hold a lock the child
    would wait on forever."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def cores() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def worker_start() -> None:
    """A pool worker's start (its initializer): it leaves Ctrl-C to the build's process, which
    stops its workers (each would print a traceback of its own), and dies with its parent, so
    that a build killed, or a process of it, leaves no worker writing on."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with(os.getppid())


def beside(work: Callable[[], Any], here: Callable[[], None]) -> tuple[Any, float]:
    """Run `work` in a process forked from this one while this one runs `here`; return what
    `work` returned and the seconds it took. Either's exception is raised here, and the forked
    process never outlives this call. With one core, or no fork, they run one after the other."""
    if cores() < 2 or not can_fork():
        start = time.perf_counter()
        result = work()
        seconds = time.perf_counter() - start
        here()
        return result, seconds
    context = multiprocessing.get_context("fork")
    results, sender = context.Pipe(duplex=False)
    # Not a daemon: a daemon may not fork, and `work` may share its own work out.
    child = context.Process(target=_run, args=(work, sender, os.getpid()), name="guidegraph-beside")
    child.start()
    sender.close()
    try:
        here()
        outcome = _outcome(results, child)
    finally:
        if child.is_alive():  # `here` failed, or this process was interrupted
            child.kill()
        child.join()
        results.close()
    status, value, seconds = outcome
    if status == "error":
        raise value
    return value, seconds


def _outcome(results: Connection, child: Any) -> tuple[str, Any, float]:
    try:
        return results.recv()
    except EOFError:  # it died without a word: killed, or out of memory
        child.join()
        raise BuildError(f"a build process stopped before it finished (exit code {child.exitcode})") from None


def _run(work: Callable[[], Any], sender: Connection, parent: int) -> None:
    """In the forked process: do `work` and send back its outcome."""
    _die_with(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the build's process, which stops this one
    start = time.perf_counter()
    try:
        outcome: tuple[str, Any, float] = ("done", work(), time.perf_counter() - start)
    except BaseException as error:  # noqa: BLE001  (handed to the parent, which raises it)
        outcome = ("error", error, 0.0)
    try:
        sender.send(outcome)
    except Exception as error:  # noqa: BLE001  (an exception or result that cannot be pickled)
        sender.send(("error", BuildError(f"{outcome[1]!r} ({error})"), 0.0))
    sender.close()


def _die_with(parent: int) -> None:
    """Have the kernel kill this process when its parent dies (Linux), so that a killed build
    leaves no process writing into its abandoned staging folder."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: the work ends on its own
        pass
    if os.getppid() != parent:  # the parent died before the request was made
        os._exit(1)
