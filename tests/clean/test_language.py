"""Language identification with py3langid."""

from __future__ import annotations

import pytest

from eventwire.clean.language import detect_language, load_identifier

SENTENCES = {
    "en": "The foreign minister arrived in the capital on Tuesday for talks on the ceasefire and the exchange of prisoners.",
    "fr": "Le ministre des affaires étrangères est arrivé mardi dans la capitale pour des discussions sur le cessez-le-feu.",
    "de": "Der Außenminister ist am Dienstag in der Hauptstadt eingetroffen, um über die Waffenruhe zu verhandeln.",
    "ar": "وصل وزير الخارجية إلى العاصمة يوم الثلاثاء لإجراء محادثات بشأن وقف إطلاق النار وتبادل الأسرى.",
    "ru": "Министр иностранных дел прибыл в столицу во вторник для переговоров о прекращении огня и обмене пленными.",
}


@pytest.mark.parametrize(("code", "text"), sorted(SENTENCES.items()))
def test_detects_language(code: str, text: str) -> None:
    found, confidence = detect_language(text)
    assert found == code
    assert 0.5 < confidence <= 1.0


def test_text_without_letters_is_undetermined() -> None:
    assert detect_language("") == ("und", 0.0)
    assert detect_language("12 345 -- 678") == ("und", 0.0)


def test_identifier_is_built_once() -> None:
    assert load_identifier() is load_identifier()
