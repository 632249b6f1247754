"""Quantities: the numbers in news text, with their values and units.

One compiled pattern (:data:`QUANTITY`) finds every candidate in a single pass: a number
in digits or in words, with what may stand before it (a currency sign or code) and after
it (a scale such as "billion", a unit such as "pct" or "barrels a day"). Each candidate is
then read and judged by the rule functions below, which look only at the few characters
around it; a last pass joins neighbours into ranges ("20 to 25 percent") and ratios ("one
in five"). Every step is linear in the length of the text.

What is not a quantity: years ("in 1987"), dates ("April 18", "1996-08-22"), clock times
("3 p.m.", "10:30"), ordinals ("3rd"; "second" is never read), and numbers inside names
("Boeing 787", "G20", "FTSE-100", "Section 8").
"""

from __future__ import annotations

__all__ = ["DURATION_UNITS", "QUANTITY", "find_quantities"]

import re
from typing import TYPE_CHECKING

from newsevents._mentions import Quantity
from newsevents._model import Span
from newsevents.errors import TextInputError

if TYPE_CHECKING:
    from collections.abc import Iterable

# --- vocabulary -------------------------------------------------------------------------

DURATION_UNITS = frozenset(
    {"years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades", "years old"}
)
"""Units that make a quantity a length of time or an age ("four-year", "42-year-old"),
which statistics may treat as optional."""

_CARDINALS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
"""Number words below a hundred that combine into any cardinal ("thirty-one")."""

_SCALES: dict[str, int] = {
    "thousand": 3, "million": 6, "mln": 6, "mn": 6, "billion": 9, "bln": 9, "bn": 9,
    "trillion": 12, "trln": 12, "tn": 12, "lakh": 5, "crore": 7,
}  # fmt: skip
"""Scale words, to the power of ten they multiply by ("622 mln" is 622e6)."""

_DENOMINATORS: dict[str, int] = {
    "half": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5,
    "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10,
    "tenths": 10,
}  # fmt: skip
"""Fraction words, to their denominators ("two thirds", "a quarter of")."""

_NUMBER_WORDS = (*_CARDINALS, "hundred", "thousand", "million", "billion", "trillion",
                 "dozen", *_DENOMINATORS)  # fmt: skip

_CURRENCY_SIGNS: dict[str, str] = {
    "US$": "USD", "U.S.$": "USD", "$": "USD", "CA$": "CAD", "C$": "CAD", "Can$": "CAD",
    "A$": "AUD", "AU$": "AUD", "NZ$": "NZD", "HK$": "HKD", "S$": "SGD", "NT$": "TWD",
    "R$": "BRL", "Mex$": "MXN", "Z$": "ZWL", "£": "GBP", "€": "EUR", "¥": "JPY",
    "₹": "INR", "₩": "KRW", "₽": "RUB", "₪": "ILS", "₺": "TRY", "₦": "NGN", "฿": "THB",
    "₱": "PHP", "₫": "VND", "₴": "UAH",
}  # fmt: skip
"""Signs written before the amount. A bare ``$`` is the US dollar and ``¥`` the yen, as
in English-language wire copy."""

_CURRENCY_PREFIX_WORDS: dict[str, str] = {
    "Rs": "INR", "Rs.": "INR", "Rp": "IDR", "RM": "MYR", "DM": "DEM", "SFr": "CHF",
    "SFr.": "CHF", "Sfr": "CHF",
}  # fmt: skip
"""Abbreviations written before the amount ("Rs 500", "DM 5 billion")."""

_CURRENCY_CODES = frozenset(
    "USD EUR GBP JPY CAD AUD NZD CHF CNY HKD SGD TWD KRW INR PKR LKR BDT IDR MYR THB PHP "
    "VND ILS TRY RUB UAH PLN CZK HUF RON BGN SEK NOK DKK ISK ZAR NGN EGP KES GHS MXN BRL "
    "ARS CLP COP PEN SAR AED QAR KWD BHD OMR IQD IRR JOD XEU XDR DEM FRF ITL ESP NLG BEF "
    "ATS PTE IEP GRD FIM".split()
)
"""ISO 4217 codes read before or after an amount ("USD 5 million", "700 billion USD")."""

_CURRENCY_NOUNS: dict[str, str] = {
    "dollar": "USD", "dollars": "USD", "dlr": "USD", "dlrs": "USD",
    "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP", "stg": "GBP",
    "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "francs": "CHF", "marks": "DEM", "lire": "ITL", "lira": "TRY", "pesos": "MXN",
    "rupees": "INR", "rand": "ZAR", "roubles": "RUB", "rubles": "RUB", "shekels": "ILS",
    "shekel": "ILS", "won": "KRW", "ringgit": "MYR", "baht": "THB", "rupiah": "IDR",
    "riyals": "SAR", "dirhams": "AED", "zlotys": "PLN", "zloty": "PLN", "forints": "HUF",
    "naira": "NGN", "cedis": "GHS", "shillings": "KES", "reais": "BRL", "hryvnias": "UAH",
    "kronor": "SEK", "kroner": "DKK", "pesetas": "ESP", "guilders": "NLG",
    "escudos": "PTE", "drachmas": "GRD", "ecu": "XEU", "ecus": "XEU", "sdr": "XDR",
    "sdrs": "XDR", "dong": "VND", "bolivars": "VES", "soles": "PEN",
}  # fmt: skip
"""Currency names written after the amount, alone. "francs" alone is read as the Swiss
franc, the one franc of a large economy still in use; "marks" as the Deutsche mark."""

_DOLLAR = ("dollar", "dollars", "dlr", "dlrs")
_POUND = ("pound", "pounds")
_CURRENCY_ADJECTIVES: dict[tuple[str, str], str] = {
    **{(a, n): "USD" for a in ("u.s.", "us", "american") for n in _DOLLAR},
    **{("canadian", n): "CAD" for n in _DOLLAR},
    **{("australian", n): "AUD" for n in _DOLLAR},
    **{("new zealand", n): "NZD" for n in _DOLLAR},
    **{("hong kong", n): "HKD" for n in _DOLLAR},
    **{("singapore", n): "SGD" for n in _DOLLAR},
    **{(a, n): "TWD" for a in ("taiwan", "taiwanese") for n in _DOLLAR},
    **{("zimbabwe", n): "ZWL" for n in _DOLLAR},
    **{("egyptian", n): "EGP" for n in _POUND},
    **{("lebanese", n): "LBP" for n in _POUND},
    **{("syrian", n): "SYP" for n in _POUND},
    **{("sudanese", n): "SDG" for n in _POUND},
    **{("irish", n): "IEP" for n in _POUND},
    **{(a, n): "CYP" for a in ("cyprus", "cypriot") for n in _POUND},
    **{(a, "francs"): c for a, c in (("swiss", "CHF"), ("french", "FRF"), ("belgian", "BEF"))},
    **{(a, "marks"): "DEM" for a in ("german", "west german", "deutsche")},
    ("italian", "lire"): "ITL", ("turkish", "lira"): "TRY",
    **{(a, "pesos"): c for a, c in (
        ("mexican", "MXN"), ("argentine", "ARS"), ("argentinian", "ARS"),
        ("chilean", "CLP"), ("colombian", "COP"), ("philippine", "PHP"), ("cuban", "CUP"),
    )},
    **{(a, "rupees"): c for a, c in (
        ("indian", "INR"), ("pakistani", "PKR"), ("sri lankan", "LKR"), ("nepalese", "NPR"),
    )},
    **{(a, "dinars"): c for a, c in (
        ("kuwaiti", "KWD"), ("iraqi", "IQD"), ("jordanian", "JOD"), ("bahraini", "BHD"),
        ("libyan", "LYD"), ("tunisian", "TND"), ("algerian", "DZD"), ("serbian", "RSD"),
    )},
    **{(a, "riyals"): c for a, c in (
        ("saudi", "SAR"), ("qatari", "QAR"), ("omani", "OMR"), ("iranian", "IRR"),
    )},
    ("moroccan", "dirhams"): "MAD", ("uae", "dirhams"): "AED",
    **{(a, "crowns"): c for a, c in (
        ("swedish", "SEK"), ("danish", "DKK"), ("norwegian", "NOK"), ("czech", "CZK"),
    )},
    ("norwegian", "kroner"): "NOK", ("danish", "kroner"): "DKK",
    **{(a, "shillings"): c for a, c in (
        ("kenyan", "KES"), ("ugandan", "UGX"), ("tanzanian", "TZS"), ("austrian", "ATS"),
    )},
    ("brazilian", "real"): "BRL", ("brazilian", "reais"): "BRL",
    ("chinese", "yuan"): "CNY", ("japanese", "yen"): "JPY",
    ("south korean", "won"): "KRW", ("russian", "roubles"): "RUB",
    ("russian", "rubles"): "RUB", ("israeli", "shekels"): "ILS",
    ("new israeli", "shekels"): "ILS", ("south african", "rand"): "ZAR",
}  # fmt: skip
"""A country's adjective before a currency name ("Canadian dollars", "Australian dlrs")."""

_SUBUNITS: dict[str, str] = {"cents": "USD", "cent": "USD", "cts": "USD", "pence": "GBP"}
"""Hundredths of a currency ("51 cents" is 0.51 USD)."""

_UNITS: dict[str, str] = {
    "%": "percent", "percent": "percent", "per cent": "percent", "pct": "percent",
    "percentage points": "percentage points", "percentage point": "percentage points",
    "pct points": "percentage points", "pct point": "percentage points",
    "percentage pts": "percentage points",
    "basis points": "basis points", "basis point": "basis points", "bps": "basis points",
    "points": "points", "point": "points", "pts": "points",
    "barrels per day": "barrels per day", "barrels a day": "barrels per day",
    "bpd": "barrels per day", "b/d": "barrels per day", "bbl/d": "barrels per day",
    "barrels": "barrels", "barrel": "barrels",
    "tonnes": "tonnes", "tonne": "tonnes", "tons": "tonnes", "ton": "tonnes",
    "metric tons": "tonnes", "metric tonnes": "tonnes",
    "kg": "kg", "kilograms": "kg", "kilogrammes": "kg", "kilos": "kg",
    "lbs": "lb", "lb": "lb", "ounces": "ounces", "ounce": "ounces", "oz": "ounces",
    "km": "km", "kms": "km", "kilometres": "km", "kilometers": "km", "kilometre": "km",
    "kilometer": "km", "miles": "miles", "mile": "miles",
    "metres": "metres", "meters": "metres", "metre": "metres", "meter": "metres",
    "feet": "feet", "foot": "feet", "ft": "feet", "cm": "cm", "centimetres": "cm",
    "centimeters": "cm", "inches": "inches", "inch": "inches", "yards": "yards",
    "square kilometres": "square km", "square kilometers": "square km", "sq km": "square km",
    "square miles": "square miles", "sq miles": "square miles",
    "square metres": "square metres", "square meters": "square metres",
    "square feet": "square feet", "sq ft": "square feet",
    "hectares": "hectares", "acres": "acres",
    "litres": "litres", "liters": "litres", "gallons": "gallons",
    "cubic metres": "cubic metres", "cubic meters": "cubic metres",
    "cubic feet": "cubic feet", "bushels": "bushels",
    "megawatts": "MW", "mw": "MW", "gigawatts": "GW", "gw": "GW", "kwh": "kWh",
    "mph": "mph", "miles per hour": "mph", "km/h": "km/h", "kph": "km/h",
    "knots": "knots", "degrees celsius": "degrees Celsius", "°c": "degrees Celsius",
    "degrees fahrenheit": "degrees Fahrenheit", "°f": "degrees Fahrenheit",
    "degrees": "degrees", "storeys": "storeys", "storey": "storeys",
    "years old": "years old", "years": "years", "year": "years", "yrs": "years",
    "months": "months", "month": "months", "weeks": "weeks", "week": "weeks",
    "days": "days", "day": "days", "hours": "hours", "hour": "hours", "hrs": "hours",
    "minutes": "minutes", "minute": "minutes", "mins": "minutes",
    "seconds": "seconds", "second": "seconds", "decades": "decades", "decade": "decades",
}  # fmt: skip
"""Units written after the amount, lower case, to the unit a quantity carries."""

_HYPHEN_UNITS: dict[str, str | None] = {
    "year": "years", "month": "months", "week": "weeks", "day": "days", "hour": "hours",
    "minute": "minutes", "second": "seconds", "decade": "decades", "point": "points",
    "percent": "percent", "mile": "miles", "km": "km", "kilometre": "km",
    "kilometer": "km", "metre": "metres", "meter": "metres", "foot": "feet",
    "ft": "feet", "tonne": "tonnes", "ton": "tonnes", "storey": "storeys",
    "story": "storeys", "member": None, "nation": None, "country": None, "seat": None,
    "page": None, "strong": None, "man": None, "person": None, "judge": None,
}  # fmt: skip
"""Words joined to a number by a hyphen ("58-storey", "15-member"), to the unit they give.
A word number joins only these ("four-year"); "one-time" and "two-handed" are not
quantities."""

_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)

_NAME_STOPWORDS = frozenset(
    "a an the about around some nearly almost only just over under more less fewer at in "
    "on of by for from to with without and but or so yet since after before until during "
    "between among all another roughly approximately exactly up down than within some "
    "additional total estimated perhaps maybe least most those these its their his her "
    "our your my top another another also another there here then when while if as are "
    "is was were be been has have had will would could should can may might must do does "
    "did not no another kills kill killed falls fall fell rises rise rose gains gain "
    "loses lose lost says say said cuts cut adds add sees see hits hit tops top wins win "
    "won buys buy sells sell jumps jump drops drop plunges slides climbs sheds posts "
    "reports injures wounds leaves hires fires sends arrests frees names".split()
)
"""Capitalised words that do not make the number after them part of a name: sentence
openers ("About 430,000 settlers") and the verbs of title-case headlines ("Blast Kills 12")."""

_LABEL_WORDS = frozenset(
    "section article chapter clause paragraph page flight route highway level category "
    "phase stage round game room number no no. model version grade class channel "
    "platform gate terminal lane district ward case resolution rule amendment item act "
    "schedule table figure fig. exhibit proposition prop row tier type series vol vol. "
    "volume issue episode season apartment".split()
)
"""Lower-case words that make the number after them a label, not an amount ("flight 370",
"article 50")."""

_DETERMINERS = frozenset(
    "the these those both its their his her our my your all each every other first last "
    "next".split()
)
"""Words before a small word number that make it a reference, not a count ("the two men")."""

_SENTENCE_OPENERS = frozenset(".!?\"“”'‘’(:;—–-•*")

_FRACTION_FOLLOWERS = frozenset("of the a an its their his her our".split())


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, spaces matching any whitespace."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


_WORD_RUN = rf"""
    (?i:\b
        (?:a[ ](?=(?:hundred|thousand|million|billion|trillion|dozen|{_alternation(_DENOMINATORS)})\b))?
        (?:{_alternation(_NUMBER_WORDS)})
        (?:[ -](?:(?:and[ ])?a[ ]|and[ ])?(?:{_alternation(_NUMBER_WORDS)}))*
    )(?!\w)
"""

QUANTITY = re.compile(
    rf"""
    (?:
        (?P<sign>{_alternation(_CURRENCY_SIGNS)})\s?
      | \b(?P<code>{_alternation(_CURRENCY_CODES | _CURRENCY_PREFIX_WORDS.keys())})\s?(?=\d)
      | (?<![\w.,])
    )
    (?:
        (?P<skip>                                   # dates and clock times, refused whole
            \d{{4}}-\d\d?-\d\d?(?!\d)
          | \d\d?[/.]\d\d?[/.]\d{{2,4}}(?![\d.])
          | \d+/\d+
          | \d\d?:\d\d(?::\d\d)?
        )
      | (?P<num>\d+(?:[.,]\d+)*)
      | (?P<words>{_WORD_RUN})
    )
    (?:
        \s?(?P<scale>(?i:{_alternation(_SCALES)}|dozen))(?!\w)
      | (?P<glued>[mkMK])(?!\w)
    )?
    (?:
        \s?(?P<unit>%|(?i:°[cf]|{_alternation(_UNITS.keys() - {"%", "°c", "°f"})})(?!\w))
      | \s?(?:(?P<adjective>(?i:{_alternation({a for a, _ in _CURRENCY_ADJECTIVES})}))\s)?
        (?P<noun>(?i:{_alternation(_CURRENCY_NOUNS.keys() | {n for _, n in _CURRENCY_ADJECTIVES})}))(?!\w)
      | \s?(?P<subunit>(?i:{_alternation(_SUBUNITS)}))(?!\w)
      | \s(?P<suffix_code>{_alternation(_CURRENCY_CODES)})(?!\w)
      | -(?P<hyphen>[A-Za-z]+(?:-[A-Za-z]+)*)
    )?
    """,
    re.VERBOSE,
)
"""One candidate quantity: currency sign or code, number in digits or words, scale, unit."""

_CLOCK_AFTER = re.compile(
    r"\s?(?:[aApP]\.?[mM]\b\.?|(?:GMT|UTC|EST|EDT|BST|CET|CEST|PST|PDT|ET|JST|IST|HKT)\b"
    r"|o'clock|o’clock|local\s+time)"
)
"""What follows a clock time: "3 p.m.", "0900 GMT", "10 o'clock"."""

_RATIO_GAP = re.compile(r"\s+(?:in|out\s+of)\s+")
_RANGE_GAPS = frozenset({"-", "–", "to", "- to", "– to", "-to-", "and"})
_WORD_TOKEN = re.compile(r"[A-Za-z]+")
_DIGITS_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_DIGITS_EUROPEAN = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_DIGITS_DECIMAL = re.compile(r"\d+(?:[.,]\d+)?")


# --- reading one candidate --------------------------------------------------------------

_KEEP, _WEAK, _REFUSED, _MERGED = 0, 1, 2, 3


class _Candidate:
    """A number being judged: where it is, its digits or word value, scale and unit."""

    __slots__ = (
        "currency",
        "digits",
        "end",
        "factor",
        "own_scale",
        "own_unit",
        "plain",
        "range_span",
        "start",
        "status",
        "unit",
        "out_of",
        "exponent",
        "word_value",
        "year",
    )

    def __init__(self, start: int, end: int, status: int) -> None:
        self.start, self.end, self.status = start, end, status
        self.digits: str | None = None
        self.word_value = 0.0
        self.exponent = 0
        self.factor = 1
        self.unit: str | None = None
        self.currency = False
        self.own_unit = False
        self.own_scale = False
        self.plain = False
        self.year = False
        self.range_span: Span | None = None
        self.out_of: float | None = None

    def value(self) -> float:
        """The value, with the scale and factor applied."""
        if self.digits is not None:
            base = float(f"{self.digits}e{self.exponent}") if self.exponent else float(self.digits)
        else:
            base = self.word_value * 10.0**self.exponent
        return base * self.factor


def _read_digits(raw: str) -> str | None:
    """The digits as a plain decimal ("16,531" -> "16531", "8,26" -> "8.26"), or None.

    Commas group thousands in threes ("1,400", "8,579.19"); a single comma before other
    than three digits is a decimal comma ("8,26%"); dots grouping threes before a final
    comma are European thousands ("1.234,5"). Anything else ("1.1.1", "1,1,1") is no
    number: a version, a list or a section mark.
    """
    if raw.isdigit():
        return raw
    if _DIGITS_THOUSANDS.fullmatch(raw):
        return raw.replace(",", "")
    if _DIGITS_DECIMAL.fullmatch(raw):
        return raw.replace(",", ".")
    if _DIGITS_EUROPEAN.fullmatch(raw) and (raw.count(".") > 1 or "," in raw):
        return raw.replace(".", "").replace(",", ".")
    return None


def _previous_words(text: str, start: int) -> list[str] | None:
    """The last two words before ``start``, or None if the number is glued to what precedes."""
    chunk = text[max(0, start - 40) : start]
    if not chunk or not chunk[-1].isspace():
        return None if chunk else []
    return chunk.split()[-2:]


def _next_word(text: str, end: int) -> str:
    """The next word after ``end``, lower case, without punctuation around it."""
    words = text[end : end + 30].split(None, 1)
    return words[0].strip(".,;:!?\"'()“”‘’").lower() if words else ""


def _is_name_word(word: str) -> bool:
    """Whether ``word`` before a bare number makes it part of a name ("Boeing 787").

    A capitalised word that is not a sentence opener or headline verb, a word with a capital
    inside ("iPhone 4", "S&P 500"), or a label word ("flight 370", "Section 8").
    """
    lower = word.lower()
    if lower in _LABEL_WORDS or word == "#":
        return True
    if not any(c.isupper() for c in word) or word[-1] in ",.;:!?)]\"”’":
        return False
    return lower not in _NAME_STOPWORDS and lower.rstrip(".") not in _MONTHS


def _judge_digits(text: str, c: _Candidate, prev: list[str] | None) -> None:
    """Refuse a bare number in digits that is a year, a day of a month, a time or a name.

    Only a number with no currency, scale or unit is judged: "in 1987" is a year but
    "1987 tonnes" a quantity; "April 18" a date; "3 p.m." a time; "Boeing 787" a name.
    """
    digits = c.digits
    assert digits is not None  # noqa: S101  # set by the caller
    start = c.start
    if start >= 2 and text[start - 1] in "-–" and text[start - 2].isalpha():
        c.status = _REFUSED  # "COVID-19", "FTSE-100", "end-1986"
        return
    if start >= 1 and text[start - 1] in "'’" and len(digits) == 2:
        c.status, c.year = _REFUSED, True  # "the '87 crash"
        return
    if c.unit is not None or c.exponent or c.factor != 1:
        return
    if _CLOCK_AFTER.match(text, c.end):
        c.status = _REFUSED
        return
    if not c.plain:
        return
    number = int(digits)
    if len(digits) == 4 and 1000 <= number <= 2099:
        c.status, c.year = _REFUSED, True
        return
    if prev:
        last = prev[-1]
        if number <= 31 and last.rstrip(".,").lower() in _MONTHS and last[0].isupper():
            c.status = _REFUSED  # "April 18", "Aug. 30"
            return
        if _is_name_word(last):
            c.status = _REFUSED
            return
    if number <= 31:
        following = _next_word(text, c.end)
        if following in _MONTHS and following != "may":
            c.status = _REFUSED  # "8 November"


def _judge_words(text: str, c: _Candidate, words: list[str], prev: list[str] | None) -> None:
    """Refuse word numbers that name, refer or are not counts.

    A capitalised number inside a sentence is a name ("the Big Three"); a small number
    after a determiner is a reference ("the two men"); a number glued to a hyphen after a
    word is part of a compound ("hour-and-a-half"); a bare "one" is a pronoun more often
    than a count ("one of the biggest"), so it stays only in "at least one" (a ratio may
    still take it: "one in five").
    """
    first = text[c.start]
    if prev is None:
        if c.start >= 1 and text[c.start - 1] in "-–":
            c.status = _REFUSED
            return
    elif first.isupper() and not text[c.start + 1 : c.start + 2].isupper():
        before = text[max(0, c.start - 40) : c.start]
        stripped = before.rstrip()
        if stripped and stripped[-1] not in _SENTENCE_OPENERS and "\n" not in before[len(stripped) :]:
            c.status = _REFUSED
            return
    lowered = [w.lower() for w in words]
    reference = c.exponent == 0 and (c.unit is None or c.unit in DURATION_UNITS)
    if prev and prev[-1].lower() in _DETERMINERS and reference and len(lowered) == 1:
        c.status = _REFUSED
        return
    if lowered == ["one"] and c.unit is None and c.exponent == 0:
        at_least = prev is not None and [w.lower() for w in prev] == ["at", "least"]
        c.status = _KEEP if at_least and _next_word(text, c.end) != "of" else _WEAK


def _read_word_run(run: str, offset: int) -> list[tuple[int, int, float, bool, list[str]]]:
    """Split a run of number words into numbers: (start, end, value, is_fraction, words).

    "thirty-one" is 31, "three hundred and twenty" 320, "two and a half million" 2.5e6,
    "half a dozen" 6, "a dozen" 12, "two thirds" 2/3 (a fraction), "a quarter" 1/4. Where
    the words do not make one number ("two and three"), each part is read on its own.
    """
    out: list[tuple[int, int, float, bool, list[str]]] = []
    total = current = 0.0
    seg_start, seg_end = -1, 0
    last = ""  # what the previous word was: n(umber), t(ens), h(undred), s(cale), f(raction), a
    seg_words: list[str] = []
    pending: list[str] = []  # "and", "a" seen since the last number word
    fraction = False

    def close() -> None:
        nonlocal total, current, seg_start, last, seg_words, fraction
        if seg_start >= 0 and last != "a":
            out.append((seg_start, seg_end, total + current, fraction, seg_words))
        total = current = 0.0
        seg_start, last, seg_words, fraction = -1, "", [], False

    for m in _WORD_TOKEN.finditer(run):
        word = m.group().lower()
        if word in {"and", "a"}:
            if word == "a" and seg_start < 0:
                seg_start, last, current, seg_words = m.start() + offset, "a", 1.0, ["a"]
            else:
                pending.append(word)
            continue
        connectors, pending = pending, []
        amount = word in _SCALES or word == "dozen"
        if fraction and not (amount and seg_words == ["half"]):
            close()  # "two thirds" ends the number; "half a million" reads on
        if word in _CARDINALS:
            n = _CARDINALS[word]
            tens_unit = last == "t" and n < 10 and not connectors
            after_scale = last in {"h", "s"} and n < 100
            if seg_start >= 0 and not (tens_unit or after_scale):
                close()
            if seg_start < 0:
                seg_start = m.start() + offset
            current += n
            last = "t" if n >= 20 and n % 10 == 0 else "n"
        elif word == "hundred" and last in {"n", "t", "a"}:
            current *= 100
            last = "h"
        elif amount and last in {"n", "t", "h", "a", "f"}:
            if word == "dozen":
                current *= 12
                last = "h"
            else:
                total += current * 10.0 ** _SCALES[word]
                current, last = 0.0, "s"
            fraction = False
        elif word == "half" and last in {"n", "t"} and connectors == ["and", "a"]:
            current += 0.5
            last = "f"
        elif word == "half" and seg_start < 0:
            seg_start, current, last, fraction = m.start() + offset, 0.5, "f", True
        elif word in _DENOMINATORS and last in {"n", "a"} and not connectors:
            current /= _DENOMINATORS[word]
            last, fraction = "f", True
        else:
            close()
            continue
        seg_words.append(word)
        seg_end = m.end() + offset
    close()
    return out


def _read_candidate(text: str, m: re.Match[str]) -> list[_Candidate]:
    """Read one match of :data:`QUANTITY` into candidates (a word run may give several)."""
    start, end = m.span()
    if m.group("skip") is not None:
        return [_Candidate(m.start("skip"), m.end("skip"), _REFUSED)]
    if end < len(text) and text[end].isalnum():
        # glued to letters: an ordinal, a decade or a name ("3rd", "1990s", "4G", "10.45pm")
        return [_Candidate(start, end, _REFUSED)]
    g = m.group
    currency: str | None = None
    sign, code = g("sign"), g("code")
    if sign is not None:
        currency = _CURRENCY_SIGNS[sign]
    elif code is not None:
        currency = _CURRENCY_PREFIX_WORDS.get(code, code)
    unit: str | None = None
    own_unit = False
    exponent = 0
    factor = 1
    scale, glued = g("scale"), g("glued")
    if scale is not None:
        scale = scale.lower()
        if scale == "dozen":
            factor = 12
        else:
            exponent = _SCALES[scale]
    elif glued is not None:
        glued = glued.lower()
        if glued == "k":
            exponent = 3
        elif currency is not None or _next_word(text, end) not in _LENGTH_CONTEXT:
            exponent = 6  # "£40m", "40m people"
        else:
            unit, own_unit = "metres", True  # "a 40m wall", "40m high"
    noun, subunit, hyphen = g("noun"), g("subunit"), g("hyphen")
    raw_unit, suffix_code = g("unit"), g("suffix_code")
    if raw_unit is not None:
        unit, own_unit = _UNITS[" ".join(raw_unit.lower().split())], True
    elif noun is not None:
        adjective = g("adjective")
        noun = noun.lower()
        key = (" ".join(adjective.lower().split()), noun) if adjective else None
        currency = currency or _CURRENCY_ADJECTIVES.get(key or ("", ""), None)
        currency = currency or _CURRENCY_NOUNS.get(noun)
        own_unit = currency is not None
        if currency is None:  # "Kuwaiti" and "dinars" with no reading of their own
            end = m.start("noun" if adjective is None else "adjective")
            end -= text[end - 1].isspace()
    elif subunit is not None:
        currency = currency or _SUBUNITS[subunit.lower()]
        exponent, own_unit = exponent - 2, True
    elif suffix_code is not None:
        currency, own_unit = currency or suffix_code, True
    elif hyphen is not None:
        parts = hyphen.lower().split("-")
        if parts[:2] == ["year", "old"]:
            unit, own_unit = "years old", True
        elif parts[0] in _HYPHEN_UNITS:
            unit, own_unit = _HYPHEN_UNITS[parts[0]], True
        elif g("words") is not None:
            return [_Candidate(start, end, _REFUSED)]  # "one-time", "two-handed"
        end = m.start("hyphen") - 1 if unit is None and not own_unit else end
        own_unit = own_unit and unit is not None
    if currency is not None:
        unit = currency
    prev = _previous_words(text, m.start())

    raw = g("num")
    if raw is not None:
        c = _Candidate(start, end, _KEEP)
        c.digits = _read_digits(raw)
        if c.digits is None:
            c.status = _REFUSED
            return [c]
        c.plain = raw.isdigit()
        c.exponent, c.factor, c.unit = exponent, factor, unit
        c.currency, c.own_unit, c.own_scale = currency is not None, own_unit, exponent > 0
        if sign is None and code is None:
            _judge_digits(text, c, prev)
        return [c]

    words_start = m.start("words")
    segments = _read_word_run(g("words"), words_start)
    if not segments:
        return [_Candidate(start, end, _REFUSED)]
    out = []
    for i, (s, e, value, fraction, words) in enumerate(segments):
        is_last = i == len(segments) - 1
        c = _Candidate(start if i == 0 else s, end if is_last else e, _KEEP)
        # a scale written in words is kept apart, so that a range can carry it
        word_exponent = _SCALES.get(words[-1], 0) if value >= 1 else 0
        c.word_value = value / 10.0**word_exponent if word_exponent else value
        c.exponent = word_exponent
        c.own_scale = word_exponent > 0
        if is_last:
            c.exponent += exponent
            c.factor, c.unit = factor, unit
            c.currency, c.own_unit = currency is not None, own_unit
            c.own_scale = c.own_scale or exponent > 0
        if fraction and (c.unit is not None or c.exponent):
            if c.unit != "points" or hyphen is None:
                c.status = _REFUSED  # "a third day" is an ordinal; "a half-point" reads on
                out.append(c)
                continue
        elif fraction:
            c.unit, c.own_unit = "fraction", True
            if not _fraction_reads(text, c, words):
                c.status = _REFUSED
                out.append(c)
                continue
        _judge_words(text, c, words, prev if i == 0 else [])
        out.append(c)
    return out


_LENGTH_CONTEXT = frozenset(
    "high tall long wide deep away above below under from of in".split() + [""]
)
"""Words after "40m" that make it metres, not millions ("a 40m high wall")."""


def _fraction_reads(text: str, c: _Candidate, words: list[str]) -> bool:
    """Whether a fraction word is a proportion here, not an ordinal or a period.

    "half" and "a quarter" need what they divide after them ("half of the", "half the
    workers", "a quarter of"); "two thirds" stands alone. "The first half" and "the third
    quarter" are periods, and "third" alone an ordinal, so none of them reads.
    """
    following = _next_word(text, c.end)
    if words == ["half"]:
        prev = _previous_words(text, c.start)
        if prev and prev[-1].lower() in _DETERMINERS | {"a", "second"}:
            return False
        return following in _FRACTION_FOLLOWERS
    if words[-1] in {"quarter", "quarters", "third", "fifth", "sixth", "eighth", "tenth"}:
        return following == "of"
    return True


# --- joining neighbours -----------------------------------------------------------------


def _join_ratio(text: str, a: _Candidate, b: _Candidate) -> bool:
    """Read "one in five", "two out of 10" as one count out of another.

    The quantity spans both numbers; its value is the first ("two"), ``out_of`` the second.
    """
    if a.unit is not None or b.unit is not None or b.status not in {_KEEP, _WEAK}:
        return False
    if not _RATIO_GAP.fullmatch(text, a.end, b.start):
        return False
    a.end, a.out_of, a.status, b.status = b.end, b.value(), _KEEP, _MERGED
    return True


def _join_range(text: str, a: _Candidate, b: _Candidate) -> None:
    """Read "20 to 25 percent", "1.4 to 1.5 billion dlrs", "between 10 and 12" as a range.

    Both ends keep their own span and share ``range_span``; the scale and unit written
    once are carried to the other end. A first number with a unit of its own is not the
    start of a range ("fell 7.3% to 8,579.19" is a move and a level), unless "between"
    says so. After "from", the numbers are a change, not a range: they share the unit but
    not a range span. A tight "52-35" with a larger first number is a score, read as two
    counts.
    """
    gap = " ".join(text[a.end : b.start].split())
    if gap not in _RANGE_GAPS or b.status not in {_KEEP, _WEAK}:
        return
    prev = _previous_words(text, a.start) or []
    before = prev[-1].lower() if prev else ""
    if gap == "and" and before != "between":
        return
    if (a.own_unit or a.own_scale) and before != "between":
        return
    if a.currency and b.currency and a.unit != b.unit:
        return
    tight = gap in {"-", "–"} and a.end == b.start - 1
    if tight and a.unit is None and b.unit is None and not b.own_scale and a.value() > b.value():
        return  # a score or vote count: "52-35"
    if not a.own_scale and not a.exponent and not a.factor - 1:
        a.exponent, a.factor = b.exponent, b.factor
    if a.unit is None:
        a.unit, a.own_unit, a.currency = b.unit, b.own_unit, b.currency
    if b.unit is None:
        b.unit, b.currency = a.unit, a.currency
    a.status = b.status = _KEEP
    if before != "from":
        span = Span(start=a.start, end=b.end)
        a.range_span = b.range_span = span


def _refuse_after_refused(text: str, a: _Candidate, b: _Candidate) -> None:
    """Refuse the second number of a year range or a date chain ("2009-13", "April 18-20")."""
    if b.status == _REFUSED or b.digits is None or not b.plain or b.unit is not None:
        return
    gap = text[a.end : b.start]
    if gap in {"-", "–", "/"}:
        b.status = _REFUSED
        return
    if a.year and " ".join(gap.split()) in {"to", "and", "-", "–"}:
        number = int(b.digits)
        if number <= 99 or 1000 <= number <= 2099:
            b.status, b.year = _REFUSED, True


# --- the scanner ------------------------------------------------------------------------


def find_quantities(text: str) -> tuple[Quantity, ...]:
    """Every quantity in ``text``, in order, with its span, value and unit.

    >>> [(q.text, q.value, q.unit) for q in find_quantities("It lent $3bn, up 7.3%.")]
    [('$3bn', 3000000000.0, 'USD'), ('7.3%', 7.3, 'percent')]
    >>> [(q.text, q.value) for q in find_quantities("In 1987, 16,531 crossed on April 18.")]
    [('16,531', 16531.0)]
    """
    if not isinstance(text, str):
        raise TextInputError("text", text)
    candidates: list[_Candidate] = []
    for m in QUANTITY.finditer(text):
        candidates.extend(_read_candidate(text, m))
    for a, b in zip(candidates, candidates[1:]):
        if a.status == _REFUSED:
            _refuse_after_refused(text, a, b)
        elif a.status in {_KEEP, _WEAK} and not _join_ratio(text, a, b):
            _join_range(text, a, b)
    return tuple(
        Quantity(
            span=Span(start=c.start, end=c.end),
            text=text[c.start : c.end],
            value=c.value(),
            unit=c.unit,
            range_span=c.range_span,
            out_of=c.out_of,
        )
        for c in candidates
        if c.status == _KEEP
    )
