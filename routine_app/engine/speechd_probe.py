"""Does speech-dispatcher answer? Asked with a plain socket and a timeout, before Qt's
speechd plug-in (libspeechd) connects.

A stale speech-dispatcher (seen here: one left "closing module espeak-ng" for good)
accepts connections and never replies. libspeechd then waits for ever, and if that
daemon is killed while it waits, libspeechd crashes the whole app on the dropped
connection. So the app asks first, in the way libspeechd would connect, and leaves a
silent daemon alone. No Qt here: this runs on the speech thread without Python's GIL
held for long (socket calls release it).
"""

from __future__ import annotations

import os
import socket
from enum import Enum
from pathlib import Path

DEFAULT_PORT = 6560
#: The first command of every client; a daemon that works answers "208 OK ...".
HELLO = b"SET SELF CLIENT_NAME user:routine-app:probe\r\n"


class Answer(Enum):
    ANSWERS = "answers"
    NONE_RUNNING = "none running"  # libspeechd starts one itself (autospawn)
    SILENT = "silent"  # took the connection and said nothing: stale


def address() -> tuple[socket.AddressFamily, str | tuple[str, int]]:
    """Where libspeechd connects: SPEECHD_ADDRESS, else the per-user Unix socket under
    the runtime directory (falling back to the cache directory, as GLib does)."""
    wanted = os.environ.get("SPEECHD_ADDRESS", "")
    kind, _, where = wanted.partition(":")
    if kind == "inet_socket":
        host, _, port = where.rpartition(":") if ":" in where else (where, "", "")
        return socket.AF_INET, (host or "127.0.0.1", int(port) if port.isdigit() else DEFAULT_PORT)
    if kind == "unix_socket" and where:
        return socket.AF_UNIX, where
    base = os.environ.get("XDG_RUNTIME_DIR") or os.environ.get("XDG_CACHE_HOME")
    folder = Path(base) if base else Path.home() / ".cache"
    return socket.AF_UNIX, str(folder / "speech-dispatcher" / "speechd.sock")


def ask(timeout: float) -> Answer:
    """Connect as libspeechd would, say hello, and wait up to *timeout* seconds."""
    family, where = address()
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.settimeout(timeout)
        try:
            sock.connect(where)
        except TimeoutError:
            return Answer.SILENT
        except OSError:  # no socket file, refused, no such host: nobody listens
            return Answer.NONE_RUNNING
        try:
            sock.sendall(HELLO)
            reply = sock.recv(256)
        except OSError:  # including the timeout
            return Answer.SILENT
    return Answer.ANSWERS if reply[:1] == b"2" else Answer.SILENT
