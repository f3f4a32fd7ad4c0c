"""French language data: Function words the rules look for: clitics, pronouns, prepositions, negation, time words.

Data only; the rules that read it live in `tui.analysis`."""

from __future__ import annotations

# Words that mark a clause as negated.
NEGATION_WORDS = frozenset({"ne", "n'", "n’", "jamais", "nullement", "aucunement"})

# inverted subject clitics, also as typed without the first hyphen (« a t-elle »)
CLITIC_SUBJECTS = frozenset({"-il", "-elle", "-on", "-ils", "-elles", "-t-il", "-t-elle", "-t-on", "-t-ils", "-t-elles",
                              "t-il", "t-elle", "t-on", "t-ils", "t-elles",
                              "-je"})  # « lui dis-je »: a first-person narrator (an imperative never takes -je)

VERB_GROUP_ADVERBS = frozenset({
    "néanmoins", "encore", "également", "aussi", "toutefois", "alors", "ensuite", "pourtant",
    "notamment", "ainsi", "même", "déjà", "plutôt", "cependant", "enfin", "seulement", "bien",
    "d'ailleurs", "d’ailleurs", "lui-même", "elle-même", "aujourd'hui", "aujourd’hui", "hier",
    "mardi", "lundi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "récemment", "souvent",
    "clairement", "fermement", "publiquement", "immédiatement", "volontiers", "mardi", "simplement",
    # and in a novel's incises (« murmurait toujours le baron », « dit tout bas la servante »)
    "toujours", "doucement", "aussitôt", "soudain", "brusquement", "vivement", "tristement", "gravement",
    "froidement", "tranquillement", "lentement", "gaiement", "naïvement", "timidement", "enfin", "tout",
    "bas", "haut",
})

# adverbial phrases of several words that stand between an incise's verb and its subject
# (« s'écria de nouveau Horace », « reprit de plus belle le colonel »), as word tuples
VERB_GROUP_LOCUTIONS = (("de", "nouveau"), ("à", "nouveau"), ("de", "plus", "belle"), ("tout", "de", "suite"),
                        ("d'", "abord"), ("d’", "abord"),
                        # « résume quant à elle X », « ajoute de son côté X »: whose turn it is, then who
                        ("quant", "à", "elle"), ("quant", "à", "lui"), ("quant", "à", "eux"), ("quant", "à", "elles"),
                        ("de", "son", "côté"), ("de", "leur", "côté"), ("pour", "sa", "part"), ("pour", "leur", "part"))

# words that open an aside between an incise's verb and its subject (« s'écria, comme malgré elle,
# une jeune fille », « reprit, après un silence, le vieillard », « dit, d'une voix douce, Marie »)
PARENTHESIS_OPENERS = frozenset({"comme", "malgré", "sans", "avec", "après", "dans", "sur", "sous", "presque",
                                 "d'", "d’", "de", "du", "à", "au", "en", "non", "tout", "toujours", "enfin"})

# words that may open a clause before its subject: « Mais le lieutenant, …, répondit : »
CLAUSE_OPENERS = frozenset({"mais", "et", "puis", "alors", "enfin", "soudain", "aussitôt", "ensuite", "cependant"})

VERB_GROUP_CLITICS = frozenset({"se", "s'", "s’", "lui", "leur", "me", "m'", "m’", "nous", "vous", "-t", "y", "en"})
# the pronouns between an incise's mark and its verb (« ? lui demanda Ovide », « , me dit-il »)
INCISE_CLITICS = frozenset({"lui", "leur", "me", "m'", "m’", "nous", "vous", "te", "t'", "t’", "se", "s'", "s’"})
# forms of « faire » that open an incise in novels (« « Allons donc ! fit l'autre » »)
INCISE_FAIRE = frozenset({"fit", "fait", "firent", "faisait", "fis"})

SUBJECT_PRONOUNS = frozenset({"il", "elle", "ils", "elles", "on", "je", "nous", "vous", "tu", "celui-ci", "celle-ci", "ce", "cela", "ça"})

# every personal pronoun: a capitalised one opening a line (« — Te voilà enfin ! ») names nobody
PERSONAL_PRONOUNS = SUBJECT_PRONOUNS | frozenset({"me", "te", "se", "le", "la", "les", "lui", "leur", "moi", "toi",
                                                   "soi", "eux", "y", "en", "ceci"})

AVOIR_FORMS = frozenset({"a", "ai", "as", "avons", "avez", "ont", "avait", "avaient", "aura", "auront",
                          "aurait", "auraient", "avoir", "ayant", "eut"})

QUE = frozenset({"que", "qu'", "qu’"})
# what opens a purpose clause (« afin que », « pour que »): its subject, like a completive's, is
# what the sentence wants or supposes, not someone the story turns to
PURPOSE_MARKS = frozenset({"afin", "pour"})
# degree words a clause of consequence answers (« si grande … que », « tant … que », « de sorte que »)
DEGREE_WORDS = frozenset({"si", "tant", "tellement", "tel", "telle", "tels", "telles", "sorte"})

# what opens a relative clause after a name in apposition (« le frère de Mme Lafon, Mettereau, dont … »)
RELATIVE_PRONOUNS = frozenset({"qui", "dont", "que", "qu'", "qu’", "lequel", "laquelle", "lesquels", "lesquelles",
                               "auquel", "duquel", "où"})

TIME_WORDS = frozenset({"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier",
                         "soir", "matin", "midi", "après-midi", "aujourd'hui", "aujourd’hui", "demain"})

OF_WORDS = frozenset({"de", "du", "des", "d'", "d’"})
# nouns for a span of time that open an adverbial (« dit un jour la baronne », « un soir »)
TIME_NOUNS = frozenset({"jour", "soir", "matin", "nuit", "fois", "après-midi", "instant", "moment", "heure"})

IMPERSONAL_SUBJECTS = frozenset({"on", "ce", "c'", "c’", "cela", "ça", "ceci", "tout", "rien", "qui"})

# prepositions that set a name in a noun's place rather than naming its owner (« Grève chez Airbus »,
# « Accord avec Renault », « Tempête sur Paris »)
TOPIC_PREPOSITIONS = frozenset({"chez", "avec", "contre", "sur", "pour", "dans", "en", "à", "au", "aux", "entre"})
PREPOSITION_WORDS = frozenset({"de", "d'", "d’", "du", "des", "à", "au", "aux", "entre", "par", "avec", "pour", "contre", "sur", "chez", "vers", "et"})

FIRST_AND_SECOND_PERSON_WORDS = frozenset({"je", "j'", "j’", "me", "m'", "m’", "moi", "nous", "vous", "tu", "te", "t'", "t’", "toi",
                             "mon", "ma", "mes", "notre", "nos", "votre", "vos", "ton", "ta", "tes"})

# a line that says these speaks to someone: a name after a comma there is called (« — Elle viendra,
# tu verras, Marthe »)
# « Dupont lui-même s'est exprimé »: set after a name, still its subject
EMPHATIC_PRONOUNS = frozenset({"lui-même", "elle-même", "eux-mêmes", "elles-mêmes"})
SECOND_PERSON_WORDS = frozenset({"tu", "te", "t'", "t’", "toi", "vous", "ton", "ta", "tes", "votre", "vos"})
# greetings say it too (« — Bonjour, Marie-Jeanne ! »)
GREETINGS = frozenset({"bonjour", "bonsoir", "adieu", "salut", "merci", "bienvenue"})
# words that may come before a title called (« — Merci, docteur », « — Oui, monsieur le curé »,
# « — Eh bien, capitaine ? »), in the same piece of the line
CALL_OPENERS = GREETINGS | frozenset({"pardon", "oui", "non", "allons", "voyons", "eh bien", "oh", "ah", "hé", "eh"})

ELISIONS = frozenset({"l'", "d'", "s'", "c'", "qu'", "j'", "n'", "m'", "t'", "jusqu'", "lorsqu'", "puisqu'"})

# subjects that name someone the text does not say who (« Celui des deux étrangers qui s'était tu
# … et il lui dit : »): a pronoun coordinated after them stands for that unknown one
UNKNOWN_ONE_SUBJECTS = frozenset({"celui", "celle", "chacun", "chacune", "quelqu'un", "quelqu’un", "un", "une"})
# those of them that open a sentence as a subject on their own (« Un » there is mostly an article)
UNKNOWN_ONE_OPENERS = UNKNOWN_ONE_SUBJECTS - {"un", "une"}

# words that open a book's headings (« Chapitre III », « Livre premier »), which the model may take
# for a person's name
HEADING_WORDS = frozenset({"chapitre", "livre", "partie", "tome", "acte", "scène", "section", "épisode",
                           "prologue", "épilogue", "chant", "volume"})
ORDINAL_WORDS = frozenset({"premier", "première", "second", "seconde", "deuxième", "troisième", "quatrième",
                           "cinquième", "sixième", "septième", "huitième", "neuvième", "dixième", "dernier", "dernière"})

ABBREVIATIONS = frozenset({
    "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "st", "ste", "etc", "cf", "av", "apr",
    "jc", "no", "n°", "vol", "p", "pp", "art", "gén", "gal", "col", "cdt", "lt", "sgt", "mgr", "mr", "mrs",
})


# Words that open narration after a dialogue incise's comma (« , qui redoutait … », « , en riant »)
NARRATION_OPENERS = frozenset({"qui", "en"})

# Words that open a noun phrase like a determiner: « certains analystes », « plusieurs élus »
QUANTIFIERS = frozenset({"certains", "certaines", "plusieurs", "quelques", "nombre", "beaucoup", "la plupart", "tous",
                         "toutes", "aucun", "aucune", "chaque"})

# possessive determiners before a person noun (« mon père », « sa mère »), with the gender they
# show when the noun's own morphology does not
POSSESSIVE_DETERMINERS = {"mon": "m", "ton": "m", "son": "m", "ma": "f", "ta": "f", "sa": "f",
                          "notre": "", "votre": "", "leur": "",
                          "mes": "pl", "tes": "pl", "ses": "pl", "nos": "pl", "vos": "pl", "leurs": "pl"}

# a noun phrase they open belongs to the one spoken to: never the narration's subject of an incise
# (« — Allez ; Choucroute, pendant ce temps, préparera votre déjeuner. »)
SECOND_PERSON_POSSESSIVES = frozenset({"ton", "ta", "tes", "votre", "vos"})

# « selon celle-ci », « a précisé celui-ci »: someone, but whom is not sure enough to name
DEMONSTRATIVE_PRONOUNS = frozenset({"celle-ci", "celui-ci", "ceux-ci", "celles-ci", "celle-là", "celui-là"})
# the singular ones and the gender they give
DEMONSTRATIVE_GENDER = {"celle-ci": "f", "celui-ci": "m", "celle-là": "f", "celui-là": "m"}
# « a précisé ce dernier », « cette dernière a répondu »: the latter, with a demonstrative
LATTER_WORDS = {"dernier": "m", "dernière": "f"}
LATTER_DETERMINERS = frozenset({"ce", "cet", "cette"})

# words that open a line of speech and are never a name, though the model may tag them as one at
# the start of a line (« — Bonjour, monsieur Moreau », « — Parbleu ! »)
INTERJECTIONS = frozenset({
    "bonjour", "bonsoir", "adieu", "merci", "pardon", "allons", "allez", "tiens", "tenez", "voyons",
    "hélas", "oui", "non", "ah", "oh", "eh", "ô", "ciel", "diable", "parbleu", "sacrebleu", "morbleu",
    "pardieu", "palsambleu", "bravo", "assez", "silence", "chut", "holà", "hé", "bah", "bon", "soit",
    "peste", "dame", "zut", "hein", "quoi", "comment", "vraiment", "certes", "enfin", "voilà", "voici",
    "attention", "pitié", "grâce", "courage", "malheur", "salut", "bienvenue", "excusez", "pardonnez",
    "ouf", "aïe", "hum", "ha", "ho", "oh là", "ma foi", "fichtre", "bigre", "nom", "saperlipopette",
    "bast", "baste", "gare", "tant pis", "tant mieux", "miséricorde", "sapristi", "crénom", "mâtin", "dame oui",
    # old oaths (« — Cordieu ! vous êtes bien heureux »)
    "cordieu", "mordieu", "tudieu", "jarnidieu", "sambleu", "ventrebleu", "corbleu", "têtebleu", "jarnibleu",
    "ventre-saint-gris", "diantre",
})

# a word beginning with one of these takes « l' », « son » (not « sa »): « l'épouse », « son amie »
VOWEL_INITIALS = "aeéèêëiîïoôuûhy"

# object and reflexive clitics, and the negation, between a subject and its verb (« Pauline l'embrassa »)
CLITICS_BEFORE_VERB = frozenset({"l'", "le", "la", "les", "lui", "leur", "se", "s'", "me", "m'", "te", "t'", "nous",
                                 "vous", "y", "en", "ne", "n'"})

# a line in the first person plural and never the singular is said by several (« n'en parlons plus »)
FIRST_PERSON_SINGULAR_WORDS = frozenset({"je", "j'", "j’", "me", "m'", "m’", "moi", "mon", "ma", "mes"})
FIRST_PERSON_PLURAL_WORDS = frozenset({"nous", "notre", "nos"})

# « deux hommes », « les trois sœurs »: how many people a group is
GROUP_NUMBERS = {"deux": 2, "trois": 3, "quatre": 4}

# no form of a French verb in the third person ends in these letters (« dit », « cria », « répond »,
# « reprenait », « murmurèrent »), while the first and second persons do (« prends », « suivez »,
# « veux »): a verb ending so, followed by a noun phrase, is an imperative, not an incise
NOT_THIRD_PERSON_ENDINGS = ("s", "z", "x")

# nor does a first person singular ever end in these (« cria », « criait », « répondit »): « je »
# cannot be the subject of a verb that does
NOT_FIRST_PERSON_SINGULAR_ENDINGS = ("t", "a")

# endings of finite verbs that no participle or infinitive has (« détourna », « répondait »,
# « partirent »): the tagger takes many a passé simple for a participle
FINITE_ONLY_ENDINGS = ("a", "ait", "aient", "èrent", "irent", "urent", "int", "ut")

# endings of a participle or an adjective agreeing with its subject (« partie », « attardé »,
# « heureuse », « heureux »); other endings (« tranquille », « fort ») say nothing sure
FEMININE_AGREEMENT_ENDINGS = ("ée", "ées", "ie", "ies", "ue", "ues", "euse", "euses", "ive", "ives", "elle", "ette")
MASCULINE_AGREEMENT_ENDINGS = ("é", "és", "i", "is", "u", "us", "eux", "if", "ifs", "el", "et")

# words opening a subordinate clause, whatever the tagger calls them (« comme » is often an ADP)
SUBORDINATING_WORDS = frozenset({"comme", "quand", "lorsque", "lorsqu'", "lorsqu’", "si", "puisque", "puisqu'",
                                 "puisqu’", "tandis", "parce", "quoique", "bien que"})

# words that open a subordinate clause with « que » (« pendant qu'il tirait sa bourse, … »)
CONJUNCTION_HEADS = frozenset({"pendant", "tandis", "alors", "dès", "avant", "après", "depuis", "sitôt", "aussitôt"})

# the gender an article says of its noun (« le capitaine », « une femme », « au curé »)
ARTICLE_GENDER = {"le": "m", "un": "m", "du": "m", "au": "m", "la": "f", "une": "f"}

# a subject pronoun after its verb (« viendra-t-il », « dit-elle »), as the tokenizer splits it
INVERTED_SUBJECTS = frozenset({"-il", "-elle", "-ils", "-elles", "-on", "-t-il", "-t-elle", "-t-on", "-je", "-tu",
                               "-nous", "-vous"})

# how someone speaks, after an incise's subject (« d'une voix sourde », « avec un accent étranger »)
# or between its verb and subject (« demanda d'un ton bourru M. Armand »): never who speaks
MANNER_NOUNS = frozenset({"voix", "ton", "air", "accent", "geste", "regard", "sourire", "soupir", "rire", "façon",
                          "manière", "mine"})

# verbs that give their subject an adjective or a participle that agrees with it (« je suis sûre »,
# « je me sens lasse », « je suis venue »)
LINKING_VERBS = frozenset({"être", "rester", "devenir", "sembler", "paraître", "sentir", "trouver", "croire"})

# the determiners an incise's inverted subject opens with (« « … », plaisante le conseiller »)
INVERTED_SUBJECT_DETERMINERS = frozenset({"le", "la", "l'", "l’", "les", "un", "une", "son", "sa", "ses", "leur",
                                          "cet", "ce", "cette", "des"})
