"""JSON text: valid, UTF-8 with accents kept, and nothing invisible reaching a terminal."""

import json

import pytest

from faurecli.views.json import json_text, jsonl_text

# A user's words echoed back (a question, a claim, a stream's line) may carry any of these.
INVISIBLE = ["\u202e", "\u2066", "\u200b", "\u2028", "\u2029", "\ufeff", "\U000e0041", "\x1b", "\x07"]


@pytest.mark.parametrize("char", INVISIBLE, ids=lambda c: f"U+{ord(c):04X}")
@pytest.mark.parametrize("pretty", [True, False])
def test_invisible_characters_are_escaped_losslessly(char, pretty):
    data = {"claim": f"Valérie{char}Rabault", "list": [char]}
    for text in (json_text(data, pretty=pretty), jsonl_text([data])):
        assert char not in text and "Valérie" in text
        assert json.loads(text.splitlines()[0] if not pretty else text) == data


def test_text_without_invisible_characters_is_unchanged():
    data = {"text": "Olivier Faure — « Premier secrétaire » 😀"}
    assert json_text(data, pretty=False) == json.dumps(data, ensure_ascii=False) + "\n"
