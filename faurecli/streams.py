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


# Lines answered in this process before the rest of a stream is shared among worker processes:
# a short stream never pays for starting them (~20 ms).
SERIAL = 64


def run(terminal: Terminal, binary: Any, kind: str, answer: Callable[[str], dict[str, Any]], *, jobs: int = 1) -> None:
    """Answer each line of `binary` (stdin's bytes) as JSON Lines on the terminal's stdout. `kind`
    names the input in an error object ("query", "question", "claim"). A long stream read in a
    terminal shows its progress on stderr (Rich), never in the JSON. With `jobs` > 1, the lines
    past the first SERIAL are answered by that many forked worker processes, in order."""
    from faurecli.terminal import isatty

    if binary is None:
        raise Unreadable("'-' reads one item per line from stdin, and stdin cannot be read here")
    ascii_only = not terminal.utf8
    progress = Progress(terminal) if isatty(terminal.err) else None
    read = _readable(lines(binary))
    try:
        for number, (line, error) in enumerate(read, start=1):
            terminal.out.write(_encoded(kind, answer, ascii_only, line, error))
            if progress is not None:
                progress.advance()
            if number >= SERIAL and jobs > 1:
                break
        else:
            return
        for text in _shared(terminal, read, jobs, (kind, answer, ascii_only)):
            terminal.out.write(text)
            if progress is not None:
                progress.advance()
    finally:
        if progress is not None:
            progress.stop()


def _readable(read: Iterator[tuple[str | None, str | None]]) -> Iterator[tuple[str | None, str | None]]:
    try:
        yield from read
    except (OSError, ValueError) as exc:  # a closed or unreadable stdin
        raise Unreadable(f"'-' reads one item per line from stdin, and stdin cannot be read: {exc}") from None


def _encoded(
    kind: str, answer: Callable[[str], dict[str, Any]], ascii_only: bool, line: str | None, error: str | None
) -> str:
    """One line's JSON object, as a line of text: its answer, or its error object."""
    from faurecli.views.json import jsonl_text

    if error is None and line is not None:
        try:
            item = answer(line)
        except BadInput as exc:
            item = {kind: line[:200], "error": str(exc)}
    else:
        item = {kind: None, "error": error}
    return jsonl_text([item], ascii_only=ascii_only)


def _shared(
    terminal: Terminal,
    read: Iterator[tuple[str | None, str | None]],
    jobs: int,
    work: tuple[str, Callable[[str], dict[str, Any]], bool],
) -> Iterator[str]:
    """The answers to the rest of `read`, in order, from `jobs` forked worker processes, each
    handed every jobs-th line. A thread reads stdin and hands the lines out while this one
    writes the answers as they come: a writer that waits for each answer before its next line
    (a co-process) is answered as before."""
    import threading
    from collections import deque

    # A forked worker must not write again what stdout still buffers.
    terminal.out.flush()
    workers: list[_Worker] = []
    for _ in range(jobs):
        workers.append(_Worker.start(work, [fd for w in workers for fd in (w.to, w.back)]))
    order: deque[int | BaseException | None] = deque()
    ready = threading.Semaphore(0)

    def hand_out() -> None:
        number = 0
        try:
            for line, error in read:
                at = number % jobs
                workers[at].send(line, error)
                order.append(at)
                ready.release()
                number += 1
            order.append(None)
        except BaseException as exc:  # an unreadable stdin, or a worker gone: said in order
            order.append(exc)
        ready.release()

    threading.Thread(target=hand_out, name="faure-stream-reader", daemon=True).start()
    try:
        while True:
            ready.acquire()
            at = order.popleft()
            if at is None:
                return
            if isinstance(at, BaseException):
                raise at
            yield workers[at].receive()
    finally:
        for worker in workers:
            worker.stop()


class WorkerFailed(Exception):
    """A stream's worker process failed on a line (a bug, said as one)."""


class _Worker:
    """A forked process answering the lines it is sent, one framed message each way (a length,
    a kind byte, UTF-8): nothing but strings cross the pipes, and the answering code is the
    parent's own, inherited by the fork."""

    __slots__ = ("pid", "to", "back")

    def __init__(self, pid: int, to: int, back: int) -> None:
        self.pid, self.to, self.back = pid, to, back

    @classmethod
    def start(cls, work: tuple[str, Callable[[str], dict[str, Any]], bool], others: list[int]) -> _Worker:
        """Fork a worker; `others` are the pipes of the workers before it, which it closes (the
        parent's end must be the only one, for a worker to see its input end with the parent)."""
        import os
        import signal

        lines_in, lines_out = os.pipe()
        answers_in, answers_out = os.pipe()
        # Ctrl-C reaches the whole process group and the parent alone says "interrupted": the
        # worker ignores it, from its first instant. SIGINT is held back across the fork, or one
        # arriving before the worker ignores it would run the parent's handler there too (two
        # lines "faure: interrupted", seen once in a test under load).
        held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        pid = os.fork()
        if pid == 0:  # the worker: it ends with os._exit, never through the parent's code
            signal.signal(signal.SIGINT, signal.SIG_IGN)
            signal.pthread_sigmask(signal.SIG_SETMASK, held)
            code = 0
            try:
                for fd in (lines_out, answers_in, *others):
                    os.close(fd)
                _serve(work, lines_in, answers_out)
            except BaseException:
                code = 1
            os._exit(code)
        signal.pthread_sigmask(signal.SIG_SETMASK, held)  # a Ctrl-C held meanwhile is handled now
        os.close(lines_in)
        os.close(answers_out)
        return cls(pid, lines_out, answers_in)

    def send(self, line: str | None, error: str | None) -> None:
        _put(self.to, b"L" if error is None else b"E", (line if error is None else error) or "")

    def receive(self) -> str:
        try:
            kind, text = _get(self.back)
        except EOFError:
            raise WorkerFailed("a stream worker ended before answering") from None
        if kind != b"A":
            raise WorkerFailed(text or "a stream worker ended")
        return text

    def stop(self) -> None:
        import os
        import signal

        # Done or abandoned: its answers are not wanted. Its input pipe stays open until the
        # process ends, since the reading thread may still be writing to it.
        try:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
            os.close(self.back)
        except OSError:
            pass


def _serve(work: tuple[str, Callable[[str], dict[str, Any]], bool], lines_in: int, answers_out: int) -> None:
    """A worker's loop: answer each line until its input closes (the parent is done or gone)."""
    kind_of, answer, ascii_only = work
    while True:
        try:
            kind, text = _get(lines_in)
        except EOFError:
            return
        try:
            line, error = (text, None) if kind == b"L" else (None, text)
            reply, out = b"A", _encoded(kind_of, answer, ascii_only, line, error)
        except Exception as exc:
            reply, out = b"F", f"{type(exc).__name__}: {exc}"
        _put(answers_out, reply, out)


def _put(fd: int, kind: bytes, text: str) -> None:
    import os

    data = text.encode("utf-8", "surrogatepass")
    message = len(data).to_bytes(4, "big") + kind + data
    while message:
        message = message[os.write(fd, message) :]


def _get(fd: int) -> tuple[bytes, str]:
    head = _exactly(fd, 5)
    return head[4:], _exactly(fd, int.from_bytes(head[:4], "big")).decode("utf-8", "surrogatepass")


def _exactly(fd: int, size: int) -> bytes:
    import os

    parts, left = [], size
    while left:
        part = os.read(fd, left)
        if not part:
            raise EOFError("the pipe closed")
        parts.append(part)
        left -= len(part)
    return b"".join(parts)


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
