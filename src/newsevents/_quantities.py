"""Quantities: the numbers in news text, with their values and units.

Two compiled patterns find the candidates, each in one pass over the lower-cased text:
:data:`DIGIT_QUANTITY` a number in digits with the currency sign before it, and
:data:`WORD_QUANTITY` a number in words; both read what follows (a scale such as
"billion", a unit such as "pct" or "barrels a day", a currency such as "dlrs"). Each
pattern starts with one character class or one literal, so that the engine skips along
the text between candidates, and its word lists are tries. An optional part is written
``(?:X|)``, not ``(?:X)?``: the same match, but the engine opens no repeat for it and so
saves no group marks at each branch inside. Each candidate is then read and judged by
the rule functions below, which look only at a few characters around it; a last pass
joins neighbours into ranges ("20 to 25 percent") and ratios ("one in five"). Every step
is linear in the length of the text.

What is not a quantity: years ("in 1987"), dates ("April 18", "1996-08-22"), clock times
("3 p.m.", "10:30"), ordinals ("3rd"; "second" is never read), and numbers inside names
("Boeing 787", "G20", "FTSE-100", "Section 8"). Four digits in the year range count
only before a counted noun or after a word of amount ("1500 people", "some 2000"). A
minus sign or the word "minus" makes a number negative ("-0.3%", "minus 3 degrees"); a
hyphen after a word or a digit does not ("F-16", "10-20"). Groups of three digits parted
by a thin or no-break space are one number; parted by plain spaces, only before a unit
or a counted noun ("16 531 people", "1 250 000 tonnes").
"""

from __future__ import annotations

__all__ = ["DIGIT_QUANTITY", "DURATION_UNITS", "WORD_QUANTITY", "find_quantities", "trie"]

import itertools
import operator
import re
import string
from typing import TYPE_CHECKING, Any

from newsevents import _text
from newsevents._mentions import _QUANTITY_SLOTS, Quantity
from newsevents._model import _SPAN_END, _SPAN_START, Span
from newsevents.errors import TextInputError

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

# --- vocabulary -------------------------------------------------------------------------

DURATION_UNITS = frozenset(
    {"years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades", "years old"}
)
"""Units that make a quantity a length of time or an age ("four-year", "37-year-old"),
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

_CURRENCY_CODES = frozenset({
    "USD", "EUR", "GBP", "JPY", "CAD", "AUD", "NZD", "CHF", "CNY", "HKD", "SGD", "TWD",
    "KRW", "INR", "PKR", "LKR", "BDT", "IDR", "MYR", "THB", "PHP", "VND", "ILS", "TRY",
    "RUB", "UAH", "PLN", "CZK", "HUF", "RON", "BGN", "SEK", "NOK", "DKK", "ISK", "ZAR",
    "NGN", "EGP", "KES", "GHS", "MXN", "BRL", "ARS", "CLP", "COP", "PEN", "SAR", "AED",
    "QAR", "KWD", "BHD", "OMR", "IQD", "IRR", "JOD", "XEU", "XDR", "DEM", "FRF", "ITL",
    "ESP", "NLG", "BEF", "ATS", "PTE", "IEP", "GRD", "FIM"
})  # fmt: skip
"""ISO 4217 codes read before or after an amount ("USD 5 million", "450 billion USD")."""

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
    "pc": "percent",
    "percentage points": "percentage points", "percentage point": "percentage points",
    "pct points": "percentage points", "pct point": "percentage points",
    "percentage pts": "percentage points", "percentage-point": "percentage points",
    "percentage-points": "percentage points", "basis-point": "basis points",
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

_MONTHS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec"
})  # fmt: skip

_NAME_STOPWORDS = frozenset({
    "a", "an", "the", "about", "around", "some", "nearly", "almost", "only", "just", "over",
    "under", "more", "less", "fewer", "at", "in", "on", "of", "by", "for", "from", "to",
    "with", "without", "and", "but", "or", "so", "yet", "since", "after", "before", "until",
    "during", "between", "among", "all", "another", "roughly", "approximately", "exactly",
    "up", "down", "than", "within", "additional", "total", "estimated", "perhaps", "maybe",
    "least", "most", "those", "these", "its", "their", "his", "her", "our", "your", "my",
    "top", "also", "there", "here", "then", "when", "while", "if", "as", "are", "is", "was",
    "were", "be", "been", "has", "have", "had", "will", "would", "could", "should", "can",
    "may", "might", "must", "do", "does", "did", "not", "no", "kills", "kill", "killed",
    "falls", "fall", "fell", "rises", "rise", "rose", "gains", "gain", "loses", "lose",
    "lost", "says", "say", "said", "cuts", "cut", "adds", "add", "sees", "see", "hits",
    "hit", "tops", "wins", "win", "won", "buys", "buy", "sells", "sell", "jumps", "jump",
    "drops", "drop", "plunges", "slides", "climbs", "sheds", "posts", "reports", "injures",
    "wounds", "leaves", "hires", "fires", "sends", "arrests", "frees", "names"
})  # fmt: skip
"""Capitalised words that do not make the number after them part of a name: sentence
openers ("About 430,000 settlers") and the verbs of title-case headlines ("Blast Kills 12")."""

_LABEL_WORDS = frozenset({
    "section", "article", "chapter", "clause", "paragraph", "page", "flight", "route",
    "highway", "level", "category", "phase", "stage", "round", "game", "room", "number",
    "no", "no.", "model", "version", "grade", "class", "channel", "platform", "gate",
    "terminal", "lane", "district", "ward", "case", "resolution", "rule", "amendment",
    "item", "act", "schedule", "table", "figure", "fig.", "exhibit", "proposition", "prop",
    "row", "tier", "type", "series", "vol", "vol.", "volume", "issue", "episode", "season",
    "apartment"
})  # fmt: skip
"""Lower-case words that make the number after them a label, not an amount ("flight 370",
"article 50")."""

_DETERMINERS = frozenset({
    "the", "these", "those", "both", "its", "their", "his", "her", "our", "my", "your",
    "all", "each", "every", "other", "first", "last", "next"
})  # fmt: skip
"""Words before a small word number that make it a reference, not a count ("the two men")."""

_COUNT_NOUNS = frozenset({
    "people", "persons", "residents", "civilians", "inhabitants", "villagers", "troops",
    "soldiers", "police", "policemen", "officers", "workers", "employees", "staff", "jobs",
    "homes", "houses", "buildings", "households", "families", "cases", "infections",
    "patients", "migrants", "prisoners", "detainees", "inmates", "hostages", "protesters",
    "demonstrators", "children", "pupils", "teachers", "doctors", "nurses", "passengers",
    "tourists", "visitors", "fans", "spectators", "fighters", "militants", "rebels",
    "volunteers", "firefighters", "rescuers", "customers", "subscribers", "shareholders",
    "farmers", "miners", "lorries", "buses", "aircraft", "planes", "ships", "boats", "tanks",
    "weapons", "rifles", "guns", "rockets", "missiles", "shells", "shares", "doses", "beds",
    "villages", "shops", "stores", "branches", "farms", "cattle", "sheep", "animals",
    "trees", "flights", "copies", "pages", "signatures", "complaints", "applications"
})  # fmt: skip
"""Plural nouns of what is counted, never a time ("1500 people", "2000 troops"): a number
in the year range directly before one is a count. Nouns that name the people or things
of a year as often as a count are left out: "the 1992 protests", "1998 deaths", "the
1998 tests", "2016 voters", "the 2004 members", "the 1948 refugees", "2019 vehicles"."""

_COUNT_CUES = frozenset({
    "some", "about", "nearly", "almost", "roughly", "approximately", "another", "estimated"
})  # fmt: skip
"""Words before a number that make it an amount, however it reads ("some 2000")."""

_COUNT_CUE_PAIRS = frozenset({
    ("more", "than"), ("fewer", "than"), ("less", "than"), ("at", "least"), ("a", "further"),
    ("an", "additional"), ("many", "as")
})  # fmt: skip
"""Pairs of words before a number that make it an amount ("more than 1500", "at least
2000", "as many as 1200"). "up to" is not one: "the years up to 2008" name a time; "up
to 2000 troops" reads by its noun."""

_YEAR_BEFORE = frozenset({
    "in", "since", "until", "till", "by", "before", "after", "during", "from", "through",
    "throughout", "between", "around", "circa", "fiscal", "year", "spring", "summer",
    "autumn", "fall", "winter"
})  # fmt: skip
"""Words after which a number in the year range stays a year even before a counted noun:
"In 2008 workers struck", "by 2030 jobs will", "fiscal 1998 units". A month name does
the same ("March 1998 cases")."""

_SENTENCE_OPENERS = frozenset(".!?\"“”'‘’(:;—–-•*")

_FRACTION_FOLLOWERS = frozenset(["of", "the", "a", "an", "its", "their", "his", "her", "our"])


_WORD_GAP = r"[ \n]"
"""The space inside a unit of several words: one space, or the one line break that stands
for it in hard-wrapped copy ("basis" at a line's end, "points" on the next)."""


def _one_space(words: str) -> str:
    """The words of a unit with a line break between them read as a space."""
    return words.replace("\n", " ") if "\n" in words else words


def _spellings(table: dict[str, str]) -> dict[str, str]:
    r"""``table`` with each space in a key also written as a line break.

    The patterns read a line break for a space (:data:`_WORD_GAP`), so "basis\npoints"
    is a spelling of "basis points".
    """
    out = dict(table)
    for key, value in table.items():
        parts = key.split(" ")
        for gaps in itertools.product(" \n", repeat=len(parts) - 1):
            out["".join(a + b for a, b in zip(parts, (*gaps, ""), strict=True))] = value
    return out


_UNIT_SPELLINGS = _spellings(_UNITS)
""":data:`_UNITS` as the text may write them, a line break for a space."""


def trie(words: Iterable[str], *, gap: str = _WORD_GAP) -> str:
    """A regex alternation of ``words`` built as a trie, one branch per next letter.

    The engine then turns a word down at its first letter instead of trying every word in
    turn, and a longer word is preferred to its prefix ("miles" before "mile"). A space
    in a word matches the pattern ``gap``: by default one space or the one line break
    that stands for it (:data:`_WORD_GAP`).
    """
    tree: dict[str, dict[str, Any]] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [
            (gap if char == " " else re.escape(char)) + emit(child)
            for char, child in sorted(node.items())
            if char
        ]
        if not branches:
            return ""
        if "" in node:
            return "(?:" + "|".join(branches) + "|)"
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return emit(tree)


_AFTER_A = ("hundred", "thousand", "million", "billion", "trillion", "dozen", *_DENOMINATORS)
"""Number words that "a" may stand before as "one": "a dozen", "a million", "a third"."""

_VULGAR_SIGNS = {"½": 1 / 2, "¼": 1 / 4, "¾": 3 / 4, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 1 / 8}

_SIGN_CHARS = "".join(sorted({sign[-1] for sign in _CURRENCY_SIGNS}))

_SUFFIX_OPENERS = "".join(
    sorted(
        set(string.ascii_lowercase)  # any word after a hyphen ("58-storey"), any code
        | {word[0] for word in (*_SCALES, *_UNITS, *_CURRENCY_NOUNS, *_SUBUNITS)}
        | {word[0] for pair in _CURRENCY_ADJECTIVES for word in pair}
    )
)
"""The characters that may open a scale or a unit (after a space or a hyphen): the
letters, "%" and "°"."""

_SUFFIX_GATE = rf"(?=[\s-]?[{re.escape(_SUFFIX_OPENERS)}])"
"""What a scale or a unit must start with: the engine skips the branches below at once
where a number ends in a stop, a comma or a bracket."""

_SUFFIX = rf"""
    (?:{_SUFFIX_GATE}
    (?:
        [\s-]?(?P<scale>{trie([*_SCALES, "dozen"])})(?![a-z0-9])
      | (?P<glued>[mk])(?![a-z0-9])
    |)
    (?:
        \s?(?P<unit>{trie(_UNITS)})(?![a-z0-9])
      | [\s-]?(?:(?P<adjective>{trie({a for a, _ in _CURRENCY_ADJECTIVES})})\s|)
        (?P<noun>{trie(_CURRENCY_NOUNS.keys() | {n for _, n in _CURRENCY_ADJECTIVES})})(?![a-z0-9])
      | \s?(?P<subunit>{trie(_SUBUNITS)})(?![a-z0-9])
      | \s(?P<suffix_code>{trie(code.lower() for code in _CURRENCY_CODES)})(?![a-z0-9])
      | -(?P<hyphen>[a-z]+(?:-[a-z]+)*)
    |)
    |)
"""

_GROUP_SPACES = "\xa0\u2009\u202f"
"""The spaces that part groups of three digits wherever they stand ("16\u202f531"): the
no-break, thin and narrow no-break space, which type setters put only inside a number."""

_SPACED_GUARD = trie({*_UNITS, *_SCALES, *_CURRENCY_NOUNS, *_SUBUNITS, *_COUNT_NOUNS})
"""What must follow digits grouped by plain spaces ("16 531 people", "1 250 000 tonnes"):
a unit, a scale, a currency or a counted noun. Without it the digits are read apart
("in 2019 2020", "flights 747 400")."""

_SPACED_GROUPS = rf"""
    (?:(?=[ {_GROUP_SPACES}][0-9])          # a space and a digit after the first group
    (?<![0-9]{{4}})(?<![.,][0-9])(?<![.,][0-9]{{2}})(?<![.,][0-9]{{3}})  # of 1 to 3 digits
    (?:
        (?:[{_GROUP_SPACES}][0-9]{{3}}(?![0-9]))+
      | (?:[ ][0-9]{{3}}(?![0-9])){{1,4}}(?=[ ]?(?:{_SPACED_GUARD})(?![a-z0-9]))
    )
    |)
"""
"""Groups of three digits parted by spaces after a first group of one to three digits:
"16\u202f531" always, "16 531" with a plain space only before a unit or a counted noun.
The groups parted by plain spaces are at most four ("999 999 999 999 999"), so that a
long run of them is not scanned again from each of its groups."""

DIGIT_QUANTITY = re.compile(
    rf"""
    [{re.escape(_SIGN_CHARS)}0-9]           # a currency sign, or the first digit
    (?:(?<=[0-9])|\s?[0-9])                 # after a sign, the first digit
    (?P<rest>[0-9]*(?:[.,][0-9]+)*{_SPACED_GROUPS})
    (?:[ -](?P<vulgar>[1-9]/(?:2|3|4|8|16|32))(?![0-9/])|(?P<vulgar_sign>[½¼¾⅓⅔⅛])|)
    {_SUFFIX}
    """,
    re.VERBOSE,
)
"""A number in digits with what is written around it, matched in lower-cased text.

It starts with one character class, so that the engine skips along the text to the next
digit or sign; letter prefixes ("US$", "CA$", "USD 5") are read by looking back."""

WORD_QUANTITY = re.compile(
    rf"""
    [ ]                                     # a number word starts after a space
    (?:{trie([*_CARDINALS, "half", *(f"a {w}" for w in _AFTER_A)])})
    (?P<more>(?:[ -](?:(?:and[ ]|)a[ ]|and[ ]|)(?:{trie(_NUMBER_WORDS)}))*)
    (?![a-z0-9])
    {_SUFFIX}
    """,
    re.VERBOSE,
)
"""A number in words with what is written after it, matched in lower-cased text whose
line breaks, brackets and quotes are spaces, so that one literal space leads the match.
It starts with a cardinal, "half" or "a" before a scale or a fraction ("a dozen"): a
scale alone ("million" after digits) or an ordinal ("third") starts nothing."""

_DIGIT_SKELETON = bytes.maketrans(b"\0$0123456789?", b"\1" + b"\0" * 12)
"""Maps the characters a match of :data:`DIGIT_QUANTITY` may open with in ASCII (a digit,
"$") and the ``?`` of a skeleton, which may stand for a currency sign beyond ASCII, to a
zero byte, and the zero byte to another: see :func:`_digit_matches`."""

_QUESTION_MARK = ord("?")


def _digit_matches(lowered: str, ascii_text: bytes) -> Iterator[re.Match[str]]:
    """The matches of :data:`DIGIT_QUANTITY` in ``lowered``, in order.

    ``ascii_text`` is the skeleton of the text (:func:`newsevents._text.skeleton`), of
    which ``lowered`` is the lower case, offset for offset. The same matches as
    ``DIGIT_QUANTITY.finditer(lowered)``, found faster: the engine tests every character
    against the pattern's opening class, at several times the cost of ``bytes.find``
    looking for one byte in a skeleton of the text in which each character a match may
    open with is a zero byte: a digit, a "$", or a ``?``, which is tried only where it
    stands for a currency sign ("€", "£"). The pattern is then tried only there, from the
    end of the last match on, as ``finditer`` tries it. Lower-casing changes no digit
    and no sign, and makes none: these stand where they stand in the text.
    """
    find = ascii_text.translate(_DIGIT_SKELETON).find
    match = DIGIT_QUANTITY.match
    at = find(0)
    while at >= 0:
        if ascii_text[at] == _QUESTION_MARK and lowered[at] not in _SIGN_CHARS:
            at = find(0, at + 1)
            continue
        m = match(lowered, at)
        if m is None:  # a sign with no digit after it
            at = find(0, at + 1)
        else:
            yield m
            at = find(0, m.end())


_REST = DIGIT_QUANTITY.groupindex["rest"]
_VULGAR = DIGIT_QUANTITY.groupindex["vulgar"]
_VULGAR_SIGN = DIGIT_QUANTITY.groupindex["vulgar_sign"]
_SCALE, _GLUED, _UNIT = "scale", "glued", "unit"  # by name: the two patterns number them apart
_DIGIT_SCALE = DIGIT_QUANTITY.groupindex["scale"]
_DIGIT_GLUED = DIGIT_QUANTITY.groupindex["glued"]
_DIGIT_UNIT = DIGIT_QUANTITY.groupindex["unit"]
_COMMON_SUFFIXES = frozenset((_DIGIT_UNIT, _DIGIT_SCALE))
_MORE = WORD_QUANTITY.groupindex["more"]
_JOINERS = (" in ", " out of ", " to ", "-", "–", " and ")


def _may_join(text: str, end: int) -> bool:
    """Whether a ratio or a range may follow ``end`` ("one in five", "one to two")."""
    return text.startswith(_JOINERS, end)


_HALF_A_UNIT = re.compile(rf" an? ({trie(_UNITS)})(?![a-z0-9])")
"""The unit after "half a": "half a percentage point" is 0.5 percentage points."""

_SIGN_PREFIX = re.compile(r"(?<![a-z.])(?:u\.s\.|us|can|ca|au|nz|hk|nt|mex|c|a|s|r|z)\Z")
_CODE_PREFIX = re.compile(
    r"(?<![a-z])(?P<code>"
    + trie(c.lower() for c in _CURRENCY_CODES | _CURRENCY_PREFIX_WORDS.keys())
    + r")\s?\Z"
)
_CODE_ENDS = frozenset(word[-1] for word in _CURRENCY_CODES | _CURRENCY_PREFIX_WORDS.keys())
"""The last characters of the codes and abbreviations written before an amount: a
number after a space and another character has none before it ("rose 5", "of 12")."""
_WORD_SEPARATORS = ("\n", "\t", "\r", "(", "“", '"', "‘", "\xa0", "—", "[")

_CLOCK_AFTER = re.compile(
    r"\s?(?:[aApP]\.?[mM]\b\.?|(?:GMT|UTC|EST|EDT|BST|CET|CEST|PST|PDT|ET|JST|IST|HKT)\b"
    r"|o'clock|o’clock|local\s+time)"
)
"""What follows a clock time: "3 p.m.", "0900 GMT", "10 o'clock"."""

_CLOCK_OPENERS = frozenset("aApPGUEBCJIHol")
"""The first letters of what :data:`_CLOCK_AFTER` reads (after at most one space)."""

_ADDRESS_AFTER = re.compile(
    r" (?:[A-Z][a-z]+ ){1,2}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Drive|"
    r"Place|Square|Terrace|Court|Way)\b"
)
"""A street after a bare number makes it an address: "10 Downing Street"."""

_MINUS_SIGNS = frozenset("-\u2212")
"""A hyphen or the minus sign (U+2212) glued to the front of a number: "-5", "−2.1"."""

_MINUS_OPENERS = frozenset("([{\"'“‘=")
"""What may stand before a minus sign besides a space: "(-5)", "“-3". After a word or
a digit the hyphen joins ("F-16", "10-20")."""

_COUNTED_AFTER = re.compile(
    rf" (?:{trie(_COUNT_NOUNS)}|{trie(noun.upper() for noun in _COUNT_NOUNS)})(?![\w-])"
)
"""A counted noun right after a number, in lower case or in capitals ("1500 people",
"1500 PEOPLE"); a capitalised one is a name ("the 2012 Jobs Act")."""

_JUDGED_BEFORE = frozenset("-–'’")
"""The characters before a number that may refuse it even with a scale or a unit
("COVID-19", "'87"): see :func:`_judge_digits`."""

_CHANGE_VERBS = frozenset({
    "added", "advanced", "climbed", "cut", "declined", "decreased", "down", "dropped",
    "eased", "edged", "fell", "firmed", "gained", "increased", "jumped", "lost", "lowered",
    "plunged", "raised", "rallied", "retreated", "rose", "sank", "shed", "slid", "slipped",
    "soared", "surged", "tumbled", "up", "weakened"
})  # fmt: skip
"""Verbs of change that put a move before a level ("slid 12 to 310")."""

_LONGEST_NUMBER = 30
"""Longer runs of digits and separators are serial numbers or noise, not amounts."""

_LONGEST_GAP = 12
"""No range, ratio or chain joins numbers further apart than this: " out of " is 8."""

_RATIO_GAP = re.compile(r"\s+(?:in|out\s+of)\s+")
_RANGE_GAPS = frozenset({"-", "–", "to", "- to", "– to", "-to-", "and"})
_WORD_TOKEN = re.compile(r"[A-Za-z]+")
_DIGITS_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_DIGITS_EUROPEAN = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_DIGITS_DECIMAL = re.compile(r"\d+(?:[.,]\d+)?")


# --- reading one candidate --------------------------------------------------------------

_KEEP, _WEAK, _REFUSED, _MERGED = 0, 1, 2, 3


class _Candidate:
    """A number being judged: where it is, its digits or word value, scale and unit.

    Every field is a slot set by ``__init__``: the scanner reads most of them for each
    candidate (``status`` in every pass), and a slot holding its value is read several
    times faster than a default looked up on the class after a miss in the instance.
    """

    __slots__ = (
        "compound", "counted", "currency", "digits", "end", "exponent", "factor", "grouped",
        "out_of", "own_scale", "own_unit", "plain", "range_span", "refused_as", "start",
        "status", "unit", "vulgar", "word_value",
    )  # fmt: skip

    def __init__(self, start: int, end: int) -> None:
        self.start = start
        self.end = end
        self.status = _KEEP
        self.digits: str | None = None  # the number as a plain decimal: "12408", "8.26"
        self.word_value = 0.0  # the value of a number in words, before its scale
        self.exponent = 0  # the power of ten of the scale: 9 for "billion", -2 for "cents"
        self.factor = 1  # 12 for "dozen"
        self.vulgar = 0.0  # the "1/2" of "2 1/2"
        self.unit: str | None = None
        self.currency = False  # the unit is a currency
        self.own_unit = False  # a unit written after this number itself ("7.3%"), not carried
        self.own_scale = False  # a scale written after this number itself ("1.5 billion")
        self.plain = False  # bare digits, no separator: "1987", "787"
        self.grouped = False  # digits grouped in thousands: "34,000", "1.234,5"
        self.compound = False  # joined to a word by a hyphen: "10-member"
        self.refused_as = ""  # "year" or "date": what a refused number was
        self.counted = False  # in the year range, but a count: "2000 people"
        self.range_span: Span | None = None
        self.out_of: float | None = None

    def value(self) -> float:
        """The value, with the scale and factor applied."""
        if self.digits is not None:
            base = float(f"{self.digits}e{self.exponent}") if self.exponent else float(self.digits)
            if self.vulgar:  # "-2 1/2" is -2.5
                vulgar = self.vulgar * 10.0**self.exponent
                base += -vulgar if self.digits[0] == "-" else vulgar
        else:
            base = self.word_value * 10.0**self.exponent
        return base * self.factor


def _refused(start: int, end: int) -> _Candidate:
    """A candidate refused at once: it still parts its neighbours and ends a chain."""
    c = _Candidate(start, end)
    c.status = _REFUSED
    return c


def _read_digits(raw: str) -> str | None:
    """The digits as a plain decimal ("12,408" -> "12408", "8,26" -> "8.26"), or None.

    Commas group thousands in threes ("1,400", "6,912.40"); a single comma before other
    than three digits is a decimal comma ("8,26%"); dots grouping threes before a final
    comma are European thousands ("1.234,5"); spaces part groups of three as
    :data:`DIGIT_QUANTITY` allows them ("16 531"). Anything else ("1.1.1", "1,1,1") is no
    number: a version, a list or a section mark.
    """
    if raw.isdigit():
        return raw
    separators = raw.count(",") + raw.count(".")
    if not separators:  # only spaces part the groups ("1 250 000")
        joined = "".join(raw.split())
        return joined if joined.isdigit() else None
    if separators == 1:  # the common cases, read as the patterns below read them
        if "." in raw:
            return raw  # "8.26"
        head, tail = raw.split(",")
        return head + tail if len(head) <= 3 and len(tail) == 3 else head + "." + tail
    if _DIGITS_THOUSANDS.fullmatch(raw):
        return raw.replace(",", "")
    if _DIGITS_DECIMAL.fullmatch(raw):
        return raw.replace(",", ".")
    if _DIGITS_EUROPEAN.fullmatch(raw) and (raw.count(".") > 1 or "," in raw):
        return raw.replace(".", "").replace(",", ".")
    return None


def _previous_words(text: str, start: int) -> list[str] | None:
    """The last two words before ``start``, or None if the number is glued to what precedes."""
    chunk = text[start - 40 if start > 40 else 0 : start]
    if not chunk or not chunk[-1].isspace():
        return None if chunk else []
    return chunk.rsplit(None, 2)[-2:]


def _next_word(text: str, end: int) -> str:
    """The next word after ``end``, lower case, without punctuation around it."""
    words = text[end : end + 30].split(None, 1)
    return words[0].strip(".,;:!?\"'()“”‘’").lower() if words else ""


def _is_name_word(word: str, lower: str) -> bool:
    """Whether ``word`` before a bare number makes it part of a name ("Boeing 787").

    A capitalised word that is not a sentence opener or headline verb, a word with a capital
    inside ("iPhone 4", "S&P 500"), or a label word ("flight 370", "Section 8"). ``lower``
    is the word in lower case.
    """
    if lower in _LABEL_WORDS or word == "#":
        return True
    if lower == word or word[-1] in ',.;:!?)]"”’':
        return False  # lower case, or punctuation between: "Apple, 109"
    if word.endswith(("'s", "’s")):
        return False  # a possessive: "Apple's 109 stores"
    return lower not in _NAME_STOPWORDS and lower.rstrip(".") not in _MONTHS


def _judge_digits(text: str, c: _Candidate, digits: str, before: str) -> None:
    """Refuse a bare number in digits that is a year, a day of a month, a time or a name.

    Only a number with no currency, scale or unit is judged: "in 1987" is a year but
    "1987 tonnes" a quantity; "April 18" a date; "3 p.m." a time; "Boeing 787" a name.
    "aged 42" and "John Smith, 42, said" are ages, in "years old"; "10 Downing Street" is
    an address. ``before`` is the character before the number ("" at the start).
    """
    start = c.start
    if before in "-–" and before and start >= 2 and text[start - 2].isalpha():
        c.status = _REFUSED  # "COVID-19", "FTSE-100", "end-1986"
        return
    if before in "'’" and before and len(digits) == 2:
        c.status, c.refused_as = _REFUSED, "year"  # "the '87 crash"
        return
    if c.unit is not None or c.exponent or c.factor != 1 or c.compound:
        return
    _judge_bare(text, c, c.end, digits, before)


def _clock_follows(text: str, end: int) -> bool:
    """Whether a clock word follows ``end``: "3 p.m.", "0900 GMT", "10 o'clock".

    :data:`_CLOCK_AFTER` runs only where one of its first letters stands after at most one
    space, which rules out most numbers at the cost of a slice.
    """
    after = text[end : end + 1]
    if after in _CLOCK_OPENERS or (after.isspace() and text[end + 1 : end + 2] in _CLOCK_OPENERS):
        return _CLOCK_AFTER.match(text, end) is not None
    return False


def _counts(text: str, start: int, end: int) -> bool:
    """Whether four digits in the year range from ``start`` to ``end`` count, not date.

    A number in the year range is a year ("in 1987", "the 2000 election", "1999 figures")
    unless a counted noun follows it at once ("1500 people were evacuated", "2000 TROOPS")
    or a word of amount stands before it ("some 2000", "more than 1200", "another 1500").
    After a word of time or a month it stays a year even before a counted noun ("In 2008
    workers struck", "since 1998 cases", "March 1998 cases"), and so after a word of
    amount that follows one ("in about 1990").
    """
    words = _previous_words(text, start)
    if words:
        last = words[-1].lower()
        first = words[0].lower() if len(words) == 2 else ""
        if last in _COUNT_CUES:
            return first not in _YEAR_BEFORE  # "some 2000", not "in about 1990"
        if (first, last) in _COUNT_CUE_PAIRS:
            return True
        if _keeps_a_year(last):
            return False
    return _COUNTED_AFTER.match(text, end) is not None


def _keeps_a_year(last: str) -> bool:
    """Whether the word ``last`` (lower case) before a number keeps it a year: "in", "May"."""
    return last in _YEAR_BEFORE or last.rstrip(".,") in _MONTHS


def _judge_bare(text: str, c: _Candidate, end: int, digits: str, before: str) -> None:
    """:func:`_judge_digits` on a number with nothing written after it, ending at ``end``.

    "In 1987" is a year, "Nov. 30" a date, "3 p.m." a time, "Boeing 787" a name.
    """
    if not c.plain:
        if len(digits) <= 5 and _clock_follows(text, end):
            c.status = _REFUSED  # "10.30 a.m."
        return
    number = int(digits)
    if len(digits) == 4:
        if 1000 <= number <= 2099:
            if not _counts(text, c.start, end):
                c.status, c.refused_as = _REFUSED, "year"
                return
            c.counted = True
        if _clock_follows(text, end):
            c.status = _REFUSED  # "0900 GMT"
            return
    elif number <= 24 and _clock_follows(text, end):
        c.status = _REFUSED  # "3 p.m."
        return
    if before.isspace():
        start = c.start
        words = _previous_words(text, start)
        if words:
            last = words[-1]
            lower = last.lower()
            if lower == "aged":
                c.unit, c.own_unit = "years old", True  # "aged 42"
                return
            if number <= 31 and lower.rstrip(".,") in _MONTHS and last[0].isupper():
                c.status, c.refused_as = _REFUSED, "date"  # "April 18", "Aug. 30"
                return
            if _is_name_word(last, lower):
                c.status = _REFUSED
                return
            if (
                number <= 120
                and last[-1] == ","
                and text[end : end + 1] == ","
                and last[0].isupper()
            ):
                c.unit, c.own_unit = "years old", True  # "John Smith, 42, said"
                return
    if number <= 31:
        following = _next_word(text, end)
        if following in _MONTHS and following != "may":
            c.status, c.refused_as = _REFUSED, "date"  # "8 November"
            return
    # an address has a capital after one space: the pattern runs only there
    if (
        text[end : end + 1] == " "
        and text[end + 1 : end + 2].isupper()
        and _ADDRESS_AFTER.match(text, end)
    ):
        c.status = _REFUSED  # "10 Downing Street"


def _judge_words(text: str, c: _Candidate, words: list[str], prev: list[str] | None) -> None:
    """Refuse word numbers that name, refer or are not counts; ``words`` are lower case.

    A capitalised number inside a sentence is a name ("the Big Three"); a small number
    after a determiner is a reference ("the two men"); a number glued to a hyphen after a
    word is part of a compound ("hour-and-a-half"); a bare "one" is a pronoun more often
    than a count ("one of the largest"), so it stays only in "at least one" (a ratio may
    still take it: "one in five").
    """
    start = c.start
    if prev is None:
        if start >= 1 and text[start - 1] in "-–":
            c.status = _REFUSED
            return
    elif text[start].isupper() and not text[start + 1 : start + 2].isupper():
        before = text[max(0, start - 40) : start]
        stripped = before.rstrip()
        if (
            stripped
            and stripped[-1] not in _SENTENCE_OPENERS
            and "\n" not in before[len(stripped) :]
        ):
            c.status = _REFUSED
            return
    if c.exponent or c.unit is not None or len(words) != 1:
        return
    last = prev[-1].lower() if prev else ""
    if last in _DETERMINERS:
        c.status = _REFUSED
    elif words[0] == "one":
        at_least = last == "least" and prev is not None and prev[0].lower() == "at"
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
        if fraction and not (amount and seg_words[-1] == "half"):
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


class _Suffix:
    """What follows a number: its scale, unit and currency, and where the quantity ends.

    The defaults live on the class: a suffix is made at most once per candidate, and few
    of its fields are read more than once.
    """

    currency: str | None = None
    unit: str | None = None
    own_unit = False
    compound = False
    exponent = 0
    factor = 1
    hyphen = False

    def __init__(self, end: int) -> None:
        self.end = end


def _read_suffix(
    text: str, m: re.Match[str], shift: int, currency: str | None, *, words: bool
) -> _Suffix | None:
    """Read the scale and unit groups of a match; None where the number is not a quantity.

    "622 mln dlr" is 622e6 USD, "25 million shekels" ILS, "Canadian dollars" CAD, "51
    cents" 0.51 USD, "58-storey" storeys. A word number joined by a hyphen to anything but
    a unit is no quantity ("one-time"); "40m" is millions after a currency sign or before
    a noun, metres before "high", "long" and the like; "3M" and "4K" are no quantities.
    """
    g = m.group
    out = _Suffix(m.end() - shift)
    if currency is not None:
        out.currency = currency
    scale, glued = g(_SCALE), g(_GLUED)
    if scale is not None:
        if scale == "dozen":
            out.factor = 12
        else:
            out.exponent = _SCALES[scale]
    elif glued is not None:
        if currency is None and text[m.start("glued") - shift].isupper():
            return None  # "3M", "4K": a name or a format, not a scale
        if glued == "k":
            out.exponent = 3
        elif currency is not None or _next_word(text, out.end) not in _LENGTH_CONTEXT:
            out.exponent = 6  # "£40m", "40m people"
        else:
            out.unit, out.own_unit = "metres", True  # "a 40m wall", "40m high"
    last = m.lastgroup  # the unit branch that matched, if any, closes last
    if last == "unit":
        out.unit, out.own_unit = _UNIT_SPELLINGS[g(_UNIT)], True
    elif last == "noun":
        noun, adjective = _one_space(g("noun")), g("adjective")
        adjective = _one_space(adjective) if adjective is not None else None
        found = currency or _CURRENCY_ADJECTIVES.get((adjective or "", noun))
        found = found or _CURRENCY_NOUNS.get(noun)
        if found is None:  # "Kuwaiti" and "dinars" with no reading of their own
            end = m.start("noun" if adjective is None else "adjective") - shift
            out.end = end - text[end - 1].isspace()
        out.currency, out.own_unit = found, found is not None
    elif last == "subunit":
        out.currency = currency or _SUBUNITS[_one_space(g("subunit"))]
        out.exponent, out.own_unit = out.exponent - 2, True
    elif last == "suffix_code":
        code_start = m.start("suffix_code") - shift
        code = text[code_start : code_start + 3]
        if code.isupper():  # "450 billion USD", not "5 try"
            out.currency, out.own_unit = currency or code, True
        else:
            out.end = code_start - 1
    elif last == "hyphen":
        out.hyphen = True
        parts = g("hyphen").split("-")
        if parts[:2] == ["year", "old"]:
            out.unit, out.own_unit = "years old", True
        elif parts[0] in _HYPHEN_UNITS:
            out.unit, out.own_unit = _HYPHEN_UNITS[parts[0]], True
        elif words:
            return None  # "one-time", "two-handed"
        out.compound = out.own_unit
        if not out.compound:
            out.end = m.start("hyphen") - 1 - shift  # "$10-a-share": the "$10" alone
        out.own_unit = out.own_unit and out.unit is not None
    if out.currency is not None:
        out.unit = out.currency
    return out


def _code_before(text: str, lowered: str, window: int, start: int) -> tuple[str | None, int]:
    """The currency code or abbreviation just before ``start``, and where it starts.

    "USD 5", "Rs 500" and "DM 5" name their currency before the amount; (None, ``start``)
    if nothing does.
    """
    code = _CODE_PREFIX.search(lowered, window, start)
    if code is not None:
        written = text[code.start() : code.end("code")]
        currency = _CURRENCY_PREFIX_WORDS.get(written) or (
            written if written in _CURRENCY_CODES else None
        )
        if currency:
            return currency, code.start()
    return None, start


def _spaced_apart(text: str, start: int) -> bool:
    """Whether digits grouped by plain spaces are two numbers after all.

    After a month or inside a name the first group is a day or a model: "on May 5 100
    people", "Boeing 747 400 aircraft". Both are refused rather than read as 5100.
    """
    words = _previous_words(text, start)
    if not words:
        return False
    last = words[-1]
    lower = last.lower()
    return lower.rstrip(".,") in _MONTHS or _is_name_word(last, lower)


def _read_digit_match(text: str, lowered: str, size: int, m: re.Match[str]) -> _Candidate:
    """Read one match of :data:`DIGIT_QUANTITY` into a candidate, refused or kept.

    Digits next to a colon or a slash and another digit are a time, a date or a fraction
    ("10:30", "22/08/1996", "24/7"); digits glued to letters an ordinal, a decade or a name
    ("3rd", "1990s", "4G", "10.45pm", "G20"); all of them are refused.
    """
    start, end = m.span()
    if end < size and text[end].isalnum():
        return _refused(start, end)
    rest_end = m.end(_REST)
    if rest_end < size - 1 and text[rest_end] in ":/" and text[rest_end + 1].isdigit():
        return _refused(start, end)
    currency: str | None = None
    negative = False
    before = text[start - 1] if start else ""
    first = lowered[start]
    if first in _SIGN_CHARS:
        num_start = m.start(_REST) - 1
        currency = _CURRENCY_SIGNS[first]
        if before.isalpha() or before == ".":  # a letter prefix may stand before the sign
            prefix = _SIGN_PREFIX.search(lowered, max(0, start - 4), start)
            if prefix is not None:
                sign = text[prefix.start() : start + 1]
                if sign in _CURRENCY_SIGNS:  # "US$", "CA$", "HK$"; not "us$"
                    start, currency = prefix.start(), _CURRENCY_SIGNS[sign]
    elif before == " ":  # the common case: only a currency code may stand before
        num_start = start
        if start > 1 and text[start - 2] in _CODE_ENDS:
            window = start - 5 if start > 5 else 0
            if text[window:start] != lowered[window:start]:
                currency, start = _code_before(text, lowered, window, start)
    elif start:
        num_start = start
        if before in _MINUS_SIGNS:  # "-5", "fell to -0.3%", "−2.1"; not "10-20", "F-16"
            sign_before = text[start - 2] if start >= 2 else " "
            if sign_before.isspace() or sign_before in _MINUS_OPENERS:
                start, before, negative = start - 1, sign_before, True
        if before in ":/" and start >= 2 and text[start - 2].isdigit():
            return _refused(start, end)
        window = start - 5 if start > 5 else 0
        if before.isalpha() or (before == "." and text[window:start] != lowered[window:start]):
            currency, start = _code_before(text, lowered, window, start)
        if currency is None and (before.isalnum() or before in "._"):
            return _refused(start, end)  # glued to a word: "G20", "x86"
    else:
        num_start = 0
    raw = text[num_start:rest_end]
    if len(raw) > _LONGEST_NUMBER:
        return _refused(start, end)  # a serial number or noise, not an amount
    c = _Candidate(start, end)
    if raw.isdigit():
        c.plain = True
        digits = c.digits = raw
    elif raw.count(".") == 1 and "," not in raw:  # "8.26", as :func:`_read_digits` reads it
        digits = c.digits = raw
    else:
        read = _read_digits(raw)
        if read is None:
            c.status = _REFUSED
            return c
        digits = c.digits = read
        c.grouped = len(read) < len(raw)  # the separators of thousands were dropped
        if " " in raw and _spaced_apart(text, start):
            c.status = _REFUSED
            return c
    if negative:
        c.digits = "-" + digits  # ``digits`` stays unsigned: the rules below judge it
    last = m.lastindex
    if last != _REST:  # something is written after the digits
        vulgar, sign, scale, glued, unit = m.group(
            _VULGAR, _VULGAR_SIGN, _DIGIT_SCALE, _DIGIT_GLUED, _DIGIT_UNIT
        )
        if vulgar is not None:  # "2 1/2", "7-1/2 pct"
            numerator, denominator = vulgar.split("/")
            c.vulgar, c.plain = int(numerator) / int(denominator), False
        elif sign is not None:  # "3½"
            c.vulgar, c.plain = _VULGAR_SIGNS[sign], False
        if glued is None and last in _COMMON_SUFFIXES:
            # the common suffixes, read as :func:`_read_suffix` reads them: a scale word,
            # a unit, or both ("1.2 million bpd", "7.3%")
            if scale is not None:
                if scale == "dozen":
                    c.factor = 12
                else:
                    c.exponent, c.own_scale = _SCALES[scale], True
            if last == _DIGIT_UNIT:
                c.own_unit = True
                c.unit = _UNIT_SPELLINGS[unit] if currency is None else currency
            elif currency is not None:
                c.unit = currency
            if currency is None:  # then the number starts where the match does
                if before in _JUDGED_BEFORE:  # nothing else refuses a number with a unit
                    _judge_digits(text, c, digits, before)
            else:
                c.currency = True
            return c
        suffix = _read_suffix(text, m, 0, currency, words=False)
        if suffix is None:
            c.status = _REFUSED
            return c
        c.end, c.compound = suffix.end, suffix.compound
        c.exponent, c.factor, c.unit = suffix.exponent, suffix.factor, suffix.unit
        c.currency, c.own_unit = suffix.currency is not None, suffix.own_unit
        c.own_scale = suffix.exponent > 0
    elif currency is not None:
        c.unit, c.currency = currency, True
    elif before not in _JUDGED_BEFORE:  # a bare number, not after a hyphen or an apostrophe
        _judge_bare(text, c, end, digits, before)
        return c
    if currency is None:
        _judge_digits(text, c, digits, before)
    return c


def _year_in_words(segments: list[tuple[int, int, float, bool, list[str]]]) -> bool:
    """Whether a run of number words is a year said aloud: "nineteen seventy-nine"."""
    return len(segments) > 1 and any(
        10 <= a[2] <= 20 and 0 < b[2] < 100 and b[0] == a[1] + 1 and not a[3]
        for a, b in itertools.pairwise(segments)
    )


def _head(phrase: str) -> tuple[int, float, bool, list[str]]:
    """How :func:`_read_word_run` reads ``phrase`` alone: length, value, fraction, words.

    ``phrase`` is one of the phrases a number in words opens with: "two", "a third".
    """
    ((_, length, value, is_fraction, words),) = _read_word_run(phrase, 0)
    return length, value, is_fraction, words


_HEADS = {phrase: _head(phrase) for phrase in (*_CARDINALS, "half", *(f"a {w}" for w in _AFTER_A))}
"""The phrases a number in words opens with ("two", "half", "a third"), read once: a
number that is one of them alone ("a third of the") needs no :func:`_read_word_run`.
Their word lists are shared, and read only."""

_WORD_SCALE = WORD_QUANTITY.groupindex["scale"]
_WORD_GLUED = WORD_QUANTITY.groupindex["glued"]
_WORD_UNIT = WORD_QUANTITY.groupindex["unit"]


def _read_word_match(text: str, m: re.Match[str]) -> list[_Candidate]:
    """Read one match of :data:`WORD_QUANTITY` into candidates (a run may give several)."""
    start, match_end = m.span()
    end = match_end - 1  # the match starts at the space before the words
    if end < len(text) and text[end].isalnum():
        return [_refused(start, end)]
    more_start, more_end = m.span(_MORE)
    # one phrase ("two", "two percent", "half", "a third"): read from the table
    head = _HEADS.get(m.string[start + 1 : more_start]) if more_start == more_end else None
    if head is not None and more_end == match_end:
        cardinal = _CARDINALS.get(head[3][0])
        if cardinal is not None:  # one cardinal and nothing after it: the common case
            c = _Candidate(start, end)
            c.word_value = cardinal
            _judge_words(text, c, head[3], _previous_words(text, start))
            return [c] if c.status == _KEEP or _may_join(text, end) else []
    # what follows the words, as :func:`_read_suffix` reads it, in plain values
    suffix_end, exponent, factor, hyphen = end, 0, 1, False
    unit: str | None = None
    currency = own_unit = False
    if more_end == match_end:
        pass  # nothing is written after the words
    elif m.lastindex == _WORD_UNIT and m.group(_WORD_SCALE, _WORD_GLUED) == (None, None):
        unit, own_unit = _UNIT_SPELLINGS[m.group(_WORD_UNIT)], True  # "three months"
    else:
        suffix = _read_suffix(text, m, 1, None, words=True)
        if suffix is None:
            return [_refused(start, end)]
        suffix_end, exponent, factor, unit = suffix.end, suffix.exponent, suffix.factor, suffix.unit
        currency, own_unit, hyphen = suffix.currency is not None, suffix.own_unit, suffix.hyphen
    if head is not None:  # one phrase, as :func:`_read_word_run` reads it
        length, value, is_fraction, words = head
        segments = [(start, start + length, value, is_fraction, words)]
    else:
        segments = _read_word_run(text[start : more_end - 1], start)
        if not segments or _year_in_words(segments):
            return [_refused(start, end)]
    prev = _previous_words(text, start)
    out: list[_Candidate] = []
    last = len(segments) - 1
    for i, (s, e, value, is_fraction, words) in enumerate(segments):
        fraction = is_fraction
        is_last = i == last
        c = _Candidate(s, suffix_end if is_last else e)
        # a scale written in words is kept apart, so that a range can carry it
        word_exponent = _SCALES.get(words[-1], 0) if value >= 1 else 0
        c.word_value = value / 10.0**word_exponent if word_exponent else value
        c.exponent = word_exponent
        c.own_scale = word_exponent > 0
        if is_last:
            c.exponent += exponent
            c.factor, c.unit = factor, unit
            c.currency, c.own_unit = currency, own_unit
            c.own_scale = c.own_scale or exponent > 0
        if fraction and is_last and words == ["half"] and c.unit is None:
            half = _HALF_A_UNIT.match(text[c.end : c.end + 30].lower())
            if half is not None:  # "half a percentage point", "half a mile"
                c.unit, c.own_unit, fraction = _UNITS[_one_space(half.group(1))], True, False
                c.end += half.end()
        if fraction and (c.unit is not None or c.exponent):
            if c.unit != "points" or not hyphen:
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


_LENGTH_CONTEXT = frozenset({
    "high", "tall", "long", "wide", "deep", "away", "above", "below", "under", "from", "of",
    "in", ""
})  # fmt: skip
"""Words after "40m" that make it metres, not millions ("a 40m high wall")."""


def _fraction_reads(text: str, c: _Candidate, words: list[str]) -> bool:
    """Whether a fraction word is a proportion here, not an ordinal or a period.

    "half", "a third" and "three quarters" need what they divide after them ("half of
    the", "half the workers", "a quarter of"); "two thirds" and "one-third" stand alone.
    "The first half" and "the third quarter" are periods, "three quarters" may be nine
    months, and "third" alone an ordinal, so none of them reads.
    """
    following = _next_word(text, c.end)
    if words == ["half"]:
        prev = _previous_words(text, c.start)
        if prev and prev[-1].lower() in _DETERMINERS | {"a", "second"}:
            return False
        return following in _FRACTION_FOLLOWERS
    if words[0] == "a" or words[-1] in {"quarter", "quarters"}:
        return following == "of"
    return True


# --- joining neighbours -----------------------------------------------------------------


def _join_ratio(text: str, a: _Candidate, b: _Candidate) -> bool:
    """Read "one in five", "three out of 10" as one count out of another.

    The quantity spans both numbers; its value is the first ("two"), ``out_of`` the second.
    """
    if a.unit is not None or b.unit is not None or b.status not in {_KEEP, _WEAK}:
        return False
    if a.range_span is not None:
        return False
    if not _RATIO_GAP.fullmatch(text, a.end, b.start):
        return False
    a.end, a.out_of, a.status, b.status = b.end, b.value(), _KEEP, _MERGED
    return True


def _join_range(text: str, a: _Candidate, b: _Candidate) -> None:
    """Read "20 to 25 percent", "2.1 to 2.4 billion dlrs", "between 10 and 12" as a range.

    Both ends keep their own span and share ``range_span``; the scale and unit written
    once are carried to the other end. A first number with a unit of its own is not the
    start of a range ("fell 4.6% to 6,912.40" is a move and a level), unless "between"
    says so; nor is a bare number after a verb of change when the second is more than
    three times the first ("slid 12 to 310"); nor is a number written out in thousands
    ("34,000") before one with a scale ("2.27 million"), nor one after "by" that the scale
    would make larger than the second ("rose by 34,000 to 2.27 million" is a move of
    34,000 and a level of 2.27 million). After "from", the numbers are a change, not
    a range: they share the unit but not a range span. A tight "52-35" with a larger first
    number is a score, read as two counts.
    """
    gap = " ".join(text[a.end : b.start].split())
    if gap not in _RANGE_GAPS or b.status not in {_KEEP, _WEAK} or a.out_of is not None:
        return
    prev = _previous_words(text, a.start) or []
    before = prev[-1].lower() if prev else ""
    if gap == "and" and before != "between":
        return
    hyphen_same_unit = gap in {"-", "–"} and a.unit == b.unit
    if (a.own_unit or a.own_scale) and before != "between" and not hyphen_same_unit:
        return  # "fell 4.6% to 6,912.40" is a move and a level; "$1.5bn-$2bn" a range
    if a.currency and b.currency and a.unit != b.unit:
        return
    if before in _CHANGE_VERBS and b.value() > 3 * a.value():
        return  # "Harbour Telecom slid 12 to 310": a move and a level
    if not a.own_scale and not a.exponent and not a.factor - 1 and (b.exponent or b.factor - 1):
        carried = a.value() * 10.0**b.exponent * b.factor
        if (a.grouped and not b.grouped) or (before == "by" and carried > b.value()):
            return  # "rose by 34,000 to 2.27 million": a move and a level, not 34 billion
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


def _opens_a_count(text: str, start: int) -> bool:
    """Whether no word of time or month stands before ``start``: "1500 to", not "in 1998 to".

    "for" and "of" count as words of time here: "plans for 2000 to 2001" are for years.
    """
    words = _previous_words(text, start)
    if not words:
        return True  # at the start, or after a bracket or a quote
    last = words[-1].lower()
    return last not in {"for", "of"} and not _keeps_a_year(last)


def _after_between(text: str, start: int) -> bool:
    """Whether the word right before ``start`` is "between": "between 1500 and 2000"."""
    words = _previous_words(text, start)
    return words is not None and len(words) > 0 and words[-1].lower() == "between"


def _refuse_after_refused(text: str, a: _Candidate, b: _Candidate) -> None:
    """Refuse the second number of a year range or a date chain.

    "2011-15", "from 2011 to 2015", "May 11-13" and "on May 14 and 15" name no amount.
    But a year before "to" and a count is a count, and the two a range, where no word of
    time or month stands before it: "1500 to 2000 people", not "from 1998 to 2001 jobs";
    so is one after "between" and before "and" and a count where both are round hundreds,
    as estimates are: "between 1500 and 2000 people" ("between 1990 and 2000 people
    moved" names years).
    """
    if b.status == _REFUSED or b.digits is None or not b.plain or b.unit is not None:
        return
    gap = text[a.end : b.start]
    if gap in {"-", "–", "/"}:
        b.status = _REFUSED
        return
    joined = " ".join(gap.split()) in {"to", "and", "or", "-", "–"}
    number = int(b.digits) if len(b.digits) <= 4 else 10_000
    if a.refused_as == "year" and joined and (number <= 99 or 1000 <= number <= 2099):
        if (
            b.counted
            and len(a.digits or "") == 4
            and (
                (gap.strip() == "to" and _opens_a_count(text, a.start))
                or (
                    gap.strip() == "and"
                    and _after_between(text, a.start)
                    and number % 100 == 0
                    and int(a.digits or "1") % 100 == 0
                )
            )
        ):
            a.status, a.refused_as = _KEEP, ""
            _join_range(text, a, b)  # "1500 to 2000 people"
            return
        b.status, b.refused_as = _REFUSED, "year"  # "from 2011 to 2015"
    elif a.refused_as == "date" and joined and number <= 31:
        b.status, b.refused_as = _REFUSED, "date"  # "on May 14 and 15"


# --- the scanner ------------------------------------------------------------------------


_start = operator.attrgetter("start")
"""Where a candidate starts: the key candidates are sorted by."""


_set_span, _set_text, _set_value, _set_unit, _set_range, _set_out_of = _QUANTITY_SLOTS


def _quantities(text: str, candidates: list[_Candidate]) -> tuple[Quantity, ...]:
    """The kept candidates as quantities.

    A quantity is built by filling its slots, not through ``__init__``: its offsets are
    valid by construction (``0 <= start <= end``, ints), which is all ``Span`` checks, and
    ``Quantity`` validates nothing, so the result equals the constructor's at a third of
    the cost; the equality is tested.
    """
    new = object.__new__
    out: list[Quantity] = []
    append = out.append
    for c in candidates:
        if c.status:  # anything but _KEEP (0)
            continue
        start, end = c.start, c.end
        span = new(Span)
        _SPAN_START(span, start)
        _SPAN_END(span, end)
        q = new(Quantity)
        _set_span(q, span)
        _set_text(q, text[start:end])
        digits = c.digits
        if digits is not None and not c.exponent and not c.vulgar and c.factor == 1:
            _set_value(q, float(digits))  # what c.value() gives, without the call
        else:
            _set_value(q, c.value())
        _set_unit(q, c.unit)
        _set_range(q, c.range_span)
        _set_out_of(q, c.out_of)
        append(q)
    return tuple(out)


_NOT_MINUS_AFTER = frozenset({"or", "plus", "+/-", "±"})
"""Words before "minus" that make it a margin, not a sign ("plus or minus 3 points")."""


def _read_minus(text: str, lowered: str, candidates: list[_Candidate]) -> None:
    """Make a number after the word "minus" negative: "minus 3 degrees" is -3 degrees.

    The quantity's span takes in the word. "Plus or minus 3 points" is a margin, "10
    minus 3" and "ten minus 4" sums, and "B-minus" a grade: after "or", "plus", a number
    or a hyphen, "minus" is no sign.
    """
    for c in candidates:
        start = c.start
        if c.status == _REFUSED or start < 6 or lowered[start - 6 : start] != "minus ":
            continue
        if c.digits is not None and c.digits[0] == "-":
            continue  # "minus -3" is written by nobody; the sign is read once
        words = _previous_words(text, start - 6)
        if words is None:
            continue  # "B-minus 5": glued to a word
        if words and (
            words[-1].lower() in _NOT_MINUS_AFTER
            or words[-1][-1].isdigit()
            or words[-1].lower() in _CARDINALS
        ):
            continue
        c.start = start - 6
        if c.digits is not None:
            c.digits = "-" + c.digits
        else:
            c.word_value = -c.word_value


def find_quantities(text: str) -> tuple[Quantity, ...]:
    """Every quantity in ``text``, in order, with its span, value and unit.

    >>> [(q.text, q.value, q.unit) for q in find_quantities("It lent $3bn, up 7.3%.")]
    [('$3bn', 3000000000.0, 'USD'), ('7.3%', 7.3, 'percent')]
    >>> [(q.text, q.value) for q in find_quantities("In 1987, 12,408 crossed on May 11.")]
    [('12,408', 12408.0)]
    """
    if not isinstance(text, str):
        raise TextInputError("text", text)
    lowered = _text.lower(text)
    if len(lowered) != len(text):  # a few letters lower-case to two ("İ"): keep offsets
        lowered = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    size = len(text)
    matches = _digit_matches(lowered, _text.skeleton(text))
    candidates = [_read_digit_match(text, lowered, size, m) for m in matches]
    spaced = lowered
    for separator in _WORD_SEPARATORS:
        if separator in spaced:
            spaced = spaced.replace(separator, " ")
    word_candidates = [
        c for m in WORD_QUANTITY.finditer(" " + spaced) for c in _read_word_match(text, m)
    ]
    if word_candidates:
        candidates = sorted(candidates + word_candidates, key=_start)
    if "minus " in lowered:
        _read_minus(text, lowered, candidates)
    for a, b in itertools.pairwise(candidates):
        if b.start - a.end > _LONGEST_GAP:
            continue
        if a.status == _REFUSED:
            _refuse_after_refused(text, a, b)
        elif a.status in {_KEEP, _WEAK} and not _join_ratio(text, a, b):
            _join_range(text, a, b)
    return _quantities(text, candidates)
