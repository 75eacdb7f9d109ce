"""The registry being served and its reloads: built once, rebuilt on SIGHUP or when a watched
source file changes, in a worker thread, swapped in whole."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from modelreg import inputs
from modelreg.registry import ModelRegistry
from modelreg.service.http_errors import log, one_line


class Registries:
    """The registry being served and how to rebuild it.

    ``registry`` is replaced whole, never changed: a handler reads the reference once
    and uses that registry to the end of its request.
    """

    def __init__(self, load: Callable[[], ModelRegistry], watched: Iterable[Path] = ()) -> None:
        self._load = load
        self.watched = list(watched)
        self._stamps = self._stat()
        self.reload_pending = False  # a SIGHUP came before the server could reload
        self.registry = load()
        self.generation = 1
        self.loaded_at = time.time()
        self._lock = threading.Lock()

    def ask_reload(self) -> None:
        """Ask for a reload once the server runs (a SIGHUP before it could reload)."""
        self.reload_pending = True

    def reload(self) -> bool:
        """Build a new registry and swap it in; a failure keeps the old one and logs one line."""
        with self._lock:
            stamps = self._stat()
            try:
                fresh = self._load()
            except Exception as exc:  # a broken source, or anything else: keep serving
                self._stamps = stamps  # --watch retries when the file changes again
                log.error("reload failed, serving the previous registry: %s", one_line(exc))
                return False
            self.registry = fresh
            self.generation += 1
            self.loaded_at = time.time()
            self._stamps = stamps
            log.info("registry reloaded: %d models", len(fresh))
            return True

    def changed(self) -> bool:
        """Whether a watched file changed (appeared, went away, new mtime or size)."""
        return self._stat() != self._stamps

    def _stat(self) -> list[tuple[int, ...] | None]:
        from modelreg.snapshot import stamp

        return [stamp(path) for path in self.watched]


def watched_paths(catalogs: Sequence[str] | None, builtin_only: bool) -> list[Path]:
    """The local files a registry built from these options reads (for ``--watch``): every
    input's, the outside catalogs' config and cached copies included."""
    from modelreg import intake

    enabled = intake.enabled_outside(builtin_only, lenient=True)  # a broken config: watched
    options = inputs.Options(tuple(catalogs) if catalogs else None, builtin_only)
    found = inputs.in_effect(options, enabled=enabled)
    return inputs.files(found)


class Reloader:
    """Runs reloads off the event loop, one at a time; signals during one coalesce."""

    def __init__(self, registries: Registries) -> None:
        self.registries = registries
        self._running = False
        self._again = False

    def request(self) -> None:
        if self._running:
            self._again = True
            return
        self._running = True
        asyncio.get_running_loop().create_task(self._run())

    async def _run(self) -> None:
        try:
            while True:
                self._again = False
                await asyncio.to_thread(self.registries.reload)
                if not self._again:
                    break
        finally:
            self._running = False

    async def watch(self, interval: float) -> None:
        while True:
            await asyncio.sleep(interval)
            if self.registries.changed() and not self._running:
                log.info("a source file changed: reloading")
                self.request()
