"""French language data: Speech verbs by lemma with the frames they take, and the verbs that are never speech.

Data only; the rules that read it live in `tui.analysis`."""

from __future__ import annotations

import re

# Frames a speech verb may take:
#   que    - "a déclaré que …"            incise - "…, a-t-il ajouté" / "…, a annoncé X"
#   inf    - "dit en avoir besoin"        obj    - "dénonce l'expansion de …" (object is the content)
#   quote  - takes a quotation or a colon introduction: "a déclaré : « … »"
_ALL = frozenset({"que", "incise", "inf", "quote"})

_QI = frozenset({"que", "incise", "quote"})

_INCISE = frozenset({"incise", "quote"})

# verbs that are speech only in an incise (« — Entrez, ordonna la comtesse »), never before a
# quotation (« les programmes ont été interrompus au Niger, « … » »)
_INCISE_ONLY = frozenset({"incise"})

_OBJ = frozenset({"que", "incise", "quote", "obj"})

# announcing verbs: « a annoncé la suppression de 900 postes », « a indiqué avoir reçu … »
_ANNOUNCE = frozenset({"que", "incise", "quote", "obj", "inf"})

_QIF = frozenset({"que", "incise", "quote", "inf"})

SPEECH_VERBS: dict[str, frozenset[str]] = {
    # saying, declaring
    "dire": _ALL, "déclarer": _ALL, "affirmer": _ALL, "assurer": _ALL, "annoncer": _ANNOUNCE,
    "indiquer": _QIF, "préciser": _QIF, "expliquer": _QIF, "dévoiler": _ANNOUNCE, "prôner": _OBJ,
    "préconiser": _OBJ, "recommander": _OBJ, "promettre": _ANNOUNCE, "ajouter": _QI, "souligner": _QI,
    "rappeler": _QI, "répéter": _QI, "réaffirmer": _ALL, "estimer": _ALL,
    "juger": _QI, "considérer": _QI, "soutenir": frozenset({"que", "incise"}), "prétendre": _ALL, "plaider": _QI,
    "insister": _QI, "marteler": _QI, "lancer": _INCISE,
    "répondre": _QI, "répliquer": _QI, "rétorquer": _QI, "raconter": _QI, "confier": _QI,
    "témoigner": _QI, "admettre": _QIF, "reconnaître": _QIF, "avouer": _QIF, "concéder": _QI, "prévenir": _QI, "avertir": _QI, "menacer": _ALL, "alerter": _QI,
    # evaluative verbs whose object is what was said: « Moscou dénonce l'expansion de l'OTAN »
    "déplorer": _OBJ, "regretter": _QI, "dénoncer": _OBJ, "fustiger": _OBJ, "critiquer": _OBJ,
    "condamner": _OBJ, "saluer": _QI, "nier": _ALL, "contester": _OBJ,
    "réclamer": _OBJ, "exiger": _OBJ, "revendiquer": _QI, "proclamer": _QI, "clamer": _QI,
    "certifier": _QI, "garantir": _QI, "jurer": _ALL, "ironiser": _INCISE, "tempérer": _INCISE,
    "nuancer": _INCISE, "trancher": _INCISE, "résumer": _INCISE, "conclure": _QI,
    "poursuivre": _INCISE, "continuer": _INCISE, "reprendre": _INCISE, "enchaîner": _INCISE,
    "compléter": _INCISE, "renchérir": _INCISE, "observer": _QI,
    "noter": _QI, "relever": _QI, "constater": _QI, "signaler": _QI, "révéler": _QI,
    "commenter": _INCISE, "écrire": _QI, "tweeter": _QI, "publier": frozenset({"que"}),
    "s'exclamer": _INCISE, "plaindre": _INCISE, "se plaindre": _INCISE, "exclamer": _INCISE, "écrier": _INCISE, "pester": _INCISE, "fulminer": _INCISE,
    "demander": _INCISE | {"que"}, "questionner": _INCISE, "souffler": _INCISE, "glisser": _INCISE,
    "lâcher": _INCISE, "protester": _QI, "inquiéter": _QI, "féliciter": _QI, "réjouir": _QI,
    "alarmer": _QI, "indigner": _QI, "insurger": _QI, "exhorter": _INCISE, "appeler": _INCISE,
    "faire savoir": _QI, "faire valoir": _QI, "faire part": _QI, "évoquer": _INCISE,
    "voir dans": frozenset({"quote"}),  # « voit dans cette décision « une provocation »: quoted words only
    # « la magistrate avait pointé « l'absence totale de remords » »: quoted words only (« pointer du doigt »)
    "pointer": frozenset({"quote"}), "épingler": frozenset({"quote"}),
    # « a exprimé sa « profonde tristesse » »: quoted words only (« exprimer un avis » reports nothing)
    "exprimer": frozenset({"quote"}),
    "mentionner": _QI, "remarquer": _QIF, "soulever": _QI, "laisser entendre": _QI, "faire remarquer": _QI,
    "désoler": _INCISE, "intervenir": _INCISE, "interroger": _INCISE,
    "s'interroger": _INCISE, "confirmer": _QIF, "démentir": _OBJ, "suggérer": _QI, "proposer": frozenset({"incise", "quote"}),
    "accuser": _INCISE, "réitérer": _QI, "redire": _QI, "détailler": _QI, "développer": _INCISE,
    "qualifier": _INCISE, "décrire": _INCISE, "argumenter": _INCISE, "arguer": _QI, "objecter": _QI, "rassurer": _INCISE, "tonner": _INCISE,
    "réagir": _INCISE, "sourire": _INCISE, "plaisanter": _INCISE, "étonner": _INCISE,
    "emporter": _INCISE, "défendre": _INCISE, "justifier": _INCISE, "s'agacer": _INCISE, "agacer": _INCISE, "railler": _INCISE, "déclamer": _INCISE,
    # the voice itself, frequent in novels: « murmura-t-il », « cria une voix »
    "crier": _QI, "murmurer": _QI, "balbutier": _INCISE, "bégayer": _INCISE, "articuler": _INCISE,
    "chuchoter": _QI, "hurler": _QI, "soupirer": _INCISE, "gémir": _INCISE, "grommeler": _INCISE,
    "bredouiller": _INCISE, "prononcer": _INCISE, "riposter": _QI, "vociférer": _INCISE,
    "sangloter": _INCISE, "ricaner": _INCISE, "grogner": _INCISE, "conter": _INCISE,
    "interrompre": _INCISE_ONLY, "enquérir": _INCISE, "s'enquérir": _INCISE, "hasarder": _INCISE,
    "insinuer": _QI, "gronder": _INCISE, "marmonner": _INCISE, "marmotter": _INCISE, "susurrer": _INCISE,
    "opiner": _INCISE, "acquiescer": _INCISE, "récrier": _INCISE, "se récrier": _INCISE, "supplier": _INCISE_ONLY,
    "implorer": _INCISE_ONLY, "ordonner": _INCISE_ONLY, "rugir": _INCISE, "glapir": _INCISE, "minauder": _INCISE,
    "bougonner": _INCISE, "maugréer": _INCISE, "persifler": _INCISE, "haleter": _INCISE, "siffler": _INCISE,
    "interpeller": _INCISE, "héler": _INCISE, "confesser": _QI, "rectifier": _INCISE_ONLY, "corriger": _INCISE_ONLY,
    "conseiller": _INCISE_ONLY, "prier": _INCISE_ONLY, "rire": _INCISE_ONLY, "pleurer": _INCISE_ONLY, "mugir": _INCISE,
    "piailler": _INCISE, "zézayer": _INCISE, "nasiller": _INCISE, "psalmodier": _INCISE, "s'étonner": _INCISE,
}

# Verbs whose words come after a preposition: lemma -> (the words between the verb and the
# preposition, the prepositions, whether the verb is reflexive, what may follow the preposition).
# "quote": a quotation only, the speaker's words and not a term the writer holds at a distance
# (« parle d'« une décision absurde » », « s'inquiète d'« une dérive » »; « parle de la crise » is
# no report); "content": a noun phrase or an infinitive too (« met en garde contre une dérive »,
# « se défend d'avoir menti »: what was warned against, what was denied).
_DE = ("de", "d'", "d’", "du", "des")
PREPOSITION_SPEECH: dict[str, tuple[tuple[str, ...], tuple[str, ...], bool, str]] = {
    "parler": ((), _DE, False, "quote"),
    "inquiéter": ((), _DE, True, "quote"), "alarmer": ((), _DE, True, "quote"),
    "féliciter": ((), _DE, True, "quote"), "réjouir": ((), _DE, True, "quote"),
    "indigner": ((), _DE, True, "quote"), "plaindre": ((), _DE, True, "quote"),
    "étonner": ((), _DE, True, "quote"), "désoler": ((), _DE, True, "quote"),
    "mettre": (("en", "garde"), ("contre",), False, "content"),
    "défendre": ((), _DE, True, "content"),
    "engager": ((), ("à",), True, "quote"),  # « s'est engagé à « faire le maximum » »: a promise in his words
}

# Verbs whose reported content may come as « de » + infinitive: « a promis de soutenir … ».
DE_INFINITIVE = frozenset({"promettre", "menacer", "jurer"})

# Inflected forms the lemmatizer often gets wrong, with their infinitive.
IRREGULAR_FORMS = {
    "dit": "dire", "disent": "dire", "prévient": "prévenir", "préviennent": "prévenir",
    "poursuit": "poursuivre", "reconnaît": "reconnaître", "reconnait": "reconnaître",
    "admet": "admettre", "promet": "promettre", "répond": "répondre", "conclut": "conclure",
    "écrit": "écrire", "soutient": "soutenir", "avertit": "avertir", "reprend": "reprendre",
    "assure": "assurer", "redit": "redire", "martèle": "marteler", "rappelle": "rappeler",
    "renchérit": "renchérir", "interroge": "interroger", "lance": "lancer", "glisse": "glisser",
    "rit": "rire", "sourit": "sourire", "interrompit": "interrompre", "enquit": "enquérir", "supplia": "supplier",
    # the passé simple of irregular speech verbs (the regular ones are read by their ending)
    "reprit": "reprendre", "reprirent": "reprendre", "dirent": "dire", "redirent": "redire",
    "poursuivit": "poursuivre", "écrivit": "écrire", "promit": "promettre", "admit": "admettre",
    "soutint": "soutenir", "prévint": "prévenir", "reconnut": "reconnaître", "répondirent": "répondre",
}

# Verbs never taken as speech even when a frame seems to fit.
NOT_SPEECH = frozenset({"croire", "penser", "falloir", "savoir", "sembler", "paraître", "espérer",
                        "voilà", "voici"})  # presentatives, tagged verbs: « — Tiens, voilà Henri. »

# Nouns for words said, which may introduce them before a colon: « Son premier cri avait été : »
SPEECH_NOUNS = frozenset({"cri", "exclamation", "réponse", "mot", "parole", "question", "phrase", "réplique",
                          "commentaire", "apostrophe", "prière", "plainte", "ordre", "conclusion", "refrain",
                          "devise", "leitmotiv", "credo", "serment", "aveu", "objection", "excuse", "toast"})

# Nouns for what was said that a sentence right after a quotation gives to its author (« « … » Le
# constat est signé X », « Le cri d'alarme vient de X », « La formule est de X »)
SAYING_NOUNS = SPEECH_NOUNS | frozenset({"constat", "propos", "mots", "formule", "avertissement", "message",
                                         "appel", "témoignage", "diagnostic", "verdict", "confidence", "alerte",
                                         "critique", "charge", "pique", "remarque", "déclaration", "citation",
                                         "plaidoyer", "mise", "coup"})  # « la mise en garde », « le coup de gueule »
SAYING_DETERMINERS = frozenset({"le", "la", "l'", "l’", "les", "ce", "cet", "cette", "ces", "son", "sa", "ses"})
# the words between such a noun and its author: « vient de », « émane de », « est signé », « est de »
AUTHOR_LINKS = (("vient", "de"), ("viennent", "de"), ("venait", "de"), ("émane", "de"), ("émanent", "de"),
                ("émanait", "de"), ("provient", "de"), ("est", "signé"), ("est", "signée"), ("sont", "signés"),
                ("sont", "signées"), ("est", "de"), ("sont", "de"), ("était", "de"), ("est", "celui", "de"),
                ("est", "celle", "de"), ("sont", "ceux", "de"), ("sont", "celles", "de"),
                *(("a", "été", said) for said in ("prononcé", "prononcée", "lancé", "lancée", "signé", "signée")),
                *(("ont", "été", said) for said in ("prononcés", "prononcées", "lancés", "lancées")))

# What says a character kept silent (« Le colporteur rougit sans répondre. »): the line after is not theirs
# What a character does just before speaking, in a sentence of its own before a dialogue line
# (« Madeleine sourit ironiquement. », « Toutoune pousse un grand cri. », « Sœur Rosa-Bianca
# intervint. »): forms and nouns of smiling, laughing, sighing, crying out, stepping in. Not
# shrugging, weeping or sitting down, after which the other one as often speaks.
EXPRESSIVE_BEAT = re.compile(r"(?i)\b(?:sourit|souriait|souriant|rit|riait|riant|rire|ricana\w*|pouffa|gloussa|"
                             r"soupir\w*|intervint|intervenait|s['’]exclam\w*|se\s+récri\w*|cri|exclamation)\b")

# Someone seen coming (« elle vit arriver le facteur », « il fit entrer le sergent »): a verb of
# perceiving or causing, an infinitive of arriving; the object is in the scene from then on
PERCEIVING_OR_CAUSING_VERBS = frozenset({"voir", "apercevoir", "entendre", "regarder", "faire", "laisser"})
ARRIVING_VERBS = frozenset({"arriver", "entrer", "venir", "revenir", "approcher", "avancer", "paraître",
                            "apparaître", "accourir", "surgir"})

# Verbs by which an incise says whom the line is for (« en s'adressant à la présidente », « se
# tournant vers le notaire »)
ADDRESSING_VERBS = frozenset({"adresser", "tourner", "retourner", "pencher", "parler"})

SILENCE_PHRASES = ("sans répondre", "sans répliquer", "sans rien dire", "sans mot dire", "sans dire un mot",
                   "sans une parole", "ne souffla mot", "ne répondit", "ne répondait",
                   "ne dit rien", "ne disait rien", "se tut", "se taisait", "garda le silence", "gardait le silence",
                   "resta muet", "resta muette", "demeura muet", "demeura muette")

# Passé simple forms of frequent verbs, never another tense's: the first pages of a novel show
# several per thousand words, the press none (measured on the dev sets: 6–14 against 0)
NARRATIVE_SIMPLE_PAST_FORMS = frozenset({
    "fut", "furent", "eut", "eurent", "fit", "firent", "vint", "vinrent", "prit", "prirent", "mit", "mirent",
    "alla", "allèrent", "parut", "parurent", "put", "purent", "dut", "voulut", "voulurent", "sut", "surent",
    "répondit", "répondirent", "reprit", "reprirent", "demanda", "demandèrent", "entra", "entrèrent",
    "sortit", "sortirent", "regarda", "regardèrent", "resta", "restèrent", "passa", "passèrent", "arriva",
    "arrivèrent", "sembla", "tourna", "leva", "levèrent", "murmura", "écria", "ajouta", "continua",
    "poursuivit", "songea", "pensa", "crut", "virent",
    # first-group verbs, whose « -a » is never a present: the gestures around a dialogue's lines
    "remarqua", "répliqua", "lança", "soupira", "arrêta", "baissa", "posa", "jeta", "approcha", "hésita",
    "haussa", "hocha", "secoua", "éclata", "écouta", "montra", "tendit", "ouvrit", "ferma", "rentra",
    "retourna", "laissa", "trouva", "aperçut", "reconnut", "devint", "sourirent", "interrompit",
    "reçut", "présenta", "salua", "quitta", "appela", "assit", "sentit", "comprit", "apprit", "revint", "tint",
    "écrivit", "courut", "attendit", "entendit", "descendit", "monta", "tomba", "marcha", "parla", "cria",
    "commença", "mourut", "connut",
})

# Verbs of going on speaking: their subject has spoken before, in a quotation (« il reprit »,
# « elle poursuivit »); not « ajouter » or « conclure », which often follow speech reported
# without quotation marks (« elle voulut dicter une phrase … — Cette pauvre madame, ajouta-t-elle »)
CONTINUATION_VERBS = frozenset({"reprendre", "poursuivre", "continuer", "enchaîner", "insister", "répéter",
                                "renchérir"})

# Headings that open a novel and never a news article (« CHAPITRE PREMIER », « Première partie »):
# a book told in the present tense is a narrative all the same
BOOK_HEADINGS = frozenset({"chapitre", "première partie", "livre premier", "livre i", "prologue"})

# Verbs whose « il » stands for nobody (« il faut », « il pleuvait »)
IMPERSONAL_VERBS = frozenset({"falloir", "pleuvoir", "neiger", "venter", "grêler", "tonner"})

# Verbs of answering: their subject is not who spoke the line just before, the one answered
# (« M. Walter demanda : « … » Il répondit : « … » » is the other man)
REPLY_VERBS = frozenset({"répondre", "répliquer", "rétorquer", "riposter", "objecter", "repartir"})

# Incise verbs of a speaker going on after a line of their own (« ajouta-t-il », « conclut-elle »):
# other incises (« fit-il », « dit-elle ») mostly answer the line before
GOING_ON_INCISE_VERBS = CONTINUATION_VERBS | frozenset({"ajouter", "conclure", "achever", "terminer", "finir"})

# Verbs that judge something in the speaker's own word (« a jugé la discussion « constructive » »,
# « a qualifié la réforme de « scélérate » »): the quoted qualifier is theirs, not a term the
# writer holds at a distance
JUDGING_VERBS = frozenset({"juger", "qualifier", "estimer", "trouver", "considérer", "décrire", "traiter",
                           "taxer", "dire", "saluer", "dénoncer", "fustiger", "accuser", "exprimer"})

# Verbs by which the speaker of the quotation before goes on (« … », a ajouté Laurent Fabius):
# whoever that quotation was given to by a title alone is the person now named
GOING_ON_VERBS = frozenset({"ajouter", "compléter", "poursuivre", "continuer", "conclure"})

# Verbs that give someone a name: « on l'appelait Germaine », « il se nommait Paul »
NAMING_VERBS = frozenset({"appeler", "nommer", "surnommer", "prénommer", "baptiser"})

# Verbs that say what someone is: « elle devint actrice », « il était notaire »
COPULA_VERBS = frozenset({"être", "devenir", "redevenir", "rester", "demeurer"})

# ---------------------------------------------------------------------------------------------
THOUGHT_VERBS = frozenset({"penser", "croire", "songer", "se dire", "réfléchir", "rêver"})

# verbs of hearing and seeing: « Paul entendit une voisine demander : » is the neighbour's question,
# not Paul's
PERCEPTION_VERBS = frozenset({"entendre", "écouter", "ouïr", "voir", "regarder", "surprendre"})
# and of hearing alone, whose subject before a colon hears the words (« Il entendit alors : »)
HEARING_VERBS = frozenset({"entendre", "écouter", "ouïr"})

# what a document says when its subject is one (« le plan prévoit « … » », « l'accord stipule que »);
# with a person as subject they report nothing (« il prévoit de partir »)
DOCUMENT_VERBS = frozenset({"prévoir", "stipuler"})
SPEECH_VERBS.update({"prévoir": frozenset({"que", "quote"}), "stipuler": frozenset({"que", "quote"})})

# a verb and its object that say someone begins to speak (« Étienne prit la parole. »): a
# paragraph ending on one introduces the next line as a colon would
FLOOR_TAKING = frozenset({("prendre", "parole"), ("rompre", "silence")})

# « puis il se tourna vers la mère. »: turning to someone, at the end of the narration before a
# line, is about to speak to them
TURNING_VERBS = frozenset({"tourner", "retourner"})

# What news writes just before an interview it gives in dialogue lines (« Caroline Garcia s'est
# confiée à notre journaliste. ¶ — Comment vous sentez-vous ? ¶ — Soulagée, surtout. »): lower case
# What an article says of an interview whose questions and answers carry no label (the questions
# set in bold, lost in plain text): only words that say so of the whole article
_WHOLE_INTERVIEW_MARKERS = ("propos recueillis", "a accepté de répondre", "questions-réponses")
PLAIN_INTERVIEW_MARKERS = (*_WHOLE_INTERVIEW_MARKERS, "répond à nos questions", "a répondu à nos questions",
                           "répondu aux questions", "répond aux questions")
INTERVIEW_MARKERS = (*_WHOLE_INTERVIEW_MARKERS, "entretien", "interview", "à nos questions", "s'est confié",
                     "s’est confié", "nous a reçu", "notre journaliste", "au micro de", "nous a confié")
