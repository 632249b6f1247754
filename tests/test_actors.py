"""Tests for actor recognition: people, organisations, countries, groups, sources."""

from __future__ import annotations

import re
from types import SimpleNamespace
from typing import TYPE_CHECKING

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from newsevents._actors import (
    ActorFinder,
    ActorMention,
    EntityRecognizer,
    GazetteerRecognizer,
    MentionResolver,
    find_actors,
)
from newsevents._actors_data import fold, lexicon
from newsevents._actors_names import (
    _ALL_CAPS,
    _BACK_WORDS,
    _GOVERNMENT_AFTER,
    _GOVERNMENT_NEXT,
    _LOCATIVE,
    _NUMBER_AFTER,
    _PLACE_NOUN_NEXT,
    _PLACE_NOUN_OR_CAPTION,
    _SP_FIRST,
    _THE_BEFORE,
    _THE_H,
    NAME_RUN,
    NameRecognizer,
    _affiliation_before,
    _affiliation_in,
    _back_words,
    _is_acronym,
    _listed,
    _may_qualify,
    _title_before,
    _title_in,
    _unnamed_patterns,
)
from newsevents._actors_resolve import slug
from newsevents._document import Document
from newsevents._model import Actor, ActorKind, Span, country_codes
from newsevents.errors import InvalidValueError, TextInputError

if TYPE_CHECKING:
    from collections.abc import Iterable

_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


def doc(text: str, *, headline: bool = False) -> Document:
    """A document cut into sentences at full stops; the first line is the headline."""
    spans = []
    for m in _SENTENCE.finditer(text):
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        if start < m.end():
            spans.append(Span(start=start, end=m.end()))
    head = Span(start=0, end=text.index("\n")) if headline else None
    return Document(
        text=text,
        headline=text[: text.index("\n")] if headline else None,
        headline_span=head,
        sentences=tuple(spans),
    )


def actors_of(text: str, *, headline: bool = False) -> dict[str, Actor]:
    """The actors of ``text`` by name."""
    return {a.name: a for a in find_actors(doc(text, headline=headline))}


def summary(actor: Actor) -> tuple[str, str | None, str | None]:
    """An actor's kind, title and affiliation."""
    return actor.kind.value, actor.title, actor.affiliation


# --- people ------------------------------------------------------------------------------


def test_person_with_particles_and_title_before() -> None:
    """A name with Arabic particles keeps its "Sheikh"; the title before it is lower case."""
    actors = actors_of("Bahrain oil minister Sheikh Khalid al-Hamad al-Mansour said output held.")
    assert ("person", "oil minister", "BH") == summary(actors["Sheikh Khalid al-Hamad al-Mansour"])


def test_compound_surname_and_title_in_apposition_before() -> None:
    """A title in apposition before a compound surname gives title and country."""
    text = (
        "Heading the Chilean delegation is the deputy foreign minister, Andres Morales "
        "de Arce, aides said. Morales de Arce flies to Ottawa for the talks."
    )
    actor = actors_of(text)["Andres Morales de Arce"]
    assert ("person", "deputy foreign minister", "CL") == summary(actor)
    assert ("Morales de Arce",) == actor.aliases


def test_title_after_name() -> None:
    """The words "Maria Solberg, secretary for fisheries and ports, said" give the whole title."""
    actor = actors_of("Maria Solberg, secretary for fisheries and ports, said quotas would hold.")[
        "Maria Solberg"
    ]
    assert "secretary for fisheries and ports" == actor.title


def test_capitalised_title_and_demonym_before_name() -> None:
    """A demonym and capitalised title before a name give title and country."""
    text = (
        "Dutch Trade Minister Pieter Van Aalst met shippers in Rotterdam. Van Aalst said "
        "the tariff row was over."
    )
    actor = actors_of(text)["Pieter Van Aalst"]
    assert ("person", "trade minister", "NL") == summary(actor)
    assert ("Van Aalst",) == actor.aliases


def test_counterpart_takes_the_country_of_its_demonym() -> None:
    """A person after 'his Japanese counterpart' acts for Japan, not the host's country."""
    text = (
        "South Korean Foreign Minister Park Min-jae will host his Japanese counterpart "
        "Taro Ishikawa in Seoul on Friday."
    )
    actors = actors_of(text)
    assert ("person", "counterpart", "JP") == summary(actors["Taro Ishikawa"])
    assert "KR" == actors["Park Min-jae"].affiliation


def test_capitalised_office_with_and() -> None:
    """An office with "and" in capitals before a name is one title."""
    text = "Trade and Industry Secretary Joan Pelham said Spain and Portugal agreed."
    actors = actors_of(text)
    assert "trade and industry secretary" == actors["Joan Pelham"].title
    assert {"Spain", "Portugal"} <= set(actors)


def test_the_fullest_title_wins() -> None:
    """Of the titles a story gives a person, the one of most words is kept."""
    text = (
        "The warning came from bank chief Tomas Lindqvist. On Friday, central bank "
        "governor Tomas Lindqvist said inflation would ease."
    )
    assert "central bank governor" == actors_of(text)["Tomas Lindqvist"].title


def test_person_shares_the_country_of_the_organisation_in_the_title() -> None:
    """A person whose title names an organisation shares its country."""
    text = (
        "Lisbon-based Aerolusa agreed terms with Toronto-based Corvex on Monday. Corvex "
        "Executive Vice President Dana Whitfield thanked Portugal and Aerolusa."
    )
    actor = actors_of(text)["Dana Whitfield"]
    assert ("person", "corvex executive vice president", "CA") == summary(actor)


def test_country_possessive_title_with_tail_before_name() -> None:
    """A title with a country possessive and a tail, before a comma, gives both."""
    text = "Kenya's ambassador to the African Union, Grace Wanjiru, told reporters a deal was near."
    actor = actors_of(text)["Grace Wanjiru"]
    assert ("person", "ambassador to the african union", "KE") == summary(actor)


def test_surname_honorific_and_possessive_join_the_full_name() -> None:
    """The words "Martin Kessler", "Mr Kessler" and "Kessler's" are one person with every span."""
    text = "Opposition leader Martin Kessler spoke. Mr Kessler's plan was new, and Kessler left."
    actors = find_actors(doc(text))
    assert ["Martin Kessler"] == [a.name for a in actors]
    assert ("Mr Kessler", "Kessler") == actors[0].aliases
    assert ["Martin Kessler", "Mr Kessler", "Kessler"] == [s.slice(text) for s in actors[0].spans]


def test_two_people_of_one_surname_stay_apart() -> None:
    """Two people of one surname stay apart; the surname alone joins the first named."""
    text = "Daniel Okafor met Grace Okafor at the station. Okafor later left."
    actors = actors_of(text)
    assert ("Okafor",) == actors["Daniel Okafor"].aliases
    assert () == actors["Grace Okafor"].aliases


def test_capitalised_pair_without_a_sign_of_a_person_is_no_actor() -> None:
    """Two capitalised words with no title, known first name or "said" make no actor."""
    assert {} == actors_of("Viewers of Money Hour were told the market would rise.")


# --- organisations -----------------------------------------------------------------------


def test_acronym_in_brackets_joins_its_expansion() -> None:
    """The words "Export Finance Guarantee Agency (EFGA)" and a later "EFGA" are one actor."""
    text = (
        "Norway's Export Finance Guarantee Agency (EFGA) said it would reopen its credit line. "
        "The EFGA is owned by the state."
    )
    actor = actors_of(text)["Export Finance Guarantee Agency"]
    assert ("organization", None, "NO") == summary(actor)
    assert ("EFGA",) == actor.aliases
    assert 3 == len(actor.spans)


def test_acronym_joins_its_expansion_by_initials() -> None:
    """The word "UDW" joins "United Dock Workers" by its initials."""
    text = "The United Dock Workers turned down the pay offer. The UDW called a strike."
    assert ("UDW",) == actors_of(text)["United Dock Workers"].aliases


def test_known_body_in_lower_case() -> None:
    """The words "the state department" is the US State Department."""
    text = "A spokesman said the state department would reply on Friday."
    actor = actors_of(text)["State Department"]
    assert ("organization", None, "US") == summary(actor)
    assert ["state department"] == [s.slice(text) for s in actor.spans]


def test_organisation_words_make_organisations() -> None:
    """Names ending in an organisation word, or opening one before "of", are organisations."""
    text = "Brannock Bank and the Bank of Chile said Norvik Motors Corp. would borrow more."
    actors = actors_of(text)
    assert ("organization", None, "CL") == summary(actors["Bank of Chile"])
    assert "organization" == actors["Brannock Bank"].kind.value
    assert "organization" == actors["Norvik Motors Corp."].kind.value


def test_a_company_named_alone_is_an_organisation() -> None:
    """A single capitalised word that names no person is an organisation ("Corvex")."""
    text = "Portuguese carrier Aerolusa will lease jets from Corvex, and Corvex will ship in 2031."
    actors = actors_of(text)
    assert ("organization", None, "PT") == summary(actors["Aerolusa"])
    assert 2 == len(actors["Corvex"].spans)


def test_list_of_companies_at_a_sentence_start() -> None:
    """A list of names opening a sentence makes one organisation each."""
    actors = actors_of("Kestrel, Harcourt Motors and Vossler said sales fell in March.")
    assert ["Kestrel", "Harcourt Motors", "Vossler"] == list(actors)


def test_and_inside_an_organisation_name_is_kept() -> None:
    """An "and" between organisation words, or after "of", stays inside the name."""
    text = "The Ministry of Mines and Industry and Kenyan Customs and Border Protection agreed."
    assert ["Ministry of Mines and Industry", "Kenyan Customs and Border Protection"] == list(
        actors_of(text)
    )


def test_companies_joined_by_and_stay_apart() -> None:
    """A legal form ends a company's name: "Kaito Motor Corp and Hanabi Motor Co Ltd"."""
    text = "Analysts said Kaito Motor Corp and Hanabi Motor Co Ltd would trim output."
    assert ["Kaito Motor Corp", "Hanabi Motor Co Ltd"] == list(actors_of(text))


def test_city_in_capitals_is_no_actor() -> None:
    """A dateline's city in capitals makes no actor, even without a dateline reader."""
    assert ["KEPA"] == list(actors_of("SEOUL, March 3 - KEPA officials said exports fell."))


def test_a_pair_of_words_named_twice_with_no_sign_of_a_person() -> None:
    """Two capitalised words named twice, with nothing of a person, are an organisation."""
    text = "Shares of Harwell Grange fell. Analysts expect Harwell Grange to cut jobs."
    assert [("Harwell Grange", "organization")] == [
        (name, actor.kind.value) for name, actor in actors_of(text).items()
    ]


def test_a_word_also_in_the_plural_names_a_thing() -> None:
    """A capitalised word that also stands in the plural names things, not an actor."""
    text = (
        "Corvex said the Skyhawk would fly in May. Portuguese carrier Aerolusa ordered 14 "
        "Skyhawks from Corvex."
    )
    assert ["Corvex", "Portugal", "Aerolusa"] == list(actors_of(text))


def test_name_of_a_person_of_an_organisation_is_cut() -> None:
    """The words "Lars Eriksen of the Union of Independent Engineers" are a person and a body."""
    text = (
        "The dam was sound, said flood expert Lars Eriksen of the Union of Independent Engineers."
    )
    actors = actors_of(text)
    assert ("person", "flood expert", None) == summary(actors["Lars Eriksen"])
    assert "organization" == actors["Union of Independent Engineers"].kind.value


# --- countries ---------------------------------------------------------------------------


def test_country_forms_join_one_country() -> None:
    """Names, short forms, demonyms, governments and capitals make one country each."""
    text = (
        "London wants Peru to move first. The UK said British envoys would fly out. "
        "The Peruvian government kept silent, and Lima would not comment."
    )
    actors = actors_of(text)
    assert ("country", None, "GB") == summary(actors["United Kingdom"])
    assert ("London", "UK", "British") == actors["United Kingdom"].aliases
    assert ("Peruvian government", "Lima") == actors["Peru"].aliases


def test_dotted_short_form_and_hyphenated_pair() -> None:
    """The words "U.K." is the United Kingdom; "US-Mexico" names both countries."""
    actors = actors_of("Trade with the U.K. grew while the US-Canada crossing stayed shut.")
    assert {"United Kingdom", "United States", "Canada"} <= set(actors)


def test_country_of_a_person_from_the_bodies_the_story_names() -> None:
    """With no country stated, a person takes the one the story's bodies belong to."""
    text = "Chancellor Alan Pryce said the Tories would cut spending. Labour disagreed."
    assert ("person", "chancellor", "GB") == summary(actors_of(text)["Alan Pryce"])


def test_a_country_named_only_as_a_place_gives_no_country() -> None:
    """A country named only as a place makes no actor and gives no one its country."""
    text = "Chief executive Mara Lindqvist told analysts that demand in China was strong."
    assert {"Mara Lindqvist": ("person", "chief executive", None)} == {
        name: summary(actor) for name, actor in actors_of(text).items()
    }


def test_capital_as_a_place_joins_but_does_not_make_a_country() -> None:
    """The words "in Brussels" alone makes no actor; a capital that acts does ("Moscow said")."""
    assert {} == actors_of("The ministers met in Brussels for two days of talks.")
    assert "Russia" in actors_of("Moscow said the talks were useful.")


# --- no false actors ---------------------------------------------------------------------


def test_sentence_initial_words_weekdays_and_months_are_no_actors() -> None:
    """Capitalised openers, weekdays and months make no actor."""
    text = (
        "Tensions rose on Thursday. Initial hopes faded in January. Even so, talks went on. "
        "Leading the way were traders."
    )
    assert {} == actors_of(text)


def test_headline_capitals_only_join_actors_of_the_body() -> None:
    """A headline's capitalised words make no actor of their own, but join body actors."""
    text = "Officials Say Okafor Will Meet Leaders\n\nDaniel Okafor will meet leaders on Friday."
    actors = find_actors(doc(text, headline=True))
    assert ["Daniel Okafor"] == [a.name for a in actors]
    assert ["Okafor", "Daniel Okafor"] == [s.slice(text) for s in actors[0].spans]


def test_regions_and_places_are_no_actors() -> None:
    """The words "Central America", "Wall Street" and a city after "in" make no actor."""
    text = "Migrants crossed Central America while traders on Wall Street waited in Brackley."
    assert {} == actors_of(text)
    assert {} == actors_of("The rally was held at Springfield, Illinois, last week.")


# --- groups and anonymous sources --------------------------------------------------------


def test_groups_and_anonymous_sources() -> None:
    """Country words before people in office make groups; sources are anonymous."""
    text = (
        "Peruvian officials met a US official, two sources said. Another source said banking "
        "sources agreed."
    )
    actors = find_actors(doc(text))
    unnamed = [
        (a.name, a.kind.value, a.affiliation)
        for a in actors
        if a.kind.value in {"group", "anonymous"}
    ]
    assert [
        ("Peruvian officials", "group", "PE"),
        ("US official", "anonymous", "US"),
        ("two sources", "anonymous", None),
    ] == unnamed
    sources = next(a for a in actors if a.name == "two sources")
    assert ("Another source", "source", "banking sources") == sources.aliases


# --- ids, spans and errors ---------------------------------------------------------------


def test_ids_are_slugs_and_unique() -> None:
    """Ids are slugs of names, unique within the article."""
    assert "andres-morales-de-arce" == slug("Andrés Morales de Arce")
    actors = find_actors(
        doc("Daniel Okafor met Daniel Okafor's aides and the United States envoy.")
    )
    assert ["daniel-okafor", "united-states"] == [a.id for a in actors]


def test_not_a_document_is_refused() -> None:
    """A finder given anything but a Document raises TextInputError."""
    with pytest.raises(TextInputError, match="document: expected a str, got str"):
        find_actors("Daniel Okafor")  # type: ignore[arg-type]  # the wrong type on purpose


def test_document_without_text_is_refused() -> None:
    """A document whose text is not a str raises TextInputError."""
    with pytest.raises(TextInputError, match=r"document\.text: expected a str, got bytes"):
        find_actors(Document(text=b"Daniel Okafor"))  # type: ignore[arg-type]  # on purpose


@given(st.text(max_size=300))
def test_any_text_gives_actors_whose_spans_lie_in_it(text: str) -> None:
    """Any text gives actors with unique ids and spans inside the text."""
    actors = find_actors(doc(text))
    assert len({a.id for a in actors}) == len(actors)
    for actor in actors:
        for span in actor.spans:
            assert 0 <= span.start <= span.end <= len(text)


_NAMEISH = st.lists(
    st.sampled_from(["Daniel", "Okafor", "of", "the", "US", "Bank", "Mr", "Cuba", ".", ",", "'s"]),
    max_size=40,
).map(" ".join)


@given(_NAMEISH)
def test_name_like_text_never_fails(text: str) -> None:
    """Text made of name parts gives actors whose every span slices to a non-empty string."""
    for actor in find_actors(doc(text)):
        assert all(span.slice(text) for span in actor.spans)


def test_pathological_text_gives_actors_inside_it() -> None:
    """Runs of capitals, dots and connectors give few actors; a name said 8,000 times, one.

    The name said 8,000 times is one actor with 8,000 mentions.

    Their time against their size is measured by the bench (``nox -s bench``, part d).
    """
    for unit in ("A. B. ", "Bank of the ", "U.S.U.S.", "X" * 50 + " of of "):
        text = unit * 8000
        actors = find_actors(Document(text=text))
        assert len(actors) <= 1, unit
        assert all(0 <= s.start < s.end <= len(text) for a in actors for s in a.spans), unit
    (okafor,) = find_actors(Document(text="Daniel Okafor said. " * 8000))
    assert 8000 == len(okafor.spans)


def test_many_names_of_one_slug_get_numbered_ids() -> None:
    """Names that make the same slug get numbered ids, unique (their time is the bench's)."""
    names = [f"Bo {'ŋ' * i}" for i in range(1, 3001)]
    text = " ".join(names)
    mentions, at = [], 0
    for name in names:
        mentions.append(
            ActorMention(start=at, end=at + len(name), text=name, kind=ActorKind.PERSON)
        )
        at += len(name) + 1
    actors = MentionResolver(infer_affiliation=False)(Document(text=text), mentions)
    assert ["bo", "bo-2", "bo-3"] == [a.id for a in actors[:3]]
    assert len(names) == len({a.id for a in actors})


def test_name_run_pattern_reads_names_with_particles() -> None:
    """The run pattern takes particles and connectors inside names, not at their ends."""
    runs = [m.group() for m in NAME_RUN.finditer("met Andres Morales de Arce and the Bank of")]
    assert ["Andres Morales de Arce", "Bank"] == runs


# --- the knowledge -----------------------------------------------------------------------


def test_every_country_code_in_the_data_is_a_model_code() -> None:
    """The countries and bodies data use only codes the model accepts."""
    lex = lexicon()
    codes = {c.code for c in [*lex.countries.values(), *lex.demonyms.values()] if c.code}
    codes |= {b.country for b in lex.bodies.values() if b.country}
    assert set() == codes - country_codes()


def test_fold_drops_dots_and_possessives() -> None:
    """Folding a name drops dots and a possessive."""
    assert ("US", "Okafor", "Reuters") == (fold("U.S."), fold("Okafor’s"), fold("Reuters'"))


# --- extension ---------------------------------------------------------------------------


def test_users_gazetteer_wins_over_the_built_in_reading() -> None:
    """A user's gazetteer recogniser added first decides the names it lists."""
    acme = GazetteerRecognizer.from_names(
        {"Acme Widgets": ("Acme Widgets Ltd", ActorKind.ORGANIZATION, "GB")}
    )
    finder = ActorFinder().with_recognizers(acme)
    actors = finder(doc("Shares in Acme Widgets rose after Acme Widgets said profits grew."))
    assert [("Acme Widgets Ltd", "organization", "GB", 2)] == [
        (a.name, a.kind.value, a.affiliation, len(a.spans)) for a in actors
    ]


def test_gazetteer_refuses_an_entry_without_a_kind() -> None:
    """A gazetteer entry must give an ActorKind."""
    with pytest.raises(InvalidValueError, match="must give an ActorKind: got 'org'"):
        GazetteerRecognizer.from_names({"Acme": ("Acme", "org", None)})  # type: ignore[dict-item]


class _FakeNlp:
    """A stand-in for a spaCy pipeline: ``nlp(text).ents`` with spaCy's attributes."""

    def __init__(self, labels: dict[str, str]) -> None:
        self.labels = labels

    def __call__(self, text: str) -> SimpleNamespace:
        ents = [
            SimpleNamespace(text=name, label_=label, start_char=m.start(), end_char=m.end())
            for name, label in self.labels.items()
            for m in re.finditer(rf"\b{re.escape(name)}\b", text)
        ]
        return SimpleNamespace(ents=ents)


def test_spacy_like_pipeline_as_the_only_recogniser() -> None:
    """An adapter over a spaCy-like pipeline feeds the resolver; cities stay places."""
    nlp = _FakeNlp(
        {"Ana Ruiz": "PERSON", "Ruiz": "PERSON", "Peru": "GPE", "Lima": "GPE", "Minera Sur": "ORG"}
    )
    finder = ActorFinder(recognizers=[EntityRecognizer(nlp)])
    text = "Ana Ruiz of Minera Sur flew to Lima, and Peru said Ruiz was welcome."
    actors = finder(doc(text))
    assert [
        ("Ana Ruiz", "person", ("Ruiz",)),
        ("Minera Sur", "organization", ()),
        ("Peru", "country", ("Lima",)),
    ] == [(a.name, a.kind.value, a.aliases) for a in actors]


def test_a_plain_function_is_a_recogniser_and_the_resolver_is_replaceable() -> None:
    """Any callable from a Document to mentions is a recogniser; the resolver is a field."""

    def tickers(document: Document) -> list[ActorMention]:
        return [
            ActorMention(start=m.start(), end=m.end(), text=m.group(), kind=ActorKind.ORGANIZATION)
            for m in re.finditer(r"\$[A-Z]+", document.text)
        ]

    plain = MentionResolver(infer_affiliation=False)
    finder = ActorFinder(recognizers=[tickers], resolver=plain)
    assert ["$ACME"] == [a.name for a in finder(doc("Traders sold $ACME on Monday."))]


def test_name_recogniser_alone_finds_names() -> None:
    """The built-in name recogniser is usable on its own."""
    mentions = list(NameRecognizer()(doc("Peru said Daniel Okafor met IBM.")))
    assert ["Peru", "Daniel Okafor", "IBM"] == [m.text for m in mentions]


# --- hard-wrapped copy ---------------------------------------------------------------------

_WRAPPED_SENTENCE = re.compile(r"[^.!?]+[.!?]*")


def wrapped_doc(text: str) -> Document:
    """A document cut into sentences at full stops only: a line break is a space."""
    spans = []
    for m in _WRAPPED_SENTENCE.finditer(text):
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        spans.append(Span(start=start, end=m.end()))
    return Document(text=text, sentences=tuple(spans))


def actors_of_wrapped(text: str) -> dict[str, Actor]:
    """The actors of hard-wrapped ``text`` by name."""
    return {a.name: a for a in find_actors(wrapped_doc(text))}


def test_a_line_break_inside_a_name_is_a_space() -> None:
    """A name broken over two lines is one name, on one line; its span covers both lines."""
    text = (
        "Trawlers landed less cod this year, according to figures from the Northern Fisheries\n"
        "Authority, which counts every catch. Mr\nKarimi spoke for the Harbour Workers\nUnion."
    )
    found = {a.name: a for a in find_actors(wrapped_doc(text))}
    assert ["Northern Fisheries Authority", "Karimi", "Harbour Workers Union"] == list(found)
    spans = found["Northern Fisheries Authority"].spans
    assert ["Northern Fisheries\nAuthority"] == [text[s.start : s.end] for s in spans]
    assert "person" == found["Karimi"].kind.value


def test_a_person_named_over_two_lines_keeps_the_title_before() -> None:
    """A given name at a line's end and a surname on the next make one titled person."""
    text = "The deputy foreign minister, Farid\nKarimi, flew in on Monday."
    actor = actors_of_wrapped(text)["Farid Karimi"]
    assert ("person", "deputy foreign minister", None) == summary(actor)


def test_a_blank_line_still_ends_a_name() -> None:
    """Two capitalised words with a blank line between them are no one name."""
    text = "Officials met the Harbour Workers\n\nUnion leaders said little."
    assert "Harbour Workers Union" not in actors_of_wrapped(text)


def test_a_name_opening_a_wrapped_line_is_no_sentence_start() -> None:
    """A name after a line break inside a sentence is not read as a sentence's first word."""
    text = (
        "Grain prices rose sharply in the north of the country, according to\n"
        "Granta, a consultancy that tracks harvests."
    )
    assert ["Granta"] == list(actors_of_wrapped(text))


def test_a_known_body_in_lower_case_may_be_broken_over_two_lines() -> None:
    """A lower-case body broken over two lines is found; with a blank line between, it is not."""
    text = "Diplomats briefed the state\ndepartment on Monday. The state\n\ndepartment store shut."
    actor = actors_of_wrapped(text)["State Department"]
    assert ["state\ndepartment"] == [text[s.start : s.end] for s in actor.spans]


def test_an_acronym_in_brackets_on_the_next_line_joins_its_expansion() -> None:
    """A bracketed acronym that opens the next line of hard-wrapped copy names the same body."""
    text = (
        "Lenders to the scheme include the Northern Fisheries Authority\n"
        "(NORFA), officials said. The NORFA declined to comment."
    )
    actor = actors_of_wrapped(text)["Northern Fisheries Authority"]
    assert ("NORFA",) == actor.aliases
    assert 3 == len(actor.spans)


@given(
    st.sampled_from(
        [
            "the Northern Fisheries Authority",
            "deputy foreign minister Farid Karimi",
            "the Harbour Workers Union",
            "the state department",
            "Norway's Export Finance Guarantee Agency",
        ]
    ),
    st.integers(min_value=0, max_value=20),
)
def test_wrapping_a_line_between_any_two_words_finds_the_same_actors(phrase: str, at: int) -> None:
    """Any one space of a sentence turned into a line break leaves its actors as they were."""
    text = f"Officials said on Monday that {phrase} would review the plan again."
    spaces = [i for i, c in enumerate(text) if c == " "]
    cut = spaces[at % len(spaces)]
    wrapped = text[:cut] + "\n" + text[cut + 1 :]
    expected = [(a.name, a.kind, a.title, a.affiliation) for a in actors_of_wrapped(text).values()]
    actual = [(a.name, a.kind, a.title, a.affiliation) for a in actors_of_wrapped(wrapped).values()]
    assert expected == actual


def test_a_list_of_names_broken_over_lines_still_makes_its_first_name_sure() -> None:
    """A list of names opening a sentence keeps its first name when the list is wrapped."""
    text = (
        "Talks stalled on Monday. Brindle, Harcourt Mining and\n"
        "Vossler said they would not sign the deal."
    )
    assert ["Brindle", "Harcourt Mining", "Vossler"] == list(actors_of_wrapped(text))


# --- the working form of mentions ------------------------------------------------------------

_WIRE = (
    "Trade Minister Ama Mensah of Ghana met Nordbank Holdings (NBH) executives in Accra.\n"
    "Mensah said two senior officials and a Ghanaian spokesman had joined the talks.\n"
    "The state department said Washington and Accra would meet again in Lagos."
)


def test_built_in_recognisers_give_public_mentions_of_their_working_ones() -> None:
    """Called on their own, the built-in recognisers give frozen ActorMention values."""
    document = doc(_WIRE)
    for recognize in ActorFinder().recognizers:
        public = list(recognize(document))
        working = [m.public() for m in recognize.mentions(document)]  # type: ignore[attr-defined]
        assert (working, [ActorMention] * len(public)) == (public, [type(m) for m in public])


def test_the_resolver_called_with_public_mentions_finds_what_the_finder_finds() -> None:
    """The public resolver call and the finder's working path make the same actors."""
    document = doc(_WIRE)
    finder = ActorFinder()
    found = [m for recognize in finder.recognizers for m in recognize(document)]
    found.sort(key=lambda m: (m.start, -m.end))
    assert finder(document) == MentionResolver()(document, found)


def test_a_users_resolver_gets_public_mentions() -> None:
    """A resolver of the user's own receives frozen ActorMention values, overlaps settled."""
    seen: list[object] = []

    def resolver(_document: Document, mentions: Iterable[ActorMention]) -> tuple[Actor, ...]:
        seen.extend(mentions)
        return ()

    ActorFinder(resolver=resolver)(doc(_WIRE))
    assert (True, True) == (bool(seen), all(type(m) is ActorMention for m in seen))


def test_a_recogniser_added_last_loses_overlaps() -> None:
    """A recogniser added after the built-in ones gives way where their mentions overlap."""
    acme = GazetteerRecognizer.from_names(
        {"Nordbank Holdings": ("Nordbank", ActorKind.ORGANIZATION, "NO")}
    )
    last = {a.name for a in ActorFinder().with_recognizers(acme, first=False)(doc(_WIRE))}
    first = {a.name for a in ActorFinder().with_recognizers(acme)(doc(_WIRE))}
    assert (True, False, True) == (
        "Nordbank Holdings" in last,
        "Nordbank" in last,
        "Nordbank" in first,
    )


_NEAR_WORDS = st.sampled_from(
    [
        "a", "An", "ONE", "two", "ſeveral", "FİVE", "senior", "top", "local", "U.S.", "XU.S.",
        "Cuban", "x-senior", "banking", "oil", "Bank", "in", "near", "the", "The", "of",
        "city of", "within", "said", "(", ",", "—", "İn", "\u212a", "123", "western",
        "capital of", "port  of", "breathe", "in", "outside", "xin", "IN", "the the",
    ]
)  # fmt: skip
_GAPS = st.sampled_from([" ", "  ", "\n", "\t", "\u00a0", "", "-", "\n\n"])


@given(st.lists(st.tuples(_NEAR_WORDS, _GAPS), max_size=6))
def test_the_cheap_tests_before_end_anchored_patterns_never_miss(
    words: list[tuple[str, str]],
) -> None:
    """Where the quick test says no, the pattern it stands before finds nothing either."""
    window = "".join(word + gap for word, gap in words)
    text = window + "sources"
    _, before, ends = _unnamed_patterns(lexicon())
    m = before.search(text, 0, len(window))
    qualified = bool(m and (m.group("det") or m.group("country") or m.group("mod")))
    located = _LOCATIVE.search(text, max(0, len(window) - 24), len(window)) is not None
    assert (qualified, located) == (
        qualified and _may_qualify(window, ends),
        NameRecognizer._located(text, len(window), 0),
    )


@given(st.lists(st.tuples(_NEAR_WORDS, _GAPS), max_size=8), st.integers(0, 30))
def test_a_name_is_located_where_the_pattern_finds_a_place_word_before_it(
    words: list[tuple[str, str]], floor: int
) -> None:
    """A name is placed by the words before it exactly where ``_LOCATIVE`` matches them."""
    window = "".join(word + gap for word, gap in words)
    text = window + "Brackley"
    start = len(window)
    expected = _LOCATIVE.search(text, max(floor, start - 24), start) is not None
    assert expected == NameRecognizer._located(text, start, floor)


_LISTED_WORDS = ("official", "officials", "spokesman", "spokeswoman", "aide", "aides", "source")


@given(
    st.lists(
        st.sampled_from([*_LISTED_WORDS, "unofficial", "sourced", "aide-de-camp", " ", ", ", "x"]),
        max_size=12,
    )
)
def test_listed_words_are_found_as_an_alternation_finds_them(parts: list[str]) -> None:
    """Listed words are found where a regex alternation, longest first, finds them."""
    text = "".join(parts)
    alternation = "|".join(sorted(_LISTED_WORDS, key=len, reverse=True))
    expected = [m.span() for m in re.finditer(rf"\b(?:{alternation})\b", text)]
    assert expected == _listed(text, frozenset(_LISTED_WORDS))


_TITLE_WORDS = st.sampled_from(
    [
        "said", "and", "of", "the", "The", "minister", "Minister", "foreign", "Foreign", "deputy",
        "Japan", "Japan's", "Cuban", "ambassador", "to", "United", "Nations", ",", "IBM", "chief",
        "executive", "Corvex", "former", "a", "spokesman", "(", "“", "said,", "told", "envoy",
    ]
)  # fmt: skip


@given(st.lists(_TITLE_WORDS, max_size=14), st.sampled_from([" ", ", ", "\n"]))
def test_a_title_before_a_name_is_read_as_from_the_whole_stretch(
    words: list[str], gap: str
) -> None:
    """The quick readings of a title before a name agree with reading all the words before it."""
    before = " ".join(words) + gap
    text = before + "Ana Mensah spoke."
    start = len(before)
    whole = _BACK_WORDS.findall(text, max(0, start - 90), start)
    expected = _title_in(lexicon(), text, start, 0, whole, complete=True)[1]
    assert expected == _title_before(lexicon(), text, start, 0)


def test_actors_built_on_the_fast_path_equal_those_the_constructor_builds() -> None:
    """Each actor the resolver builds equals one built by Actor's checked constructor."""
    text = (
        "Finance Minister Tunde Adebayo of Nigeria met Peruvian officials and IBM in Lima on "
        "Monday.\nAdebayo said the International Monetary Fund (IMF) and Peru agreed."
    )
    actors = find_actors(doc(text))
    rebuilt = [
        Actor(
            id=a.id,
            name=a.name,
            kind=a.kind,
            title=a.title,
            affiliation=a.affiliation,
            aliases=a.aliases,
            spans=tuple(Span(start=s.start, end=s.end) for s in a.spans),
        )
        for a in actors
    ]
    assert rebuilt == list(actors)
    assert len(actors) > 4


def test_a_users_mention_with_an_unknown_country_code_is_refused() -> None:
    """A user's recogniser's mention with a country code no country has raises our error."""

    def made_up(document: Document) -> list[ActorMention]:
        end = document.text.index(" ")
        return [ActorMention(start=0, end=end, text="Acme", kind=ActorKind.ORGANIZATION,
                             affiliation="QQ")]  # fmt: skip

    finder = ActorFinder().with_recognizers(made_up)
    with pytest.raises(InvalidValueError, match="QQ"):
        finder(doc("Acme rose."))


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("affiliation", ["US"], ("ActorMention affiliation must be an ISO 3166-1 alpha-2 "
                                 "country code such as 'US': got ['US']")),
        ("kind", "person", "ActorMention kind must be an ActorKind or None: got 'person'"),
        ("title", 7, "ActorMention title must be a str: got 7"),
        ("tentative", "yes", "ActorMention tentative must be a bool: got 'yes'"),
        ("start", -1, "ActorMention start must be a non-negative int: got -1"),
    ],
)  # fmt: skip
def test_a_mention_with_a_field_of_the_wrong_type_is_refused_when_made(
    field: str, value: object, message: str
) -> None:
    """A mention a user's recogniser makes wrongly raises our error, naming the field."""
    fields: dict[str, object] = {"start": 0, "end": 4, "text": "Acme", "kind": None}
    with pytest.raises(InvalidValueError) as caught:
        ActorMention(**{**fields, field: value})  # type: ignore[arg-type]
    assert message == str(caught.value)


def test_a_recogniser_that_returns_something_else_than_mentions_is_refused() -> None:
    """A recogniser's result that is not an ActorMention raises our error, naming both."""

    def wrong(_document: Document) -> list[ActorMention]:
        return [(0, 4, "Acme")]  # type: ignore[list-item]

    finder = ActorFinder().with_recognizers(wrong)
    with pytest.raises(InvalidValueError, match=r"must return ActorMention values: got \(0, 4"):
        finder(doc("Acme rose."))


def test_a_users_mention_with_offsets_out_of_order_is_refused() -> None:
    """A user's recogniser's mention that ends before it starts raises our error."""

    def backwards(document: Document) -> list[ActorMention]:
        end = document.text.index(" ")
        return [ActorMention(start=end, end=2, text="Acme", kind=ActorKind.ORGANIZATION)]

    finder = ActorFinder().with_recognizers(backwards)
    with pytest.raises(InvalidValueError, match="ActorMention end must not precede its start"):
        finder(doc("Acme rose."))


_AFTER_NAME = st.lists(
    st.sampled_from(
        [" ", "  ", "\n", "\r\n", "\t", "\u00a0", "airport", "state", "caption", "city",
         "government", "administration", "authorities", "said", "Airport", "x", ","]
    ),
    max_size=5,
)  # fmt: skip


@given(_AFTER_NAME)
def test_the_next_character_rules_out_no_place_noun_after_a_name(parts: list[str]) -> None:
    """Where a place noun or "caption" follows a name, the character after the blank may open it."""
    text = "".join(parts)
    if _PLACE_NOUN_OR_CAPTION.match(text, 0) is not None:
        assert text[1:2] in _PLACE_NOUN_NEXT


@given(_AFTER_NAME)
def test_the_next_character_rules_out_no_government_after_a_country(parts: list[str]) -> None:
    """Where "government" follows a country, the character after the blank may open it."""
    text = "".join(parts)
    if _GOVERNMENT_AFTER.match(text, 0) is not None:
        assert text[1:2] in _GOVERNMENT_NEXT


_BACK_PIECES = st.sampled_from(
    ["Ana", "U.S.", "U.N", "minister", "Japan's", "O’Neill", "co-chair", "A&B", "snake_case",
     "x2", "é", "ß", "²", ",", ", ", ".", ";", "(", "“", " ", "  ", "\n", "\u00a0", "\t", "-"]
)  # fmt: skip


@given(st.lists(_BACK_PIECES, max_size=16), st.integers(-3, 40), st.integers(0, 60))
def test_the_words_before_a_name_are_read_as_the_pattern_reads_them(
    pieces: list[str], lo: int, hi: int
) -> None:
    """The chunk-by-chunk reading of the words before a name gives the pattern's words."""
    text = "".join(pieces)
    assert _BACK_WORDS.findall(text, max(lo, 0), hi) == _back_words(text, lo, hi)


_PLACING_WORDS = st.sampled_from(
    ["Portuguese", "carrier", "Norway's", "Norway’s", "Toronto-based", "Lima-based", "state-run",
     "Cuban", "the", "of", "The", "said", ",", "U.S.", "Peru", "x-based", "Acme", "its", "rival"]
)  # fmt: skip
_PLACING_GAPS = st.sampled_from([" ", "  ", "\n", ", ", "\u00a0", "-", ""])


@given(
    st.lists(st.tuples(_PLACING_WORDS, _PLACING_GAPS), max_size=12),
    st.sampled_from([" ", "\n", ""]),
    st.integers(0, 40),
)
@example(words=[("said", " "), ("Portuguese", " "), ("rival", " "), ("carrier", " ")],
         last_gap="", floor=0)  # fmt: skip
def test_the_country_before_an_organisation_is_read_from_all_the_words_before_it(
    words: list[tuple[str, str]], last_gap: str, floor: int
) -> None:
    """The quick reading of the last chunks before a name places it as all its words do."""
    window = "".join(word + gap for word, gap in words) + last_gap
    text = window + "Corvex"
    start = len(window)
    lex = lexicon()
    expected = _affiliation_in(lex, _BACK_WORDS.findall(text, max(floor, start - 50), start))
    assert expected == _affiliation_before(lex, text, start, floor)


class _WholeRuns(NameRecognizer):
    """A name recogniser that reads every headline run or run across sentences whole."""

    def _planned_parts(
        self, text: str, run: str, start: int, ceiling: int, starts: list[int], *, in_head: bool
    ) -> None:
        """Never the parts' plans: the whole run is read."""
        del text, run, start, ceiling, starts, in_head


_RUN_WORDS = st.sampled_from(
    ["Peru", "Peru's", "United", "States", "Bank", "of", "Japan", "Finance", "Minister",
     "Tunde", "Adebayo", "Mr", "Corvex", "IBM", "U.S.", "the", "The", "said", "and", "&",
     "Photo", "Monday", "May", "al-Mansour", "Trade", "Association", "Corp.", "Inc.", "Leading",
     "officials", "Wall", "Street", "de", "la", "Cruz", "Of", "On", "&", "of", "and", "for"]
)  # fmt: skip
_RUN_GAPS = st.sampled_from([" ", " ", ". ", ".\n", "\n", ", ", "  "])


@given(
    st.lists(st.tuples(_RUN_WORDS, _RUN_GAPS), min_size=1, max_size=16),
    st.lists(st.integers(0, 200), max_size=16),
    st.booleans(),
)
@example(words=[("Peru", " "), ("&", " "), ("Japan", " ")], cuts=[1, 2], headline=False)
@example(words=[("Bank", ".\n"), ("of", "\n"), ("Japan", " ")], cuts=[1, 2], headline=False)
def test_runs_across_sentences_read_from_their_parts_as_read_whole(
    words: list[tuple[str, str]],
    cuts: list[int],
    headline: bool,  # noqa: FBT001  # drawn by hypothesis
) -> None:
    """A run in a headline or across sentence starts gives the same mentions read in parts."""
    text = "".join(word + gap for word, gap in words)
    opening = [0]  # where each word opens: most sentences start at one, some inside one
    for word, gap in words:
        opening.append(opening[-1] + len(word) + len(gap))
    offsets = sorted({0, *(opening[c % len(words)] + c // 100 % 2 for c in cuts)})
    spans = tuple(
        Span(start=a, end=b) for a, b in zip(offsets, [*offsets[1:], len(text)], strict=True)
    )
    first = text.find("\n")
    head = Span(start=0, end=first) if headline and first > 0 else None
    document = Document(text=text, headline_span=head, sentences=spans)
    expected = [m.public() for m in _WholeRuns().mentions(document)]
    assert expected == [m.public() for m in NameRecognizer().mentions(document)]


@given(st.text(alphabet="ABZaz09.&-'ÉéΣ_ ", max_size=8))
def test_an_acronym_is_what_the_capitals_pattern_and_length_say(token: str) -> None:
    """A token is an acronym exactly where it is two to six capitals, as the pattern reads it."""
    expected = 2 <= len(token.replace(".", "")) <= 6 and bool(_ALL_CAPS.fullmatch(token))
    assert expected == _is_acronym(token)


_AROUND_NAME = st.text(alphabet="thTHeE \n\r\t\u00a0x,١2", max_size=7)


@given(_AROUND_NAME, st.integers(0, 8))
def test_the_quick_tests_around_a_single_name_never_miss_a_match(around: str, floor: int) -> None:
    """Where "the" before a name or a number after it matches, the quick tests let it through."""
    start = len(around)
    if _THE_BEFORE.search(around + "Kestrel", max(floor, start - 4), start) is not None:
        assert around[start - 3 : start - 2] in _THE_H
    if _NUMBER_AFTER.match(around, 0) is not None:
        assert around[:1] in _SP_FIRST
        assert around[1:2] in _SP_FIRST or around[1:2].isdecimal()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks with the government of Canada stalled.", ("government of Canada", "CA", False)),
        ("The talks stalled, the Peruvian government said.", ("Peruvian government", "PE", False)),
        ("Aid from the government of the Philippines came.",
         ("government of the Philippines", "PH", False)),
        ("Cuban authorities said so.", ("Cuban authorities", "CU", False)),
        ("Canada's envoy left.", ("Canada", "CA", False)),
        ("Demand in China fell.", ("China", "CN", True)),
        ("The Turkish interior ministry said so.", ("Turkish interior ministry", "TR", False)),
    ],
)  # fmt: skip
def test_a_known_country_is_read_with_the_words_around_it(
    text: str, expected: tuple[str, str, bool]
) -> None:
    """A country keeps its government words, names a lower-case body, is a place after "in"."""
    (mention,) = [m for m in NameRecognizer()(doc(text)) if m.affiliation]
    assert expected == (mention.text, mention.affiliation, mention.tentative)


# --- well-known companies -------------------------------------------------------------------


def test_a_well_known_company_has_its_home_country_whatever_the_story_names() -> None:
    """Carmakers and banks named in a story about the United States keep their own home."""
    actors = actors_of(
        "U.S. sales slowed in March, the U.S. Commerce Department said. Toyota Motor Corp "
        "and Honda said demand in the United States fell, while Barclays Capital said the "
        "slowdown would last. Volkswagen AG declined to comment."
    )
    assert {
        "Toyota Motor Corp": "JP",
        "Honda": "JP",
        "Barclays Capital": "GB",
        "Volkswagen AG": "DE",
    } == {
        name: actors[name].affiliation
        for name in ("Toyota Motor Corp", "Honda", "Barclays Capital", "Volkswagen AG")
    }


def test_a_company_home_does_not_make_the_story_country() -> None:
    """Companies' homes are not counted as the country a story names most."""
    actors = actors_of(
        "Toyota said output would fall. Honda said the same. Corvex Widgets said its "
        "orders were steady."
    )
    assert ("JP", "JP", None) == (
        actors["Toyota"].affiliation,
        actors["Honda"].affiliation,
        actors["Corvex Widgets"].affiliation,
    )


def test_a_country_in_the_name_comes_before_the_company_table() -> None:
    """A country word in an organisation's name still gives its country."""
    actors = actors_of("Toyota Canada Inc. said exports rose.")
    assert "CA" == actors["Toyota Canada Inc."].affiliation


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["Toyota", "Motor", "Corp."], "JP"),
        (["Barclays", "Capital"], "GB"),
        (["Deutsche", "Bank", "AG"], "DE"),
        (["General", "Motors", "Corp"], "US"),
        (["IBM"], "US"),
        (["Nestle", "S.A.'s"], "CH"),
        (["Deutsche"], None),  # only endings are dropped, and "Deutsche" is no company
        (["Corvex", "Capital"], None),
        (["Toyota", "Tsusho", "Corp"], None),  # "Tsusho" is not an ending: another company
    ],
)
def test_company_names_are_looked_up_without_their_endings(
    words: list[str], expected: str | None
) -> None:
    """A company is found with its legal form and line of business dropped, word by word."""
    assert expected == lexicon().company_country(words)


def test_the_company_table_holds_real_country_codes() -> None:
    """Every company in the data file names an ISO 3166-1 alpha-2 code."""
    assert set() == set(lexicon().companies.values()) - country_codes()


@pytest.mark.parametrize(
    ("sentence", "name", "expected"),
    [
        ("Deutsche Bank analyst Jane Roe said shares would fall.", "Jane Roe", "DE"),
        ("Toyota President Akio Tanaka said output would rise.", "Akio Tanaka", "JP"),
        ("Barclays Capital economist John Doe said rates would rise.", "John Doe", "GB"),
        ("Senior Toyota executive Mary Major said so.", "Mary Major", "JP"),
        ("Corvex Widgets chief executive Rick Doe said so.", "Rick Doe", None),
    ],
)
def test_a_title_that_names_a_company_gives_its_home(
    sentence: str, name: str, expected: str | None
) -> None:
    """A person whose title names a well-known company acts for the company's country."""
    assert expected == actors_of(sentence)[name].affiliation


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Exports rose, the Trade and Industry Ministry said.", "Trade and Industry Ministry"),
        (
            "The Foreign Affairs and Trade Department said so.",
            "Foreign Affairs and Trade Department",
        ),
    ],
)
def test_a_body_of_two_portfolios_is_one_name(sentence: str, name: str) -> None:
    """Two portfolios joined by "and" before a ministry make one body, not a word and a body."""
    assert [name] == list(actors_of(sentence))


def test_two_names_joined_by_and_are_still_cut() -> None:
    """Names that are not portfolios are still two: "Kestrel and Harcourt Motors"."""
    assert {"Kestrel", "Harcourt Motors"} <= set(
        actors_of("Sales rose at Kestrel and Harcourt Motors, the firms said.")
    )


def test_a_surname_shared_with_a_company_gives_the_person_no_country() -> None:
    """A congressman named Honda ("Honda said") takes no Japanese affiliation."""
    actors = actors_of(
        "Rep. Mike Honda, a congressman, spoke at the hearing. Honda said the plan would pass."
    )
    assert ("person", None) == (actors["Mike Honda"].kind.value, actors["Mike Honda"].affiliation)


def test_an_acronym_takes_no_country_from_the_company_table() -> None:
    """An acronym may name many bodies: "an ANA checkpoint" near Kabul is not the airline's."""
    actors = actors_of("Soldiers manned an ANA checkpoint near Kabul, an Afghan official said.")
    assert "JP" != actors["ANA"].affiliation


def test_a_place_before_a_title_names_no_company() -> None:
    """In "Aylesbury Vale council leader" a word of a place is no company ("Vale SA")."""
    assert (
        actors_of("Aylesbury Vale council leader John Smith said so.")["John Smith"].affiliation
        is None
    )
