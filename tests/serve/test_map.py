"""The dashboard map's data: happenings per country and per place under the table's filters,
and the vendored country boundaries."""

from __future__ import annotations


def test_map_summary_counts_countries_and_places(client):
    body = client.get("/map/summary").json()
    countries = {c["country"]: c["n"] for c in body["countries"]}
    # 7 happenings: 6 between RUS and SYR (or with SYR), the strike ISR-SYR, the accusation USA-RUS.
    assert countries == {"SYR": 6, "RUS": 6, "ISR": 1, "USA": 1}
    places = {p["place"]: (p["country"], p["mentions"], p["n"]) for p in body["places"]}
    assert set(places) == {"Moscow", "Latakia", "Tartus", "Damascus"}
    assert places["Moscow"][0] == "RUS" and places["Moscow"][2] == 2  # the meeting and the trade deal
    assert places["Latakia"] == ("SYR", 2, 1)  # the aid report and its coded syndicated copy
    assert all(p["lat"] is not None and p["lon"] is not None for p in body["places"])


def test_map_summary_follows_the_filters(client):
    body = client.get("/map/summary", params={"country": "ISR"}).json()
    assert {c["country"]: c["n"] for c in body["countries"]} == {"ISR": 1, "SYR": 1}
    assert [p["place"] for p in body["places"]] == ["Damascus"]
    assert client.get("/map/summary", params={"type": "PROTEST"}).json() == {"countries": [], "places": []}
    assert client.get("/map/summary", params={"country": "syria"}).status_code in (400, 422)


def test_country_boundaries_are_vendored(client):
    topo = client.get("/static/countries-110m.json").json()
    assert topo["type"] == "Topology" and "transform" in topo
    ids = {g.get("id") for g in topo["objects"]["countries"]["geometries"]}
    assert {"SYR", "RUS", "ISR", "USA", "KOS"} <= ids and len(ids) > 170
    assert client.get("/static/world-atlas-LICENSE.txt").status_code == 200
