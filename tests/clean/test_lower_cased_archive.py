"""A lower-cased archive page as scraped (branch audit4): the archive's date note above the
dateline, doubled apostrophes, the stray "Â" of a no-break space, a list of related links glued
to the last sentence and a row of share buttons. Own text."""

from eventwire.clean.text import clean_text

PAGE = (
    "This story is from April 7, 2003\n\n"
    "chennai: the governor''s office on sunday said the assembly would meet on monday. "
    "the opposition said it would walk out if the bill was moved.Â  its leader called the bill "
    "â€˜unfairâ€™. related stories Â dmk to boycott sessionÂ governor meets chief minister\n"
    "Facebook Twitter Linkedin Mail"
)


def test_the_archive_page_is_cleaned_to_its_body():
    cleaned = clean_text(PAGE)
    body = cleaned.body
    assert body.startswith("chennai: the governor's office on sunday said")
    assert cleaned.published == "2003-04-07"
    assert "\u00c2" not in body
    assert body.endswith("its leader called the bill \u2018unfair\u2019.")
    assert "Facebook" not in body and "related stories" not in body
