"""Dyads: happenings between two countries by period and dimension (counts by quad class,
sum and mean of Goldstein and of PLOVER event scale).

Counts are over happenings (one row per real-world happening, see merge.py), not over event
mentions. A happening counts once per dimension it belongs to, and once in the "all" row.
Periods start on the happening's first day (a month-precision happening falls on the 1st).
"""

from __future__ import annotations

from typing import Any

import duckdb

from eventwire.analyze.dimensions import DIMENSIONS
from eventwire.errors import Errors

PERIODS = {"day": "%Y-%m-%d", "week": "%G-W%V", "month": "%Y-%m"}
DYAD_COLUMNS = (
    "period", "country1", "country2", "dimension", "n", "verbal_coop", "material_coop",
    "verbal_conflict", "material_conflict", "goldstein_sum", "goldstein_mean", "scale_sum",
    "scale_mean",
)


def check_period(by: str) -> str:
    """Validate a period name (day, week, month)."""
    if by not in PERIODS:
        raise ValueError(Errors.E010.format(name="by", value=by, hint="Choose day, week or month."))
    return by


def check_dimension(dimension: str | None) -> str | None:
    """Validate a dimension name (or None/'all' for every dimension)."""
    if dimension in (None, "all"):
        return dimension
    if dimension not in DIMENSIONS:
        raise ValueError(Errors.E010.format(name="dimension", value=dimension,
                                            hint="Choose " + ", ".join(DIMENSIONS) + " or all."))
    return dimension


def dyad_table(
    con: duckdb.DuckDBPyConnection, *, by: str = "month", a: str | None = None, b: str | None = None,
    ordered: bool = False, dimension: str | None = None,
) -> list[dict[str, Any]]:
    """Dyad rows for every country pair (or the pair a-b), by period and dimension.

    Unordered rows put the alphabetically first country in country1; ordered rows keep
    actor -> recipient.
    """
    check_period(by)
    check_dimension(dimension)
    # `by` is from a whitelist, so it is safe to place in the SQL; every value is a parameter.
    c1 = "actor_country" if ordered else "least(actor_country, recipient_country)"
    c2 = "recipient_country" if ordered else "greatest(actor_country, recipient_country)"
    where, params = ["actor_country IS NOT NULL", "recipient_country IS NOT NULL",
                     "actor_country <> recipient_country", "day IS NOT NULL"], []
    if a and b:
        where.append("((actor_country = ? AND recipient_country = ?) OR (actor_country = ? AND recipient_country = ?))")
        params += [a, b, b, a]
    elif a:
        where.append("(actor_country = ? OR recipient_country = ?)")
        params += [a, a]
    dim_filter = ""
    if dimension:
        dim_filter = "WHERE dimension = ?"
    sql = f"""
    WITH base AS (
        SELECT * FROM happenings WHERE {' AND '.join(where)}
    ), expanded AS (
        SELECT *, unnest(dimensions) AS dimension FROM base
        UNION ALL
        SELECT *, 'all' AS dimension FROM base
    )
    SELECT strftime(date_trunc('{by}', day), '{PERIODS[by]}') AS period,
           {c1} AS country1, {c2} AS country2, dimension,
           count(*) AS n,
           count(*) FILTER (WHERE quad_code = 1) AS verbal_coop,
           count(*) FILTER (WHERE quad_code = 2) AS material_coop,
           count(*) FILTER (WHERE quad_code = 3) AS verbal_conflict,
           count(*) FILTER (WHERE quad_code = 4) AS material_conflict,
           round(sum(goldstein), 3) AS goldstein_sum, round(avg(goldstein), 3) AS goldstein_mean,
           round(sum(event_scale), 3) AS scale_sum, round(avg(event_scale), 3) AS scale_mean
    FROM expanded {dim_filter}
    GROUP BY ALL
    """
    if dimension:
        params.append(dimension)
    cur = con.execute(sql, params)
    rows = [dict(zip(DYAD_COLUMNS, row, strict=True)) for row in cur.fetchall()]
    # "all" first within a period and pair, then the dimensions in their fixed order.
    order = {d: i for i, d in enumerate(("all", *DIMENSIONS))}
    rows.sort(key=lambda r: (r["period"], r["country1"], r["country2"], order.get(r["dimension"], 9)))
    return rows


def dyad_pairs(con: duckdb.DuckDBPyConnection, *, limit: int = 200) -> list[dict[str, Any]]:
    """Totals per unordered country pair (the actor network): happenings, cooperation, conflict."""
    cur = con.execute(
        """
        SELECT least(actor_country, recipient_country) AS country1,
               greatest(actor_country, recipient_country) AS country2,
               count(*) AS n,
               count(*) FILTER (WHERE quad_code IN (1, 2)) AS cooperation,
               count(*) FILTER (WHERE quad_code IN (3, 4)) AS conflict,
               round(avg(goldstein), 3) AS goldstein_mean
        FROM happenings
        WHERE actor_country IS NOT NULL AND recipient_country IS NOT NULL
          AND actor_country <> recipient_country
        GROUP BY ALL ORDER BY n DESC, country1, country2 LIMIT ?
        """,
        [limit],
    )
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def write_chart(rows: list[dict[str, Any]], path: str, *, title: str = "") -> str:
    """Cooperation (up) vs conflict (down) per period, one panel per dimension (png or svg)."""
    try:
        import matplotlib
    except ImportError as err:
        raise ImportError(Errors.E014.format(what="A dyad chart", extra="serve")) from err

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    periods = sorted({r["period"] for r in rows})
    fig, axes = plt.subplots(len(DIMENSIONS), 1, figsize=(max(6, 0.6 * len(periods) + 3), 8),
                             sharex=True, squeeze=False)
    for ax, dim in zip(axes[:, 0], DIMENSIONS, strict=True):
        coop = {p: 0 for p in periods}
        conflict = {p: 0 for p in periods}
        for r in rows:
            if r["dimension"] == dim:
                coop[r["period"]] += r["verbal_coop"] + r["material_coop"]
                conflict[r["period"]] += r["verbal_conflict"] + r["material_conflict"]
        xs = range(len(periods))
        ax.bar(xs, [coop[p] for p in periods], color="#2b8a3e", label="cooperation")
        ax.bar(xs, [-conflict[p] for p in periods], color="#c92a2a", label="conflict")
        ax.axhline(0, color="#555", linewidth=0.8)
        ax.set_ylabel(dim)
    axes[-1, 0].set_xticks(range(len(periods)))
    axes[-1, 0].set_xticklabels(periods, rotation=45, ha="right")
    axes[0, 0].legend(loc="upper left", fontsize="small")
    if title:
        fig.suptitle(title)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return path
