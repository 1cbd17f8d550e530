-- eventwire DuckDB schema. Every statement is idempotent.
CREATE TABLE IF NOT EXISTS documents (
    id VARCHAR PRIMARY KEY,          -- sha1 of the normalised text (or of the source for skipped docs)
    url VARCHAR,
    outlet VARCHAR,
    title VARCHAR,
    text VARCHAR,
    published VARCHAR,               -- ISO date
    published_source VARCHAR,        -- metadata | text
    language VARCHAR,
    status VARCHAR NOT NULL,         -- ok | duplicate | near_duplicate | non_english | skipped | failed
    reason VARCHAR,
    cluster_id VARCHAR,              -- id of the canonical member of its near-duplicate cluster
    source_path VARCHAR,
    ingested_at TIMESTAMP DEFAULT current_timestamp,
    minhash BLOB                     -- MinHash signature (uint32 x num_perm) for near-dup search
);
-- Why a document was dropped or failed, in words (rule, counts, or stage and exception).
ALTER TABLE documents ADD COLUMN IF NOT EXISTS detail VARCHAR;
-- How the text was obtained: the input's own id, how its bytes were decoded, which extraction
-- gave the body (precision | fallback), whether encoding damage was repaired.
ALTER TABLE documents ADD COLUMN IF NOT EXISTS external_id VARCHAR;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS encoding VARCHAR;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS extraction VARCHAR;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS fixed_text BOOLEAN;

-- Every input that was read, so a re-run knows what is done and duplicates are counted.
CREATE TABLE IF NOT EXISTS sources (
    source_path VARCHAR PRIMARY KEY,
    doc_id VARCHAR,
    status VARCHAR,
    reason VARCHAR,
    seen_at TIMESTAMP DEFAULT current_timestamp
);

CREATE TABLE IF NOT EXISTS events (
    id VARCHAR PRIMARY KEY,          -- sha1(doc_id, sentence_index, trigger offsets, type)
    doc_id VARCHAR NOT NULL,
    sentence_index INTEGER,
    sentence VARCHAR,
    sentence_start INTEGER,
    sentence_end INTEGER,
    date VARCHAR,
    date_precision VARCHAR,
    date_start VARCHAR,
    date_end VARCHAR,
    event VARCHAR NOT NULL,          -- PLOVER type
    mode VARCHAR,
    context VARCHAR[],
    quad_code INTEGER,
    event_scale DOUBLE,
    cameo VARCHAR,
    goldstein DOUBLE,
    event_text VARCHAR,
    trigger_start INTEGER,
    trigger_end INTEGER,
    negated BOOLEAN,
    confidence DOUBLE,
    actor_text VARCHAR, actor_name VARCHAR, actor_country VARCHAR, actor_sector VARCHAR,
    actor_resolved_by VARCHAR, actor_start INTEGER, actor_end INTEGER,
    recipient_text VARCHAR, recipient_name VARCHAR, recipient_country VARCHAR,
    recipient_sector VARCHAR, recipient_resolved_by VARCHAR, recipient_start INTEGER,
    recipient_end INTEGER,
    location JSON,                   -- {name, feature, country, admin1, lat, lon}
    quantities JSON,                 -- [{kind, value, min, max, unit, text}]
    record JSON                      -- the full PLOVER-style record
);

-- Places mentioned in each document (gazetteer matches), whether or not an event is there.
CREATE TABLE IF NOT EXISTS places (
    doc_id VARCHAR NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER,
    matched VARCHAR,
    name VARCHAR,
    feature VARCHAR,
    country VARCHAR,
    admin1 VARCHAR,
    lat DOUBLE,
    lon DOUBLE,
    geonameid BIGINT,
    PRIMARY KEY (doc_id, start_char)
);

-- PLOVER size of each event (manual table 6.4), read from its sentence: added after the first
-- release, so ALTER (idempotent) gives old files the same columns, at the end.
ALTER TABLE events ADD COLUMN IF NOT EXISTS size_dead INTEGER;
ALTER TABLE events ADD COLUMN IF NOT EXISTS size_injured INTEGER;
ALTER TABLE events ADD COLUMN IF NOT EXISTS size_arrested INTEGER;
ALTER TABLE events ADD COLUMN IF NOT EXISTS size_participants INTEGER;
