"""The promises of the README and pyproject: two quickstart commands that work with an externally
managed Python, CI running the same test command, one oldest Python, the store shipping with the
package, and the typer pin."""

import re
import subprocess
import sys
from importlib.metadata import requires, version
from pathlib import Path

import pytest

from faurecli.store import packaged_store_path

ROOT = Path(__file__).resolve().parent.parent


def quickstart() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quickstart", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```sh\n(.*?)```", section, re.S)
    assert block, "the Quickstart has a sh code block"
    return [line for line in block.group(1).splitlines() if line.strip()]


def test_quickstart_is_two_commands_install_and_run_then_test():
    install, test = quickstart()
    assert "pip install ." in install and install.endswith("faure timeline")
    assert "pip install -e '.[test]'" in test and test.endswith("pytest")


def test_quickstart_commands_work_with_an_externally_managed_python():
    # PEP 668: a system Python marked externally managed refuses `pip install` outside a virtual
    # environment, so each command makes one and runs pip, faure and pytest from it.
    for command in quickstart():
        steps = [step.strip() for step in command.split("&&")]
        assert steps[0] == "python3 -m venv .venv"
        assert all(step.startswith(".venv/bin/") for step in steps[1:]), command
        assert "sudo" not in command and "--break-system-packages" not in command


def test_ci_runs_the_readme_test_command_verbatim():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_command = quickstart()[1]
    assert any(line.startswith(test_command + " ") for line in ci.splitlines()), "CI runs the README's test command"
    for tool in ("ruff check", "ruff format --check", "mypy", "search_eval.py"):
        assert tool in ci


def test_readme_and_pyproject_name_the_same_oldest_python():
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    required = re.search(r'^requires-python = ">=(3\.[0-9]+)"$', text, re.M)
    assert required, "requires-python is a lower bound"
    readme = (ROOT / "README.md").read_text(encoding="utf-8").split("## Quickstart", 1)[1]
    assert f"Python {required.group(1)} or newer" in readme.split("```", 1)[0]
    assert sys.version_info >= tuple(int(p) for p in required.group(1).split("."))


def test_typer_stays_below_the_release_that_imports_pydantic_at_start_up():
    (typer,) = [r for r in requires("faure") or [] if r.startswith("typer")]
    assert "<0.29" in typer
    major, minor = (int(part) for part in version("typer").split(".")[:2])
    assert (major, minor) < (0, 29)


def test_the_store_and_its_sources_ship_with_the_package():
    path = packaged_store_path()
    assert path.is_file()
    assert (path.parent / "sources" / "000_d7534255b2a8b558.txt").is_file()


def test_faure_finds_its_store_from_an_unrelated_directory(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "faurecli", "check"], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.rstrip().endswith(": ok")


@pytest.mark.skipif(not (ROOT / "pyproject.toml").is_file(), reason="needs the source checkout")
def test_the_wheel_carries_the_store_inside_the_package(tmp_path):
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        check=False,
    )
    if built.returncode != 0:
        pytest.skip(f"cannot build a wheel here: {built.stderr.strip()[:200]}")
    import zipfile

    (wheel,) = tmp_path.glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"faurecli/data/faure.toml", "faurecli/data/sources/001_cc3b76b6b092b7be.txt", "faurecli/cli.py"} <= names


def test_no_module_binds_a_top_level_name_twice() -> None:
    # In modules of thousands of lines a second pattern of the same name silently replaces the
    # first for every function that reads it at call time (it happened: `_ROUND_ASKED`).
    # Extending a name with itself (`STOPWORDS = STOPWORDS | …`) is no rebinding.
    import ast

    twice = []
    for path in sorted((Path(__file__).resolve().parents[1] / "faurecli").glob("*.py")):
        seen: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            names: list[str] = []
            if isinstance(node, ast.Assign):
                reads = {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)}
                names = [t.id for t in node.targets if isinstance(t, ast.Name) and t.id not in reads]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
                names = [node.target.id]
            elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                names = [node.name]
            twice += [f"{path.name}: {n}" for n in names if n in seen]
            seen.update(names)
    assert twice == []


def test_no_source_file_holds_a_control_character() -> None:
    # An editor once wrote a pattern's "\b" as a backspace inside a raw string: the pattern then
    # never matched, and nothing failed. Tabs and newlines are text; the rest is a slip.
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    slips = [
        f"{path.relative_to(root)}:{number}"
        for folder in ("faurecli", "tests", "benchmarks")
        for path in sorted((root / folder).rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if any(ord(c) < 32 and c != "\t" for c in line)
    ]
    assert slips == []
