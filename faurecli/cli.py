"""The `faure` command line: Typer commands only. Each takes its options, calls one core
function, and hands the result to the terminal (faurecli.terminal) in the format asked for;
errors are raised for faurecli.app to map to their exit codes (faurecli.exits)."""

import copy
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer._click.types import FuncParamType
from typer.core import TyperGroup

from faurecli import __version__
from faurecli.exits import Exit, Usage
from faurecli.model import DateError, Kind, OfficeSource, PartialDate, Store
from faurecli.views import Format
from faurecli.views.citation import Style as CiteStyle

if TYPE_CHECKING:
    from typer._click import Context
    from typer.models import CommandInfo

    from faurecli.search import Index
    from faurecli.terminal import Terminal

__all__ = ["Exit", "app", "hoist"]

HELP = """Answers questions about Olivier Faure from a verified fact store.

Examples, one per command:

- `faure offices --source all --at 2014`: offices and positions held in 2014
- `faure timeline --from 2018 --to 2018-04`: dated events, in order
- `faure search "aubervilier congres"`: fuzzy search, typos and missing accents welcome
- `faure cite 13`: the sentence the article's reference [13] follows, ready to quote
- `faure profile`: the person card
- `faure on 2017-03`: what he held and what happened then
- `faure conflicts`: where the sources disagree
- `faure ask "quand a-t-il été élu député ?"`: a short answer with its evidence
- `faure verify "Faure was born in 1969"`: SUPPORTED, REFUTED or NOT_ENOUGH_INFO, with evidence
- `faure check`: verify the store against its sources
- `faure about`: the source, its licence, the as-of date and the data version
- `faure export --out DIR`: the whole store as Popolo JSON and a Frictionless data package

Global options (`--data`, `--no-color`, `--no-cache`, `--no-pager`) go before or after the
command. Every answer prints as `--format table|json|jsonl|csv|tsv|markdown` (where the form
fits); `--json`, `--jsonl`, `--csv`, `--tsv` and `--markdown` are short for these. Long output
at a terminal goes through `FAURE_PAGER`, else `PAGER`, else `less -FRX`.

Streams: `faure search -`, `ask -`, `verify -` and `cite -` read one item per line from stdin
and write one JSON object per line, in order. Past 64 lines the work is shared among processes,
one per CPU; `FAURE_JOBS=N` sets how many (1: one process).

Exit codes: 0 success; 1 nothing found (and NOT_ENOUGH_INFO); 2 bad usage or input; 3 store
unreadable; 4 store not valid TOML; 5 store breaks the schema; 6 `check` found the store
disagreeing with its sources; 7 `verify`: REFUTED; 70 internal error (a bug); 74 the output
cannot be written; 130 interrupted.
"""

# Global flags, accepted after the command too (`faure search x --no-color`).
GLOBAL_FLAGS = ("--no-color", "--no-cache", "--no-pager")
SHORTHANDS = {f"--{f.value}": f"--format={f.value}" for f in Format if f is not Format.TABLE}


def hoist(args: list[str]) -> list[str]:
    """The command line as the commands read it: global flags given after the command moved to
    the front, where the root reads them; `--json` (etc.) and `--format json` spelled
    `--format=json` and moved to the end, where the command reads them wherever they were given
    (`faure --json timeline`) and where two of them can be told apart; nothing after `--` changes."""
    end = args.index("--") if "--" in args else len(args)
    given: list[str] = []
    words = iter(args[:end])
    for word in words:
        if word == "--format":
            value = next(words, None)
            given.append("--format" if value is None else f"--format={value}")
        else:
            given.append(SHORTHANDS.get(word, word))
    flags = [a for a in given if a in GLOBAL_FLAGS]
    formats = [a for a in given if a.startswith("--format=")]
    rest = [a for a in given if a not in GLOBAL_FLAGS and not a.startswith("--format=")]
    return flags + rest + formats + args[end:]


def _command_word(args: list[str]) -> str | None:
    """The word naming the command in a hoisted command line, if any."""
    words = iter(args)
    for word in words:
        if word == "--data":
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


class _Group(TyperGroup):
    """faure's command group: reads its command line through `hoist`, however it is called
    (the program, a test's CliRunner)."""

    def parse_args(self, ctx: "Context", args: list[str]) -> list[str]:
        args = hoist(args)
        end = args.index("--") if "--" in args else len(args)
        chosen = [a.removeprefix("--format=") for a in args[:end] if a.startswith("--format=")]
        if len(set(chosen)) > 1:
            raise Usage(f"choose one output format, not {' and '.join('--' + f for f in chosen)}")
        name = _command_word(args[:end])
        if chosen and name is None:
            raise Usage(f"--{chosen[0]} goes with a command: faure timeline --{chosen[0]}")
        command = self.commands.get(name or "") if chosen else None
        if command is not None and not any(p.name == "fmt" for p in command.params):
            # Not typer's "No such option: --format", which names an option not typed (--json).
            raise Usage(f"{command.name} writes files and prints their paths; it has no --format (--{chosen[0]})")
        return super().parse_args(ctx, args)

    def invoke(self, ctx: "Context") -> Any:
        """Run the command; an error faure raised on purpose becomes one line on stderr and
        its exit code (faurecli.exits), here, whoever called the app."""
        from faurecli.model import FaureError

        try:
            return super().invoke(ctx)
        except FaureError as exc:
            from faurecli.exits import exit_code, message

            _session(ctx).terminal.say(message(exc))
            raise typer.Exit(exit_code(exc)) from None


app = typer.Typer(
    name="faure",
    cls=_Group,
    help=HELP,
    # Markdown, so that the examples above stay a list (help only: commands never render it).
    rich_markup_mode="markdown",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class Session:
    """One run's settings (the global options), its terminal, and the store it reads (once)."""

    __slots__ = ("terminal", "data", "no_cache", "_snapshot")

    def __init__(self, terminal: "Terminal", data: Path | None = None, no_cache: bool = False) -> None:
        self.terminal, self.data, self.no_cache = terminal, data, no_cache
        self._snapshot: Any = None

    def store_path(self, data: Path | None) -> Path:
        from faurecli.store import packaged_store_path

        return data or self.data or packaged_store_path()

    def cache_dir(self) -> Path | None:
        from faurecli.cache import cache_dir

        return None if self.no_cache else cache_dir(os.environ)

    def load(self, data: Path | None) -> Store:
        """The store (a command's --data, else the global one, else the shipped one), from the
        cache when it is fresh; StoreError when it cannot be used."""
        from faurecli import cache

        # One reading of the file: the store and its index are both keyed on it.
        self._snapshot = cache.snapshot(self.store_path(data))
        return cache.load(self._snapshot, self.cache_dir())

    def index(self, store: Store) -> "Index":
        from faurecli import cache

        return cache.load_index(self._snapshot, store, self.cache_dir())

    def prime(self, store: Store) -> None:
        """Load what ask and verify build from the store, and their patterns' programs, from
        the cache (built when stale)."""
        from faurecli import cache, evidence, patterns, trust

        directory = self.cache_dir()
        tables = cache.load_programs(directory)
        if directory is not None:
            trust.keep_new_startup()
        patterns.preload(tables.get("lazy", {}), tables.get("written"))
        evidence.prime(store, cache.load_built(self._snapshot, store, directory))
        # (Read only by a question that reads an office's names: a fifth of them.)
        evidence.vocabulary_names_from = lambda: cache.load_vocabulary_names(directory)


def _session(ctx: "typer.Context | Context") -> Session:
    session = ctx.find_object(Session)
    if session is None:  # a command invoked without the root (never from the command line)
        from faurecli.terminal import Terminal

        session = Session(Terminal(sys.stdout, sys.stderr, os.environ))
    return session


# --- Options -----------------------------------------------------------------------------------


def _parse_date(value: str) -> PartialDate:
    from faurecli.dates import parse_date

    try:
        parsed = parse_date(value)
    except DateError as exc:
        raise typer.BadParameter(str(exc)[:200]) from None
    if parsed.day_first:
        typer.echo(f"faure: note: read {value.strip()!r} day first, as {parsed.date.human()}", err=True)
    return parsed.date


class _Text(FuncParamType):
    """An argument's type as help shows it: by its placeholder alone (DATE, QUERY), never the
    name of the function that parses it."""

    def get_metavar(self, param: Any, ctx: Any) -> str:
        return ""


def _complete_cite(ctx: typer.Context, incomplete: str) -> list[str]:
    """Shell completion for `cite`: reference markers and sentence ids."""
    from faurecli import cache
    from faurecli.store import StoreError, packaged_store_path

    given = ctx.params.get("data") or os.environ.get("FAURE_DATA")
    try:
        store = cache.load(Path(given) if given else packaged_store_path(), cache.cache_dir(os.environ))
    except (StoreError, OSError):
        return []
    markers = sorted({m.number for m in store.markers})
    words = [str(n) for n in markers] + [s.id for s in store.sentences]
    return [w for w in words if w.startswith(incomplete.strip("["))]


def _version(ctx: typer.Context, value: bool) -> None:
    if value:
        from faurecli import cache
        from faurecli.store import StoreError, packaged_store_path

        # Eager: --data and FAURE_DATA may not be parsed yet, so look for them here.
        given = _given_data(sys.argv[1:]) or os.environ.get("FAURE_DATA")
        path = Path(given) if given else packaged_store_path()
        try:
            source = cache.load(path, None).source
            data = f"; data {source.data_version}, as of {source.as_of.human()} ({path})"
        except StoreError as exc:
            data = f"; no data: {exc.line()}"
        sys.stdout.write(f"faure {__version__}{data}\n")
        raise typer.Exit()


def _given_data(args: list[str]) -> str | None:
    for number, arg in enumerate(args):
        if arg == "--data" and number + 1 < len(args):
            return args[number + 1]
        if arg.startswith("--data="):
            return arg.split("=", 1)[1]
    return None


def _topic_word(value: str | None) -> str | None:
    """--topic needs a word: an empty or wordless topic would otherwise select every event."""
    if value is None:  # typer calls this for an absent option too: import nothing then
        return None
    from faurecli.search import tokens

    if not any(tokens(value)):
        raise typer.BadParameter("needs a word to look for (e.g. congress)")
    return value


def _store_path(value: str) -> Path:
    # Path("") is Path("."): an empty --data would otherwise be reported as "a directory".
    if not value.strip():
        raise typer.BadParameter("is empty: give the path of a fact store (TOML)")
    return Path(value)


DataOpt = Annotated[
    Path | None,
    typer.Option(
        "--data",
        parser=_store_path,
        envvar="FAURE_DATA",
        metavar="PATH",
        help="Fact store to read (TOML). Default: the store shipped with faure.",
        show_default=False,
        # faure reads the store itself and says in one line what is wrong (exit 3).
        readable=False,
    ),
]
FormatOpt = Annotated[
    Format,
    typer.Option(
        "--format",
        metavar="table|json|jsonl|csv|tsv|markdown",
        help="How to print: a table (plain text in a pipe), JSON, JSON Lines, CSV, TSV or Markdown. "
        "--json, --jsonl, --csv, --tsv and --markdown are short for these.",
    ),
]
LimitOpt = Annotated[int | None, typer.Option("--limit", "-n", min=1, metavar="N", help="Show at most N results.")]


@app.callback()
def _root(
    ctx: typer.Context,
    data: DataOpt = None,
    no_color: Annotated[bool, typer.Option("--no-color", help="Plain text, no colours or styles.")] = False,
    no_cache: Annotated[
        bool,
        typer.Option(
            "--no-cache",
            help="Parse the store afresh; neither read nor write the cache. Also FAURE_NO_CACHE=1 (or true, yes, on).",
        ),
    ] = False,
    no_pager: Annotated[
        bool, typer.Option("--no-pager", help="Never page long output (default: a pager when taller than the screen).")
    ] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the program and data versions and exit."
        ),
    ] = False,
) -> None:
    from faurecli.terminal import Terminal

    # The program (faurecli.app) opens the terminal; a test's CliRunner does not.
    terminal = ctx.obj if isinstance(ctx.obj, Terminal) else Terminal(sys.stdout, sys.stderr, os.environ)
    if no_color and terminal.coloured:
        terminal = Terminal(sys.stdout, sys.stderr, os.environ, no_color=True, held=terminal.held)
    if no_pager and terminal.held is not None:
        terminal.held.wanted = False
    ctx.obj = Session(terminal, data=data, no_cache=no_cache or _env_flag("FAURE_NO_CACHE"))


def _env_flag(name: str) -> bool:
    """An on/off environment variable: unset, empty, 0, false, no or off is off; anything else
    (1, true, yes, on, or a value we do not know) is on, for the flags faure reads are safe to set."""
    return os.environ.get(name, "").strip().lower() not in ("", "0", "false", "no", "off", "n", "f")


# --- What every command shares -------------------------------------------------------------------


def _format(ctx: typer.Context, fmt: Format, result: str) -> Format:
    """`fmt`, if the command's result (named by its class) can be written in it."""
    from faurecli.views import formats

    allowed = formats(result)
    if fmt not in allowed:
        names = ", ".join(f.value for f in allowed[:-1]) + f" or {allowed[-1].value}"
        raise Usage(f"{ctx.info_name} prints {names}, not {fmt.value}")
    return fmt


def _answer(ctx: typer.Context, fmt: Format, result: str, answer: Callable[[Session], Any]) -> None:
    """A command that prints one answer: the format checked first (a usage error needs no
    store), then the core's answer, in that format."""
    session = _session(ctx)
    fmt = _format(ctx, fmt, result)
    session.terminal.present(answer(session), fmt)


def _listing(session: Session, fmt: Format, result: Any, nothing: str) -> None:
    """Print a listing; an empty one is NotFound (exit 1), said on stderr, after JSON has
    printed its empty array and CSV or TSV its header (a table prints nothing)."""
    if len(result) or fmt not in (Format.TABLE, Format.MARKDOWN):
        session.terminal.present(result, fmt)
    if not len(result):
        from faurecli.query import NotFound

        raise NotFound(nothing)


def _partial(session: Session, store: Store, when: PartialDate) -> None:
    """Say on stderr that a period runs past what the source covers."""
    as_of = store.source.as_of.human()
    session.terminal.say(f"note: the source covers events up to {as_of}; {when.human()} is answered up to then")


def _stream(ctx: typer.Context, fmt: Format, kind: str, answer: Callable[[str], dict[str, Any]]) -> None:
    """`-`: JSON Lines whatever the format asked (the default table, JSON), but for a format that
    would promise something else (CSV, TSV, Markdown): a usage error, not JSON Lines unasked."""
    from faurecli import streams

    if fmt not in (Format.TABLE, Format.JSON, Format.JSONL):
        raise Usage(f"{ctx.info_name} - writes JSON Lines, not {fmt.value}")
    streams.run(_session(ctx).terminal, getattr(sys.stdin, "buffer", None), kind, answer, jobs=_jobs())


def _jobs() -> int:
    """How many processes answer a long stream: FAURE_JOBS, else one per CPU faure may use.
    Only where processes fork, and by default only on Linux, where forking a loaded process is
    safe and cheap."""
    given = os.environ.get("FAURE_JOBS", "").strip()
    if given:
        if not given.isdigit() or int(given) < 1:
            raise Usage(f"FAURE_JOBS must be a whole number of processes, 1 or more, not {given!r}")
    if not hasattr(os, "fork"):
        return 1
    if given:
        return int(given)
    return len(os.sched_getaffinity(0)) if sys.platform.startswith("linux") else 1


# --- Commands ------------------------------------------------------------------------------------


@app.command()
def offices(
    ctx: typer.Context,
    current: Annotated[bool, typer.Option("--current", help="Only the offices he holds now.")] = False,
    at: Annotated[
        PartialDate | None,
        typer.Option(parser=_parse_date, metavar="DATE", help="What he held then: 2017, 2017-03 or 2017-03-01."),
    ] = None,
    source: Annotated[
        OfficeSource, typer.Option(metavar="infobox|prose|all", help="infobox offices, prose positions, or all.")
    ] = OfficeSource.INFOBOX,
    chart: Annotated[
        bool, typer.Option("--chart", help="A career chart, one bar per office and position (implies --source all).")
    ] = False,
    svg: Annotated[
        Path | None,
        typer.Option(
            metavar="FILE",
            dir_okay=False,
            help="With --chart: also write the chart as SVG (replacing FILE if it exists).",
        ),
    ] = None,
    fmt: FormatOpt = Format.TABLE,
    data: DataOpt = None,
) -> None:
    """Offices and positions with their terms, predecessors and successors.

    Example: faure offices --source all --at 2014
    """
    from faurecli.query import BeyondSource, Offices
    from faurecli.query import offices as held

    session = _session(ctx)
    fmt = _format(ctx, fmt, "Offices")
    if svg is not None and not chart:
        raise Usage("--svg goes with --chart")
    if chart and fmt is not Format.TABLE:
        raise Usage(f"--chart draws a chart; it does not go with --format {fmt.value}")
    store = session.load(data)
    try:
        result = held(store, source=OfficeSource.ALL if chart else source, current=current, at=at)
    except BeyondSource as exc:
        _listing(session, fmt, Offices(store, ()), str(exc))
    if at is not None and result.partial:
        _partial(session, store, at)
    if chart and len(result):
        if svg is not None:
            from faurecli.terminal import write_file
            from faurecli.views.svg import svg_chart

            write_file(svg, svg_chart(result.items, store.source.as_of).encode("utf-8"))
        session.terminal.chart(result.items, store.source.as_of)
        return
    _listing(session, fmt, result, "no office matches")


@app.command()
def timeline(
    ctx: typer.Context,
    from_: Annotated[
        PartialDate | None,
        typer.Option("--from", parser=_parse_date, metavar="DATE", help="From this date (any precision)."),
    ] = None,
    to: Annotated[
        PartialDate | None,
        typer.Option("--to", parser=_parse_date, metavar="DATE", help="Up to this date (any precision)."),
    ] = None,
    topic: Annotated[
        str | None,
        typer.Option(
            metavar="WORD", callback=_topic_word, help="Only events about this word (e.g. congress, election)."
        ),
    ] = None,
    limit: LimitOpt = None,
    reverse: Annotated[bool, typer.Option("--reverse", help="Newest first.")] = False,
    fmt: FormatOpt = Format.TABLE,
    data: DataOpt = None,
) -> None:
    """Every dated event, in order, with its date at the precision the text gives.

    Example: faure timeline --from 2014 --to 2016 --topic amendment
    """
    from faurecli.query import BeyondSource, Timeline
    from faurecli.query import timeline as events

    session = _session(ctx)
    fmt = _format(ctx, fmt, "Timeline")
    if from_ and to and to.last_day() < from_.first_day():
        raise Usage(f"--to {to} is before --from {from_}")
    store = session.load(data)
    try:
        result = events(store, start=from_, end=to, topic=topic, reverse=reverse, limit=limit)
    except BeyondSource as exc:
        _listing(session, fmt, Timeline(store, ()), str(exc))
    if to is not None and result.partial:
        _partial(session, store, to)
    _listing(session, fmt, result, "no event matches")


@app.command()
def search(
    ctx: typer.Context,
    query: Annotated[
        str,
        typer.Argument(
            metavar="QUERY",
            click_type=_Text(str),
            help="Words, names or figures, in any order; typos are fine. '-' reads one query per line.",
        ),
    ],
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, metavar="N", help="Show at most N results.")] = 10,
    kind: Annotated[
        list[Kind] | None,
        typer.Option(metavar="person|office|event|sentence", help="Only this kind of record (repeatable)."),
    ] = None,
    fmt: FormatOpt = Format.TABLE,
    data: DataOpt = None,
) -> None:
    """Fuzzy search over everything in the store, best first.

    Example: faure search "aubervilier congres"
    """
    from faurecli.model import short
    from faurecli.search import find

    session = _session(ctx)
    fmt = _format(ctx, fmt, "Hits")
    store = session.load(data)
    index = session.index(store)
    if query == "-":
        from faurecli.views.json import hit_record

        def answer(line: str) -> dict[str, Any]:
            hits = find(store, index, line, kinds=kind, limit=limit)
            if hits.analysed.empty:
                from faurecli.model import BadInput

                raise BadInput("the line has only question or function words: name what to look for")
            return {"query": line, "hits": [hit_record(store, h) for h in hits]}

        _stream(ctx, fmt, "query", answer)
        return
    from faurecli.model import BadInput

    try:
        result = find(store, index, query, kinds=kind, limit=limit)
    except BadInput as exc:
        raise Usage(f"search: {exc}") from None
    for written in result.analysed.day_first:
        session.terminal.say(f"note: read {written!r} day first, as in France")
    if result.analysed.empty:
        nothing = f"{short(query)!r} has only question or function words: name what to look for"
    else:
        hint = f"; did you mean: {', '.join(result.suggestions)}?" if result.suggestions else ""
        nothing = f"nothing matches {short(query)!r}{hint}"
    _listing(session, fmt, result, nothing)


@app.command()
def cite(
    ctx: typer.Context,
    query: Annotated[
        str,
        typer.Argument(
            metavar="QUERY|MARKER",
            click_type=_Text(str),
            autocompletion=_complete_cite,
            help="A marker number (13), a sentence id (s25) or words to find; '-' reads one per line.",
        ),
    ],
    style: Annotated[
        CiteStyle, typer.Option(metavar="wikipedia|apa|mla|chicago", help="The citation line's style.")
    ] = CiteStyle.WIKIPEDIA,
    fmt: FormatOpt = Format.TABLE,
    data: DataOpt = None,
) -> None:
    """A quotable sentence with its section, reference markers and a citation line.

    Example: faure cite 13
    """
    from faurecli.query import NotFound
    from faurecli.query import cite as quote

    session = _session(ctx)
    fmt = _format(ctx, fmt, "Citations")
    store = session.load(data)
    index: list[Index] = []

    def loaded() -> "Index":
        if not index:
            index.append(session.index(store))
        return index[0]

    if query == "-":
        from faurecli.views.json import citations_data

        def answer(line: str) -> dict[str, Any]:
            try:
                found = quote(store, line, index=loaded, style=style.value)
            except NotFound:
                return {"query": line, "citations": []}
            return {"query": line, "citations": citations_data(found)}

        _stream(ctx, fmt, "query", answer)
        return
    from faurecli.model import BadInput

    try:
        result = quote(store, query, index=loaded, style=style.value)
    except BadInput as exc:
        raise Usage(f"cite: {exc}") from None
    session.terminal.present(result, fmt)


@app.command()
def on(
    ctx: typer.Context,
    when: Annotated[
        PartialDate, typer.Argument(click_type=_Text(_parse_date), metavar="DATE", help="2017, 2017-03 or 2017-03-01.")
    ],
    fmt: FormatOpt = Format.TABLE,
    data: DataOpt = None,
) -> None:
    """What he held on a date, what happened then, and the nearest events before and after.

    Example: faure on 2017-03
    """
    from faurecli.query import on_date

    session = _session(ctx)
    fmt = _format(ctx, fmt, "Moment")
    store = session.load(data)
    moment = on_date(store, when)
    if moment.partial:
        _partial(session, store, when)
    session.terminal.present(moment, fmt)


@app.command()
def conflicts(ctx: typer.Context, fmt: FormatOpt = Format.TABLE, data: DataOpt = None) -> None:
    """Where the sources disagree, and which dates are only derived, with both provenances.

    Example: faure conflicts --json
    """
    from faurecli.query import conflict_report

    _answer(ctx, fmt, "ConflictReport", lambda session: conflict_report(session.load(data)))


@app.command()
def profile(ctx: typer.Context, fmt: FormatOpt = Format.TABLE, data: DataOpt = None) -> None:
    """The person card: born, birth place, nationality, party, profession, schools, offices.

    Example: faure profile --json
    """
    from faurecli.query import profile as person_card

    _answer(ctx, fmt, "Profile", lambda session: person_card(session.load(data)))


@app.command()
def about(ctx: typer.Context, fmt: FormatOpt = Format.TABLE, data: DataOpt = None) -> None:
    """What faure answers from: source, licence and attribution, as-of date, data version, counts.

    Example: faure about --json
    """
    from faurecli.about import about as about_store

    _answer(ctx, fmt, "About", lambda session: about_store(session.load(data), session.store_path(data).parent))


@app.command()
def check(ctx: typer.Context, fmt: FormatOpt = Format.TABLE, data: DataOpt = None) -> None:
    """Verify a store: schema, references, sentences verbatim in the sources, the summary covered.

    Example: faure check --data my-store.toml
    """
    from faurecli.sources import check_store
    from faurecli.store import StoreError, load_store

    session = _session(ctx)
    fmt = _format(ctx, fmt, "Report")
    path = session.store_path(data)
    try:
        store = load_store(path)
    except StoreError as exc:
        from faurecli.exits import exit_code

        for problem in exc.problems:  # every problem, where other commands say the first
            session.terminal.say(f"{exc.path}: {problem}")
        raise typer.Exit(exit_code(exc)) from None
    report = check_store(store, path.parent, path=str(path))
    session.terminal.present(report, fmt)
    for problem in report.problems:
        session.terminal.say(f"{path}: {problem}")
    raise typer.Exit(Exit.OK if report.ok else Exit.CHECK_FAILED)


@app.command()
def ask(
    ctx: typer.Context,
    question: Annotated[str, typer.Argument(help="A question in English or French; '-' reads one per line.")],
    fmt: FormatOpt = Format.TABLE,
    data: DataOpt = None,
) -> None:
    """A short answer with its evidence, or says the source does not say (exit 1).

    Example: faure ask "quand a-t-il été élu député ?"
    """
    from faurecli.answers import ask as answer

    result = _judge(ctx, data, fmt, "question", question, answer)
    if result is not None and result.answer is None:
        raise typer.Exit(Exit.NOT_FOUND)


@app.command()
def verify(
    ctx: typer.Context,
    claim: Annotated[str, typer.Argument(help="A claim in English or French; '-' reads one per line.")],
    fmt: FormatOpt = Format.TABLE,
    data: DataOpt = None,
) -> None:
    """SUPPORTED (exit 0), REFUTED (exit 7) or NOT_ENOUGH_INFO (exit 1), part by part.

    Example: faure verify "Faure was born in 1969"
    """
    from faurecli.verdicts import Verdict
    from faurecli.verdicts import verify as judge

    result = _judge(ctx, data, fmt, "claim", claim, judge)
    if result is not None and result.verdict is Verdict.REFUTED:
        raise typer.Exit(Exit.REFUTED)
    if result is not None and result.verdict is Verdict.NOT_ENOUGH_INFO:
        raise typer.Exit(Exit.NOT_FOUND)


def _judge(
    ctx: typer.Context, data: Path | None, fmt: Format, item: str, text: str, core: Callable[[Store, str], Any]
) -> Any:
    """What ask and verify share: a stream of lines for "-" (None), else one result, printed;
    an unreadable question or claim is a usage error (BadInput)."""
    session = _session(ctx)
    fmt = _format(ctx, fmt, "Answer")
    store = session.load(data)
    session.prime(store)
    if text == "-":
        from faurecli.views.json import data as json_data

        _stream(ctx, fmt, item, lambda line: json_data(core(store, line)))
        return None
    from faurecli.model import BadInput

    try:
        result = core(store, text)
    except BadInput as exc:
        raise Usage(f"{ctx.info_name}: {exc}") from None
    session.terminal.present(result, fmt)
    return result


@app.command()
def export(
    ctx: typer.Context,
    out: Annotated[
        Path, typer.Option("--out", metavar="DIR", file_okay=False, help="The directory to write (made if missing).")
    ] = Path("faure-export"),
    data: DataOpt = None,
) -> None:
    """The whole store for other tools: popolo.json, and a Frictionless data package
    (datapackage.json and one CSV per table).

    Example: faure export --out faure-data
    """
    from faurecli.store import printable
    from faurecli.views.export import datapackage, popolo
    from faurecli.views.json import json_text

    session = _session(ctx)
    store = session.load(data)
    descriptor, tables = datapackage(store)
    files = {"popolo.json": json_text(popolo(store)), "datapackage.json": json_text(descriptor), **tables}
    try:
        out.mkdir(parents=True, exist_ok=True)
    except FileExistsError:  # a file, or a device: strerror would say "File exists"
        raise Usage(f"cannot write {printable(str(out))}: not a directory") from None
    except OSError as exc:
        raise Usage(f"cannot write {exc.filename or out}: {exc.strerror or exc}") from None
    from faurecli.terminal import write_file

    for name, text in files.items():
        write_file(out / name, text.encode("utf-8"))
    for name in files:
        session.terminal.write(f"{printable(str(out / name))}\n")


def app_for(args: list[str]) -> typer.Typer:
    """The app with only the command `args` name, or the whole app when they name none (help,
    a typo, shell completion). Typer builds every registered command (reading each one's type
    hints and making its options) before it dispatches: building one instead of twelve made
    `timeline --json` 113 ms instead of 130 (median of 25 interleaved runs on the CI machine)."""
    if os.environ.get("_FAURE_COMPLETE"):
        return app
    words = iter(args)
    for word in words:
        if word == "--data":
            next(words, None)
        elif word in ("-h", "--help"):
            return app
        elif not word.startswith("-"):
            chosen = [c for c in app.registered_commands if _command_name(c) == word]
            if not chosen:
                return app
            only = copy.copy(app)
            only.registered_commands = chosen
            return only
    return app


def _command_name(info: "CommandInfo") -> str:
    if info.name:
        return info.name
    assert info.callback is not None
    return info.callback.__name__.replace("_", "-")
