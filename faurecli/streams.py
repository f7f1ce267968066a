"""`faure search -`, `ask -`, `verify -`, `cite -`: one item per line of stdin, one JSON object
per line of stdout (JSON Lines), in order, each with its input; a bad line gets an error object
and the stream goes on."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from faurecli.model import BadInput

if TYPE_CHECKING:
    from faurecli.terminal import Terminal

# A line longer than this is refused as one error object; it is read in chunks of this size and
# never held whole (a question is at most 1,000 characters).
MAX_LINE = 64 * 1024


class Unreadable(BadInput):
    """Standard input cannot be read (closed, or not there)."""


def lines(binary: Any, limit: int = MAX_LINE) -> Iterator[tuple[str | None, str | None]]:
    """(line, None) for each line of `binary` as text, or (None, error) for a line that is not
    UTF-8 or is longer than `limit` bytes; a long line is skipped in bounded chunks."""
    while True:
        raw = binary.readline(limit + 1)
        if not raw:
            return
        if len(raw) > limit and not raw.endswith(b"\n"):
            size = len(raw)
            while True:  # the rest of the line, a chunk at a time
                chunk = binary.readline(limit)
                size += len(chunk)
                if not chunk or chunk.endswith(b"\n"):
                    break
            yield None, f"the line is longer than {limit:,} bytes ({size:,} bytes)"
            continue
        try:
            yield raw.decode("utf-8").rstrip("\r\n"), None
        except UnicodeDecodeError as exc:
            yield None, f"the line is not UTF-8 (byte {exc.start})"


def run(terminal: Terminal, binary: Any, kind: str, answer: Callable[[str], dict[str, Any]]) -> None:
    """Answer each line of `binary` (stdin's bytes) as JSON Lines on the terminal's stdout. `kind`
    names the input in an error object ("query", "question", "claim"). A long stream read in a
    terminal shows its progress on stderr (Rich), never in the JSON."""
    from faurecli.terminal import isatty
    from faurecli.views.json import jsonl_text

    if binary is None:
        raise Unreadable("'-' reads one item per line from stdin, and stdin cannot be read here")
    ascii_only = not terminal.utf8
    progress = Progress(terminal) if isatty(terminal.err) else None
    read = lines(binary)
    try:
        while True:
            try:
                line, error = next(read)
            except StopIteration:
                break
            except (OSError, ValueError) as exc:  # a closed or unreadable stdin
                raise Unreadable(f"'-' reads one item per line from stdin, and stdin cannot be read: {exc}") from None
            if error is None and line is not None:
                try:
                    item = answer(line)
                except BadInput as exc:
                    item = {kind: line[:200], "error": str(exc)}
            else:
                item = {kind: None, "error": error}
            terminal.out.write(jsonl_text([item], ascii_only=ascii_only))
            if progress is not None:
                progress.advance()
    finally:
        if progress is not None:
            progress.stop()


class Progress:
    """Rich's progress display on stderr, started only once a stream has run for a while (a
    short one never shows it, and Rich is not imported for it)."""

    AFTER = 0.5  # seconds

    def __init__(self, terminal: Terminal) -> None:
        import time

        self._err = terminal.err
        self._clock = time.monotonic
        self._began = self._clock()
        self._count = 0
        self._bar: Any = None
        self._task: Any = None

    def advance(self) -> None:
        self._count += 1
        if self._bar is None:
            if self._clock() - self._began < self.AFTER:
                return
            from rich.console import Console
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            console = Console(file=self._err)
            columns = (SpinnerColumn(), TextColumn("{task.completed:,} lines"), TimeElapsedColumn())
            self._bar = Progress(*columns, console=console, transient=True)
            self._task = self._bar.add_task("stream", total=None, completed=self._count)
            self._bar.start()
        else:
            self._bar.update(self._task, completed=self._count)

    def stop(self) -> None:
        if self._bar is not None:
            self._bar.stop()
