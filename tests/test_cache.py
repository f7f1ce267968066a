import os
import pickle
import shutil

import pytest

from faurecli import cache
from faurecli.search import Index, search
from faurecli.store import StoreError


@pytest.fixture
def store_copy(tmp_path, store_path):
    shutil.copytree(store_path.parent, tmp_path / "data")
    return tmp_path / "data" / "faure.toml"


def only_file(directory, kind="store"):
    (file,) = directory.glob(f"{kind}-*.pickle")
    return file


def test_cache_dir_follows_xdg_then_home_and_refuses_relative_paths(tmp_path):
    assert cache.cache_dir({"XDG_CACHE_HOME": str(tmp_path)}) == tmp_path / "faure"
    assert cache.cache_dir({"HOME": str(tmp_path)}) == tmp_path / ".cache" / "faure"
    assert cache.cache_dir({"XDG_CACHE_HOME": "relative"}) is None
    assert cache.cache_dir({}) is None


def test_second_load_comes_from_the_cache_and_equals_a_fresh_parse(store_copy, tmp_path, store):
    directory = tmp_path / "cache"
    first = cache.load(store_copy, directory)
    file = only_file(directory)
    # Replace the cached value with a marked one: a second load must return it, unparsed.
    key, code, value = read_cache(file)
    assert value == first == store
    write_cache(file, key, code, value.__class__(**{**_fields(value), "conflicts": ()}))
    assert cache.load(store_copy, directory).conflicts == ()


def read_cache(file):
    """A cache file's key, code and value."""
    key, code, payload = pickle.loads(file.read_bytes())
    return key, code, pickle.loads(payload)


def write_cache(file, key, code, value):
    file.write_bytes(pickle.dumps((key, code, pickle.dumps(value))))


def _fields(store):
    return {
        name: getattr(store, name)
        for name in ("schema", "source", "person", "infobox", "offices", "events", "sentences", "conflicts")
    }


def test_a_changed_store_is_parsed_again_and_overwrites_its_cache_file(store_copy, tmp_path):
    directory = tmp_path / "cache"
    cache.load(store_copy, directory)
    text = store_copy.read_text(encoding="utf-8").replace('name = "Olivier Faure"', 'name = "O. Faure"')
    store_copy.write_text(text, encoding="utf-8")
    os.utime(store_copy, ns=(1, 1))
    assert cache.load(store_copy, directory).person.name == "O. Faure"
    assert len(list(directory.glob("store-*"))) == 1


@pytest.mark.parametrize("content", [b"", b"not a pickle", pickle.dumps(("other key", 42)), pickle.dumps(42)])
def test_a_corrupt_or_foreign_cache_is_ignored_and_rebuilt(store_copy, tmp_path, store, content):
    directory = tmp_path / "cache"
    cache.load(store_copy, directory)
    only_file(directory).write_bytes(content)
    assert cache.load(store_copy, directory) == store
    assert read_cache(only_file(directory))[2] == store


def test_an_unwritable_cache_still_gives_correct_answers(store_copy, tmp_path, store):
    blocked = tmp_path / "file-not-dir"
    blocked.write_text("")
    assert cache.load(store_copy, blocked / "faure") == store
    if os.geteuid() != 0:  # root writes through permissions, so only a file in the way proves it there
        readonly = tmp_path / "ro"
        readonly.mkdir(mode=0o500)
        assert cache.load(store_copy, readonly) == store


def test_no_cache_directory_means_no_cache(store_copy, store):
    assert cache.load(store_copy, None) == store


def test_a_broken_store_raises_its_error_and_is_not_cached(store_copy, tmp_path):
    directory = tmp_path / "cache"
    cache.load(store_copy, directory)
    assert list(directory.glob("*.pickle"))  # a good store is cached: the check below can fail
    store_copy.write_text("schema = ", encoding="utf-8")
    with pytest.raises(StoreError):
        cache.load(store_copy, directory)
    (file,) = directory.glob("*.pickle")
    key, _, _ = read_cache(file)
    assert key[0] != cache.snapshot(store_copy).digest  # nothing was cached for the broken one


def test_the_index_is_cached_too_and_searches_the_same(store_copy, tmp_path):
    directory = tmp_path / "cache"
    taken = cache.snapshot(store_copy)
    store = cache.load(taken, directory)
    first = cache.load_index(taken, store, directory)
    again = cache.load_index(taken, store, directory)
    assert isinstance(again, Index) and only_file(directory, "index")
    assert search(again, "navigo") == search(first, "navigo")


def test_no_temporary_files_are_left_behind(store_copy, tmp_path):
    directory = tmp_path / "cache"
    cache.load(store_copy, directory)
    assert [p.name for p in directory.iterdir() if p.name.startswith(".tmp")] == []


def test_a_cache_written_by_other_code_is_stale(store_copy, tmp_path, store):
    directory = tmp_path / "cache"
    cache.load(store_copy, directory)
    file = only_file(directory)
    key, code, value = read_cache(file)
    marked = value.__class__(**{**_fields(value), "conflicts": ()})
    write_cache(file, key, code, marked)
    assert cache.load(store_copy, directory).conflicts == ()  # same code: read back
    # Written when a module it depends on had another source (same path, version and store).
    changed = tuple(
        (name, size + 1, mtime) if name == "faurecli.model" else (name, size, mtime) for name, size, mtime in code
    )
    write_cache(file, key, changed, marked)
    assert cache.load(store_copy, directory) == store  # stale: parsed again


def test_the_code_of_a_cache_file_names_the_modules_of_its_classes_and_its_builders(store_copy, tmp_path):
    directory = tmp_path / "cache"
    taken = cache.snapshot(store_copy)
    store = cache.load(taken, directory)
    cache.load_index(taken, store, directory)
    cache.load_built(taken, store, directory)
    modules = {
        kind: {name for name, _, _ in read_cache(next(directory.glob(f"{kind}-*")))[1]}
        for kind in ("store", "index", "evidence")
    }
    assert {"faurecli.model", "faurecli.store"} <= modules["store"]  # classes pickled; its builder
    assert {"faurecli.search", "faurecli.model", "faurecli.vocabulary"} <= modules["index"]
    assert {"faurecli.evidence", "faurecli.analysis"} <= modules["evidence"]
    assert all(size > 0 for kind in modules for _, size, _ in read_cache(next(directory.glob(f"{kind}-*")))[1])


# --- freshness: one snapshot of the store, keyed on its contents -----------------------------


def rewrite_keeping_size_and_mtime(path, old, new):
    """Change the store's words, keep its size and put its modification time back, as
    `touch -r`, rsync or an archive would."""
    assert len(old) == len(new)
    before = path.stat()
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size and path.stat().st_mtime_ns == before.st_mtime_ns


def test_a_store_changed_with_its_size_and_mtime_put_back_is_read_afresh(store_copy, tmp_path):
    directory = tmp_path / "cache"
    assert cache.load(store_copy, directory).person.name == "Olivier Faure"
    rewrite_keeping_size_and_mtime(store_copy, 'name = "Olivier Faure"', 'name = "Olivier FAURE"')
    assert cache.load(store_copy, directory).person.name == "Olivier FAURE"


def test_an_index_is_cached_under_the_snapshot_its_store_came_from(store_copy, tmp_path):
    directory = tmp_path / "cache"
    old = cache.snapshot(store_copy)
    store = cache.load(old, directory)
    # The file changes after the store was read and before its index is built.
    rewrite_keeping_size_and_mtime(store_copy, "Bissonier", "Qzxvbkwtu")
    assert search(cache.load_index(old, store, directory), "bissonier")
    new = cache.snapshot(store_copy)
    index = cache.load_index(new, cache.load(new, directory), directory)
    assert search(index, "qzxvbkwtu") and not search(index, "bissonier")


def test_a_search_racing_a_rewrite_never_caches_an_old_index_for_the_new_store(store_copy, tmp_path, monkeypatch):
    import contextlib
    import io

    from faurecli.app import main

    def faure(*args):
        out = io.StringIO()
        with (
            contextlib.redirect_stdout(out),
            contextlib.redirect_stderr(io.StringIO()),
            pytest.raises(SystemExit) as end,
        ):
            main(["--data", str(store_copy), *args])
        return end.value.code, out.getvalue()

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    real_load = cache.load

    def load_then_the_store_changes(*args, **kwargs):
        store = real_load(*args, **kwargs)
        # The file changes after the store was read, before the search builds its index.
        rewrite_keeping_size_and_mtime(store_copy, "Bissonier", "Qzxvbkwtu")
        os.utime(store_copy)  # a plain edit: a new modification time as well
        return store

    monkeypatch.setattr(cache, "load", load_then_the_store_changes)
    assert faure("search", "bissonier", "--json")[0] == 0  # answered from the store as it was read
    monkeypatch.setattr(cache, "load", real_load)
    code, out = faure("search", "qzxvbkwtu", "--json")
    assert code == 0 and "Qzxvbkwtu" in out


# --- trust: never unpickle what another user could have written ------------------------------


class Payload:
    """A pickle that runs code when loaded: it makes the directory `marker`."""

    def __init__(self, marker):
        self.marker = str(marker)

    def __reduce__(self):
        return (os.mkdir, (self.marker,))


def plant(file, marker):
    file.write_bytes(pickle.dumps(Payload(marker)))


@pytest.mark.parametrize("mode", [0o666, 0o620, 0o602])
def test_a_cache_file_others_can_write_is_never_unpickled(store_copy, tmp_path, store, mode):
    directory = tmp_path / "cache"
    cache.load(store_copy, directory)
    file = only_file(directory)
    plant(file, tmp_path / "ran")
    file.chmod(mode)
    assert cache.load(store_copy, directory) == store
    assert not (tmp_path / "ran").exists()


@pytest.mark.skipif(os.geteuid() != 0, reason="making a file another user's needs root")
def test_a_cache_file_owned_by_another_user_is_never_unpickled(store_copy, tmp_path, store):
    directory = tmp_path / "cache"
    cache.load(store_copy, directory)
    file = only_file(directory)
    plant(file, tmp_path / "ran")
    file.chmod(0o600)
    os.chown(file, 65534, 65534)
    assert cache.load(store_copy, directory) == store
    assert not (tmp_path / "ran").exists()


@pytest.mark.parametrize("mode", [0o777, 0o1777, 0o770])
def test_a_cache_directory_others_can_write_is_not_used(store_copy, tmp_path, store, mode):
    directory = tmp_path / "cache"
    cache.load(store_copy, directory)
    plant(only_file(directory), tmp_path / "ran")
    directory.chmod(mode)
    assert cache.load(store_copy, directory) == store
    assert not (tmp_path / "ran").exists()
    assert not cache.trusted_dir(directory, create=False)


def test_a_symbolic_link_in_the_cache_is_not_followed(store_copy, tmp_path, store):
    directory = tmp_path / "cache"
    cache.load(store_copy, directory)
    file = only_file(directory)
    elsewhere = tmp_path / "elsewhere.pickle"
    plant(elsewhere, tmp_path / "ran")
    file.unlink()
    file.symlink_to(elsewhere)
    assert cache.load(store_copy, directory) == store
    assert not (tmp_path / "ran").exists()


def test_the_cache_directory_is_made_private_whatever_the_umask(store_copy, tmp_path, store):
    old = os.umask(0)
    try:
        assert cache.load(store_copy, tmp_path / "xdg" / "faure") == store
    finally:
        os.umask(old)
    assert (tmp_path / "xdg" / "faure").stat().st_mode & 0o777 == 0o700
    assert only_file(tmp_path / "xdg" / "faure").stat().st_mode & 0o777 == 0o600


def test_a_fifo_at_the_cache_path_is_passed_over_not_waited_on(store_copy, tmp_path):
    import subprocess
    import sys

    directory = tmp_path / "xdg" / "faure"
    cache.load(store_copy, directory)
    file = only_file(directory)
    file.unlink()
    os.mkfifo(file)
    result = subprocess.run(
        [sys.executable, "-m", "faurecli", "--data", str(store_copy), "profile", "--json"],
        env={**os.environ, "XDG_CACHE_HOME": str(tmp_path / "xdg")},
        capture_output=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 0 and b"La Tronche" in result.stdout


def test_the_index_uses_the_vocabulary_beside_the_store_when_there_is_one(store_copy, tmp_path):
    directory = tmp_path / "cache"
    taken = cache.snapshot(store_copy)
    store = cache.load(taken, directory)
    # Without one: the shipped vocabulary (its French names find records).
    assert search(cache.load_index(taken, store, directory), "quokka") == []
    shipped = search(cache.load_index(taken, store, directory), "loi Travail")
    assert shipped
    (store_copy.parent / "vocabulary.toml").write_text(
        'schema = 1\n[[names]]\nrecord = "e27"\nlang = "en"\ntext = "quokka"\n', encoding="utf-8"
    )
    index = cache.load_index(taken, store, directory)  # the new vocabulary is part of the key
    (hit, *_) = search(index, "quokka")
    assert hit.id == "e27" and hit.why is not None and (hit.why.field, hit.why.lang) == ("alias", "en")
    assert not any(h.why and h.why.field == "alias" for h in search(index, "loi Travail"))


def test_a_broken_vocabulary_beside_the_store_is_one_clear_error(store_copy, tmp_path):
    from faurecli.vocabulary import VocabularyError

    (store_copy.parent / "vocabulary.toml").write_text("[[names]]\nrecord = 3\n", encoding="utf-8")
    taken = cache.snapshot(store_copy)
    with pytest.raises(VocabularyError, match="names #1"):
        cache.load_index(taken, cache.load(taken, None), None)


def test_the_patterns_programs_are_kept_for_this_engine_and_code_only(tmp_path, monkeypatch):
    from faurecli import patterns
    from faurecli.recall import _DATED

    directory = tmp_path / "cache"
    made = cache.load_programs(directory)
    file = directory / "patterns.pickle"
    key, code, (size, indexes) = read_cache(file)  # the header; the programs follow it
    assert made == cache.load_programs(directory) and patterns.engine() in key
    assert len(made["lazy"]) > 250 and len(made["written"]) > 100 and size < file.stat().st_size
    assert "faurecli.verdicts" in {name for name, _, _ in code}
    # Those of a module ask and verify import only on the paths that need it, too.
    assert (_DATED.pattern, _DATED.flags) in made["lazy"]

    def write_programs(key: tuple[str, ...], tables: dict[str, dict]) -> None:
        indexes, blob = patterns.Programs.pack(tables)
        file.write_bytes(pickle.dumps((key, code, pickle.dumps((len(blob), indexes)))) + blob)

    only = {"lazy": dict([next(iter(made["lazy"].items()))]), "written": {}}
    write_programs(key, only)
    assert cache.load_programs(directory) == only  # read back, not made again
    # Made by another Python (or regular-expression engine): made again.
    write_programs(tuple(part.replace(patterns.engine(), "3.0 sre 1 4") for part in key), only)
    assert cache.load_programs(directory) == made
    assert cache.load_programs(None) == {}  # no cache: each pattern is compiled as it is used


def test_the_patterns_json_compiles_on_import_are_made_from_the_cache(tmp_path):
    # `--json` imports json after the cache is read; its decoder's and encoder's patterns were
    # compiled in every run (~0.7 ms).
    import json.decoder
    import json.encoder
    import re

    from faurecli import patterns

    made = cache.load_programs(tmp_path / "cache")
    flags = int(re.VERBOSE | re.MULTILINE | re.DOTALL)
    assert (json.decoder.WHITESPACE.pattern, flags) in made["written"]
    assert (json.decoder.STRINGCHUNK.pattern, flags) in made["written"]
    assert (json.encoder.ESCAPE_ASCII.pattern, 0) in made["written"]
    assert all(isinstance(pattern, str) for pattern, _ in made["written"])  # (not HAS_UTF8, of bytes)
    assert patterns.engine() in read_cache(tmp_path / "cache" / "patterns.pickle")[0]


def test_the_evidence_cache_holds_the_sense_table_and_verify_reads_it_there(store_copy, tmp_path, monkeypatch):
    # Making it from recall.SAME_SENSE was ~1 ms of a cold `verify` (and of `ask`'s premise check).
    from faurecli import recall, verdicts
    from faurecli.evidence import prime

    source = cache.snapshot(store_copy)
    store = cache.load(source, tmp_path / "cache")
    built = cache.load_built(source, store, tmp_path / "cache")
    assert built.senses == recall.sense_by_stem() and built.senses
    again = cache.load_built(source, store, tmp_path / "cache")  # from the file

    def refuse() -> None:
        raise AssertionError("made again")

    monkeypatch.setattr(recall, "sense_by_stem", refuse)
    verdicts._sense_by_stem.cache_clear()
    try:
        prime(store, again)
        assert verdicts._sense_by_stem() == built.senses
        assert verdicts.verify(store, "Faure was elected deputy in 2012").verdict.name == "SUPPORTED"
    finally:
        verdicts._sense_by_stem.cache_clear()


def test_every_pattern_of_the_modules_verify_reads_has_its_program_in_the_cache(tmp_path):
    # held_back (reached by every claim verify would call SUPPORTED, and by ask's premise check)
    # was left out: its sixty patterns were compiled afresh in every such run (~36M of a 380M
    # `verify`, callgrind). Made in a fresh process, as a run does: before verify's modules.
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from faurecli import cache\n"
        "made = cache.load_programs(Path(sys.argv[1]))['lazy']\n"
        "from faurecli import agents, answers, held_back, recall, verdicts\n"
        "from faurecli.patterns import Pattern\n"
        "for module in (answers, verdicts, held_back, recall, agents):\n"
        "    kept = [p for p in vars(module).values() if isinstance(p, Pattern)]\n"
        "    missing = [p.pattern for p in kept if (p.pattern, p.flags) not in made]\n"
        "    print(module.__name__, len(kept), len(missing))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "cache")], capture_output=True, text=True, check=True
    ).stdout
    rows = [line.split() for line in out.splitlines()]
    assert len(rows) == 5 and all(int(kept) > 0 and missing == "0" for _, kept, missing in rows), out


def _vocabulary_at(monkeypatch, path):
    from faurecli import vocabulary

    monkeypatch.setattr(vocabulary, "packaged_vocabulary_path", lambda: path)


def test_the_vocabulary_names_are_kept_in_the_cache_and_read_from_it(store_copy, tmp_path, monkeypatch):
    # Reading the TOML (tomllib's import and patterns, the parse) was ~79M of a 411M `ask` that
    # reads an office's names (callgrind): the second run takes them from the cache file.
    from faurecli import recall, vocabulary

    path = store_copy.parent / "vocabulary.toml"
    _vocabulary_at(monkeypatch, path)
    directory = tmp_path / "cache"
    made = cache.load_vocabulary_names(directory)
    assert made == recall.vocabulary_names() and made  # (the same as read without a cache)
    assert len(list(directory.glob("names-*.pickle"))) == 1

    def refuse(*args, **kwargs):
        raise AssertionError("read again")

    monkeypatch.setattr(vocabulary, "read_vocabulary", refuse)
    assert cache.load_vocabulary_names(directory) == made


def test_changed_vocabulary_names_are_read_afresh_and_an_unreadable_vocabulary_gives_none(tmp_path, monkeypatch):
    # A near miss of the cache: other bytes (the same size) are another key, never the old names.
    path = tmp_path / "vocabulary.toml"
    path.write_text('[[names]]\nrecord = "o1"\nlang = "en"\ntext = "Chief A"\n', encoding="utf-8")
    _vocabulary_at(monkeypatch, path)
    directory = tmp_path / "cache"
    assert cache.load_vocabulary_names(directory) == {"o1": ("Chief A",)}
    path.write_text('[[names]]\nrecord = "o1"\nlang = "en"\ntext = "Chief B"\n', encoding="utf-8")
    assert cache.load_vocabulary_names(directory) == {"o1": ("Chief B",)}
    assert cache.load_vocabulary_names(None) == {"o1": ("Chief B",)}
    path.write_text("[[names]]\nrecord = 1\n", encoding="utf-8")  # (not a vocabulary: none, as before)
    assert cache.load_vocabulary_names(directory) == {}
    path.unlink()
    assert cache.load_vocabulary_names(directory) == {}


@pytest.mark.parametrize("mode", [0o666, 0o620])
def test_a_vocabulary_names_file_others_can_write_is_never_unpickled(store_copy, tmp_path, monkeypatch, mode):
    _vocabulary_at(monkeypatch, store_copy.parent / "vocabulary.toml")
    directory = tmp_path / "cache"
    made = cache.load_vocabulary_names(directory)
    file = only_file(directory, "names")
    plant(file, tmp_path / "ran")
    file.chmod(mode)
    assert cache.load_vocabulary_names(directory) == made
    assert not (tmp_path / "ran").exists()


def test_ask_reading_an_office_s_names_answers_the_same_with_the_cache_cold_warm_and_off(tmp_path):
    # Each run in a fresh process, as the command runs: the names come from the TOML, then from
    # the cache file, then (--no-cache) from the TOML again; one answer every time.
    import subprocess
    import sys

    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    question = "who preceded him as first secretary of the socialist party?"
    runs = [
        subprocess.run(
            [sys.executable, "-m", "faurecli", *extra, "ask", question, "--json"],
            capture_output=True,
            text=True,
            env=env,
        )  # fmt: skip
        for extra in ([], [], ["--no-cache"])
    ]
    assert len(list((tmp_path / "faure").glob("names-*.pickle"))) == 1
    assert runs[0].stdout and {(r.returncode, r.stdout) for r in runs} == {(runs[0].returncode, runs[0].stdout)}


def test_the_startup_table_is_read_back_only_when_it_is_trusted_and_current(tmp_path):
    import re

    from faurecli import patterns, trust

    directory = tmp_path / "cache"
    compiled = re.compile(rb"(libc(_\w+)?\.so)")
    assert compiled.search(b"libc.so")
    table = {key: program for key, program in patterns.compiled_by_re().items() if key == (compiled.pattern, 0)}
    assert table
    trust.keep_startup(str(directory), table)
    file = directory / trust.STARTUP_FILE
    assert oct(file.stat().st_mode & 0o777) == oct(0o600)
    assert trust.load_startup(str(directory)) == table
    # Near misses: a file others may write, a directory others may write, a damaged file, a
    # table another engine made: nothing is read.
    file.chmod(0o660)
    assert trust.load_startup(str(directory)) == {}
    file.chmod(0o600)
    directory.chmod(0o770)
    assert trust.load_startup(str(directory)) == {}
    directory.chmod(0o700)
    data = file.read_bytes()
    file.write_bytes(data[: len(data) // 2])
    assert trust.load_startup(str(directory)) == {}
    import marshal

    file.write_bytes(marshal.dumps((("startup patterns", "another engine"), table)))
    assert trust.load_startup(str(directory)) == {}


def test_a_run_keeps_its_startup_table_only_with_a_cache_and_answers_alike_with_it(tmp_path):
    import subprocess
    import sys

    from faurecli import trust

    def faure(*args, **env):
        code = "import sys; from faurecli.app import run; sys.argv = ['faure', *sys.argv[1:]]; run()"
        environ = {**os.environ, "XDG_CACHE_HOME": str(tmp_path), **env}
        done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, env=environ, timeout=120)
        return done.returncode, done.stdout

    file = tmp_path / "faure" / trust.STARTUP_FILE
    question = ("ask", "when was he elected deputy?", "--json")
    plain = faure(*question, "--no-cache")
    assert not file.exists()
    assert faure(*question, FAURE_NO_CACHE="1") == plain
    assert not file.exists()
    assert faure(*question) == plain  # (the table is written)
    assert file.exists() and trust.load_startup(str(file.parent))
    assert faure(*question) == plain  # (and read)


def test_a_startup_table_grown_by_other_patterns_is_cut_back_to_a_runs_own(tmp_path):
    import re
    import subprocess
    import sys

    from faurecli import patterns, trust

    def faure(*args):
        code = "import sys; from faurecli.app import run; sys.argv = ['faure', *sys.argv[1:]]; run()"
        environ = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
        done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, env=environ, timeout=120)
        return done.returncode, done.stdout

    question = ("verify", "Faure was born in 1968.", "--json")
    first = faure(*question)
    assert faure(*question) == first  # (the first run's table holds what its own cache makes later)
    directory = str(tmp_path / "faure")
    own = trust.load_startup(directory)
    assert own
    for n in range(200):  # (what a profiler importing more of the package would have compiled)
        re.compile(rf"unused-{n}-(\\w+)")
    grown = {**own, **{key: p for key, p in patterns.compiled_by_re().items() if "unused-" in str(key[0])}}
    assert len(grown) >= len(own) + 100
    trust.keep_startup(directory, grown)
    assert faure(*question) == first
    kept = trust.load_startup(directory)
    assert not any("unused-" in str(key[0]) for key in kept) and set(kept) == set(own)
    # Near miss: a run that finds the table its own leaves the file as it is.
    before = (tmp_path / "faure" / trust.STARTUP_FILE).stat().st_mtime_ns
    assert faure(*question) == first
    assert (tmp_path / "faure" / trust.STARTUP_FILE).stat().st_mtime_ns == before
