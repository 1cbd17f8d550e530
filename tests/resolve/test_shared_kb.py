"""The name labeler and the resolver share one load of the shipped knowledge base."""

from eventwire.knowledge.kb import add_entry, shipped_kb
from eventwire.nlp import names
from eventwire.resolve.step import Resolver
from eventwire.settings import Options


def test_labeler_and_resolver_share_the_shipped_kb_but_not_a_users(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no user KB file at the default path
    shared = Resolver(Options()).kb
    assert shared is shipped_kb() and shared is names.shipped_kb()
    user = str(tmp_path / "kb.csv")
    add_entry(user, person="Jane Example", country="FRA", sector="GOV", role="minister",
              start="2020-01-01")
    own = Resolver(Options(kb_path=user)).kb
    assert own is not shared
    assert [o.country for o in own.offices("Jane Example", "2021-01-01")] == ["FRA"]
    assert shared.offices("Jane Example", "2021-01-01") == []
