"""How the pure per-page step is mapped: in this process and its worker processes (the default), or on a
Dask cluster (imported only when asked: `pip install gaoxin[dask]`)."""

from __future__ import annotations

import multiprocessing
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from contextlib import ExitStack, contextmanager
from itertools import chain, islice
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

CHUNK = 32  # pages sent to a worker at once
IN_FLIGHT = 2  # chunks per worker sent ahead: workers never wait, and results never pile up in memory


class EngineError(RuntimeError):
    """The engine asked for cannot run here (Dask is not installed), or its workers disagree with us."""


@contextmanager
def local_map(fn: Callable[[T], R], items: Iterable[T], total: int, workers: int,
              warm: Callable[[], object]) -> Iterator[Iterator[R]]:
    """fn over the `total` items, in order: in this process, or in `workers` processes that start warm:
    `warm()` runs here first (loading every dictionary and rule a page needs) and the workers fork from this
    process (on Linux), so each inherits them instead of loading them again (about a second of CPU each)."""
    if workers <= 1 or total <= 1:
        yield map(fn, items)
        return
    context = None
    if sys.platform == "linux":
        warm()
        context = multiprocessing.get_context("fork")
    size = max(1, min(CHUNK, total // (workers * 4)))
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        calls = ((fn, chunk) for chunk in chunks(items, size))
        yield chain.from_iterable(bounded(pool, _apply, calls, IN_FLIGHT * workers))


@contextmanager
def dask_map(fn: Callable[..., R], calls: Iterable[tuple[Any, ...]], scheduler: str | None = None,
             workers: int = 1) -> Iterator[Iterator[R]]:
    """fn(*args) for each args of calls, as tasks on the Dask scheduler at `scheduler` (tcp://host:8786), or
    on a LocalCluster of `workers` processes when no address is given; the results in the order of calls,
    two tasks per worker in flight. A failed task raises here; the cluster is closed on leaving."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise EngineError("the dask engine needs Dask: pip install 'gaoxin[dask]'") from exc
    with ExitStack() as stack:
        if scheduler is None:
            scheduler = stack.enter_context(LocalCluster(n_workers=max(1, workers), threads_per_worker=1,
                                                         processes=True, dashboard_address=":0"))
        client = stack.enter_context(Client(scheduler))
        window = IN_FLIGHT * max(1, len(client.scheduler_info()["workers"]))
        yield bounded(client.get_executor(pure=False), fn, calls, window)


def chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """The items, `size` at a time (the last chunk may be shorter)."""
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def bounded(executor: Executor, fn: Callable[..., R], calls: Iterable[tuple[Any, ...]], window: int) -> Iterator[R]:
    """fn(*args) for each args of calls on the executor, the results in order, with at most `window` calls
    submitted and not yet consumed (Executor.map submits them all at once, and a consumer slower than the
    workers then holds every result: 2.6 GB for 10,000 pages)."""
    pending: deque[Future[R]] = deque()
    for args in calls:
        pending.append(executor.submit(fn, *args))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _apply(fn: Callable[[T], R], items: list[T]) -> list[R]:
    return [fn(item) for item in items]
