"""Run the API and dashboard in a background thread on a free loopback port: for the browser tests
and the dashboard benchmark (``bench/dashboard_load.py``), which drive the page in Chromium."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import uvicorn

from lapwing.api.app import create_app
from lapwing.api.settings import ApiSettings


@contextmanager
def serve_in_thread(db: str | Path, *, host: str = "127.0.0.1", timeout: float = 30.0) -> Iterator[str]:
    """Serve the store at ``db`` (read-only) on ``host`` and a port the system picks; yields the base
    URL (``http://127.0.0.1:PORT``) and stops the server on exit."""
    app = create_app(ApiSettings(db=str(db)))
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="lapwing-serve", daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            sock.close()
            raise RuntimeError(f"the server did not start on {host}:{port} within {timeout:.0f} s")
        time.sleep(0.02)
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout)
        sock.close()
        app.state.access.close()
