"""A local preview server for a built site (the site itself needs none: it works from file://)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any


class _Handler(SimpleHTTPRequestHandler):
    """Serves one folder; logs through the caller's reporter instead of raw stderr lines."""

    report: Callable[[str], None] | None = None

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (the base class's name)
        if self.report is not None:
            self.report(format % args)


def make_server(directory: Path, host: str = "127.0.0.1", port: int = 8000,
                report: Callable[[str], None] | None = None) -> ThreadingHTTPServer:
    """An HTTP server for `directory` on host:port (port 0 picks a free port); call serve_forever()."""
    handler = type("Handler", (_Handler,), {"report": staticmethod(report) if report else None})
    return ThreadingHTTPServer((host, port), partial(handler, directory=str(directory)))


def serve_site(directory: Path, host: str, port: int, report: Callable[[str], None]) -> None:
    """Serve `directory` until interrupted."""
    with make_server(directory, host, port) as server:
        report(f"Serving {directory} at http://{host}:{server.server_port}/ (press Ctrl+C to stop)")
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            report("Stopped.")
