"""The `faure` command line: options in, store and search, output out, exit code. The only place
that prints or exits."""

import copy
import gc
import os
import re
import sys
from collections.abc import Callable, Iterator
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, TypeVar

import typer
from typer._click.types import FuncParamType

from faurecli import __version__
from faurecli.model import DateError, Kind, PartialDate, Store
from faurecli.query import OfficeSource
from faurecli.store import Problem, StoreError
from faurecli.views.citation import Style as CiteStyle

if TYPE_CHECKING:
    from typer.models import CommandInfo

    from faurecli.model import Office
    from faurecli.search import Index
    from faurecli.views.grid import Grid


class Exit(IntEnum):
    """Exit codes, documented in the README."""

    OK = 0
    NOT_FOUND = 1
    USAGE = 2
    STORE_UNREADABLE = 3
    STORE_SYNTAX = 4
    STORE_INVALID = 5
    CHECK_FAILED = 6
    REFUTED = 7
    INTERNAL = 70
    OUTPUT = 74  # EX_IOERR: the output cannot be written (a full disk, an I/O error)
    INTERRUPTED = 130


_STORE_EXIT = {
    Problem.UNREADABLE: Exit.STORE_UNREADABLE,
    Problem.SYNTAX: Exit.STORE_SYNTAX,
    Problem.SCHEMA: Exit.STORE_INVALID,
}

# A query longer than this is a mistake (a pasted file?), not a question.
MAX_QUERY = 1000
# Wider than any real terminal: a larger COLUMNS is taken as this (a chart is as wide as asked).
MAX_COLUMNS = 1000
MAX_LINES = 10_000

HELP = """Answers questions about Olivier Faure from a verified fact store.

Examples, one per command:

- `faure offices --source all --at 2014`: offices and positions held in 2014
- `faure timeline --from 2018 --to 2018-04`: dated events, in order
- `faure search "aubervilier congres"`: fuzzy search, typos and missing accents welcome
- `faure cite 13`: the sentence the article's reference [13] follows, ready to quote
- `faure profile`: the person card
- `faure on 2017-03`: what he held and what happened then
- `faure conflicts`: where the sources disagree
- `faure check`: verify the store against its sources
- `faure about`: the source, its licence, the as-of date and the data version
- `faure export --out DIR`: the whole store as Popolo JSON and a Frictionless data package

Global options (`--data`, `--no-color`, `--no-cache`, `--no-pager`) go before or after the
command. Long output at a terminal goes through `FAURE_PAGER`, else `PAGER`, else `less -FRX`.

Exit codes: 0 success; 1 nothing found; 2 bad usage or input; 3 store unreadable; 4 store not
valid TOML; 5 store breaks the schema; 6 `check` found the store disagreeing with its sources;
70 internal error (a bug); 130 interrupted.
"""

app = typer.Typer(
    name="faure",
    help=HELP,
    # Markdown, so that the examples above stay a list (help only: commands never render it).
    rich_markup_mode="markdown",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class Settings:
    """The global options, for the commands to read."""

    __slots__ = ("data", "no_color", "no_cache")

    def __init__(self, data: Path | None = None, no_color: bool = False, no_cache: bool = False) -> None:
        self.data, self.no_color, self.no_cache = data, no_color, no_cache


def _parse_date(value: str) -> PartialDate:
    from faurecli.dates import parse_date

    try:
        parsed = parse_date(value)
    except DateError as exc:
        raise typer.BadParameter(str(exc)[:200]) from None
    if parsed.day_first:
        typer.echo(f"note: read {value.strip()!r} day first, as {parsed.date.human()}", err=True)
    return parsed.date


class _Text(FuncParamType):
    """An argument's type as help shows it: by its placeholder alone (DATE, QUERY), never the
    name of the function that parses it."""

    def get_metavar(self, param: Any, ctx: Any) -> str:
        return ""


def _complete_cite(ctx: typer.Context, incomplete: str) -> list[str]:
    """Shell completion for `cite`: reference markers and sentence ids."""
    from faurecli import cache
    from faurecli.store import packaged_store_path

    given = ctx.params.get("data") or os.environ.get("FAURE_DATA")
    try:
        store = cache.load(Path(given) if given else packaged_store_path(), cache.cache_dir(os.environ))
    except (StoreError, OSError):
        return []
    markers = sorted({m.number for m in store.markers})
    words = [str(n) for n in markers] + [s.id for s in store.sentences]
    return [w for w in words if w.startswith(incomplete.strip("["))]


def _check_query(query: str, command: str) -> None:
    from faurecli.search import tokens

    if len(query) > MAX_QUERY:
        _fail(f"{command}: the query is {len(query):,} characters long; at most {MAX_QUERY:,}", Exit.USAGE)
    if not any(tokens(query)):
        _fail(f"{command} needs a word or a number to look for", Exit.USAGE)


def _short(query: str) -> str:
    """A query as an error message quotes it: at most 60 characters."""
    return query if len(query) <= 60 else query[:57] + "..."


def _version(ctx: typer.Context, value: bool) -> None:
    if value:
        from faurecli import cache
        from faurecli.store import packaged_store_path

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


DataOpt = Annotated[
    Path | None,
    typer.Option(
        "--data",
        envvar="FAURE_DATA",
        metavar="PATH",
        help="Fact store to read (TOML). Default: the store shipped with faure.",
        show_default=False,
        # faure reads the store itself and says in one line what is wrong (exit 3).
        readable=False,
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]
JsonlOpt = Annotated[bool, typer.Option("--jsonl", help="Print one JSON object per line.")]
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
    ctx.obj = Settings(data=data, no_color=no_color, no_cache=no_cache or _env_flag("FAURE_NO_CACHE"))
    if no_pager:
        from faurecli.pager import refuse

        refuse(sys.stdout)


def _env_flag(name: str) -> bool:
    """An on/off environment variable: unset, empty, 0, false, no or off is off; anything else
    (1, true, yes, on, or a value we do not know) is on, for the flags faure reads are safe to set."""
    return os.environ.get(name, "").strip().lower() not in ("", "0", "false", "no", "off", "n", "f")


# --- Shared plumbing -------------------------------------------------------------------------


def _fail(message: str, code: Exit) -> NoReturn:
    _say(message)
    raise typer.Exit(code)


def _say(message: str) -> None:
    """One line on stderr, `faure: message`, with any control or invisible character in it (a
    path's newline, a query's escape sequence) shown as an escape; quiet if stderr is gone."""
    from faurecli.store import printable

    try:
        sys.stderr.write(f"faure: {printable(message)}\n")
    except (OSError, ValueError):
        pass


def _settings(ctx: typer.Context) -> Settings:
    settings = ctx.find_object(Settings)
    return settings if settings is not None else Settings()


def _store_path(ctx: typer.Context, data: Path | None) -> Path:
    from faurecli.store import packaged_store_path

    return data or _settings(ctx).data or packaged_store_path()


def _cache_dir(ctx: typer.Context) -> Path | None:
    from faurecli.cache import cache_dir

    return None if _settings(ctx).no_cache else cache_dir(os.environ)


def _load(ctx: typer.Context, data: Path | None) -> Store:
    from faurecli import cache

    try:
        # One reading of the file: the store and its index are both keyed on it.
        snapshot = ctx.meta["faure.snapshot"] = cache.snapshot(_store_path(ctx, data))
        return cache.load(snapshot, _cache_dir(ctx))
    except StoreError as exc:
        _fail(exc.line(), _STORE_EXIT[exc.kind])


def _index(ctx: typer.Context, data: Path | None, store: Store) -> "Index":
    from faurecli import cache

    return cache.load_index(ctx.meta["faure.snapshot"], store, _cache_dir(ctx))


def _prime(ctx: typer.Context, data: Path | None, store: Store) -> None:
    """Load what ask and verify build from the store from the cache (built and cached when stale)."""
    from faurecli import cache
    from faurecli.evidence import prime

    prime(store, cache.load_built(ctx.meta["faure.snapshot"], store, _cache_dir(ctx)))


def _utf8(stream: Any) -> bool:
    return (getattr(stream, "encoding", None) or "").lower().replace("_", "-") in ("utf-8", "utf8")


def _emit_json(items: Any, jsonl: bool = False) -> None:
    from faurecli.views.json import json_text, jsonl_text

    # Indented for a person at a terminal, compact for a program reading a pipe; \u escapes
    # (lossless) where the output encoding cannot carry the accents.
    ascii_only = not _utf8(sys.stdout)
    if jsonl:
        sys.stdout.write(jsonl_text(items, ascii_only=ascii_only))
    else:
        sys.stdout.write(json_text(items, pretty=sys.stdout.isatty(), ascii_only=ascii_only))


def _styling(ctx: typer.Context) -> tuple[bool, bool]:
    """(styled, coloured): whether output goes through Rich, and in colour. A terminal is
    styled; a pipe is not unless FORCE_COLOR asks; --no-color and NO_COLOR mean no colour and
    win over FORCE_COLOR (Rich alone would keep bold and underline under NO_COLOR)."""
    plain = _settings(ctx).no_color or bool(os.environ.get("NO_COLOR"))
    forced = bool(os.environ.get("FORCE_COLOR")) and not plain
    return sys.stdout.isatty() or forced, not plain


def _show(ctx: typer.Context, *grids: "Grid") -> None:
    """Tables for a terminal (Rich, fitted to its width); aligned plain text for a pipe, where
    nothing is wrapped or cut and Rich is not even imported."""
    from faurecli.views.grid import to_plain

    styled, coloured = _styling(ctx)
    if not styled:
        sys.stdout.write("\n".join(to_plain(g) for g in grids))
        return
    from rich.console import Console

    from faurecli.views.grid import fits, to_rich, to_stacked

    console = Console(highlight=False, emoji=False, markup=False, color_system="auto" if coloured else None)
    for number, table in enumerate(grids):
        if number:
            console.print()
        if fits(table, console.width):
            console.print(to_rich(table, console.width), soft_wrap=True)
        else:
            # Too narrow for columns: stack the fields, and let the terminal wrap the lines.
            console.print(to_stacked(table), end="", soft_wrap=False)


# --- Commands --------------------------------------------------------------------------------


CsvOpt = Annotated[bool, typer.Option("--csv", help="Print CSV: one row per record, a header, ISO dates.")]
TsvOpt = Annotated[bool, typer.Option("--tsv", help="Print TSV: as --csv, tab-separated.")]
MarkdownOpt = Annotated[bool, typer.Option("--markdown", help="Print Markdown for writers.")]


def _format(**chosen: bool) -> str | None:
    """The one output format asked for (json, jsonl, csv, tsv, markdown), or None for a table."""
    names = [name for name, on in chosen.items() if on]
    if len(names) > 1:
        _fail(f"choose one output format, not {' and '.join('--' + n for n in names)}", Exit.USAGE)
    return names[0] if names else None


def _present(
    ctx: typer.Context,
    fmt: str | None,
    records: Callable[[], Any],
    grids: Callable[[], list["Grid"]],
    markdown: Callable[[], str] | None = None,
    *,
    table: str | None = None,
) -> None:
    """Write the result in the chosen format; only the format chosen is built. CSV and TSV
    (for the listing `table`) are built from the JSON records, not from the display tables."""
    if fmt in ("json", "jsonl"):
        _emit_json(records(), fmt == "jsonl")
    elif fmt in ("csv", "tsv") and table is not None:
        from faurecli.views.delimited import Dialect, delimited

        sys.stdout.write(delimited(table, records(), Dialect(fmt)))
    elif fmt == "markdown":
        from faurecli.views.grid import to_markdown

        sys.stdout.write(markdown() if markdown else "\n".join(to_markdown(g) for g in grids()))
    else:
        _show(ctx, *grids())


def _nothing(fmt: str | None, message: str, table: str | None = None) -> NoReturn:
    """Say on stderr that nothing matched; JSON still prints its empty array, CSV and TSV
    their header."""
    if fmt in ("json", "jsonl"):
        _emit_json([], fmt == "jsonl")
    elif fmt in ("csv", "tsv") and table is not None:
        from faurecli.views.delimited import Dialect, delimited

        sys.stdout.write(delimited(table, [], Dialect(fmt)))
    sys.stderr.write(f"faure: {message}\n")
    raise typer.Exit(Exit.NOT_FOUND)


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
    json_: JsonOpt = False,
    jsonl: JsonlOpt = False,
    csv_: CsvOpt = False,
    tsv: TsvOpt = False,
    markdown: MarkdownOpt = False,
    data: DataOpt = None,
) -> None:
    """Offices and positions with their terms, predecessors and successors.

    Example: faure offices --source all --at 2014
    """
    from faurecli.query import select_offices

    fmt = _format(json=json_, jsonl=jsonl, csv=csv_, tsv=tsv, markdown=markdown)
    if svg is not None and not chart:
        _fail("--svg goes with --chart", Exit.USAGE)
    if chart and fmt:
        _fail(f"--chart draws a chart; it does not go with --{fmt}", Exit.USAGE)
    from faurecli.query import BeyondSource, covered

    store = _load(ctx, data)
    try:
        if at is not None and not covered(store, at):
            _partial(store, at)
        chosen = select_offices(store, source=OfficeSource.ALL if chart else source, current=current, at=at)
    except BeyondSource as exc:
        _nothing(fmt, str(exc), "offices")
    if not chosen:
        _nothing(fmt, "no office matches", "offices")
    if chart:
        _chart(ctx, chosen, store.source.as_of, svg)
        return
    from faurecli.views import json as records

    def grids() -> list["Grid"]:
        from faurecli.views.table import offices_grid

        return [offices_grid(store, chosen)]

    _present(ctx, fmt, lambda: [records.office_record(store, o) for o in chosen], grids, table="offices")


def _partial(store: Store, when: PartialDate) -> None:
    """Say on stderr that a period runs past what the source covers."""
    as_of = store.source.as_of.human()
    sys.stderr.write(f"faure: note: the source covers events up to {as_of}; {when.human()} is answered up to then\n")


def _chart(ctx: typer.Context, chosen: list["Office"], as_of: PartialDate, svg: Path | None) -> None:
    from faurecli.views.chart import ASCII, BLOCKS, career_chart, plain

    styled, coloured = _styling(ctx)
    until = as_of.last_day()
    if svg is not None:
        from faurecli.views.svg import svg_chart

        _write_svg(svg_chart(chosen, as_of), svg)
    # Without colour the bars' source is told by their character, which ASCII does.
    if not (styled and coloured):
        width = _columns() or 100
        sys.stdout.write(plain(career_chart(chosen, until, width=max(40, width), glyphs=ASCII)))
        return
    from rich.console import Console

    from faurecli.views.grid import rich_text

    console = Console(highlight=False, emoji=False, markup=False)
    lines = career_chart(chosen, until, width=max(40, min(MAX_COLUMNS, console.width)), glyphs=BLOCKS)
    console.print(rich_text(lines), no_wrap=True, overflow="ignore")


def _write_svg(text: str, path: Path) -> None:
    _write_file(path, text.encode("utf-8"))


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


def _topic_word(value: str | None) -> str | None:
    """--topic needs a word: an empty or wordless topic would otherwise select every event."""
    if value is None:  # typer calls this for an absent option too: import nothing then
        return None
    from faurecli.search import tokens

    if not any(tokens(value)):
        raise typer.BadParameter("needs a word to look for (e.g. congress)")
    return value


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
    json_: JsonOpt = False,
    jsonl: JsonlOpt = False,
    csv_: CsvOpt = False,
    tsv: TsvOpt = False,
    markdown: MarkdownOpt = False,
    data: DataOpt = None,
) -> None:
    """Every dated event, in order, with its date at the precision the text gives.

    Example: faure timeline --from 2014 --to 2016 --topic amendment
    """
    from faurecli.query import select_events

    fmt = _format(json=json_, jsonl=jsonl, csv=csv_, tsv=tsv, markdown=markdown)
    if from_ and to and to.last_day() < from_.first_day():
        _fail(f"--to {to} is before --from {from_}", Exit.USAGE)
    from faurecli.query import BeyondSource

    store = _load(ctx, data)
    try:
        events = select_events(store, start=from_, end=to, topic=topic, reverse=reverse, limit=limit)
    except BeyondSource as exc:
        _nothing(fmt, str(exc), "timeline")
    if to is not None and to.last_day() > store.source.as_of.last_day():
        _partial(store, to)
    if not events:
        _nothing(fmt, "no event matches", "timeline")
    from faurecli.views import json as records

    def grids() -> list["Grid"]:
        from faurecli.views.table import timeline_grid

        return [timeline_grid(store, events)]

    _present(ctx, fmt, lambda: [records.event_record(store, e) for e in events], grids, table="timeline")


@app.command()
def search(
    ctx: typer.Context,
    query: Annotated[
        str,
        typer.Argument(
            metavar="QUERY", click_type=_Text(str), help="Words, names or figures, in any order; typos are fine."
        ),
    ],
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, metavar="N", help="Show at most N results.")] = 10,
    kind: Annotated[
        list[Kind] | None,
        typer.Option(metavar="person|office|event|sentence", help="Only this kind of record (repeatable)."),
    ] = None,
    json_: JsonOpt = False,
    jsonl: JsonlOpt = False,
    csv_: CsvOpt = False,
    tsv: TsvOpt = False,
    markdown: MarkdownOpt = False,
    data: DataOpt = None,
) -> None:
    """Fuzzy search over everything in the store, best first.

    Example: faure search "aubervilier congres"
    """
    from faurecli.search import analyse, search, suggest

    fmt = _format(json=json_, jsonl=jsonl, csv=csv_, tsv=tsv, markdown=markdown)
    if query == "-":
        store = _load(ctx, data)
        _stream("query", _search_line(store, _index(ctx, data, store), kinds=kind, limit=limit))
        return
    _check_query(query, "search")
    store = _load(ctx, data)
    index = _index(ctx, data, store)
    analysed = analyse(index, query)
    for written in analysed.day_first:
        typer.echo(f"note: read {written!r} day first, as in France", err=True)
    if analysed.empty:
        _nothing(fmt, f"{_short(query)!r} has only question or function words: name what to look for", "search")
    hits = search(index, analysed, kinds=kind, limit=limit)
    if not hits:
        close = suggest(index, query)
        hint = f"; did you mean: {', '.join(close)}?" if close else ""
        _nothing(fmt, f"nothing matches {_short(query)!r}{hint}", "search")
    from faurecli.views import json as records

    def grids() -> list["Grid"]:
        from faurecli.views.table import search_grid

        return [search_grid(store, hits)]

    _present(ctx, fmt, lambda: [records.hit_record(store, h) for h in hits], grids, table="search")


def _search_line(store: Store, index: "Index", *, kinds: list[Kind] | None, limit: int) -> Callable[[str], Any]:
    """What `faure search -` writes for one line: the query and its hits, or an error."""
    from faurecli.search import analyse, search, tokens
    from faurecli.views import json as records

    def handle(line: str) -> dict[str, Any]:
        if len(line) > MAX_QUERY:
            raise StreamError(f"the query is {len(line):,} characters long; at most {MAX_QUERY:,}")
        if not any(tokens(line)):
            raise StreamError("the line has no word or number to look for")
        analysed = analyse(index, line)
        if analysed.empty:
            raise StreamError("the line has only question or function words: name what to look for")
        hits = search(index, analysed, kinds=kinds, limit=limit)
        return {"query": line, "hits": [records.hit_record(store, h) for h in hits]}

    return handle


@app.command()
def cite(
    ctx: typer.Context,
    query: Annotated[
        str,
        typer.Argument(
            metavar="QUERY|MARKER",
            click_type=_Text(str),
            autocompletion=_complete_cite,
            help="A marker number (13), a sentence id (s25) or words to find.",
        ),
    ],
    json_: JsonOpt = False,
    jsonl: JsonlOpt = False,
    csv_: CsvOpt = False,
    tsv: TsvOpt = False,
    markdown: Annotated[bool, typer.Option("--markdown", help="A Markdown blockquote with its citation line.")] = False,
    style: Annotated[
        CiteStyle, typer.Option(metavar="wikipedia|apa|mla|chicago", help="The citation line's style.")
    ] = CiteStyle.WIKIPEDIA,
    data: DataOpt = None,
) -> None:
    """A quotable sentence with its section, reference markers and a citation line.

    Example: faure cite 13
    """
    from faurecli.query import cite_marker, cite_sentence, cite_text

    fmt = _format(json=json_, jsonl=jsonl, csv=csv_, tsv=tsv, markdown=markdown)
    marker = query.strip().strip("[]")
    store = _load(ctx, data)
    if query == "-":
        _stream("query", _cite_line(ctx, data, store, style))
        return
    if re.fullmatch(r"s[0-9]+", query.strip()):
        citations = cite_sentence(store, query.strip())
        if not citations:
            _fail(f"no sentence has id {query.strip()!r} (ids run s1 to s{len(store.sentences)})", Exit.NOT_FOUND)
    elif marker.isdecimal() and marker.isascii():
        citations = cite_marker(store, int(marker))
        if not citations:
            known = ", ".join(str(n) for n in sorted({m.number for m in store.markers}))
            _fail(f"no sentence is followed by the reference [{int(marker)}] (references: {known})", Exit.NOT_FOUND)
    else:
        _check_query(query, "cite")
        citations = cite_text(store, _index(ctx, data, store), query)
        if not citations:
            _fail(f"no sentence matches {_short(query)!r}", Exit.NOT_FOUND)
    if style is not CiteStyle.WIKIPEDIA:
        from faurecli.query import Citation
        from faurecli.views.citation import citation

        lines = [citation(store, c.sentence, style, markdown=fmt == "markdown") for c in citations]
        citations = [Citation(c.sentence, line) for c, line in zip(citations, lines, strict=True)]
    from faurecli.views import json as records

    def grids() -> list["Grid"]:
        from faurecli.views.table import citation_grids

        return citation_grids(citations)

    def markdown_text() -> str:
        from faurecli.views.table import citation_markdown

        return citation_markdown(citations)

    _present(ctx, fmt, lambda: [records.citation_record(c) for c in citations], grids, markdown_text, table="cite")


def _cite_line(ctx: typer.Context, data: Path | None, store: Store, style: CiteStyle) -> Callable[[str], Any]:
    """What `faure cite -` writes for one line: the query and its citations, or an error."""
    from faurecli.query import Citation, cite_marker, cite_sentence, cite_text
    from faurecli.search import tokens
    from faurecli.views import json as records

    index: list[Index] = []

    def handle(line: str) -> dict[str, Any]:
        query = line.strip()
        marker = query.strip("[]")
        if re.fullmatch(r"s[0-9]+", query):
            citations = cite_sentence(store, query)
        elif marker.isdecimal() and marker.isascii():
            citations = cite_marker(store, int(marker))
        else:
            if len(line) > MAX_QUERY:
                raise StreamError(f"the query is {len(line):,} characters long; at most {MAX_QUERY:,}")
            if not any(tokens(line)):
                raise StreamError("the line has no word, number, marker or sentence id")
            if not index:
                index.append(_index(ctx, data, store))
            citations = cite_text(store, index[0], line)
        if style is not CiteStyle.WIKIPEDIA:
            from faurecli.views.citation import citation

            citations = [Citation(c.sentence, citation(store, c.sentence, style)) for c in citations]
        return {"query": line, "citations": [records.citation_record(c) for c in citations]}

    return handle


@app.command()
def on(
    ctx: typer.Context,
    when: Annotated[
        PartialDate, typer.Argument(click_type=_Text(_parse_date), metavar="DATE", help="2017, 2017-03 or 2017-03-01.")
    ],
    json_: JsonOpt = False,
    data: DataOpt = None,
) -> None:
    """What he held on a date, what happened then, and the nearest events before and after.

    Example: faure on 2017-03
    """
    from faurecli.query import BeyondSource, on_date
    from faurecli.views import json as records

    store = _load(ctx, data)
    try:
        moment = on_date(store, when)
    except BeyondSource as exc:
        _fail(str(exc), Exit.NOT_FOUND)
    if moment.partial:
        _partial(store, when)

    def grids() -> list["Grid"]:
        from faurecli.views.table import moment_grids

        return moment_grids(store, moment)

    _present(ctx, "json" if json_ else None, lambda: records.moment_record(store, moment), grids)


@app.command()
def conflicts(ctx: typer.Context, json_: JsonOpt = False, data: DataOpt = None) -> None:
    """Where the sources disagree, and which dates are only derived, with both provenances.

    Example: faure conflicts --json
    """
    from faurecli.query import conflict_report
    from faurecli.views import json as records

    store = _load(ctx, data)
    report = conflict_report(store)

    def grids() -> list["Grid"]:
        from faurecli.views.table import conflict_grids

        return conflict_grids(store, report)

    _present(ctx, "json" if json_ else None, lambda: records.conflicts_record(store, report), grids)


@app.command()
def profile(ctx: typer.Context, json_: JsonOpt = False, data: DataOpt = None) -> None:
    """The person card: born, birth place, nationality, party, profession, schools, offices.

    Example: faure profile --json
    """
    from faurecli.query import profile as person_card
    from faurecli.views import json as records

    answer = person_card(_load(ctx, data))

    def grids() -> list["Grid"]:
        from faurecli.views.table import profile_grid

        return [profile_grid(answer)]

    _present(ctx, "json" if json_ else None, lambda: records.profile_record(answer), grids)


@app.command()
def check(ctx: typer.Context, json_: JsonOpt = False, data: DataOpt = None) -> None:
    """Verify a store: schema, references, sentences verbatim in the sources, the summary covered.

    Example: faure check --data my-store.toml
    """
    from faurecli.sources import check_store
    from faurecli.store import load_store, printable

    path = _store_path(ctx, data)
    try:
        store = load_store(path)
    except StoreError as exc:
        for problem in exc.problems:
            _say(f"{exc.path}: {problem}")
        raise typer.Exit(_STORE_EXIT[exc.kind]) from None
    report = check_store(store, path.parent)
    uncited = [{"id": sid, "reason": reason} for sid, reason in report.uncited]
    if json_:
        _emit_json({"ok": report.ok, "counts": report.counts, "uncited": uncited, "problems": report.problems})
    else:
        for name, count in report.counts.items():
            sys.stdout.write(f"{name.replace('_', ' ')}: {count}\n")
        total = report.counts["sentences"]
        cited = report.counts["sentences_cited"]
        sys.stdout.write(f"coverage: {cited}/{total} sentences cited by a record\n")
        for item in uncited:
            sys.stdout.write(f"uncited: {item['id']}: {item['reason'] or 'no reason given'}\n")
        sys.stdout.write(f"{printable(str(path))}: {'ok' if report.ok else f'{len(report.problems)} problem(s)'}\n")
    for problem in report.problems:
        _say(f"{path}: {problem}")
    raise typer.Exit(Exit.OK if report.ok else Exit.CHECK_FAILED)


@app.command()
def about(ctx: typer.Context, json_: JsonOpt = False, data: DataOpt = None) -> None:
    """What faure answers from: source, licence and attribution, as-of date, data version, counts.

    Example: faure about --json
    """
    from faurecli.about import about as about_store

    path = _store_path(ctx, data)
    result = about_store(_load(ctx, data), path.parent)

    def grids() -> list["Grid"]:
        from faurecli.views.table import about_grid

        return [about_grid(result)]

    from faurecli.views import json as records

    _present(ctx, "json" if json_ else None, lambda: records.about_record(result), grids)


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
    from faurecli.views.export import datapackage, popolo
    from faurecli.views.json import json_text

    store = _load(ctx, data)
    descriptor, tables = datapackage(store)
    files = {"popolo.json": json_text(popolo(store)), "datapackage.json": json_text(descriptor), **tables}
    from faurecli.store import printable

    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        _fail(f"cannot write {exc.filename or out}: {exc.strerror or exc}", Exit.USAGE)
    for name, text in files.items():
        _write_file(out / name, text.encode("utf-8"))
    for name in files:
        sys.stdout.write(f"{printable(str(out / name))}\n")


def _write_file(path: Path, data: bytes) -> None:
    """Write a file faure was asked to make: a regular file only (a FIFO there would block, a
    device would swallow it): otherwise usage (2); a failed write (a full disk) is output (74)."""
    try:
        handle = _open_regular(path)
    except OSError as exc:
        _fail(f"cannot write {path}: {exc.strerror or exc}", Exit.USAGE)
    try:
        with os.fdopen(handle, "wb") as written:
            written.write(data)
    except OSError as exc:
        _fail(f"cannot write {path}: {exc.strerror or exc}", Exit.OUTPUT)


# A stream's line longer than this is refused as one error object; it is read in chunks of this
# size and never held whole (a question is at most 1,000 characters).
MAX_LINE = 64 * 1024


class StreamError(Exception):
    """A line of a stream that gets an error object (the stream goes on)."""


def _lines(binary: Any, limit: int = MAX_LINE) -> Iterator[tuple[str | None, str | None]]:
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


def _stream(kind: str, handle: Callable[[str], dict[str, Any]]) -> None:
    """One JSON object per line of stdin, in order, each with its input; a bad line gets an
    error object and the stream goes on. A long stream read in a terminal shows its progress
    on stderr (Rich), never in the JSON."""
    from faurecli.answers import BadQuestion
    from faurecli.views.json import jsonl_text

    ascii_only = not _utf8(sys.stdout)
    binary = getattr(sys.stdin, "buffer", None)
    if binary is None:
        _fail("'-' reads one item per line from stdin, and stdin cannot be read here", Exit.USAGE)
    progress = _Progress() if _isatty(sys.stderr) else None
    lines = _lines(binary)
    try:
        while True:
            try:
                line, error = next(lines)
            except StopIteration:
                break
            except (OSError, ValueError) as exc:  # a closed or unreadable stdin
                _fail(f"'-' reads one item per line from stdin, and stdin cannot be read: {exc}", Exit.USAGE)
            if error is None and line is not None:
                try:
                    item = handle(line)
                except (BadQuestion, StreamError) as exc:
                    item = {kind: line[:200], "error": str(exc)}
            else:
                item = {kind: None, "error": error}
            sys.stdout.write(jsonl_text([item], ascii_only=ascii_only))
            if progress is not None:
                progress.advance()
    finally:
        if progress is not None:
            progress.stop()


class _Progress:
    """Rich's progress display on stderr, started only once a stream has run for a while (a
    short one never shows it, and Rich is not imported for it)."""

    AFTER = 0.5  # seconds

    def __init__(self) -> None:
        import time

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

            console = Console(stderr=True)
            columns = (SpinnerColumn(), TextColumn("{task.completed:,} lines"), TimeElapsedColumn())
            self._bar = Progress(*columns, console=console, transient=True)
            self._task = self._bar.add_task("stream", total=None, completed=self._count)
            self._bar.start()
        else:
            self._bar.update(self._task, completed=self._count)

    def stop(self) -> None:
        if self._bar is not None:
            self._bar.stop()


@app.command()
def ask(
    ctx: typer.Context,
    question: Annotated[str, typer.Argument(help="A question in English or French; '-' reads one per line.")],
    json_: JsonOpt = False,
    data: DataOpt = None,
) -> None:
    """A short answer with its evidence, or says the source does not say (exit 1).

    Example: faure ask "quand a-t-il été élu député ?"
    """
    from faurecli.answers import ask as answer
    from faurecli.views.answers import answer_record, answer_text

    result = _read_and_judge(ctx, data, "ask", "question", question, json_, answer, answer_record, answer_text)
    if result is not None and result.answer is None:
        raise typer.Exit(Exit.NOT_FOUND)


@app.command()
def verify(
    ctx: typer.Context,
    claim: Annotated[str, typer.Argument(help="A claim in English or French; '-' reads one per line.")],
    json_: JsonOpt = False,
    data: DataOpt = None,
) -> None:
    """SUPPORTED (exit 0), REFUTED (exit 7) or NOT_ENOUGH_INFO (exit 1), part by part.

    Example: faure verify "Faure was born in 1969"
    """
    from faurecli.verdicts import Verdict
    from faurecli.verdicts import verify as judge
    from faurecli.views.answers import check_record, check_text

    result = _read_and_judge(ctx, data, "verify", "claim", claim, json_, judge, check_record, check_text)
    if result is not None and result.verdict is Verdict.REFUTED:
        raise typer.Exit(Exit.REFUTED)
    if result is not None and result.verdict is Verdict.NOT_ENOUGH_INFO:
        raise typer.Exit(Exit.NOT_FOUND)


R = TypeVar("R")


def _read_and_judge(
    ctx: typer.Context,
    data: Path | None,
    command: str,
    item: str,
    text: str,
    json_: bool,
    core: Callable[[Store, str], R],
    record: Callable[[R], Any],
    shown: Callable[[R, str], str],
) -> R | None:
    """What ask and verify share: a stream of lines for "-" (None), else one result, printed
    as JSON or text; an unreadable question or claim is a usage error."""
    from faurecli.answers import BadQuestion

    store = _load(ctx, data)
    _prime(ctx, data, store)
    if text == "-":
        _stream(item, lambda line: record(core(store, line)))
        return None
    try:
        result = core(store, text)
    except BadQuestion as exc:
        _fail(f"{command}: {exc}", Exit.USAGE)
    if json_:
        _emit_json(record(result))
    else:
        sys.stdout.write(shown(result, store.source.title))
    return result


def main(argv: list[str] | None = None) -> NoReturn:
    """Entry point: run the app with one-line errors and a quiet end on a closed pipe."""
    args = _hoist(sys.argv[1:] if argv is None else argv)
    _sane_streams()
    _sane_environment(os.environ)
    held = None
    if _isatty(sys.stdout):  # a pipe never pages: no need to even import the pager
        from faurecli import pager

        held = pager.hold(sys.stdout, os.environ)
    terminal, sys.stdout = sys.stdout, held or sys.stdout
    try:
        # Bare `faure` shows the help, with an example per command, and succeeds.
        code = _bad_completion(os.environ) or _completion(args)
        if code is None:
            code = app_for(args)(args=args or ["--help"], prog_name="faure", standalone_mode=False)
        if code == Exit.INTERRUPTED:  # typer turns Ctrl-C into a bare exit status 130
            _say("interrupted")
    except typer.TyperException as exc:
        # typer's vendored click raises its usage errors as TyperException subclasses.
        context = getattr(exc, "ctx", None)
        where = f" (see 'faure {context.info_name} --help')" if context is not None and context.parent else ""
        _say(f"{exc.format_message()}{where}")
        code = Exit.USAGE if exc.exit_code == Exit.USAGE else exc.exit_code
    except typer.Abort:
        _say("interrupted")
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
        _say("interrupted")
        code = Exit.INTERRUPTED
    except OSError as exc:
        code = _output_failed(exc) if exc.filename is None else _bug(exc)
    except Exception as exc:
        code = _bug(exc)
    if held is not None:
        from faurecli.pager import release

        sys.stdout = terminal
        release(held, os.environ)
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _quiet_stdout()
    except OSError as exc:
        code = _output_failed(exc)
    sys.exit(int(code or 0))


def _bug(exc: Exception) -> Exit:
    """A bug of ours: still one line, never a traceback. FAURE_DEBUG=1 shows the traceback."""
    if os.environ.get("FAURE_DEBUG"):
        raise exc
    _say(f"internal error: {type(exc).__name__}: {exc} (FAURE_DEBUG=1 shows where)")
    return Exit.INTERNAL


def _output_failed(exc: OSError) -> Exit:
    """Writing the output failed (a full disk, an I/O error): say so once and exit 74. The
    OSErrors that reach main() without a file name are writes to stdout: faure reads its files
    through StoreError and gives up quietly on its cache."""
    _say(f"cannot write the output: {exc.strerror or exc}")
    try:
        _quiet_stdout()  # what is still buffered goes nowhere, rather than failing again
    except OSError:
        pass
    return Exit.OUTPUT


def run() -> NoReturn:
    """The `faure` program: main(), then the end of the process without the interpreter's
    teardown. Freeing every module and object one by one costs ~12 ms, as much as the rest of a
    --json command (benchmarks/startup.py); nothing is left to clean up once main() has
    flushed its output and closed its files, and faure registers no exit handlers."""
    from faurecli.app import catch_interrupts

    catch_interrupts()  # already done by faurecli.app.run, the installed program
    # A run is short and leaves little cyclic garbage, but Python's cyclic collector would walk
    # the whole loaded store again and again as records are built: a fifth of a timeline --json
    # on a store 100x the real one. Collect far less often (mypy's main does the same).
    gc.set_threshold(200_000, 30, 30)
    code: int = Exit.OK
    try:
        main()
    except SystemExit as exc:
        if isinstance(exc.code, str):  # sys.exit("message"), as Python would show it
            sys.stderr.write(f"{exc.code}\n")
        code = exc.code if isinstance(exc.code, int) else Exit.NOT_FOUND if exc.code else Exit.OK
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # the reader has gone, the disk is full, or the stream is closed
            pass
    os._exit(code)


def app_for(args: list[str]) -> typer.Typer:
    """The app with only the command `args` name, or the whole app when they name none (help,
    a typo, shell completion). Typer builds every registered command before it dispatches:
    building one instead of eight saves about 2 ms of every run."""
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


def _sane_streams() -> None:
    """Run with stdout or stderr closed (`>&-`) or in a locale that cannot encode accents."""
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))
        elif not _utf8(stream) and hasattr(stream, "reconfigure"):
            # Degrade, do not crash: "Valérie" prints as "Val?rie" in an ASCII locale.
            stream.reconfigure(errors="replace")


# Global flags, accepted after the command too (`faure search x --no-color`).
GLOBAL_FLAGS = ("--no-color", "--no-cache", "--no-pager")


def _hoist(args: list[str]) -> list[str]:
    """Move global flags given after the command to the front, where the root reads them;
    nothing after `--` moves."""
    end = args.index("--") if "--" in args else len(args)
    flags = [a for a in args[:end] if a in GLOBAL_FLAGS]
    return flags + [a for a in args[:end] if a not in GLOBAL_FLAGS] + args[end:]


def _completion(args: list[str]) -> int | None:
    """`--install-completion SHELL` and `--show-completion SHELL` for the shell named (typer
    would take the shell it detects, and read SHELL as a command): the exit code, or None when
    the arguments ask for something else. An unknown shell is a usage error."""
    if len(args) < 1 or args[0].split("=", 1)[0] not in ("--install-completion", "--show-completion"):
        return None
    option, _, shell = args[0].partition("=")
    if not shell and len(args) > 1 and not args[1].startswith("-"):
        shell = args[1]
    if not shell:
        return None  # typer detects the shell
    shells = ("bash", "zsh", "fish", "powershell", "pwsh")
    if shell not in shells:
        sys.stderr.write(f"faure: {option}: unknown shell {_short(shell)!r} (known: {', '.join(shells)})\n")
        return Exit.USAGE
    from typer._completion_shared import get_completion_script, install

    if option == "--show-completion":
        sys.stdout.write(get_completion_script(prog_name="faure", complete_var="_FAURE_COMPLETE", shell=shell) + "\n")
    else:
        _, path = install(shell=shell, prog_name="faure", complete_var="_FAURE_COMPLETE")
        sys.stdout.write(f"{shell} completion installed in {path}; it takes effect in a new shell\n")
    return Exit.OK


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):  # closed, or not a file
        return False


def _sane_environment(environ: "os._Environ[str]") -> None:
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
    if "COLUMNS" not in environ and sys.stdout.isatty():
        try:
            if os.get_terminal_size(sys.stdout.fileno()).columns > MAX_COLUMNS:
                environ["COLUMNS"] = str(MAX_COLUMNS)
        except (OSError, ValueError):
            pass


def _columns() -> int | None:
    """COLUMNS as a width (main() has made it usable), or None when not set."""
    value = os.environ.get("COLUMNS", "")
    return min(int(value), MAX_COLUMNS) if value.isascii() and value.isdigit() and int(value) > 0 else None


def _bad_completion(environ: "os._Environ[str]") -> Exit | None:
    """Shell completion (typer's, when _FAURE_COMPLETE is set) reads COMP_CWORD as a word
    number: anything else is a usage error, said in one line, not an internal one."""
    cword = environ.get("COMP_CWORD")
    if not environ.get("_FAURE_COMPLETE") or cword is None or (cword.isascii() and cword.isdigit() and len(cword) < 6):
        return None
    _say(f"shell completion: COMP_CWORD must be a word number, not {cword[:20]!r}")
    return Exit.USAGE


def _quiet_stdout() -> None:
    # The reader went away (`| head`): point stdout at /dev/null so the final flush is silent.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
