"""Short function words of the languages a news reader meets most, to tell French from the rest.

Each list holds frequent words that are rare in the other languages listed (« de » and « la »
are in Spanish and Italian too, so they count little on their own: the score is the share of
all these words, language by language).
"""

FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "fr": frozenset("le la les des du un une et est sont dans pour avec sur pas qui que ne au aux ce cette "
                    "il elle ils nous vous leur été être mais ou où plus par selon".split()),
    "en": frozenset("the and of to is are was were in that for with on not this it he she they have has "
                    "be by from at which would said".split()),
    "de": frozenset("der die das und ist sind nicht mit für auf ein eine dem den des von zu sich auch "
                    "wird wurde hat bei aus".split()),
    "es": frozenset("el los las y es son en que por para con del una uno pero como más fue está "
                    "dijo sus".split()),
    "it": frozenset("il lo gli della delle dei che per con non una sono è nel nella anche più stato "
                    "ha come".split()),
    "pt": frozenset("os as e é são em que por para com não uma um do da dos das mais foi está "
                    "disse".split()),
    "nl": frozenset("de het een en is zijn niet met voor op van dat die ook bij naar werd heeft "
                    "wordt".split()),
}

LANGUAGE_NAMES = {"fr": "French", "en": "English", "de": "German", "es": "Spanish", "it": "Italian",
                  "pt": "Portuguese", "nl": "Dutch", "und": "an unknown language"}
