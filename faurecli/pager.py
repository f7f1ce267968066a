"""A pager for long output at a terminal, as git does: what a command writes to a terminal is
held, then shown through `FAURE_PAGER`, else `PAGER`, else `less -FRX` when it is taller than
the screen, and written straight out otherwise. Never in a pipe; `--no-pager` turns it off.
Reads the environment only when asked (nothing at import time)."""

from __future__ import annotations

import io
import os
import re
from collections.abc import Mapping
from typing import Any, TextIO

DEFAULT = "less -FRX"
# Colour and style sequences take no room on the screen.
_ESCAPES = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)")


class Held(io.StringIO):
    """Output held for the pager: looks like the terminal it stands for (a TTY, its encoding,
    its file descriptor) so that the commands format for the terminal."""

    def __init__(self, terminal: TextIO) -> None:
        super().__init__()
        self.terminal = terminal
        self.wanted = True

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self.terminal, "encoding", None) or "utf-8"

    @property
    def errors(self) -> str | None:  # type: ignore[override]
        return getattr(self.terminal, "errors", None)

    def isatty(self) -> bool:
        return True

    def fileno(self) -> int:
        return self.terminal.fileno()


def command(env: Mapping[str, str]) -> str | None:
    """The pager to run: FAURE_PAGER, else PAGER, else `less -FRX`; None when it is set empty
    or to `cat` (no pager)."""
    for name in ("FAURE_PAGER", "PAGER"):
        if name in env:
            chosen = env[name].strip()
            return None if chosen in ("", "cat") else chosen
    return DEFAULT


def height(text: str, columns: int) -> int:
    """How many screen rows `text` takes in a terminal `columns` wide (long lines wrap)."""
    columns = max(1, columns)
    rows = 0
    for line in text.splitlines():
        rows += max(1, -(-len(_ESCAPES.sub("", line)) // columns))
    return rows


def hold(stream: Any, env: Mapping[str, str]) -> Held | None:
    """A Held buffer to write into instead of `stream`, or None when no pager applies: not a
    terminal, or no pager set."""
    try:
        terminal = bool(stream.isatty())
    except (AttributeError, ValueError):
        return None
    if not terminal or command(env) is None or env.get("TERM") == "dumb":
        return None
    return Held(stream)


def refuse(stream: Any) -> None:
    """--no-pager: write the held output straight to the terminal."""
    if isinstance(stream, Held):
        stream.wanted = False


def release(held: Held, env: Mapping[str, str]) -> None:
    """Show what was held: through the pager if it is taller than the screen, else directly."""
    text = held.getvalue()
    terminal = held.terminal
    pager = command(env)
    if not text:
        return
    try:
        columns, lines = os.get_terminal_size(terminal.fileno())
    except (OSError, ValueError):
        columns, lines = 80, 24
    if not held.wanted or pager is None or height(text, columns) < lines or not _page(pager, text, terminal, env):
        terminal.write(text)


def _page(pager: str, text: str, terminal: TextIO, env: Mapping[str, str]) -> bool:
    """Run the pager on `text`; False when it could not show it (not started, or failed)."""
    import signal
    import subprocess

    terminal.flush()
    child_env = dict(env)
    # As git does: less quits when the text fits, keeps colours, leaves the screen as it was.
    child_env.setdefault("LESS", "FRX")
    child_env.setdefault("LV", "-c")
    try:
        process = subprocess.Popen(pager, shell=True, stdin=subprocess.PIPE, env=child_env)
    except OSError:
        return False
    assert process.stdin is not None
    # Ctrl-C belongs to the pager while it runs (less uses it to stop a search).
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        encoding = getattr(terminal, "encoding", None) or "utf-8"
        process.stdin.write(text.encode(encoding, errors="replace"))
        process.stdin.close()
    except (BrokenPipeError, OSError):
        pass  # the reader quit the pager before the end
    finally:
        status = process.wait()
        signal.signal(signal.SIGINT, previous)
    # A pager that failed (`false`, or a shell that could not find or run it: 127, 126) has not
    # shown the text, so it is written out instead; 128 and over is a pager stopped by a signal
    # (the reader's Ctrl-C), whose text was seen as far as the reader wanted.
    return not 0 < status < 128
