"""The span-pair selector: candidates, training labels, weights, and where it places events."""

import numpy as np

from eventwire.events import pairs as P
from eventwire.events import selector as S


def test_candidates_are_names_and_noun_phrases_not_numbers_or_dates(coder):
    sdoc = coder.nlp("On Monday, 300 Kenyan police officers arrested two journalists in Nairobi.")
    texts = [s.text for s in S.candidate_spans(sdoc)]
    assert "Nairobi" in texts
    assert any("journalists" in t for t in texts)
    assert "Monday" not in texts
    assert all(not t.isdigit() for t in texts)


def test_every_ordered_pair_once_with_its_path(coder):
    sdoc = coder.nlp("Egypt accused Ethiopia of delaying the talks.")
    pairs = S.span_pairs(sdoc)
    n = len(S.candidate_spans(sdoc))
    assert len(pairs) == n * (n - 1)
    first = next(p for p in pairs if p.source.text == "Egypt" and p.target.text == "Ethiopia")
    assert "lca=accuse" in first.tokens.split()
    assert "order=True" in first.tokens.split()


def test_training_rows_mark_only_the_gold_pair(coder):
    text = "Egypt accused Ethiopia of delaying the talks."
    gold = P.Gold(text, (0, 5), (14, 22), "ACCUSE", text)
    rows = S.training_rows([gold], coder.nlp)
    assert sum(label for _, _, label in rows) == 1
    assert len(rows) > 1  # the reversed pair and the others are negatives
    no_target = P.Gold(text, (0, 5), (0, 0), "ACCUSE", text)
    assert S.training_rows([no_target], coder.nlp) == []


def test_fit_is_deterministic_and_weights_round_trip(coder, tmp_path):
    texts = ["Egypt accused Ethiopia of delaying the talks.",
             "The army shelled rebel positions near Idlib.",
             "Japan sent aid to the Philippines after the storm.",
             "Police arrested dozens of protesters in Lagos."]
    spans = [((0, 5), (14, 22)), ((0, 8), (17, 32)), ((0, 5), (19, 34)), ((0, 6), (28, 38))]
    golds = [P.Gold(t, s, g, "ACCUSE", t) for t, (s, g) in zip(texts, spans, strict=True)]
    rows = S.training_rows(golds, coder.nlp) * 2  # min_df 2: every feature kept
    a = S.fit([r[1] for r in rows], [r[2] for r in rows])
    b = S.fit([r[1] for r in rows], [r[2] for r in rows])
    assert np.array_equal(a.coef, b.coef)
    a.save(tmp_path)
    loaded = S.PairSelector.load(tmp_path)
    pairs = S.span_pairs(coder.nlp(texts[0]))
    assert np.allclose(loaded.scores(pairs), a.scores(pairs), atol=1e-2)  # float16 weights


def test_shipped_selector_ranks_the_event_pair_first(coder):
    assert coder.selector is not None
    sdoc = coder.nlp("Kenyan police arrested two opposition journalists in Nairobi on Friday.")
    (pick, prob), = coder.selector.best([sdoc])
    assert "police" in pick.source.text and "journalists" in pick.target.text
    assert 0.0 < prob <= 1.0


def test_selector_names_the_recipient_a_rule_event_left_out(code):
    # "sanctions" is no actor, so the rule's event (a call for punishment: ACCUSE) had no
    # recipient; the pair names Moscow.
    events = code("Several European countries called for sanctions against Moscow.")
    assert [(e.event, e.recipient and e.recipient.entity_text, e.metadata.get("recipient_rule"))
            for e in events] == [("ACCUSE", "Moscow", "selected")]


# The rules take no actor here (a secretariat is no actor noun; "chairman" became one in stop 38,
# and the rules then code that sentence themselves), so only the selector can place the event.
ACCUSATION = "The secretariat of the African Union Commission has condemned the attacks on foreigners."


def test_selector_places_the_event_where_the_rules_found_no_actor_pair(code):
    events = code(ACCUSATION)
    assert [(e.event, e.metadata["rule"]) for e in events] == [("ACCUSE", "selected")]
    assert "African Union Commission" in events[0].actor.entity_text
    assert events[0].recipient is not None and "attacks" in events[0].recipient.entity_text


def test_unlikely_pairs_are_not_placed(code, monkeypatch):
    from eventwire.events import coder as K

    monkeypatch.setattr(K, "SELECT_MIN", 1.01)
    assert code(ACCUSATION) == []


def test_selected_events_respect_negation(code):
    assert code("The rebels did not attack the government convoy near Goma.") == []



def test_selected_recipient_of_a_one_sided_symmetric_event(code):
    """A meeting or agreement of one named side gets the other side; both sides in one phrase do not."""
    held = code("Hun Sen held a meeting on Tuesday with the former president of the Cambodia "
                "National Rescue Party.")
    assert [(e.event, e.recipient is not None) for e in held] == [("CONSULT", True)]
    assert "president" in held[0].recipient.entity_text
    both = code("Both sides agreed to convene the Intergovernmental Commission on Trade.")
    assert [(e.event, e.recipient) for e in both] == [("AGREE", None)]


SENTENCES = ["Egypt accused Ethiopia of delaying the talks on the dam in Addis Ababa.",
             "Kenyan police arrested two opposition journalists in Nairobi on Friday.",
             "Rebel fighters in the Deraa countryside said they will lay down their weapons.",
             "The UN is pushing hard for the Afghan government to talk to the Taliban.",
             "Russia and Turkey's foreign ministers met in Moscow to discuss the Syrian war."]


def test_best_scores_as_every_pair_string_would(coder):
    """`best` weighs a phrase's own words once per sentence; its pick and probability are those
    of scoring every pair's whole feature string."""
    for sdoc in coder.nlp.pipe(SENTENCES):
        pairs = S.span_pairs(sdoc)
        probs = coder.selector.scores(pairs)
        (pick, prob), = coder.selector.best([sdoc])
        j = int(probs.argmax())
        assert (pick.source, pick.target, pick.tokens) == (pairs[j].source, pairs[j].target,
                                                           pairs[j].tokens)
        assert abs(prob - float(probs[j])) < 1e-9


def test_phrase_words_and_joint_words_never_share_a_word(coder):
    for sdoc in coder.nlp.pipe(SENTENCES):
        phrases = S._phrases(sdoc)
        for s in phrases:
            for t in phrases:
                if s is not t:
                    parts = [set(s.as_source), set(t.as_target), set(S._joint_words(s, t))]
                    assert sum(len(p) for p in parts) == len(set().union(*parts))


def test_every_pair_logit_is_its_feature_string_score(coder):
    """`_logits` sums a pair's weights in parts kept per phrase, per (phrase, ancestor) and per
    ancestor; every pair's score is that of its whole feature string."""
    sel = coder.selector
    joint = set()
    for sdoc in coder.nlp.pipe(SENTENCES + PAIR_SHAPES):
        phrases = S._phrases(sdoc)
        order, z = sel._logits(phrases)
        pairs = S.span_pairs(sdoc)
        assert [(phrases[s].span, phrases[t].span) for s, t in order] == [
            (p.source, p.target) for p in pairs]
        assert np.allclose(z, sel.pair_logits(pairs), rtol=0, atol=1e-9)
        joint |= {w.split("=")[0] for p in pairs for w in p.tokens.split()}
    # the sentences hold every kind of joint word, the optional ones included
    assert {"conj", "direct", "mid", "tprepl"} <= joint


# Pairs with the optional joint words: conjoined phrases, a phrase headed by the other one,
# verbs and nouns on the path between two phrases.
PAIR_SHAPES = ["Police and soldiers fired tear gas at protesters who had gathered outside the "
               "parliament building in Kampala.",
               "The leader of the opposition party urged supporters to boycott the election "
               "called by the president."]


def test_joint_tables_hold_every_multi_part_word_under_its_parts(coder):
    """`_logits` looks the `p=`, `pl=`, `acts=` and `mid=` words up by their parts: every such
    word of the vocabulary is in a table, and its parts format back to the word."""
    sel = coder.selector
    paths, lemma_paths, acts, mids = S._joint_tables(sel.weights)
    formatted = {**{f"p={u}|{d}": w for (u, d), w in paths.items()},
                 **{f"pl={u}|{lemma}|{d}": w for (u, lemma, d), w in lemma_paths.items()},
                 **{f"acts={a}{b}|{lemma}": w for (a, b, lemma), w in acts.items()},
                 **{f"mid={lemma}": w for lemma, w in mids.items()}}
    vocab = {w: v for w, v in sel.weights.items() if w.split("=")[0] in ("p", "pl", "acts", "mid")}
    assert formatted == vocab
    # a lemma with the separator in it still splits back into the right parts
    assert S._joint_tables({"pl=nsubj|a|b|dobj": 1.0})[1] == {("nsubj", "a|b", "dobj"): 1.0}


def _formatted_logits(sel, phrases):
    """Each pair's score with every feature string formatted, terms added in `_logits`' order."""
    get = sel.weights.get
    toks = phrases[0].toks
    z = []
    for s, src in enumerate(phrases):
        for t, tgt in enumerate(phrases):
            if s == t:
                continue
            up, lca, down = S._path(src, tgt)
            lemma = toks.lemma[lca] if lca is not None else "-"
            lcapos = toks.pos[lca] if lca is not None else "-"
            sdep, tdep = toks.dep[src.root], toks.dep[tgt.root]
            path_up = "^".join(toks.dep[k] for k in up)
            path_down = "v".join(toks.dep[k] for k in reversed(down))
            down_w = get(f"tdepl={tdep}|{lemma}", 0.0)
            if tdep == "pobj":
                down_w += get(f"tprepl={toks.lower[toks.head[tgt.root]]}|{lemma}", 0.0)
            score = (sum(get(w, 0.0) for w in src.as_source) + sum(get(w, 0.0) for w in tgt.as_target)
                     + (get(f"lca={lemma}", 0.0) + get(f"lcapos={lcapos}", 0.0))
                     + (get(f"sdepl={sdep}|{lemma}", 0.0) + get(f"skind={src.kind}|{sdep}|{lemma}", 0.0))
                     + down_w
                     + get(f"p={path_up}|{path_down}", 0.0)
                     + get(f"pl={path_up}|{lemma}|{path_down}", 0.0)
                     + get(f"sktk={src.kind}{tgt.kind}", 0.0)
                     + get(f"order={src.span.start < tgt.span.start}", 0.0)
                     + get(f"len={min(len(up) + len(down), 6)}", 0.0)
                     + get(f"dist={min(abs(src.span.start - tgt.span.start) // 3, 8)}", 0.0)
                     + get(f"acts={src.actor}{tgt.actor}|{lemma}", 0.0))
            if "conj" in (sdep, tdep):
                score += get("conj", 0.0)
            if toks.head[tgt.root] == src.root or toks.head[src.root] == tgt.root:
                score += get("direct", 0.0)
            mids = [toks.lemma[k] for path in (up, down) for k in path[1:]
                    if toks.pos[k] in ("VERB", "NOUN")]
            if mids:
                score += sum(get(f"mid={m}", 0.0) for m in set(mids))
            z.append(score)
    return z


def test_logits_equal_the_formatted_feature_strings_bit_for_bit(coder):
    """The table lookups and the inlined path of `_logits` give the very floats of formatting
    every pair's feature strings and adding the terms in the same order (not only to 1e-9:
    the selected pair's probability is stored with the event)."""
    sel = coder.selector
    for sdoc in coder.nlp.pipe(SENTENCES + PAIR_SHAPES):
        phrases = S._phrases(sdoc)
        assert sel._logits(phrases)[1] == _formatted_logits(sel, phrases)
