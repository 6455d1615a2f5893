"""A real, throwaway PostgreSQL server for the tests: initdb, pg_ctl start, pg_ctl stop.

The cluster lives in a temporary folder, listens on 127.0.0.1 on a free port (and on a
unix socket in that folder), trusts local connections and is deleted at the end. Nothing
is mocked: the tests that use it speak to a real PostgreSQL through psycopg 3.

initdb refuses to run as root: as root, initdb and pg_ctl run as the ``postgres`` system
user (Debian's ``postgresql`` package creates it) through ``setpriv`` (or ``runuser``),
and the temporary folder belongs to that user. The server tools are looked for in
``$IREV_PG_BINDIR`` if set, else on PATH, else where Debian installs them
(``/usr/lib/postgresql/<version>/bin``, which is not on PATH).
"""

from __future__ import annotations

import atexit
import contextlib
import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SYSTEM_USER = "postgres"
SUPERUSER = "postgres"
# The superuser's password on the throwaway cluster (TCP connections ask for one).
SUPERUSER_PASSWORD = "irev-tests-superuser"
START_TIMEOUT_SECONDS = 60
# Debian and Ubuntu put the server tools here, one folder per major version.
DEBIAN_BIN_GLOB = "/usr/lib/postgresql/*/bin"
# Where to find initdb and pg_ctl, if not on PATH nor where Debian puts them.
BINDIR_ENV_VAR = "IREV_PG_BINDIR"


class ServerUnavailable(Exception):
    """The server tools (or the user to run them as) are missing on this machine."""


def server_bin_dir() -> Path:
    """The folder holding initdb and pg_ctl: ``$IREV_PG_BINDIR`` when set (and then only
    it), else PATH, else Debian's newest version."""
    chosen = os.environ.get(BINDIR_ENV_VAR)
    if chosen:
        folder = Path(chosen)
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
        raise ServerUnavailable(f"no initdb and pg_ctl in {BINDIR_ENV_VAR}={chosen}")
    on_path = shutil.which("initdb")
    if on_path and shutil.which("pg_ctl"):
        return Path(on_path).resolve().parent
    candidates = [
        Path(folder)
        for folder in sorted(
            (str(p) for p in Path("/").glob(DEBIAN_BIN_GLOB.lstrip("/"))),
            key=lambda p: [int(n) for n in re.findall(r"\d+", p)],
            reverse=True,
        )
    ]
    for folder in candidates:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    raise ServerUnavailable(
        "PostgreSQL server tools not found (initdb, pg_ctl: neither on PATH nor in "
        f"{DEBIAN_BIN_GLOB}); install Debian's `postgresql` package"
    )


def run_as_prefix() -> list[str]:
    """What to put before a server command so that it does not run as root."""
    if os.geteuid() != 0:
        return []
    try:
        pwd.getpwnam(SYSTEM_USER)
    except KeyError:
        raise ServerUnavailable(
            f"running as root and there is no `{SYSTEM_USER}` system user to run initdb as "
            "(Debian's `postgresql` package creates it)"
        ) from None
    if shutil.which("setpriv"):
        return ["setpriv", f"--reuid={SYSTEM_USER}", f"--regid={SYSTEM_USER}", "--init-groups"]
    if shutil.which("runuser"):
        return ["runuser", "-u", SYSTEM_USER, "--"]
    raise ServerUnavailable("running as root without setpriv nor runuser to drop to postgres")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def server_env() -> dict[str, str]:
    """The environment of the server tools: no PG* variable of the caller leaks in."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env["LC_ALL"] = "C.UTF-8"
    env["LANG"] = "C.UTF-8"
    return env


@dataclass
class PgServer:
    """One running cluster. ``start()`` makes it, ``stop()`` stops and deletes it."""

    folder: Path
    port: int
    bin_dir: Path
    prefix: list[str]
    databases: list[str] = field(default_factory=list)
    running: bool = False
    # A server the tests crash (``interrupt``) must keep what it acknowledged, as a real
    # one does; the shared one trades that for speed.
    durable: bool = False

    @property
    def data_dir(self) -> Path:
        return self.folder / "data"

    @property
    def socket_dir(self) -> Path:
        return self.folder / "socket"

    @property
    def log_file(self) -> Path:
        return self.folder / "server.log"

    @classmethod
    def start(cls, *, durable: bool = False) -> PgServer:
        bin_dir = server_bin_dir()
        prefix = run_as_prefix()
        folder = Path(tempfile.mkdtemp(prefix="irev-pg-"))
        server = cls(folder=folder, port=0, bin_dir=bin_dir, prefix=prefix, durable=durable)
        try:
            server._init_cluster()
            server._start_listening()
        except BaseException:
            server.stop()
            raise
        atexit.register(server.stop)
        return server

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = [*self.prefix, str(self.bin_dir / args[0]), *args[1:]]
        done = subprocess.run(
            command, capture_output=True, text=True, env=server_env(), cwd=self.folder
        )
        if done.returncode != 0:
            log = (
                self.log_file.read_text(errors="replace")[-3000:] if self.log_file.exists() else ""
            )
            raise RuntimeError(
                f"{' '.join(command)} failed ({done.returncode}):\n"
                f"{done.stdout}\n{done.stderr}\n{log}"
            )
        return done

    def _password_file(self) -> Path:
        path = self.folder / "superuser-password"
        if not path.exists():
            path.write_text(SUPERUSER_PASSWORD + "\n", encoding="utf-8")
            if self.prefix:
                user = pwd.getpwnam(SYSTEM_USER)
                os.chown(path, user.pw_uid, user.pw_gid)
        return path

    def _init_cluster(self) -> None:
        self.socket_dir.mkdir()
        if self.prefix:  # as root: the cluster belongs to the postgres user
            user = pwd.getpwnam(SYSTEM_USER)
            for path in (self.folder, self.socket_dir):
                os.chown(path, user.pw_uid, user.pw_gid)
        self._run(
            "initdb",
            "--pgdata",
            str(self.data_dir),
            "--username",
            SUPERUSER,
            # The socket trusts its local users; TCP asks for a password, as a real
            # server does (a wrong password must be refused in the tests too).
            "--auth-local",
            "trust",
            "--auth-host",
            "scram-sha-256",
            "--pwfile",
            str(self._password_file()),
            "--encoding",
            "UTF8",
            "--locale",
            "C.UTF-8",
            "--no-sync",
        )

    def _start_listening(self) -> None:
        # A port found free may be taken before the server binds it: try a few.
        for attempt in range(5):
            self.port = free_port()
            try:
                self._pg_ctl_start()
            except RuntimeError:
                if attempt == 4:
                    raise
                time.sleep(0.2)
                continue
            return

    def _pg_ctl_start(self) -> None:
        fast = (
            ()
            if self.durable
            else (
                # A throwaway cluster: durability is not what is tested on it.
                "-c fsync=off",
                "-c synchronous_commit=off",
                "-c full_page_writes=off",
            )
        )
        options = " ".join(
            (
                "-c listen_addresses=127.0.0.1",
                f"-c port={self.port}",
                f"-c unix_socket_directories={self.socket_dir}",
                *fast,
            )
        )
        self._run(
            "pg_ctl",
            "start",
            "--pgdata",
            str(self.data_dir),
            "--log",
            str(self.log_file),
            "--wait",
            "--timeout",
            str(START_TIMEOUT_SECONDS),
            "-o",
            options,
        )
        self.running = True

    def interrupt(self) -> None:
        """Stop the server as a crash or a network cut would look to its clients (their
        connections drop), keeping its data; ``resume`` starts it again."""
        self._run("pg_ctl", "stop", "--pgdata", str(self.data_dir), "--mode", "immediate")
        self.running = False

    def resume(self) -> None:
        """Start the server again after ``interrupt``, on the same port."""
        self._pg_ctl_start()

    def url(self, database: str) -> str:
        """The SQLAlchemy URL of one database of this server (psycopg 3 over TCP)."""
        return (
            f"postgresql+psycopg://{SUPERUSER}:{SUPERUSER_PASSWORD}@127.0.0.1:{self.port}/"
            f"{database}"
        )

    def url_through(self, port: int, database: str) -> str:
        """The URL of ``database`` through a relay listening on ``port`` (``TcpProxy``)."""
        return self.url(database).replace(f"@127.0.0.1:{self.port}/", f"@127.0.0.1:{port}/")

    def login_url(self, database: str, user: str, password: str | None = None) -> str:
        """The URL of ``database`` for another login (its password, if given)."""
        secret = f":{password}" if password is not None else ""
        return f"postgresql+psycopg://{user}{secret}@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str, template: str = "template0") -> str:
        """A new database, a copy of ``template`` (empty by default); returns its URL."""
        for plain in (name, template):
            if not re.fullmatch(r"[a-z_][a-z0-9_]*", plain):
                raise ValueError(f"not a plain database name: {plain!r}")
        self.admin(f"CREATE DATABASE {name} TEMPLATE {template} ENCODING 'UTF8'")
        self.databases.append(name)
        return self.url(name)

    def drop_database(self, name: str) -> None:
        """Drop ``name``, closing whatever connection a test left open to it."""
        self.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        if name in self.databases:
            self.databases.remove(name)

    def admin(self, sql: str) -> None:
        """One statement as the superuser, outside any transaction."""
        import psycopg

        with psycopg.connect(
            host="127.0.0.1",
            port=self.port,
            user=SUPERUSER,
            password=SUPERUSER_PASSWORD,
            dbname="postgres",
            autocommit=True,
        ) as conn:
            conn.execute(sql)  # type: ignore[arg-type]

    def query(self, database: str, sql: str, *params: object) -> list[tuple[Any, ...]]:
        """The rows of one statement on ``database``, as the superuser, straight to the
        server (never through a ``TcpProxy``): what a test counts."""
        import psycopg

        with psycopg.connect(
            host="127.0.0.1",
            port=self.port,
            user=SUPERUSER,
            password=SUPERUSER_PASSWORD,
            dbname=database,
            autocommit=True,
        ) as conn:
            return conn.execute(sql, params or None).fetchall()  # type: ignore[arg-type]

    def stop(self) -> None:
        """Stop the server (if it runs) and delete the cluster's folder."""
        try:
            if self.running:
                self.running = False
                self._run(
                    "pg_ctl", "stop", "--pgdata", str(self.data_dir), "--mode", "fast", "--wait"
                )
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


def server_for_tests(*, durable: bool = False) -> Iterator[PgServer]:
    """A started server for a fixture, stopped and deleted after it. Without the server
    tools the tests that need it are skipped, and fail under CI (``CI`` set), where a
    skip would hide that they never ran."""
    import pytest

    try:
        server = PgServer.start(durable=durable)
    except ServerUnavailable as missing:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the PostgreSQL tests: {missing}")
        pytest.skip(f"pas de serveur PostgreSQL sur cette machine : {missing}")
    try:
        yield server
    finally:
        server.stop()


class TcpProxy:
    """A TCP relay on 127.0.0.1 between the program and a server, to cut the network for
    real: threads and sockets, nothing mocked.

    ``cut()`` drops every connection (a reset, as a firewall or a restarted router
    gives) and refuses new ones (the port closes); ``black_hole()`` keeps every
    connection open but forwards nothing more, and leaves new ones unanswered (the
    bytes already sent are held, not lost: a link that stalls); ``restore()`` accepts
    and forwards again on the same port.
    """

    def __init__(self, target_port: int, target_host: str = "127.0.0.1") -> None:
        self.target = (target_host, target_port)
        self.port = free_port()
        self._forwarding = threading.Event()
        self._forwarding.set()
        self._lock = threading.Lock()
        self._sockets: set[socket.socket] = set()
        self._listener: socket.socket | None = None
        self._closed = False
        self.accepted = 0  # connections accepted, over the proxy's life
        self._listen()

    def _listen(self) -> None:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self._listener = listener
        threading.Thread(
            target=self._accept, args=(listener,), name="proxy-accept", daemon=True
        ).start()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return  # the listener was closed (cut, close)
            self._forwarding.wait()  # a black hole: the connection waits, unanswered
            try:
                upstream = socket.create_connection(self.target, timeout=10)
                upstream.settimeout(None)
            except OSError:
                client.close()
                continue
            with self._lock:
                if self._closed or listener is not self._listener:
                    client.close()
                    upstream.close()
                    continue
                self._sockets.update((client, upstream))
                self.accepted += 1
            for source, target in ((client, upstream), (upstream, client)):
                threading.Thread(
                    target=self._pump, args=(source, target), name="proxy-pump", daemon=True
                ).start()

    def _pump(self, source: socket.socket, target: socket.socket) -> None:
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    target.shutdown(socket.SHUT_WR)
                    return
                self._forwarding.wait()  # held, not dropped, while the link stalls
                target.sendall(data)
        except OSError:
            return

    def _drop_all(self) -> None:
        with self._lock:
            sockets, self._sockets = self._sockets, set()
            listener, self._listener = self._listener, None
        if listener is not None:
            with contextlib.suppress(OSError):
                listener.shutdown(socket.SHUT_RDWR)  # wakes the accepting thread
            listener.close()
        for sock in sockets:
            with contextlib.suppress(OSError):
                # A reset, not a polite end: linger 0, then close.
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\0\0\0\0\0\0\0")
                sock.shutdown(socket.SHUT_RD)  # wakes the pump blocked in recv
            sock.close()

    def cut(self) -> None:
        """Every connection reset, and the port closed: a new one is refused."""
        self._forwarding.set()  # the pumps blocked on it see their socket gone
        self._drop_all()

    def black_hole(self) -> None:
        """Nothing forwarded any more, in either direction; nothing closed either."""
        self._forwarding.clear()

    def restore(self) -> None:
        """Forward again: a cut proxy listens again on the same port."""
        with self._lock:
            listening = self._listener is not None
        if not listening and not self._closed:
            self._listen()
        self._forwarding.set()

    def close(self) -> None:
        self._closed = True
        self._forwarding.set()
        self._drop_all()
