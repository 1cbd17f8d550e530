"""Lower-cased news (branch audit4): the knowledge base's names given their capitals back for the
parser, in place. Own sentences."""

from eventwire.nlp.recase import recase_lowered


def test_known_names_get_their_capitals_back_in_place():
    text = "the bjp and the shiv sena met sharad pawar in mumbai, india, said the police on march 3."
    out = recase_lowered(text)
    assert len(out) == len(text)
    assert out == ("the BJP and the Shiv Sena met Sharad Pawar in mumbai, India, said the police "
                   "on march 3.")
    # a text with capitals is news as written: left alone
    assert recase_lowered("The bjp met in mumbai on Monday and again on Tuesday.") == \
        "The bjp met in mumbai on Monday and again on Tuesday."
