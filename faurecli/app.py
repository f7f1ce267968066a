"""The `faure` program: process start and end. Apart from faurecli.cli so that it imports
nothing heavy first: Ctrl-C must meet faure's own handler from the first moment, not a Python
traceback while typer and Rich are being imported. Every error ends here as one line on stderr
and its exit code (faurecli.exits)."""

from __future__ import annotations

import os
import signal
import sys
from types import FrameType
from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:
    from faurecli.exits import Exit
    from faurecli.terminal import Terminal


def run() -> NoReturn:
    """The installed `faure`: catch Ctrl-C, run main(), then end the process without the
    interpreter's teardown. Freeing every module and object one by one costs ~12 ms, as much as
    the rest of a --json command (benchmarks/startup.py); nothing is left to clean up once
    main() has flushed its output and closed its files, and faure registers no exit handlers."""
    catch_interrupts()
    import gc

    # A run is short and leaves little cyclic garbage, but Python's cyclic collector would walk
    # the whole loaded store again and again as records are built: a fifth of a timeline --json
    # on a store 100x the real one. Collect far less often (mypy's main does the same).
    gc.set_threshold(200_000, 30, 30)
    code = 0
    try:
        main()
    except SystemExit as exc:
        if isinstance(exc.code, str):  # sys.exit("message"), as Python would show it
            sys.stderr.write(f"{exc.code}\n")
        code = exc.code if isinstance(exc.code, int) else 1 if exc.code else 0
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # the reader has gone, the disk is full, or the stream is closed
            pass
    os._exit(code)


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


def main(argv: list[str] | None = None) -> NoReturn:
    """Run the command line `argv` (default: the process's) with one-line errors and a quiet end
    on a closed pipe; exit with its code."""
    words = sys.argv[1:] if argv is None else argv
    _seed_startup(words[: words.index("--")] if "--" in words else words)
    import typer

    from faurecli.cli import app_for, hoist
    from faurecli.exits import Exit, exit_code, message
    from faurecli.model import FaureError
    from faurecli.terminal import Terminal

    args = hoist(sys.argv[1:] if argv is None else argv)
    given = args[: args.index("--")] if "--" in args else args
    terminal = Terminal.open(os.environ, no_color="--no-color" in given, no_pager="--no-pager" in given)
    code: int
    try:
        # Bare `faure` shows the help, with an example per command, and succeeds.
        code = _bad_completion(terminal) or _completion(terminal, args)  # type: ignore[assignment]
        if code is None:
            code = app_for(args)(args=args or ["--help"], prog_name="faure", standalone_mode=False, obj=terminal)
        if code == Exit.INTERRUPTED:  # typer turns Ctrl-C into a bare exit status 130
            terminal.say("interrupted")
    except FaureError as exc:
        terminal.say(message(exc))
        code = exit_code(exc)
    except typer.TyperException as exc:
        # typer's vendored click raises its usage errors as TyperException subclasses.
        context = getattr(exc, "ctx", None)
        where = f" (see 'faure {context.info_name} --help')" if context is not None and context.parent else ""
        terminal.say(f"{exc.format_message()}{where}")
        code = Exit.USAGE if exc.exit_code == Exit.USAGE else exc.exit_code
    except typer.Abort:
        terminal.say("interrupted")
        code = Exit.INTERRUPTED
    except SystemExit as exc:
        # typer's vendored click ends a closed pipe with sys.exit(1) ("nothing found", to us):
        # the reader went away, which is no failure (`faure timeline | head -n 1`).
        if not isinstance(exc.__context__, BrokenPipeError):
            raise
        _quiet_stdout()
        code = Exit.OK
    except BrokenPipeError:
        _quiet_stdout()
        code = Exit.OK
    except KeyboardInterrupt:
        terminal.say("interrupted")
        code = Exit.INTERRUPTED
    except OSError as exc:
        code = _output_failed(terminal, exc) if exc.filename is None else _bug(terminal, exc)
    except Exception as exc:
        code = _bug(terminal, exc)
    terminal.close()
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _quiet_stdout()
    except OSError as exc:
        code = _output_failed(terminal, exc)
    sys.exit(int(code or 0))


def _seed_startup(args: list[str]) -> None:
    """Before Typer is imported: let `re` make the patterns the imports compile from the
    programs an earlier run kept (faurecli.trust.seed_startup); not without a cache
    (`--no-cache`, FAURE_NO_CACHE, no directory)."""
    from faurecli import trust

    # (FAURE_NO_CACHE read as faurecli.cli._env_flag reads it: an on/off variable.)
    off = os.environ.get("FAURE_NO_CACHE", "").strip().lower() in ("", "0", "false", "no", "off", "n", "f")
    directory = trust.cache_root(os.environ) if off and "--no-cache" not in args else None
    if directory is not None:
        trust.seed_startup(directory)


def _bug(terminal: Terminal, exc: Exception) -> Exit:
    """A bug of ours: still one line, never a traceback. FAURE_DEBUG=1 shows the traceback."""
    from faurecli.exits import Exit

    if os.environ.get("FAURE_DEBUG"):
        raise exc
    terminal.say(f"internal error: {type(exc).__name__}: {exc} (FAURE_DEBUG=1 shows where)")
    return Exit.INTERNAL


def _output_failed(terminal: Terminal, exc: OSError) -> Exit:
    """Writing the output failed (a full disk, an I/O error): say so once and exit 74. The
    OSErrors that reach main() without a file name are writes to stdout: faure reads its files
    through StoreError and gives up quietly on its cache."""
    from faurecli.exits import Exit

    terminal.say(f"cannot write the output: {exc.strerror or exc}")
    try:
        _quiet_stdout()  # what is still buffered goes nowhere, rather than failing again
    except OSError:
        pass
    return Exit.OUTPUT


def _completion(terminal: Terminal, args: list[str]) -> int | None:
    """`--install-completion SHELL` and `--show-completion SHELL` for the shell named (typer
    would take the shell it detects, and read SHELL as a command): the exit code, or None when
    the arguments ask for something else. An unknown shell is a usage error."""
    from faurecli.exits import Exit

    if len(args) < 1 or args[0].split("=", 1)[0] not in ("--install-completion", "--show-completion"):
        return None
    option, _, shell = args[0].partition("=")
    if not shell and len(args) > 1 and not args[1].startswith("-"):
        shell = args[1]
    if not shell:
        return None  # typer detects the shell
    shells = ("bash", "zsh", "fish", "powershell", "pwsh")
    if shell not in shells:
        short = shell if len(shell) <= 60 else shell[:57] + "..."
        terminal.say(f"{option}: unknown shell {short!r} (known: {', '.join(shells)})")
        return Exit.USAGE
    from typer._completion_shared import get_completion_script, install

    if option == "--show-completion":
        sys.stdout.write(get_completion_script(prog_name="faure", complete_var="_FAURE_COMPLETE", shell=shell) + "\n")
    else:
        _, path = install(shell=shell, prog_name="faure", complete_var="_FAURE_COMPLETE")
        sys.stdout.write(f"{shell} completion installed in {path}; it takes effect in a new shell\n")
    return Exit.OK


def _bad_completion(terminal: Terminal) -> int | None:
    """Shell completion (typer's, when _FAURE_COMPLETE is set) reads COMP_CWORD as a word
    number: anything else is a usage error, said in one line, not an internal one."""
    from faurecli.exits import Exit

    cword = os.environ.get("COMP_CWORD")
    if (
        not os.environ.get("_FAURE_COMPLETE")
        or cword is None
        or (cword.isascii() and cword.isdigit() and len(cword) < 6)
    ):
        return None
    terminal.say(f"shell completion: COMP_CWORD must be a word number, not {cword[:20]!r}")
    return Exit.USAGE


def _quiet_stdout() -> None:
    # The reader went away (`| head`): point stdout at /dev/null so the final flush is silent.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
