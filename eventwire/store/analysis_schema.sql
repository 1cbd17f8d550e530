-- eventwire analysis tables, derived from `events` and `documents` by `eventwire merge`.
-- Every statement is idempotent; the tables are rebuilt as a whole (see eventwire/analyze/merge.py).

-- One row per real-world happening: events of several sentences/documents merged (GDELT-style).
CREATE TABLE IF NOT EXISTS happenings (
    id VARCHAR PRIMARY KEY,          -- 'h' + sha1(merge key, earliest report's event id)[:16]
    gdelt_id BIGINT,                 -- integer id for the GDELT export (from the id's hash)
    event VARCHAR NOT NULL,          -- PLOVER type
    mode VARCHAR,
    context VARCHAR[],               -- union of the reports' PLOVER contexts
    dimensions VARCHAR[],            -- diplomatic | economic | humanitarian | security
    quad_code INTEGER,
    cameo VARCHAR,
    goldstein DOUBLE,
    event_scale DOUBLE,
    actor_country VARCHAR, actor_sector VARCHAR, actor_name VARCHAR,
    recipient_country VARCHAR, recipient_sector VARCHAR, recipient_name VARCHAR,
    date VARCHAR,                    -- as coded on the earliest report (YYYY-MM-DD | YYYY-MM | YYYY)
    date_precision VARCHAR,          -- day | month | year | NULL
    day DATE,                        -- first day the date covers: the bucket for dyad series
    place VARCHAR,                   -- location name, NULL if no report has a place
    location JSON,
    lat DOUBLE, lon DOUBLE,
    place_country VARCHAR,
    num_mentions INTEGER,            -- reports (sentences), syndicated copies included
    num_sources INTEGER,             -- distinct outlets
    num_articles INTEGER,            -- distinct documents
    is_root BOOLEAN,                 -- some report is in an article's first two sentences
    confidence DOUBLE,               -- highest report confidence
    first_event_id VARCHAR,
    first_doc_id VARCHAR,
    source_url VARCHAR,
    date_added TIMESTAMP             -- when its first document was ingested
);

-- Which event (or uncoded syndicated copy) reports which happening.
CREATE TABLE IF NOT EXISTS reports (
    happening_id VARCHAR NOT NULL,
    event_id VARCHAR,                -- NULL: an uncoded near-duplicate copy of a reporting document
    doc_id VARCHAR NOT NULL,
    is_copy BOOLEAN NOT NULL         -- the document is a near-duplicate (syndicated) copy
);

-- Fingerprint of events/documents at the last merge: differs -> the tables are stale.
CREATE TABLE IF NOT EXISTS merge_state (
    key VARCHAR PRIMARY KEY,
    value VARCHAR
);
