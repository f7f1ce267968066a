"""The `faure` program's entry point, apart from faurecli.cli so that it imports nothing heavy:
Ctrl-C must meet faure's own handler from the first moment, not a Python traceback while typer
and Rich are being imported."""

import os
import signal
from types import FrameType


def run() -> None:
    """Catch Ctrl-C, then run faure (faurecli.cli.run)."""
    catch_interrupts()
    from faurecli.cli import run as run_cli

    run_cli()


def catch_interrupts() -> None:
    """From now on Ctrl-C (SIGINT) ends faure with one line, "faure: interrupted", and status
    130, wherever it comes: importing, loading, printing. A SIGINT the parent chose to ignore
    (a background job, nohup) stays ignored."""
    if signal.getsignal(signal.SIGINT) is not signal.SIG_IGN:
        signal.signal(signal.SIGINT, _interrupted)


def _interrupted(signum: int, frame: FrameType | None) -> None:
    try:
        os.write(2, b"faure: interrupted\n")
    except OSError:
        pass
    os._exit(130)
