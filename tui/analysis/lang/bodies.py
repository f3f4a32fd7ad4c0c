"""French language data: Organisations and institutions, the nouns that stand for them, and documents that speak for them.

Data only; the rules that read it live in `tui.analysis`."""

from __future__ import annotations

# Nouns that stand for a named organisation once it has been introduced with them
# (« l'ONG israélienne La Paix maintenant … a souligné l'ONG », « le groupe Microsoft … le groupe »).
ORG_TYPE_NOUNS = frozenset({
    "ong", "organisation", "groupe", "entreprise", "société", "association", "cabinet", "firme",
    "compagnie", "fédération", "institut", "syndicat", "constructeur", "fabricant", "opérateur",
    "plateforme", "laboratoire", "quotidien", "journal", "hebdomadaire", "média", "chaîne", "agence",
    "collectif", "mouvement", "fondation", "banque", "géant", "club", "parti", "cellule", "comité", "coalition",
    "tabloïd", "magazine", "mensuel", "revue", "site",
})

# What the business press calls a company by its trade (« l'électricien » for EDF, « l'avionneur »
# for Airbus): a kind of body in news, though each is a person's trade in a novel (« l'armateur »)
INDUSTRY_NOUNS = frozenset({
    "électricien", "énergéticien", "pétrolier", "gazier", "avionneur", "motoriste", "équipementier", "assureur",
    "réassureur", "transporteur", "armateur", "sidérurgiste", "cimentier", "brasseur", "sucrier", "verrier",
    "distributeur", "chimiste", "semencier", "volailler", "lunetier", "papetier", "constructeur",
})

# Nouns of documents that speak for their author: « selon le communiqué du procureur »,
# « poursuit le rapport » (the author of the last such document).
DOCUMENT_NOUNS = frozenset({
    "communiqué", "rapport", "étude", "tribune", "déclaration", "lettre", "courrier", "note", "texte",
    "message", "tweet", "publication", "avis", "compte-rendu", "bilan", "mémo", "enquête", "document",
    "résolution", "motion", "plainte", "réquisitoire", "arrêt", "jugement", "décision", "interview", "entretien",
    # signs speak too: « une affichette indique « … » »
    "affichette", "affiche", "pancarte", "panneau", "banderole", "écriteau", "tract",
})

# documents a speaker writes in their own name (« a indiqué dans un communiqué »: « le texte » after
# it is theirs); not « un rapport », « une enquête », others' work about them
WRITTEN_STATEMENT_NOUNS = frozenset({"communiqué", "lettre", "courrier", "tribune", "texte", "note", "message",
                                     "tweet", "déclaration", "publication"})

# what may « prévoir » or « stipuler » something in its author's name: documents, and plans, bills
# and agreements (« le plan présenté par X prévoit … »)
PROVISION_NOUNS = DOCUMENT_NOUNS | frozenset({"plan", "projet", "accord", "proposition", "traité", "programme",
                                                "feuille", "protocole", "contrat", "charte"})

# « la même source », « cette source »: the source quoted just before.
SAME_SOURCE_WORDS = frozenset({"source", "sources"})

# « selon un sondage », « selon nos informations »: sources that are not someone speaking.
NOT_SOURCES = frozenset({
    "sondage", "étude", "rapport", "chiffre", "donnée", "information", "estimation", "bilan",
    "document", "enquête", "statistique", "calcul", "projection", "prévision", "analyse",
    "modèle", "classement", "baromètre", "indice", "note", "texte", "loi", "constitution", "règle",
    "mesure", "comptage", "recensement", "résultat", "scénario", "hypothèse", "carte",
})

# Common nouns naming bodies that speak as one: "le ministère russe", "la police".
INSTITUTION_NOUNS = frozenset({
    "ministère", "gouvernement", "présidence", "parquet", "police", "gendarmerie", "armée",
    "état-major", "commission", "parlement", "assemblée", "sénat", "conseil", "tribunal",
    "cour", "mairie", "préfecture", "agence", "entreprise", "société", "groupe", "syndicat",
    "parti", "ambassade", "diplomatie", "administration", "exécutif", "chancellerie",
    "direction", "organisation", "institut", "association", "ong", "fédération", "banque",
    "office", "autorité", "autorités", "services", "service", "régime", "opposition",
    # the local offices of the state and of towns (« le rectorat assure que … »)
    "rectorat", "municipalité", "intersyndicale", "sous-préfecture", "commissariat", "inspection",
})

# First words of names of bodies: « Commission européenne », « Banque mondiale » are organisations.
# what a title is « de » when it names an office, not a person (« le président de la République »)
STATE_WORDS = frozenset({"république", "état", "nation", "royaume", "empire", "région", "département", "ville",
                         "province", "commune", "confédération", "principauté"})

ORG_HEAD_WORDS = frozenset({
    "commission", "parlement", "conseil", "cour", "banque", "institut", "agence", "fondation",
    "université", "ministère", "assemblée", "sénat", "parti", "front", "union", "organisation",
    "fédération", "confédération", "association", "office", "autorité", "tribunal", "comité",
    "haut-commissariat", "observatoire", "centre", "caisse", "syndicat", "armée", "société",
})

# Networks and platforms people speak on (« a réagi sur X Fabien Villedieu »): one word that ends the
# medium's name, so the tagger's « X Fabien Villedieu » is the platform, then the speaker.
SOCIAL_NETWORKS = frozenset({"x", "twitter", "facebook", "instagram", "tiktok", "linkedin", "bluesky", "threads",
                             "youtube", "telegram", "mastodon", "snapchat", "twitch"})

# Organisations spaCy often tags as MISC or LOC.
# Parties whose names are words (« l'élu Renaissance », « la députée Horizons »): after a title, the
# party the person belongs to, never their name; acronyms (« le député LFI ») are known by their capitals
PARTY_NAMES = frozenset({"renaissance", "renew", "horizons", "reconquête", "ensemble", "modem", "debout la france",
                         "les républicains", "la france insoumise", "les écologistes", "place publique",
                         "génération écologie", "lutte ouvrière", "patriotes", "génération.s"})

KNOWN_ORGS = frozenset({
    "alliance", "kremlin", "élysée", "maison blanche", "maison-blanche", "pentagone",
    "otan", "nato", "onu", "ue", "union européenne", "commission européenne", "quai d'orsay",
    "matignon", "bundestag", "knesset", "douma", "fmi", "bce", "oms", "unesco", "unicef",
    "g7", "g20", "brics", "hamas", "hezbollah", "wagner",
})
