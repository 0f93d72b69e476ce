"""Messages made without Qt and said in any language (viewer.said)."""

import copy
import pickle

import pytest

from viewer.said import QT_TRANSLATE_NOOP, Said, english, say

UNKNOWN = QT_TRANSLATE_NOOP("Manifest", "unknown key {key!r} in {what}")
PHOTO = QT_TRANSLATE_NOOP("Manifest", "photo {number}")

GERMAN = {
    ("Manifest", "unknown key {key!r} in {what}"): "unbekannter Schlüssel {key!r} in {what}",
    ("Manifest", "photo {number}"): "Foto {number}",
}


def german(context: str, text: str) -> str:
    return GERMAN.get((context, text), "")


def test_a_message_is_its_english_and_is_said_in_another_language_with_nested_messages():
    said = Said(UNKNOWN, key="captoin", what=Said(PHOTO, number=3))
    assert said == "unknown key 'captoin' in photo 3"
    assert f"{said}" == "unknown key 'captoin' in photo 3"
    assert said.in_language(german) == "unbekannter Schlüssel 'captoin' in Foto 3"
    assert said.in_language(english) == str(said)
    assert said.context == "Manifest"


def test_a_missing_or_broken_translation_falls_back_to_english():
    assert Said(PHOTO, number=2).in_language(lambda context, text: "") == "photo 2"
    broken = Said(PHOTO, number=2).in_language(lambda context, text: "Foto {nummer}")
    assert broken == "photo 2"


def test_plain_text_is_said_as_it_is():
    assert say("Hanoi Opera House", german) == "Hanoi Opera House"
    assert say(Said(PHOTO, number=9), german) == "Foto 9"


def test_a_template_must_be_marked_for_lupdate():
    with pytest.raises(TypeError, match="QT_TRANSLATE_NOOP"):
        Said("photo {number}", number=1)  # type: ignore[arg-type]


def test_copies_and_pickles_keep_the_message_sayable():
    said = Said(UNKNOWN, key="x", what=Said(PHOTO, number=1))
    for again in (copy.deepcopy(said), pickle.loads(pickle.dumps(said))):
        assert isinstance(again, Said)
        assert again.in_language(german) == "unbekannter Schlüssel 'x' in Foto 1"
