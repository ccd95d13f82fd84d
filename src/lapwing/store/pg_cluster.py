"""A throwaway PostgreSQL server in a temporary folder, for the tests and the store benchmark.

``TempCluster().start()`` runs Debian's ``initdb`` into a new folder and ``pg_ctl start`` on a
free loopback port, with its unix socket in the same folder; ``stop()`` stops it and removes the
folder. PostgreSQL refuses to run as root: when the caller is root, the server runs as the
unprivileged user ``nobody`` (``runuser``), owning only its data folder. Connections use trust
authentication on 127.0.0.1, as the superuser ``lapwing``.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

SUPERUSER = "lapwing"


class ClusterError(RuntimeError):
    """The server could not be set up (the message says what failed and its output)."""


def find_bin_dir() -> str | None:
    """The newest ``/usr/lib/postgresql/*/bin`` holding initdb and pg_ctl (or ``PG_BIN_DIR``), or None."""
    env = os.environ.get("PG_BIN_DIR")
    candidates = [env] if env else sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                                          key=lambda p: int(Path(p).parent.name) if Path(p).parent.name.isdigit() else 0,
                                          reverse=True)
    for d in candidates:
        if d and os.access(os.path.join(d, "initdb"), os.X_OK) and os.access(os.path.join(d, "pg_ctl"), os.X_OK):
            return d
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class TempCluster:
    def __init__(self, bin_dir: str | None = None, durable: bool = False):
        """``durable``: PostgreSQL's own defaults (fsync, synchronous commit), as a real server runs;
        otherwise (tests) commits do not wait for the disk."""
        found = bin_dir or find_bin_dir()
        if found is None:
            raise ClusterError("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb); "
                               "install it with `apt-get install postgresql` (scripts/system-deps.sh)")
        self.bin_dir = found
        self.root = ""
        self.port = 0
        self._as_nobody = os.geteuid() == 0
        self.durable = durable

    def _run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
        cmd = [os.path.join(self.bin_dir, args[0]), *args[1:]]
        if self._as_nobody:
            cmd = ["runuser", "-u", "nobody", "--", *cmd]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=self.root or "/")
        if proc.returncode != 0:
            raise ClusterError(f"{args[0]} failed ({proc.returncode}): {(proc.stderr or proc.stdout).strip()[-2000:]}")
        return proc

    @property
    def data_dir(self) -> str:
        return os.path.join(self.root, "data")

    def start(self) -> "TempCluster":
        self.root = tempfile.mkdtemp(prefix="lapwing-pg-")
        os.chmod(self.root, 0o755)  # the server user must reach its folder
        if self._as_nobody:
            shutil.chown(self.root, user="nobody")
        try:
            self._run("initdb", "-D", self.data_dir, "-U", SUPERUSER, "--auth=trust", "-E", "UTF8",
                      "--locale=C", *([] if self.durable else ["--no-sync"]))
            self.port = _free_port()
            opts = f"-c listen_addresses=127.0.0.1 -c port={self.port} -c unix_socket_directories={self.root} -c max_connections=100"
            if not self.durable:
                opts += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
            self._run("pg_ctl", "-D", self.data_dir, "-o", opts, "-l", os.path.join(self.root, "server.log"),
                      "-w", "-t", "60", "start")
        except BaseException:
            self.stop()
            raise
        return self

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{dbname}"

    def create_database(self, name: str) -> str:
        """Create a database (dropping one of that name first) and return its URL."""
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as con:
            con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            con.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        if not self.root:
            return
        if os.path.exists(os.path.join(self.data_dir, "postmaster.pid")):
            try:
                self._run("pg_ctl", "-D", self.data_dir, "-m", "immediate", "-w", "-t", "60", "stop")
            except (ClusterError, subprocess.TimeoutExpired):
                pass
        shutil.rmtree(self.root, ignore_errors=True)
        self.root = ""

    def __enter__(self) -> "TempCluster":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
