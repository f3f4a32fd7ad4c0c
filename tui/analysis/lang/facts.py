"""French language data: the words that make a statement check-worthy (numbers, dates,
quantities, comparisons).

Data only; `tui.analysis.claims` builds its patterns from it."""

from __future__ import annotations

NUMBER_WORDS = (
    "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "quinze",
    "vingt", "trente", "quarante", "cinquante", "soixante", "cent", "cents", "mille", "millions?",
    "milliards?", "dizaines?", "centaines?", "milliers?", "moitié", "tiers", "quart", "double", "triple",
)
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre")
COMPARATIVES = ("plus", "moins", "davantage", "autant", "mieux", "pire")
COMPARISON_WORDS = ("supérieure?s?", "inférieure?s?", "record", "hausse", "baisse", r"augment\w+", r"diminu\w+",
                    "doublé", "triplé", "premier pays")
QUANTITY_UNITS = ("euros?", "dollars?", "tonnes?", "kilomètres?", "km", "soldats", "militaires", "morts", "victimes")
