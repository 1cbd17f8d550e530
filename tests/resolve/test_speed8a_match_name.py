"""`_match_name` reads its window's norms and first possessive or comma once for all spans
(speed round 8a): the spans it finds where a name ends in a lower-case "islands", holds a
possessive or a comma, or runs past the eight-word window stay those of trying every span."""

from eventwire.resolve import actors as A


def hits(resolver, sentence):
    toks = A._tokens(sentence)
    return [(h.start, h.end, h.kind, h.value if h.kind != "entity" else h.value[0].person)
            for h in resolver._scan(toks)]


def test_lower_case_name_end(resolver):
    assert hits(resolver, "Officials of the Marshall islands and the Solomon Islands met in "
                          "Honiara.")[1:3] == [(3, 5, "country", ("MHL", "name")),
                                               (7, 9, "country", ("SLB", "name"))]


def test_possessive_inside_a_name(resolver):
    found = hits(resolver, "The People's Republic of China and the Kurdistan Workers' Party "
                           "were named.")
    assert found[0] == (1, 5, "country", ("CHN", "name"))
    assert found[1][:3] == (7, 10, "entity")
    assert hits(resolver, "Donetsk People's Republic fighters shelled Mariupol's port.")[0] \
        == (0, 3, "place", "UKR")


def test_comma_and_the_window(resolver):
    found = hits(resolver, "He flew from Paris, Texas to New York City Police Department "
                           "Headquarters Building Annex Tower One.")
    # a comma stops a name ("Paris, Texas" is two); past eight words nothing is tried
    assert found == [(3, 4, "country", ("FRA", "capital")), (5, 6, "place", "USA"),
                     (7, 10, "place", "USA"), (10, 11, "role", "COP")]


def test_lower_case_adjective_and_kb_person(resolver):
    found = hits(resolver, "the palestinian authorities and Israeli Prime Minister Benjamin "
                           "Netanyahu spoke.")
    assert found[0] == (1, 2, "country", ("PSE", "adjective"))
    assert found[-1] == (7, 9, "entity", "Benjamin Netanyahu")
