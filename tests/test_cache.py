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
    key, value = pickle.loads(file.read_bytes())
    assert value == first == store
    marked = pickle.dumps((key, value.__class__(**{**_fields(value), "conflicts": ()})))
    file.write_bytes(marked)
    assert cache.load(store_copy, directory).conflicts == ()


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
    key, value = pickle.loads(only_file(directory).read_bytes())
    assert value == store


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
    store_copy.write_text("schema = ", encoding="utf-8")
    with pytest.raises(StoreError):
        cache.load(store_copy, tmp_path / "cache")
    assert not list((tmp_path / "cache").glob("*.pickle")) if (tmp_path / "cache").exists() else True


def test_the_index_is_cached_too_and_searches_the_same(store_copy, tmp_path):
    directory = tmp_path / "cache"
    store = cache.load(store_copy, directory)
    first = cache.load_index(store_copy, store, directory)
    again = cache.load_index(store_copy, store, directory)
    assert isinstance(again, Index) and only_file(directory, "index")
    assert search(again, "navigo") == search(first, "navigo")


def test_no_temporary_files_are_left_behind(store_copy, tmp_path):
    directory = tmp_path / "cache"
    cache.load(store_copy, directory)
    assert [p.name for p in directory.iterdir() if p.name.startswith(".tmp")] == []


def test_a_cache_from_another_shape_of_the_model_is_stale(store_copy, tmp_path, store, monkeypatch):
    directory = tmp_path / "cache"
    real_shape = cache._shape
    # Written by a build whose classes had other fields: same path, mtime, size and version.
    monkeypatch.setattr(cache, "_shape", lambda module: "Store(schema)")
    cache.load(store_copy, directory)
    key, value = pickle.loads(only_file(directory).read_bytes())
    marked = value.__class__(**{**_fields(value), "conflicts": ()})
    only_file(directory).write_bytes(pickle.dumps((key, marked)))
    assert cache.load(store_copy, directory).conflicts == ()  # read back under the old shape
    monkeypatch.setattr(cache, "_shape", real_shape)
    assert cache.load(store_copy, directory) == store  # stale under the real one


def test_the_shape_names_every_field_of_the_pickled_classes():
    from faurecli import model

    shape = cache._shape(model)
    assert "Store(schema,source,person," in shape and "_conflicts" in shape
