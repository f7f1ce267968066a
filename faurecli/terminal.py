"""Where and how faure's output goes, decided once per run (as httpie's Environment does): the
streams, whether stdout is a terminal, its width, whether to style and colour, whether the text
can carry accents, and the pager. Writes what the views render; decides nothing about Faure."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, MutableMapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from rich.console import Console

    from faurecli.model import Office, PartialDate
    from faurecli.pager import Held
    from faurecli.views import Format
    from faurecli.views.grid import Grid

# Wider than any real terminal: a larger COLUMNS is taken as this (a chart is as wide as asked).
MAX_COLUMNS = 1000
MAX_LINES = 10_000


class Terminal:
    """The output side of one run of faure."""

    __slots__ = ("out", "err", "environ", "tty", "styled", "coloured", "columns", "held", "_screen", "_console")

    def __init__(
        self,
        out: TextIO,
        err: TextIO,
        environ: Mapping[str, str],
        *,
        no_color: bool = False,
        held: Held | None = None,
    ) -> None:
        self.environ = environ
        self.held = held
        self._screen = out  # the stream itself, even while the pager holds the output
        self.out: TextIO = held if held is not None else out
        self.err = err
        self.tty = isatty(out)
        # A terminal is styled; a pipe is not unless FORCE_COLOR asks; --no-color and NO_COLOR
        # mean no colour and win over FORCE_COLOR (Rich alone would keep bold under NO_COLOR).
        plain = no_color or bool(environ.get("NO_COLOR"))
        self.styled = self.tty or (bool(environ.get("FORCE_COLOR")) and not plain)
        self.coloured = not plain
        self.columns = _columns(environ)
        self._console: Console | None = None

    @classmethod
    def open(cls, environ: MutableMapping[str, str], *, no_color: bool = False, no_pager: bool = False) -> Terminal:
        """The terminal of this process: stdout and stderr made safe to write (a closed stream,
        an ASCII locale), COLUMNS and LINES made usable, and a pager holding the output of a
        terminal (released by `close`)."""
        _sane_streams()
        _sane_environment(environ)
        held = None
        if not no_pager and isatty(sys.stdout):  # a pipe never pages: the pager is not even imported
            from faurecli import pager

            held = pager.hold(sys.stdout, environ)
        terminal = cls(sys.stdout, sys.stderr, environ, no_color=no_color, held=held)
        if held is not None:
            sys.stdout = held  # typer's own output (help, usage) is paged too
        return terminal

    def close(self) -> None:
        """Show what the pager held (through it when taller than the screen)."""
        if self.held is not None:
            from faurecli.pager import release

            held, self.held = self.held, None
            self.out = self._screen
            if sys.stdout is held:
                sys.stdout = self._screen
            release(held, self.environ)

    @property
    def utf8(self) -> bool:
        return utf8(self.out)

    def write(self, text: str) -> None:
        self.out.write(text)

    def say(self, message: str) -> None:
        """One line on stderr, `faure: message`, with any control or invisible character shown
        as an escape; quiet if stderr is gone."""
        from faurecli.store import printable

        try:
            self.err.write(f"faure: {printable(message)}\n")
        except (OSError, ValueError):
            pass

    def json(self, data: Any, *, lines: bool = False) -> None:
        """JSON: indented for a person at a terminal, compact for a program reading a pipe, one
        object per line with `lines`; \\u escapes (lossless) where the output cannot carry accents."""
        from faurecli.views.json import json_text, jsonl_text

        ascii_only = not self.utf8
        if lines:
            self.out.write(jsonl_text(data if isinstance(data, list) else [data], ascii_only=ascii_only))
        else:
            self.out.write(json_text(data, pretty=self.tty, ascii_only=ascii_only))

    def show(self, grids: Sequence[Grid]) -> None:
        """Tables for a terminal (Rich, fitted to its width); aligned plain text for a pipe, where
        nothing is wrapped or cut and Rich is not even imported."""
        from faurecli.views.grid import to_plain

        if not self.styled:
            self.out.write("\n".join(to_plain(g) for g in grids))
            return
        from faurecli.views.grid import fits, to_rich, to_stacked

        console = self.console()
        for number, table in enumerate(grids):
            if number:
                console.print()
            if fits(table, console.width):
                console.print(to_rich(table, console.width), soft_wrap=True)
            else:
                # Too narrow for columns: stack the fields, and let the terminal wrap the lines.
                console.print(to_stacked(table), end="", soft_wrap=False)

    def console(self) -> Console:
        """The Rich console of this run, made once."""
        if self._console is None:
            from rich.console import Console

            self._console = Console(
                file=self.out,
                highlight=False,
                emoji=False,
                markup=False,
                color_system="auto" if self.coloured else None,
                width=self.columns,
            )
        return self._console

    def present(self, result: Any, fmt: Format) -> None:
        """Write a command's result in the format asked for; only that format is built."""
        from faurecli.views import Format

        if fmt in (Format.JSON, Format.JSONL):
            from faurecli.views.json import data

            self.json(data(result), lines=fmt is Format.JSONL)
        elif fmt in (Format.CSV, Format.TSV):
            from faurecli.views.delimited import Dialect, text

            self.write(text(result, Dialect(fmt.value)))
        elif fmt is Format.MARKDOWN:
            from faurecli.views.table import markdown

            self.write(markdown(result))
        else:
            from faurecli.views.table import shown

            drawn = shown(result)
            if isinstance(drawn, str):
                self.write(drawn)
            else:
                self.show(drawn)

    def chart(self, offices: Sequence[Office], as_of: PartialDate) -> None:
        """The career chart: coloured blocks at a styled terminal; ASCII otherwise, where the
        bars' source is told by their character."""
        from faurecli.views.chart import ASCII, BLOCKS, career_chart, plain

        until = as_of.last_day()
        if not (self.styled and self.coloured):
            width = self.columns or 100
            self.out.write(plain(career_chart(offices, until, width=max(40, width), glyphs=ASCII)))
            return
        from faurecli.views.grid import rich_text

        console = self.console()
        lines = career_chart(offices, until, width=max(40, min(MAX_COLUMNS, console.width)), glyphs=BLOCKS)
        console.print(rich_text(lines), no_wrap=True, overflow="ignore")


def utf8(stream: Any) -> bool:
    return (getattr(stream, "encoding", None) or "").lower().replace("_", "-") in ("utf-8", "utf8")


def isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):  # closed, or not a file
        return False


def _columns(environ: Mapping[str, str]) -> int | None:
    """COLUMNS as a width, or None when not set (Rich then asks the terminal)."""
    value = environ.get("COLUMNS", "").strip()
    return min(int(value), MAX_COLUMNS) if value.isascii() and value.isdigit() and 0 < len(value) < 10 else None


def _sane_streams() -> None:
    """Run with stdout or stderr closed (`>&-`) or in a locale that cannot encode accents."""
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))
        elif not utf8(stream) and hasattr(stream, "reconfigure"):
            # Degrade, do not crash: "Valérie" prints as "Val?rie" in an ASCII locale.
            stream.reconfigure(errors="replace")


def _sane_environment(environ: MutableMapping[str, str]) -> None:
    """Terminal sizes as Rich and the chart read them: an unusable COLUMNS or LINES (0, "abc",
    "²", which int() refuses) is removed, as if unknown (Rich then asks the terminal, else 80
    columns); a huge one is capped (COLUMNS=99999999999 would be an 11 GB chart); so is a real
    terminal wider than MAX_COLUMNS."""
    for name, most in (("COLUMNS", MAX_COLUMNS), ("LINES", MAX_LINES)):
        value = environ.get(name)
        if value is None:
            continue
        digits = value.strip()
        if not (digits.isascii() and digits.isdigit()) or not digits.strip("0"):
            del environ[name]
        elif len(digits) > 9 or int(digits) > most:
            environ[name] = str(most)
        elif digits != value:
            environ[name] = digits
    if "COLUMNS" not in environ and isatty(sys.stdout):
        try:
            if os.get_terminal_size(sys.stdout.fileno()).columns > MAX_COLUMNS:
                environ["COLUMNS"] = str(MAX_COLUMNS)
        except (OSError, ValueError):
            pass


def write_file(path: Path, data: bytes) -> None:
    """Write a file faure was asked to make: a regular file only (a FIFO there would block, a
    device would swallow it): otherwise usage (2); a failed write (a full disk) is output (74)."""
    from faurecli.exits import CannotWrite, Usage

    try:
        handle = _open_regular(path)
    except OSError as exc:
        raise Usage(f"cannot write {path}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(handle, "wb") as written:
            written.write(data)
    except OSError as exc:
        raise CannotWrite(f"cannot write {path}: {exc.strerror or exc}") from None


def _open_regular(path: Path) -> int:
    """Open `path` to be written from the start, as a regular file only: a FIFO (which would
    block until a reader came), a device or a directory is refused (OSError), not written to."""
    import errno
    import stat

    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise OSError(errno.EINVAL, "not a regular file")
    except FileNotFoundError:
        pass
    flags = os.O_WRONLY | os.O_CREAT | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    handle = os.open(path, flags, 0o666)
    # Checked again on the open file, in case the path changed in between; truncated only then.
    if not stat.S_ISREG(os.fstat(handle).st_mode):
        os.close(handle)
        raise OSError(errno.EINVAL, "not a regular file")
    os.ftruncate(handle, 0)
    os.set_blocking(handle, True)
    return handle
