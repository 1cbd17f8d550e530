"""Corpus builders shared by tests: distinct English articles as text, HTML, JSONL and WARC."""

from __future__ import annotations

import gzip
import importlib.util
import io
import json
import random
import sys
from pathlib import Path
from types import ModuleType

WORDS = (
    "government minister president talks agreement border security economy trade sanctions "
    "army troops ceasefire election parliament court judge police protest rally capital city "
    "officials said on Monday Tuesday Wednesday Thursday Friday during after before meeting "
    "delegation foreign defence ministry spokesperson statement announced visit summit leaders "
    "bilateral relations cooperation conflict attack strike missile drone port shipping grain "
    "exports imports energy oil gas pipeline prices inflation budget reform opposition party "
    "vote coalition campaign region province village refugees aid humanitarian food medicine "
    "hospital school water electricity infrastructure reconstruction investment companies bank "
    "currency loan debt fund international organisation united nations council resolution "
    "negotiations peace process mediation envoy ambassador embassy consulate diplomatic "
    "military base exercise patrol navy air force ground forces operation offensive the of and "
    "to in a for with that was were has have will would could their its this which from by at"
).split()


def article_text(i: int, n_words: int = 160) -> tuple[str, str]:
    """A distinct English article: (title, body of four paragraphs)."""
    rng = random.Random(i)
    title = f"Report {i}: " + " ".join(rng.choice(WORDS) for _ in range(6)).capitalize()
    paras = []
    for _ in range(4):
        words = [rng.choice(WORDS) for _ in range(n_words // 4)]
        paras.append(" ".join(words).capitalize() + ".")
    return title, "\n".join(paras)


def article_html(i: int) -> str:
    title, body = article_text(i)
    ps = "".join(f"<p>{p}</p>" for p in body.split("\n"))
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>"
        f"<meta property='article:published_time' content='2025-05-0{1 + i % 9}'></head><body>"
        f"<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>{title}</h1>"
        f"{ps}</article><footer>All rights reserved</footer></body></html>"
    )


def write_jsonl(path: Path, ids: range, *, gz: bool = False) -> None:
    lines = []
    for i in ids:
        title, body = article_text(i)
        lines.append(json.dumps({"id": i, "title": title, "text": body, "url": f"https://x.example/{i}",
                                 "published": "2025-06-01", "outlet": "Example Wire"}))
    data = ("\n".join(lines) + "\n").encode()
    path.write_bytes(gzip.compress(data) if gz else data)


def write_warc(path: Path, ids: range, *, gz: bool = True) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for i in ids:
        payload = article_html(i).encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                   protocol="HTTP/1.1")
        rec = writer.create_warc_record(f"https://warc.example/{i}", "response",
                                        payload=io.BytesIO(payload), http_headers=headers)
        writer.write_record(rec)
    path.write_bytes(buf.getvalue())


def country_and_sector(resolver, text, date="2021-06-01", context=None, sentence=None) -> tuple:
    """(country, sector) the actor resolver gives a mention on `date`."""
    from eventwire.data import Actor
    from eventwire.resolve.actors import MentionContext

    actor = resolver.resolve(Actor(text), date=date, context=context or MentionContext(),
                             sentence=sentence)
    return actor.country, actor.sector


def emitted(coder, sentence):
    """Candidates of one sentence that become events (with an actor or an unnamed one)."""
    from eventwire.events.coder import emits

    return [c for c in coder.code_sentence_doc(coder.nlp(sentence)) if emits(c)]


def plovers(cands):
    """PLOVER type of each candidate."""
    return [c.plover for c in cands]


def typed(cands):
    """(PLOVER type, CAMEO code) of each candidate."""
    return [(c.plover, c.cameo) for c in cands]


def roles(cands, plover):
    """(actors, recipients) as words, of the candidates of one type."""
    return [([t.text for t in c.actors], [t.text for t in c.recipients])
            for c in cands if c.plover == plover]


def in_document(resolver, document, mention, sentence=None, date="2021-06-01") -> tuple:
    """(country, sector) of the first `mention` of `document`, resolved as the pipeline does:
    the document read first, the mention at its offset, `sentence` (else the document) as its
    sentence."""
    from eventwire.data import Actor, Span

    context = resolver.document_context(document, date)
    at = document.find(mention)
    actor = resolver.resolve(Actor(mention, span=Span(at, at + len(mention), mention)),
                             date=date, context=context, sentence=sentence or document)
    return actor.country, actor.sector


REPO = Path(__file__).resolve().parents[1]


def load_script(relative: str) -> ModuleType:
    """A bench or scripts file of the repository, imported as a module (they are not a package).
    Registered in sys.modules under its own name: dataclasses look their module up."""
    path = REPO / relative
    name = "script_" + path.stem
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def coded_quads(code, text: str) -> list[tuple[str, str, str, str]]:
    """(type, CAMEO, actor text, recipient text) of each event `code` (the events conftest's
    fixture) codes in `text`."""
    return [(e.event, e.cameo or "", e.actor.entity_text if e.actor else "",
             e.recipient.entity_text if e.recipient else "") for e in code(text)]


def coded_triples(code, text: str) -> set[tuple[str, str, str]]:
    """(type, actor text, recipient text), lower-cased, of each event `code` codes in `text`."""
    return {(e.event, (e.actor.entity_text if e.actor else "").lower(),
             (e.recipient.entity_text if e.recipient else "").lower()) for e in code(text)}


def coded_types(code, text: str) -> set[str]:
    """The types of the events `code` codes in `text`."""
    return {e.event for e in code(text)}


def write_plv_rows(path: Path, templates, actors, *, marked: bool = False) -> Path:
    """A small PLOVER-format TSV: every (source, target) of `actors` in every (template, label)
    of `templates`; `marked` writes marked_sentence, else sentence/source/target."""
    header = ["marked_sentence", "gold_root"] if marked else ["sentence", "source", "target",
                                                              "gold_root"]
    lines = ["\t".join(header)]
    for a, b in actors:
        for template, label in templates:
            if marked:
                lines.append(template.format(a=f"<s>{a}</s>", b=f"<t>{b}</t>") + "\t" + label)
            else:
                lines.append("\t".join([template.format(a=a, b=b), a, b, label]))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def train_cli(*args: str):
    """`eventwire train ARGS` run in-process, its result (output, exit code, exception)."""
    from typer.testing import CliRunner

    from eventwire.cli import app

    return CliRunner().invoke(app, ["train", *args])


def assert_clean_error(result, *needles: str) -> None:
    """Status 1, the numbered message, and no exception but typer's exit (no traceback)."""
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    for needle in needles:
        assert needle in result.output, result.output
