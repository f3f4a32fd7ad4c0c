"""French language data for attribution: speech verbs, titles, nationalities, places.

Data only; the rules that use it live in the other modules of this package.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Frames a speech verb may take:
#   que    - "a déclaré que …"            incise - "…, a-t-il ajouté" / "…, a annoncé X"
#   inf    - "dit en avoir besoin"        obj    - "dénonce l'expansion de …" (object is the content)
#   quote  - takes a quotation or a colon introduction: "a déclaré : « … »"
_ALL = frozenset({"que", "incise", "inf", "quote"})
_QI = frozenset({"que", "incise", "quote"})
_INCISE = frozenset({"incise", "quote"})
_OBJ = frozenset({"que", "incise", "quote", "obj"})
# announcing verbs: « a annoncé la suppression de 900 postes », « a indiqué avoir reçu … »
_ANNOUNCE = frozenset({"que", "incise", "quote", "obj", "inf"})
_QIF = frozenset({"que", "incise", "quote", "inf"})

SPEECH_VERBS: dict[str, frozenset[str]] = {
    # saying, declaring
    "dire": _ALL, "déclarer": _ALL, "affirmer": _ALL, "assurer": _ALL, "annoncer": _ANNOUNCE,
    "indiquer": _QIF, "préciser": _QIF, "expliquer": _QIF, "dévoiler": _ANNOUNCE, "prôner": _OBJ,
    "préconiser": _OBJ, "recommander": _OBJ, "promettre": _ANNOUNCE, "ajouter": _QI, "souligner": _QI,
    "rappeler": _QI, "répéter": _QI, "réaffirmer": _ALL, "confirmer": _QI, "estimer": _ALL,
    "juger": _QI, "considérer": _QI, "soutenir": frozenset({"que", "incise"}), "prétendre": _ALL, "plaider": _QI,
    "insister": _QI, "marteler": _QI, "lancer": _INCISE,
    "répondre": _QI, "répliquer": _QI, "rétorquer": _QI, "raconter": _QI, "confier": _QI,
    "témoigner": _QI, "admettre": _QIF, "reconnaître": _QIF, "avouer": _QIF, "concéder": _QI, "prévenir": _QI, "avertir": _QI, "menacer": _ALL, "alerter": _QI,
    # evaluative verbs whose object is what was said: « Moscou dénonce l'expansion de l'OTAN »
    "déplorer": _OBJ, "regretter": _QI, "dénoncer": _OBJ, "fustiger": _OBJ, "critiquer": _OBJ,
    "condamner": _OBJ, "saluer": _QI, "démentir": _OBJ, "nier": _ALL, "contester": _OBJ,
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
    "faire savoir": _QI, "faire valoir": _QI, "évoquer": _INCISE,
    "mentionner": _QI, "remarquer": _QIF, "soulever": _QI, "laisser entendre": _QI, "faire remarquer": _QI,
    "désoler": _INCISE, "intervenir": _INCISE, "interroger": _INCISE,
    "s'interroger": _INCISE, "confirmer": _QIF, "démentir": _OBJ, "suggérer": _QI, "proposer": frozenset({"incise", "quote"}),
    "accuser": _INCISE, "réitérer": _QI, "redire": _QI, "détailler": _QI, "développer": _INCISE,
    "argumenter": _INCISE, "arguer": _QI, "objecter": _QI, "rassurer": _INCISE, "tonner": _INCISE,
    "réagir": _INCISE, "sourire": _INCISE, "plaisanter": _INCISE, "étonner": _INCISE,
    "emporter": _INCISE, "défendre": _INCISE, "justifier": _INCISE, "s'agacer": _INCISE, "agacer": _INCISE, "railler": _INCISE, "déclamer": _INCISE,
}

# Nouns of documents that speak for their author: « selon le communiqué du procureur »,
# « poursuit le rapport » (the author of the last such document).
DOCUMENT_NOUNS = frozenset({
    "communiqué", "rapport", "étude", "tribune", "déclaration", "lettre", "courrier", "note", "texte",
    "message", "tweet", "publication", "avis", "compte-rendu", "bilan", "mémo", "enquête", "document",
    "résolution", "motion", "plainte", "réquisitoire", "arrêt", "jugement", "décision", "interview", "entretien",
})
# Nouns that stand for a named organisation once it has been introduced with them
# (« l'ONG israélienne La Paix maintenant … a souligné l'ONG », « le groupe Microsoft … le groupe »).
ORG_TYPE_NOUNS = frozenset({
    "ong", "organisation", "groupe", "entreprise", "société", "association", "cabinet", "firme",
    "compagnie", "fédération", "institut", "syndicat", "constructeur", "fabricant", "opérateur",
    "plateforme", "laboratoire", "quotidien", "journal", "hebdomadaire", "média", "chaîne", "agence",
    "collectif", "mouvement", "fondation", "banque", "géant", "club", "parti", "cellule", "comité", "coalition",
})
# Nouns for people, for descriptions of speakers the article does not name (« une voyageuse »,
# « le postillon »): a description speaks only when its noun is a person's. Agent suffixes
# (-eur, -euse, -iste, …) cover most others; `is_person_noun` combines both.
PERSON_NOUNS = frozenset({
    "homme", "femme", "fille", "garçon", "enfant", "dame", "demoiselle", "monsieur", "madame",
    "mademoiselle", "vieillard", "vieille", "vieux", "jeune", "gamin", "gamine", "bébé", "ado", "adolescent",
    "servante", "domestique", "laquais", "postillon", "cocher", "valet", "bonne", "nourrice", "paysan",
    "paysanne", "soldat", "officier", "sergent", "lieutenant", "caporal", "prêtre", "curé", "abbé", "moine",
    "religieuse", "docteur", "mère", "père", "frère", "sœur", "oncle", "tante", "fils", "cousin", "cousine",
    "neveu", "nièce", "grand-mère", "grand-père", "mari", "épouse", "veuve", "veuf", "ami", "amie", "copain",
    "copine", "voisin", "voisine", "inconnu", "inconnue", "étranger", "étrangère", "habitant", "habitante",
    "passant", "passante", "client", "cliente", "employé", "employée", "salarié", "salariée", "retenu",
    "retenue", "détenu", "détenue", "prisonnier", "prisonnière", "élève", "étudiant", "étudiante",
    "gendarme", "maître", "maîtresse", "patron", "patronne", "personne", "individu", "gens", "foule",
    "public", "témoin", "victime", "suspect", "suspecte", "mineur", "mineure", "riverain", "riveraine",
    "agriculteur", "parent", "parents", "famille", "proche", "proches", "interlocuteur", "interlocutrice",
    "touriste", "hôte", "hôtesse", "convive", "compagnon", "compagne", "camarade", "collègue", "chef",
    "baron", "baronne", "comte", "comtesse", "marquis", "marquise", "duc", "duchesse", "roi", "reine",
    "notaire", "juge", "avocat", "avocate", "major", "capitaine", "colonel", "général", "commandant",
    "commandante", "policier", "policière", "infirmier", "infirmière", "médecin", "marchand", "marchande",
    "aubergiste", "garde", "guide", "chauffeur", "pilote", "marin", "matelot", "pêcheur", "berger",
    "bergère", "fermier", "fermière", "meunier", "boulanger", "boulangère", "coutelier", "cordonnier",
    "manifestant", "manifestante", "gréviste", "militant", "militante", "syndicaliste", "élu", "élue",
    "maire", "ministre", "député", "députée", "sénateur", "sénatrice", "président", "présidente",
    "porte-parole", "responsable", "dirigeant", "dirigeante", "directeur", "directrice", "procureur",
    "procureure", "expert", "experte", "spécialiste", "analyste", "chercheur", "chercheuse",
})
PERSON_NOUN_SUFFIXES = ("eur", "euse", "rice", "iste", "ier", "ière", "ant", "ante", "ien", "ienne", "aire", "logue")


def is_person_noun(noun: str) -> bool:
    noun = noun.lower()
    if noun in PERSON_NOUNS or noun.rstrip("s") in PERSON_NOUNS or noun in PERSON_TITLES:
        return True
    return noun.rstrip("s").endswith(PERSON_NOUN_SUFFIXES)


# « la même source », « cette source »: the source quoted just before.
SAME_SOURCE_WORDS = frozenset({"source", "sources"})

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
}

# Courtesy titles before a surname (« M. Brun »): not a first name; they give the gender.
CIVILITIES = {"m.": "m", "mm.": "m", "monsieur": "m", "mme": "f", "mme.": "f", "madame": "f",
              "mlle": "f", "mlle.": "f", "mademoiselle": "f", "me": "", "dr": "", "dr.": "", "pr": "", "pr.": ""}

# Verbs never taken as speech even when a frame seems to fit.
NOT_SPEECH = frozenset({"croire", "penser", "falloir", "savoir", "sembler", "paraître", "espérer"})

# « selon un sondage », « selon nos informations »: sources that are not someone speaking.
NOT_SOURCES = frozenset({
    "sondage", "étude", "rapport", "chiffre", "donnée", "information", "estimation", "bilan",
    "document", "enquête", "statistique", "calcul", "projection", "prévision", "analyse",
    "modèle", "classement", "baromètre", "indice", "note", "texte", "loi", "constitution", "règle",
    "mesure", "comptage", "recensement", "résultat", "scénario", "hypothèse", "carte",
})

# Words that mark a clause as negated.
NEGATION_WORDS = frozenset({"ne", "n'", "n’", "jamais", "nullement", "aucunement"})

# Titles and descriptions of people; "chef de la diplomatie" is a minister of foreign affairs.
PERSON_TITLES = frozenset({
    "ministre", "président", "présidente", "porte-parole", "secrétaire", "chef", "cheffe",
    "responsable", "dirigeant", "dirigeante", "ambassadeur", "ambassadrice", "député", "députée",
    "sénateur", "sénatrice", "maire", "patron", "patronne", "directeur", "directrice",
    "commissaire", "représentant", "représentante", "conseiller", "conseillère", "général",
    "générale", "chancelier", "chancelière", "premier", "première", "diplomate", "négociateur",
    "négociatrice", "procureur", "procureure", "juge", "avocat", "avocate", "homologue",
    "alter", "chercheur", "chercheuse", "expert", "experte", "analyste", "porte-voix",
    "vice-président", "vice-présidente", "roi", "reine", "prince", "princesse", "pape",
    "émissaire", "envoyé", "envoyée", "leader", "candidat", "candidate", "élu", "élue",
    "militant", "militante", "syndicaliste", "économiste", "professeur", "professeure",
    "commandant", "colonel", "amiral", "gouverneur", "gouverneure", "préfet", "préfète",
    "sous-secrétaire", "haut", "haute", "médiateur", "médiatrice", "opposant", "opposante",
    # sport, culture, justice, health, business: people described by what they do
    "sélectionneur", "sélectionneuse", "entraîneur", "entraîneuse", "capitaine", "joueur", "joueuse",
    "attaquant", "attaquante", "défenseur", "gardien", "gardienne", "coach", "arbitre", "pilote",
    "champion", "championne", "athlète", "footballeur", "footballeuse", "patron", "pdg", "fondateur",
    "fondatrice", "auteur", "autrice", "écrivain", "écrivaine", "réalisateur", "réalisatrice",
    "acteur", "actrice", "chanteur", "chanteuse", "artiste", "enquêteur", "enquêtrice", "policier",
    "policière", "médecin", "chirurgien", "chirurgienne", "infirmier", "infirmière", "scientifique",
    "historien", "historienne", "politologue", "sociologue", "philosophe", "journaliste",
    "eurodéputé", "eurodéputée", "adjoint", "adjointe", "témoin", "victime", "suspect", "président-directeur",
})
TITLE_SYNONYMS = {
    "chef de la diplomatie": "ministre des affaires étrangères",
    "secrétaire d'état": "ministre des affaires étrangères",
    "alter ego": "ministre",
    "alter égo": "ministre",
    "homologue": "ministre",
}
FEMININE_TITLES = frozenset({
    "présidente", "cheffe", "dirigeante", "ambassadrice", "députée", "sénatrice", "patronne",
    "directrice", "représentante", "conseillère", "chancelière", "première", "négociatrice",
    "procureure", "avocate", "chercheuse", "experte", "vice-présidente", "reine", "princesse",
    "envoyée", "candidate", "élue", "militante", "professeure", "gouverneure", "préfète",
    "médiatrice", "opposante",
})

# Common nouns naming bodies that speak as one: "le ministère russe", "la police".
INSTITUTION_NOUNS = frozenset({
    "ministère", "gouvernement", "présidence", "parquet", "police", "gendarmerie", "armée",
    "état-major", "commission", "parlement", "assemblée", "sénat", "conseil", "tribunal",
    "cour", "mairie", "préfecture", "agence", "entreprise", "société", "groupe", "syndicat",
    "parti", "ambassade", "diplomatie", "administration", "exécutif", "chancellerie",
    "direction", "organisation", "institut", "association", "ong", "fédération", "banque",
    "office", "autorité", "autorités", "services", "service", "régime", "opposition",
})

# Institutions named by a building or nickname, with the country they speak for.
METONYMS = {
    "kremlin": "Russie", "élysée": "France", "matignon": "France", "quai d'orsay": "France",
    "maison blanche": "États-Unis", "maison-blanche": "États-Unis", "pentagone": "États-Unis",
    "downing street": "Royaume-Uni", "bercy": "France", "beauvau": "France",
    "zhongnanhai": "Chine", "vatican": "Saint-Siège", "knesset": "Israël",
}
# First words of names of bodies: « Commission européenne », « Banque mondiale » are organisations.
ORG_HEAD_WORDS = frozenset({
    "commission", "parlement", "conseil", "cour", "banque", "institut", "agence", "fondation",
    "université", "ministère", "assemblée", "sénat", "parti", "front", "union", "organisation",
    "fédération", "confédération", "association", "office", "autorité", "tribunal", "comité",
    "haut-commissariat", "observatoire", "centre", "caisse", "syndicat", "armée", "société",
})

# Organisations spaCy often tags as MISC or LOC.
KNOWN_ORGS = frozenset({
    "alliance", "kremlin", "élysée", "maison blanche", "maison-blanche", "pentagone",
    "otan", "nato", "onu", "ue", "union européenne", "commission européenne", "quai d'orsay",
    "matignon", "bundestag", "knesset", "douma", "fmi", "bce", "oms", "unesco", "unicef",
    "g7", "g20", "brics", "hamas", "hezbollah", "wagner",
})

# Capitals and countries: a place that speaks ("Kiev dit …") is its government.
CAPITALS = {
    "kiev": "Ukraine", "kyiv": "Ukraine", "kyïv": "Ukraine", "moscou": "Russie", "washington": "États-Unis",
    "paris": "France", "berlin": "Allemagne", "londres": "Royaume-Uni", "pékin": "Chine",
    "beijing": "Chine", "varsovie": "Pologne", "rome": "Italie", "madrid": "Espagne",
    "ankara": "Turquie", "téhéran": "Iran", "jérusalem": "Israël", "tel-aviv": "Israël",
    "tokyo": "Japon", "ottawa": "Canada", "minsk": "Biélorussie", "budapest": "Hongrie",
    "bruxelles": "Belgique", "la haye": "Pays-Bas", "stockholm": "Suède", "helsinki": "Finlande",
    "oslo": "Norvège", "copenhague": "Danemark", "athènes": "Grèce", "lisbonne": "Portugal",
    "vienne": "Autriche", "prague": "Tchéquie", "bucarest": "Roumanie", "tbilissi": "Géorgie",
    "damas": "Syrie", "beyrouth": "Liban", "riyad": "Arabie saoudite", "le caire": "Égypte",
    "alger": "Algérie", "rabat": "Maroc", "tunis": "Tunisie", "séoul": "Corée du Sud",
    "pyongyang": "Corée du Nord", "taipei": "Taïwan", "new delhi": "Inde", "brasilia": "Brésil",
    "caracas": "Venezuela", "la havane": "Cuba", "bagdad": "Irak", "kaboul": "Afghanistan",
    "islamabad": "Pakistan", "doha": "Qatar", "bamako": "Mali", "dakar": "Sénégal",
}
COUNTRIES = frozenset({
    "ukraine", "russie", "france", "allemagne", "pologne", "états-unis", "chine", "royaume-uni",
    "italie", "espagne", "turquie", "iran", "israël", "japon", "canada", "biélorussie", "hongrie",
    "belgique", "inde", "brésil", "syrie", "liban", "égypte", "algérie", "maroc", "tunisie",
    "qatar", "mali", "corée du nord", "corée du sud", "taïwan", "grèce", "suède", "finlande",
    "norvège", "danemark", "roumanie", "géorgie", "moldavie", "serbie", "arménie", "azerbaïdjan",
})

# Nationality adjectives (masculine singular) and their country.
_NATIONALITIES = {
    "français": "France", "russe": "Russie", "ukrainien": "Ukraine", "polonais": "Pologne",
    "américain": "États-Unis", "us": "États-Unis", "allemand": "Allemagne", "britannique": "Royaume-Uni",
    "anglais": "Royaume-Uni", "italien": "Italie", "espagnol": "Espagne", "chinois": "Chine",
    "belge": "Belgique", "suisse": "Suisse", "canadien": "Canada", "turc": "Turquie",
    "israélien": "Israël", "palestinien": "Palestine", "iranien": "Iran", "japonais": "Japon",
    "indien": "Inde", "brésilien": "Brésil", "européen": "Union européenne", "hongrois": "Hongrie",
    "roumain": "Roumanie", "néerlandais": "Pays-Bas", "suédois": "Suède", "finlandais": "Finlande",
    "norvégien": "Norvège", "danois": "Danemark", "grec": "Grèce", "portugais": "Portugal",
    "autrichien": "Autriche", "tchèque": "Tchéquie", "slovaque": "Slovaquie", "lituanien": "Lituanie",
    "letton": "Lettonie", "estonien": "Estonie", "biélorusse": "Biélorussie", "géorgien": "Géorgie",
    "moldave": "Moldavie", "serbe": "Serbie", "croate": "Croatie", "mexicain": "Mexique",
    "argentin": "Argentine", "égyptien": "Égypte", "syrien": "Syrie", "libanais": "Liban",
    "saoudien": "Arabie saoudite", "qatari": "Qatar", "algérien": "Algérie", "marocain": "Maroc",
    "tunisien": "Tunisie", "sénégalais": "Sénégal", "malien": "Mali", "nigérian": "Nigeria",
    "australien": "Australie", "coréen": "Corée", "nord-coréen": "Corée du Nord",
    "sud-coréen": "Corée du Sud", "taïwanais": "Taïwan", "vietnamien": "Vietnam",
    "pakistanais": "Pakistan", "afghan": "Afghanistan", "irakien": "Irak", "arménien": "Arménie",
    "azerbaïdjanais": "Azerbaïdjan", "kazakh": "Kazakhstan", "sud-africain": "Afrique du Sud",
}


def _inflections(adjective: str) -> list[str]:
    if adjective.endswith("ien"):
        stem = adjective + "n"
        return [adjective, adjective + "s", stem + "e", stem + "es"]
    if adjective.endswith(("ais", "ois")):
        return [adjective, adjective + "e", adjective + "es"]
    if adjective.endswith("e"):
        return [adjective, adjective + "s"]
    if adjective.endswith("c"):  # turc -> turque, grec -> grecque
        return [adjective, adjective + "s", adjective + "que", adjective + "ques", adjective[:-1] + "que"]
    return [adjective, adjective + "s", adjective + "e", adjective + "es"]


NATIONALITY_FORMS: dict[str, str] = {
    form: country for adjective, country in _NATIONALITIES.items() for form in _inflections(adjective)
}


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Lower-case, no accents, straight apostrophes: for comparing names."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def country_of_place(name: str) -> str | None:
    """The country a capital, country name or institution speaks for, if any."""
    key = name.lower().replace("’", "'").strip()
    for article in ("le ", "la ", "l'", "les "):
        if key.startswith(article):
            key = key[len(article):]
    if key in CAPITALS:
        return CAPITALS[key]
    if key in METONYMS:
        return METONYMS[key]
    if key in COUNTRIES:
        return name.strip()[0].upper() + key[1:] if key else None
    return None


def nationality(word: str) -> str | None:
    return NATIONALITY_FORMS.get(word.lower())


# Small, well-known first names to guess a person's gender when the text gives no sign.
FEMININE_FIRST_NAMES = frozenset({
    "maud", "isabel", "isabelle", "rachel", "agnès", "inès", "ingrid", "astrid", "margaux", "chloé", "zoé", "noémie", "léa",
    "manon", "camille", "dominique", "claude", "pascale", "frédérique", "hélène", "irène",
    "solène", "gwenaëlle", "muriel", "carol", "karin", "kristin", "ségolène", "rachel", "esther",
    "ruth", "judith", "élisabeth", "béatrice", "nathalie", "marion", "maryse", "anne-marie",
    "marie-laure", "christiane", "jacqueline", "ghislaine", "yaëlle", "aurélie", "émilie",
    "caroline", "florence", "laure", "lucie", "julie", "ophélie", "gabrielle", "victoire",
    "maria", "marie", "anne", "anna", "ursula", "kaja", "annalena", "giorgia", "marine",
    "elisabeth", "élisabeth", "catherine", "christine", "agnès", "rachida",
    "valérie", "ségolène", "nathalie", "sophie", "isabelle", "kamala", "hillary", "angela",
    "theresa", "liz", "olena", "iryna", "ioulia", "yulia", "julia", "svetlana", "olga",
    "natalia", "tatiana", "elena", "alexandra", "sandrine", "clémentine", "aurore", "amélie",
    "claire", "laurence", "sylvie", "martine", "brigitte", "françoise", "emmanuelle", "mathilde",
    "yaël", "marlène", "roberta", "mette", "sanna", "jacinda", "nancy", "condoleezza", "samantha",
})
MASCULINE_FIRST_NAMES_IN_A_OR_E = frozenset({
    "pierre", "philippe", "jérôme", "stéphane", "guillaume", "antoine", "alexandre", "christophe",
    "maxime", "sébastien", "jean-pierre", "joe", "mike", "andrea", "luca", "nikita", "ilya",
    "sasha", "sacha", "boris", "jorge", "josé", "george", "steve", "dave", "vince",
})


def first_name_gender(first_name: str) -> str:
    """'f', 'm' or '' (unknown) from a first name: well-known names, then feminine endings.

    Unknown stays unknown: a pronoun then accepts the person, which is better than excluding
    « Maud » from « elle » on a guess.
    """
    key = first_name.lower().strip(".")
    if len(key) <= 2:
        return ""
    if key in FEMININE_FIRST_NAMES:
        return "f"
    if key in MASCULINE_FIRST_NAMES_IN_A_OR_E:
        return "m"
    if key.endswith(("a", "ine", "ette", "elle", "ie", "ienne", "ée")):
        return "f"
    if key.endswith(("o", "us", "é", "ent", "ain", "ard", "ert", "ric", "ck", "el", "ien", "is", "an", "in", "on")):
        return "m"
    return ""
