"""Sentences glued by extraction ("on Wednesday.The stabbing") are split; dotted names are not."""

from __future__ import annotations

from eventwire.nlp.pipeline import split_sentences


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_glued_stop_splits() -> None:
    text = ("The mayor's aide was stabbed during a meeting, the radio reported on Tuesday.The attack "
            "happened in the town hall.Police detained a 40-year-old man.")
    assert sentences(text) == [
        "The mayor's aide was stabbed during a meeting, the radio reported on Tuesday.",
        "The attack happened in the town hall.",
        "Police detained a 40-year-old man.",
    ]


def test_dotted_names_and_addresses_stay_whole() -> None:
    for text in ("The U.S.Army said the drill went ahead.",
                 "Details are on www.Example.com for readers.",
                 "The framework Node.Js is used by the ministry's site."):
        assert sentences(text) == [text]
