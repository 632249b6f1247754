"""Tests for capitalised words that are not names: common words, products, credits, epithets."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from newsevents._actors import find_actors
from newsevents._actors_base import ActorMention
from newsevents._actors_data import lexicon
from newsevents._actors_names import (
    _APPOSITION_BEFORE,
    _CREDIT_ENDS,
    _CREDIT_LAST,
    NameRecognizer,
)
from newsevents._actors_resolve import MentionResolver
from newsevents._document import Document
from newsevents._model import ActorKind
from newsevents._parse import Parser


def _actors(text: str) -> list[tuple[str, str, list[str]]]:
    """Every actor of a story: its name, its kind and the text of each span."""
    document = Parser().document(text)
    return [(a.name, a.kind.value, [s.slice(text) for s in a.spans]) for a in find_actors(document)]


def _names(text: str) -> list[str]:
    """The names of a story's actors."""
    return [name for name, _, _ in _actors(text)]


# --- a lone common word ------------------------------------------------------------------


def test_a_lone_common_word_on_a_page_button_is_no_actor() -> None:
    """A common word alone with no mark of a name names no one.

    Scraped pages leave button and heading text in the story: "Thanks for signing
    up", "Replay Skip ad".
    """
    text = (
        "Get our daily newsletter Thanks for signing up! Your video will begin shortly "
        "Replay Skip ad. Harcourt Motors said it would cut 200 jobs."
    )
    assert ["Harcourt Motors"] == _names(text)


def test_a_common_word_as_the_title_of_a_work_is_no_actor() -> None:
    """A common word that names a game, a show or a program is no actor.

    "Two million copies of Dragon had been sold": nothing says Dragon acts or speaks.
    """
    text = "The studio said two million copies of Dragon had been sold in the first week."
    assert [] == _names(text)


def test_a_common_word_that_speaks_is_a_name() -> None:
    """A speech verb after or before a common word makes it a name ("Dragon said")."""
    text = "Dragon said on Monday it would cut 200 jobs at its plant in Leeds."
    assert [("Dragon", "organization", ["Dragon"])] == _actors(text)


def test_a_common_word_with_a_possessive_is_a_name() -> None:
    """A possessive marks a common word as a name ("Dragon's profit fell")."""
    text = "Analysts said Dragon's profit fell by a fifth in the quarter."
    assert [("Dragon", "organization", ["Dragon"])] == _actors(text)


def test_a_common_word_joins_the_name_it_shortens() -> None:
    """A common word alone joins the organisation whose name it shortens ("Dragon Motors")."""
    text = "Dragon Motors cut prices on Monday. Traders expect Dragon to cut jobs too."
    assert [("Dragon Motors", "organization", ["Dragon Motors", "Dragon"])] == _actors(text)


def test_the_common_words_leave_out_what_names_something() -> None:
    """No common word is a given name, a company, a body or a country when capitalised."""
    lex = lexicon()
    names = NameRecognizer().given_names
    for word in lex.common_words:
        upper = word.capitalize()
        assert upper not in names, word
        assert upper not in lex.companies, word
        assert upper not in lex.bodies, word
        assert lex.country_of(upper) is None, word
    assert lex.epithets <= lex.common_words


def test_nouns_count_in_their_plural() -> None:
    """A common noun is common in its plural too ("story", "stories"; "box", "boxes")."""
    common = lexicon().common_words
    assert {"story", "stories", "window", "windows", "box", "boxes"} <= common


# --- products and brands ----------------------------------------------------------------


def test_a_name_before_a_product_noun_is_no_actor() -> None:
    """A name right before a product noun names a product or a brand, not an actor.

    "Prices of Harlow crude rose", "future Arlo Quasar phones".
    """
    assert [] == _names("Prices of Harlow crude rose 40 cents, traders said.")
    text = "He said future Arlo Quasar phones would use chips from Kestrel."
    assert ["Kestrel"] == _names(text)


def test_a_brand_joins_the_company_the_story_names_after_it() -> None:
    """A brand named before its company joins the company however the story orders them.

    "Dealers sold 9,000 Vantor cars in May. Vantor said ...": one actor, both spans.
    """
    text = "Dealers sold 9,000 Vantor cars in May. Vantor said sales would rise in June."
    assert [("Vantor", "organization", ["Vantor", "Vantor"])] == _actors(text)


def test_an_acronym_before_a_product_noun_only_joins() -> None:
    """An acronym before a product noun joins the company named elsewhere ("KTX laptops")."""
    assert [] == _names("Shops cut the price of KTX laptops on Monday.")
    text = "Shops cut the price of KTX laptops. KTX said it would ship more in June."
    assert [("KTX", "organization", ["KTX", "KTX"])] == _actors(text)


def test_product_nouns_are_at_least_three_letters_long() -> None:
    """Each product noun has three letters or more: the recogniser's gate reads three."""
    assert all(len(noun) >= 3 for noun in lexicon().product_nouns)


_AFTER_PIECES = st.sampled_from(
    [
        "laptops", "laptop", "lap", "crude", "cars", "car", "careful", "carson", "users",
        "used", "said", "apps", "app", "apple", "software", " ", "\n", "\t", "\u00a0", "-",
        "'", "’", ".", ",", "s", "X", "é",
    ]
)  # fmt: skip


@given(st.lists(_AFTER_PIECES, max_size=6))
@example(["\n", "crude"])
@example([" ", "cars", "-"])
@example([" ", " ", "laptops"])
def test_the_product_gate_finds_what_the_plain_rule_finds(pieces: list[str]) -> None:
    """The three-letter gate before the product pattern changes nothing it finds.

    The plain rule: one blank after the name, then a lower-case word, whole, that is a
    product noun.
    """
    recognizer = NameRecognizer()
    text = "Corvex" + "".join(pieces)
    end = len("Corvex")
    plain = re.match(r"[ \t\u00a0\n]([a-z]+)(?![\w'’-])", text[end:])
    expected = plain is not None and plain[1] in recognizer.lex.product_nouns
    gated = text[end + 1 : end + 4] in recognizer._product_first and recognizer._names_product(
        text, end
    )
    assert expected == gated


# --- picture credits ---------------------------------------------------------------------


def test_a_picture_credit_is_no_actor() -> None:
    """The name after "Photo:", "Picture by" and the like is a picture's source, no actor."""
    text = "The mayor spoke on Monday. (Photo: Lensman) Crowds gathered outside the hall."
    assert [] == _names(text)
    text = (
        "Crowds gathered in the square. Picture by Dana Reyes/Harbour Images. The mayor, "
        "Maria Duarte, spoke."
    )
    assert ["Maria Duarte"] == _names(text)


def test_the_credit_gate_reads_every_credit_marker() -> None:
    """Each credit marker ends in a blank after a character of the gate, within 24 characters.

    The recogniser looks for a marker only where a blank stands before the name and a
    character of ``_CREDIT_LAST`` before that, in the 24 characters before the name.
    """
    for end in _CREDIT_ENDS:
        assert end.endswith(" "), end
        assert end[-2] in _CREDIT_LAST, end
        assert len(end) <= 24, end


# --- epithets ----------------------------------------------------------------------------


def test_a_quoted_epithet_before_a_given_name_is_no_part_of_it() -> None:
    """An adjective before a given name, the two in quotes, is an epithet, not a name.

    'He mocked "Lazy Tomas"': Tomas, who joins Tomas Ruiz.
    """
    text = 'At the rally he mocked "Lazy Tomas", as he calls his rival Tomas Ruiz.'
    assert [("Tomas Ruiz", "person", ["Tomas", "Tomas Ruiz"])] == _actors(text)


def test_an_unquoted_adjective_before_a_given_name_stays_in_the_name() -> None:
    """Unquoted, an adjective and a given name are a name ("Crazy Otto", a shop)."""
    text = "Otto Lind founded the discount chain Crazy Otto in 1990. Crazy Otto now has 40 shops."
    assert [
        ("Otto Lind", "person", ["Otto Lind"]),
        ("Crazy Otto", "organization", ["Crazy Otto", "Crazy Otto"]),
    ] == _actors(text)


# --- titles and speakers -----------------------------------------------------------------


def test_elect_and_designate_after_a_title_belong_to_it() -> None:
    """The words "Elect" and "Designate" after a title's head belong to the title, not the name.

    "President Elect Ana Ruiz" is Ana Ruiz, president-elect.
    """
    text = "President Elect Ana Ruiz met bankers in Lima on Monday."
    actor = next(a for a in find_actors(Parser().document(text)) if a.kind is ActorKind.PERSON)
    assert ("Ana Ruiz", "president-elect") == (actor.name, actor.title)
    text = "Prime Minister Designate Tomas Berg named his cabinet on Friday."
    actor = next(a for a in find_actors(Parser().document(text)) if a.kind is ActorKind.PERSON)
    assert ("Tomas Berg", "prime minister-designate") == (actor.name, actor.title)


def test_a_speech_verb_after_an_apposition_is_its_heads() -> None:
    """In "X, of Y's Z, said" X speaks: the verb gives Z no mark of a name.

    "Maria Holm, a host at Harbour Radio's Money Hour, said": Money Hour is a show.
    """
    text = "Maria Holm, a host at Harbour Radio's Money Hour, said prices would rise."
    assert ["Maria Holm", "Harbour Radio"] == _names(text)


def test_a_company_in_an_apposition_named_twice_is_an_organisation() -> None:
    """A name in an apposition before "said", named again with no sign of a person, is a body.

    "Lena Park, treasurer of Arden Holt, said ... Arden Holt shares rose".
    """
    text = (
        "Lena Park, treasurer of Arden Holt, said the company would sell its mills. "
        "Arden Holt shares rose 4% on Friday."
    )
    assert ("Arden Holt", "organization") == _actors(text)[-1][:2]


@given(st.lists(st.sampled_from(["a", "host", "of", "at", ",", " ", "\n", "X's", "Ab"])))
@example([",", " ", "of", " ", "X's", " "])
def test_the_apposition_pattern_reads_within_its_window(pieces: list[str]) -> None:
    """The apposition pattern, searched in a window, finds what it finds in the whole text."""
    text = "".join(pieces) + "Money Hour"
    start = len(text) - len("Money Hour")
    window = _APPOSITION_BEFORE.search(text, max(0, start - 60), start) is not None
    whole = _APPOSITION_BEFORE.search(text[max(0, start - 60) : start]) is not None
    assert whole == window


def test_an_event_word_ends_no_actors_name() -> None:
    """A name ending in an event word ("Gala", "Parade", "Banquet") is an event, no actor.

    The possessive inside it does not cut it: "the Harbour Guild's Gala" is one event.
    """
    text = "Maria Duarte spoke at the Harbour Guild's Gala on Friday."
    assert ["Maria Duarte"] == _names(text)


# --- the resolver ------------------------------------------------------------------------


def test_a_mention_that_only_joins_joins_an_organisation_named_after_it() -> None:
    """A mention that only joins joins the organisation of its name wherever it stands."""
    text = "Kestrel laptops sold well. Kestrel said sales rose."
    mentions = [
        ActorMention(start=0, end=7, text="Kestrel", kind=None, tentative=True),
        ActorMention(start=27, end=34, text="Kestrel", kind=None),
    ]
    actors = MentionResolver()(Document(text=text), mentions)
    assert [("Kestrel", [(0, 7), (27, 34)])] == [
        (a.name, [(s.start, s.end) for s in a.spans]) for a in actors
    ]


def test_a_name_before_a_law_noun_is_no_actor() -> None:
    """A name right before "act", "bill" or "law" names the law ("the HOME act"), no actor."""
    text = "Senator Ana Ruiz put forward the HOME act, which gives buyers a $2,000 grant."
    assert ["Ana Ruiz"] == _names(text)


def test_a_building_placed_by_at_or_in_only_joins() -> None:
    """A name ending in "Center" after "at" or "in" is a building, not an actor.

    It joins a body of that name the story names elsewhere ("The Harbour Law Center said").
    """
    text = "Maria Duarte spoke at Harbour Convention Center in Lima on Monday."
    assert ["Maria Duarte"] == _names(text)
    text = (
        "A lawyer at the Harbour Law Center, Maria Duarte, spoke. The Harbour Law Center "
        "said it would sue."
    )
    assert ("Harbour Law Center", "organization", ["Harbour Law Center"] * 2) == _actors(text)[0]


def test_a_source_of_something_is_no_anonymous_source() -> None:
    """A "source of" something is a cause or a supply, not someone who speaks.

    "The port was a source of friction": no anonymous source; "a source said": one.
    """
    assert [] == _names("The harbour levy was a source of friction between the two towns.")
    assert [("source", "anonymous", ["a source"])] == _actors("A levy is planned, a source said.")


# --- a sentence that opens with a common noun and "of" -----------------------------------


def test_a_common_noun_and_of_opening_a_sentence_are_no_part_of_the_name() -> None:
    """A sentence opening "Shares of X" or "Sales of X" names X, not "Shares of X"."""
    text = "Shares of Kestrel Bank fell 3 percent on Tuesday. Sales of Harcourt Motors rose."
    assert [
        ("Kestrel Bank", "organization", ["Kestrel Bank"]),
        ("Harcourt Motors", "organization", ["Harcourt Motors"]),
    ] == _actors(text)


def test_a_group_noun_and_of_the_opening_a_sentence_leave_the_body() -> None:
    """A sentence opening "Officials of the European Union" names the body, without "the"."""
    text = "Officials of the European Union met in Brackley on Monday."
    assert [("European Union", "organization", ["European Union"])] == _actors(text)


def test_a_common_noun_and_of_inside_quotes_and_in_a_headline_are_dropped() -> None:
    """The rule holds after an opening quote and on a headline line."""
    quoted = '"Members of the Lakeland Farmers Union will vote no," he said.'
    headline = "Shares of Kestrel Bank slide\n\nLONDON, March 5 (Reuters) - Kestrel Bank fell."
    assert ["Lakeland Farmers Union"] == _names(quoted)
    assert ["Kestrel Bank"] == _names(headline)


def test_a_common_noun_dropped_by_the_rule_leaves_no_lone_of() -> None:
    """A sentence opening "Shares of X", "shares" lower case elsewhere, names X, not "of X"."""
    text = "Kestrel shares slide\n\nLONDON, March 5 (Reuters) - Shares of Kestrel Bank fell."
    assert ["Kestrel Bank"] == _names(text)


def test_names_that_open_with_an_organisation_word_and_of_stay_whole() -> None:
    """Names opening with an organisation word and "of" ("Bank of Japan") stay whole."""
    text = (
        "Bank of Japan said it would hold rates. Ministry of Defence officials declined to "
        "comment. University of Lakeland researchers said the data were sound."
    )
    assert ["Bank of Japan", "Ministry of Defence", "University of Lakeland"] == _names(text)


def _people(text: str) -> list[tuple[str, str, str | None, str | None]]:
    document = Parser().document(text)
    return [(a.name, a.kind.value, a.affiliation, a.title) for a in find_actors(document)]


def test_an_of_body_before_a_title_and_a_name_is_cut_from_the_person() -> None:
    """An "X of Y" body before a title and X: the body, and X titled with all the words."""
    text = "TOKYO, March 5 (Reuters) - Bank of Japan Governor Mariko Tanabe said prices rose."
    assert [
        ("Bank of Japan", "organization", "JP", None),
        ("Mariko Tanabe", "person", "JP", "bank of japan governor"),
    ] == _people(text)


def test_title_words_before_the_head_stay_in_the_title_not_the_body() -> None:
    """In "Bank of Japan Deputy Governor X" the body is "Bank of Japan"."""
    text = "TOKYO, March 5 - Bank of Japan Deputy Governor Kenji Arakawa said on Tuesday."
    assert [
        ("Bank of Japan", "organization", "JP", None),
        ("Kenji Arakawa", "person", "JP", "bank of japan deputy governor"),
    ] == _people(text)


def test_portfolio_words_right_after_of_stay_in_the_body() -> None:
    """In "Ministry of Foreign Affairs Spokesman X" the body takes "Foreign Affairs"."""
    text = "HARBIN, March 5 - Ministry of Foreign Affairs Spokesman Lin Qiao said on Tuesday."
    assert [
        ("Ministry of Foreign Affairs", "organization", None, None),
        ("Lin Qiao", "person", None, "ministry of foreign affairs spokesman"),
    ] == _people(text)


def test_an_of_body_with_a_title_but_no_name_after_stays_whole() -> None:
    """An "X of Y" body that speaks or owns, no title and name after it, is one body."""
    text = (
        "TOKYO, March 5 - Bank of Japan said it would hold rates. The Bank of Japan's "
        "policy board met on Tuesday."
    )
    assert [("Bank of Japan", "organization", "JP", None)] == _people(text)


def test_an_of_body_ending_in_a_connector_before_a_title_stays_whole() -> None:
    """An "of" name cut before a title would end in "the": it is not cut there."""
    text = "Office of the Prime Minister Ola Brandt said on Tuesday."
    assert [] == [name for name in _names(text) if name in {"Office of the", "Office of the Prime"}]


def test_a_title_that_opens_with_a_head_and_of_stays_a_title() -> None:
    """A title head and "of" opening a sentence stay a title ("Secretary of State X")."""
    text = "Secretary of State Anne Porter arrived on Monday."
    document = Parser().document(text)
    assert [("Anne Porter", "secretary of state")] == [
        (a.name, a.title) for a in find_actors(document)
    ]


def test_a_building_noun_and_of_keep_an_institution_whole() -> None:
    """A building noun and "of" opening a sentence keep an institution whole ("Port of X")."""
    assert ["Port of Brackley Authority"] == _names("Port of Brackley Authority said traffic rose.")
    text = "Port of Brackley Authority said traffic rose. The port is busy."
    assert ["Port of Brackley Authority"] == _names(text)


def test_a_common_noun_and_of_inside_a_sentence_stay_in_the_name() -> None:
    """Only a sentence's first word is dropped: mid-sentence, "Friends of X Union" is a name."""
    text = "He spoke to Friends of the Lakeland Farmers Union on Monday."
    assert ["Friends of the Lakeland Farmers Union"] == _names(text)


def test_the_of_heads_hold_no_organisation_word_nor_title_head() -> None:
    """No word that heads a real name before "of" is one of the lexicon's ``of_heads``."""
    lex = lexicon()
    heads = {
        "bank", "ministry", "university", "department", "secretary", "governor", "minister",
        "council", "house", "board", "court", "institute", "office", "museum", "port",
        "library", "school", "college", "church", "palace", "hospital", "agency", "party",
    }  # fmt: skip
    assert set() == heads & lex.of_heads
    assert {"shares", "members", "officials", "sales"} <= lex.of_heads
    assert [] == [
        w
        for w in sorted(lex.of_heads)
        if w in lex.title_heads or w.capitalize() in lex.org_heads or w in lex.org_suffixes
    ]


def test_a_hyphenated_vice_title_ends_a_title_after_a_body_of_the_of_form() -> None:
    """A hyphenated vice- title heads a title: "X of Y Vice-Chancellor Ada Obi" is a person."""
    text = "LAGOS, March 5 - University of Lagos Vice-Chancellor Ada Obi said fees would rise."
    document = Parser().document(text)
    assert [
        ("University of Lagos", "NG", None),
        ("Ada Obi", "NG", "university of lagos vice-chancellor"),
    ] == [(a.name, a.affiliation, a.title) for a in find_actors(document)]
