"""The HTTP API: every endpoint, paging, bad parameters, injection attempts, bodies, tokens."""

from __future__ import annotations

import shutil
from concurrent.futures import ThreadPoolExecutor

import duckdb
import pytest
from fastapi.testclient import TestClient

from eventwire.serve.app import MAX_BODY, create_app

INJECTIONS = ["' OR 1=1 --", "RUS'; DROP TABLE events; --", "1; DELETE FROM happenings", "%' OR '%'='",
              "\" OR \"\"=\"", "RUS\x00", "../../etc/passwd"]
EVENT_FILTERS = ["actor_country", "actor_sector", "recipient_country", "recipient_sector", "country", "type",
                 "quad", "dimension", "date_from", "date_to", "place", "text", "located", "limit", "offset"]


def test_health_and_stats(client):
    assert client.get("/health").json()["status"] == "ok"
    stats = client.get("/stats").json()
    assert stats["happenings"] == 7 and stats["events"] == 10 and stats["documents"] == 8
    assert stats["documents_by_status"] == {"near_duplicate": 2, "ok": 6}


def test_openapi_lists_every_endpoint(client):
    paths = client.get("/openapi.json").json()["paths"]
    for p in ("/documents", "/documents/{doc_id}", "/events", "/events/{event_id}", "/dyads", "/stats", "/health"):
        assert p in paths
    assert "post" in paths["/documents"]


def test_documents_paging_and_detail(client):
    page1 = client.get("/documents", params={"limit": 3, "offset": 0}).json()
    page2 = client.get("/documents", params={"limit": 3, "offset": 3}).json()
    assert page1["total"] == 8 and len(page1["items"]) == 3 and len(page2["items"]) == 3
    assert not {d["id"] for d in page1["items"]} & {d["id"] for d in page2["items"]}
    assert client.get("/documents", params={"status": "near_duplicate"}).json()["total"] == 2
    doc = client.get("/documents/doc-tass").json()
    assert "Lavrov" in doc["text"] and len(doc["events"]) == 3 and len(doc["happenings"]) == 2
    missing = client.get("/documents/nope")
    assert missing.status_code == 404 and "not found" in missing.json()["error"]


def test_events_filters(client):
    def total(**params):
        r = client.get("/events", params=params)
        assert r.status_code == 200, r.text
        return r.json()["total"]

    assert total() == 7
    assert total(actor_country="RUS") == 5
    assert total(actor_country="RUS", recipient_country="SYR", type="AID") == 1
    assert total(actor_sector="MIL") == 2
    assert total(recipient_sector="GOV") == 5
    assert total(country="ISR") == 1
    assert total(quad=4) == 1
    assert total(dimension="security") == 3
    assert total(date_from="2026-04-01") == 4
    assert total(date_from="2026-03", date_to="2026-03-31") == 3
    assert total(place="damas") == 1
    assert total(text="humanitarian aid") == 1
    assert total(located=True) == 5


def test_events_paging(client):
    ids = []
    for offset in range(0, 7, 2):
        items = client.get("/events", params={"limit": 2, "offset": offset}).json()["items"]
        ids += [h["id"] for h in items]
    assert len(ids) == 7 == len(set(ids))


def test_event_detail_has_every_report_with_spans(client):
    consult = client.get("/events", params={"type": "CONSULT"}).json()["items"][0]
    detail = client.get(f"/events/{consult['id']}").json()
    assert detail["num_mentions"] == 3 and len(detail["reports"]) == 3
    for rep in detail["reports"]:
        s = rep["sentence"]
        actor, trigger = rep["spans"]["actor"], rep["spans"]["trigger"]
        assert "Lavrov" in s[actor[0]:actor[1]]
        assert s[trigger[0]:trigger[1]] == rep["event_text"]
    # An event id leads to its happening too.
    assert client.get("/events/doc-tass-e1").json()["id"] == consult["id"]
    assert client.get("/events/h-missing").status_code == 404


def test_event_detail_lists_uncoded_copy(client):
    strike = client.get("/events", params={"type": "ASSAULT"}).json()["items"][0]
    reports = client.get(f"/events/{strike['id']}").json()["reports"]
    assert [r["is_copy"] for r in reports] == [False, True]
    assert reports[1]["sentence"] is None and reports[1]["outlet"] == "jpost.com"


def test_dyads_and_network(client):
    body = client.get("/dyads", params={"a": "RUS", "b": "SYR", "by": "month"}).json()
    dims = {r["dimension"] for r in body["items"]}
    assert dims == {"all", "diplomatic", "economic", "humanitarian", "security"}
    conflict = client.get("/dyads", params={"a": "ISR", "b": "SYR", "dimension": "security"}).json()["items"]
    assert conflict[0]["material_conflict"] == 1
    assert client.get("/dyads").json()["total"] > 0
    assert client.get("/dyads", params={"b": "SYR"}).status_code == 400
    assert client.get("/network").json()["items"][0]["n"] == 5


@pytest.mark.parametrize("params", [
    {"limit": 0}, {"limit": 501}, {"limit": "ten"}, {"offset": -1}, {"quad": 5}, {"quad": "x"},
    {"type": "BOMB"}, {"actor_country": "russia"}, {"date_from": "yesterday"}, {"date_to": "2026-02-30"},
    {"dimension": "cultural"}, {"located": "maybe"}, {"text": "x" * 201},
])
def test_bad_event_parameters_are_client_errors(client, params):
    r = client.get("/events", params=params)
    assert r.status_code in (400, 422), r.text
    assert r.json()["error"]


@pytest.mark.parametrize("params", [{"by": "year"}, {"a": "R"}, {"dimension": "x"}, {"limit": 0}])
def test_bad_dyad_parameters(client, params):
    r = client.get("/dyads", params=params)
    assert r.status_code in (400, 422) and r.json()["error"]


@pytest.mark.parametrize("name", EVENT_FILTERS)
@pytest.mark.parametrize("attack", INJECTIONS)
def test_injection_in_every_event_filter(client, served_db, name, attack):
    r = client.get("/events", params={name: attack})
    assert r.status_code in (200, 400, 422), r.text
    if r.status_code == 200:
        assert r.json()["total"] == 0  # taken literally: matches nothing
    else:
        assert r.json()["error"]


@pytest.mark.parametrize("attack", INJECTIONS)
def test_injection_in_paths_and_other_endpoints(client, attack):
    from urllib.parse import quote

    for r in (client.get("/documents/" + quote(attack, safe="")),
              client.get("/events/" + quote(attack, safe="")),
              client.get("/documents", params={"text": attack}),
              client.get("/documents", params={"outlet": attack}),
              client.get("/documents", params={"status": attack}),
              client.get("/dyads", params={"a": attack, "b": "SYR"}),
              client.get("/dyads", params={"by": attack})):
        assert r.status_code in (200, 400, 404, 422), r.text
        assert r.status_code != 200 or r.json().get("total", 0) == 0


def test_tables_survive_the_injections(client, served_db):
    assert client.get("/stats").json()["events"] == 10
    con = duckdb.connect(served_db, read_only=True)
    assert con.execute("SELECT count(*) FROM happenings").fetchone()[0] == 7
    con.close()


def test_post_refused_without_token_configured(served_db, monkeypatch):
    monkeypatch.delenv("EVENTWIRE_TOKEN", raising=False)
    with TestClient(create_app(served_db, token=None, merge_on_start=False), base_url="http://127.0.0.1") as c:
        r = c.post("/documents", json={"text": "Russia met Syria."}, headers={"Authorization": "Bearer x"})
    assert r.status_code == 403 and "off" in r.json()["error"]


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"Authorization": "secret"},
                                     {"Authorization": "Basic secret"}])
def test_post_refused_without_valid_token(client, headers):
    r = client.post("/documents", json={"text": "Russia met Syria."}, headers=headers)
    assert r.status_code == 403 and r.json()["error"]


def test_oversized_body_is_413(client):
    big = b'{"text": "' + b"a" * (MAX_BODY + 10) + b'"}'
    r = client.post("/documents", content=big, headers={"Authorization": "Bearer secret",
                                                        "Content-Type": "application/json"})
    assert r.status_code == 413 and r.json()["error"]


def test_oversized_chunked_body_is_413(client):
    def chunks():
        for _ in range(20):
            yield b"a" * 100_000

    r = client.post("/documents", content=chunks(), headers={"Authorization": "Bearer secret"})
    assert r.status_code == 413


@pytest.mark.parametrize("body", [b"not json", b"[]", b'{"documents": []}', b'{"documents": [1]}',
                                  b'{"text": ""}', b'{"text": "x", "published": "soon"}'])
def test_malformed_submission_is_400(client, body):
    r = client.post("/documents", content=body, headers={"Authorization": "Bearer secret"})
    assert r.status_code == 400 and r.json()["error"]


def test_post_runs_the_pipeline_and_merges(tmp_path, served_db, fixture_events, monkeypatch):
    """POST runs eventwire.api.ingest_documents on the records (stubbed coder here), then merges."""
    from eventwire import api
    from eventwire.pipeline import Summary
    from eventwire.store.duckdb import Store

    db = str(tmp_path / "post.duckdb")
    shutil.copyfile(served_db, db)
    seen = {}

    def fake_run(records, options, *, source):
        seen["records"] = list(records)
        doc = fixture_events.build_document("doc-new", "apnews.com", "2026-04-08", [fixture_events.ACCUSE])
        with Store(options.db) as store:
            store.write_batch([doc])
        summary = Summary()
        summary.add([doc])
        return summary

    monkeypatch.setattr(api, "ingest_documents", fake_run)
    with TestClient(create_app(db, token="secret"), base_url="http://127.0.0.1") as c:
        r = c.post("/documents", json={"documents": [{"text": "Washington accused Moscow.", "url": "https://apnews.com/x"}]},
                   headers={"Authorization": "Bearer secret"})
        assert r.status_code == 202, r.text
        assert r.json()["summary"]["counts"]["read"] == 1
        assert r.json()["merged"]["happenings"] == 7  # the new report joined the ACCUSE happening
        accuse = c.get("/events", params={"type": "ACCUSE"}).json()["items"][0]
        assert accuse["num_articles"] == 2
    assert seen["records"] == [{"text": "Washington accused Moscow.", "url": "https://apnews.com/x"}]


def test_concurrent_reads(client):
    paths = ["/events", "/stats", "/dyads?a=RUS&b=SYR", "/documents", "/network", "/events/doc-toi-e0"] * 10
    with ThreadPoolExecutor(8) as pool:
        codes = list(pool.map(lambda p: client.get(p).status_code, paths))
    assert codes == [200] * len(paths)


def test_dashboard_assets_are_local(client):
    html = client.get("/").text
    assert "/static/app.js" in html and "http://" not in html and "https://" not in html
    js = client.get("/static/app.js").text
    assert "https://" not in js and "http://" not in js.replace("http://www.w3.org/2000/svg", "")


@pytest.mark.slow
def test_post_runs_the_real_pipeline(tmp_path, served_db):
    """End to end: a submitted article is cleaned, coded, stored and merged."""
    pytest.importorskip("eventwire.events.coder")
    db = str(tmp_path / "real.duckdb")
    shutil.copyfile(served_db, db)
    text = ("Turkish Foreign Minister Hakan Fidan met Russian Foreign Minister Sergei Lavrov in Ankara "
            "on Tuesday to discuss a ceasefire in northern Syria. The two ministers agreed to hold "
            "further talks next month, officials in Ankara said after the meeting ended late on Tuesday.")
    with TestClient(create_app(db, token="secret"), base_url="http://127.0.0.1") as c:
        r = c.post("/documents", json={"documents": [{"text": text, "published": "2026-05-05",
                                                       "outlet": "aa.com.tr"}]},
                   headers={"Authorization": "Bearer secret"})
        assert r.status_code == 202, r.text
        assert r.json()["summary"]["counts"]["read"] == 1
        assert c.get("/stats").json()["documents"] == 9
        assert c.get("/documents", params={"outlet": "aa.com.tr"}).json()["total"] == 1


def test_server_picks_up_new_documents(tmp_path, served_db, fixture_events):
    """Documents another process stores are merged by the server's refresh thread (every 0.01 s)."""
    import time

    from eventwire.store.duckdb import Store

    db = str(tmp_path / "refresh.duckdb")
    shutil.copyfile(served_db, db)
    with TestClient(create_app(db, refresh_s=0.01), base_url="http://127.0.0.1") as c:
        assert c.get("/stats").json()["happenings"] == 7
        doc = fixture_events.build_document("doc-ukr", "kyivindependent.com", "2026-05-01",
                                            [fixture_events.Spec("Ukraine asked Turkey for talks.", "REQUEST",
                                                                 ("Ukraine", "UKR", "GOV"), "asked",
                                                                 ("Turkey", "TUR", "GOV"))])
        with Store(db) as store:  # the server holds no connection while idle
            store.write_batch([doc])
        deadline = time.monotonic() + 20
        while c.get("/stats").json()["happenings"] != 8 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert c.get("/stats").json()["happenings"] == 8
