"""French language data: People: civilities, titles and roles, nouns for persons, first names by gender.

Data only; the rules that read it live in `tui.analysis`."""

from __future__ import annotations

# Courtesy titles before a surname (« M. Brun »): not a first name; they give the gender.
CIVILITIES = {"m.": "m", "mm.": "m", "monsieur": "m", "mme": "f", "mme.": "f", "madame": "f",
              "mlle": "f", "mlle.": "f", "mademoiselle": "f", "me": "", "dr": "", "dr.": "", "pr": "", "pr.": "",
              # ranks of nobility before « de » and a name (« le baron de Coutelier »)
              "baron": "m", "baronne": "f", "comte": "m", "comtesse": "f", "marquis": "m", "marquise": "f",
              "duc": "m", "duchesse": "f", "vicomte": "m", "vicomtesse": "f", "chevalier": "m", "prince": "m",
              "princesse": "f",
              # kin as a title in the country (« tante Rude », « oncle Jules », « mère Barberin »,
              # « le père Absinthe », « la veuve Chupin »): KIN_TITLES
              "tante": "f", "oncle": "m", "mère": "f", "père": "m", "veuve": "f", "dame": "f",
              # the civility of the Revolution (« citoyen Trubert », « la citoyenne Blaise »)
              "citoyen": "m", "citoyenne": "f",
              # English ones, in novels set in England or America (« Mrs. Weldon », « lord Glenarvan »)
              "mr.": "m", "mrs.": "f", "mr": "m", "mrs": "f", "miss": "f", "mistress": "f", "sir": "m", "lady": "f",
              "lord": "m"}
KIN_TITLES = frozenset({"tante", "oncle", "mère", "père", "veuve", "dame"})

# Titles a dialogue line calls someone by, alone or after « monsieur le », « madame la », « mon »:
# « — Merci, docteur. », « — Oui, monsieur le curé. », « — Mon capitaine, … »
ADDRESS_TITLES = frozenset({
    "docteur", "curé", "abbé", "capitaine", "colonel", "général", "commandant", "lieutenant", "sergent",
    "caporal", "brigadier", "amiral", "major", "commissaire", "inspecteur", "juge", "président", "présidente",
    "ministre", "maire", "notaire", "préfet", "procureur", "professeur", "marquis", "marquise", "comte",
    "comtesse", "vicomte", "vicomtesse", "baron", "baronne", "duc", "duchesse", "prince", "princesse",
    "chevalier", "lieutenant-colonel",
})
# what a woman's civility says of her marriage: « Mme de Malepeire » and « Mlle de Malepeire » are
# mother and daughter, two people
CIVILITY_MARRIED = {"mme": True, "mme.": True, "madame": True, "veuve": True, "mrs.": True, "mistress": True,
                    "mlle": False, "mlle.": False, "mademoiselle": False, "miss": False}

# how a novel describes a man's wife before it names her (« Le docteur Lebrun et sa femme dînaient »):
# « madame Lebrun » after it is she
SPOUSE_DESCRIPTIONS = ("sa femme", "son épouse")

# ways of addressing someone that stand for no name on their own (« — Oui, Sire. », « Votre Majesté »,
# « Monseigneur, … »): a line that calls someone so names nobody
FORMS_OF_ADDRESS = frozenset({"sire", "monseigneur", "majesté", "altesse", "excellence", "éminence", "sainteté",
                              "messire", "milord", "mylord", "milady", "seigneur", "monsignore", "sir",
                              "señor", "señora", "señorita", "signor", "signora", "signorina"})

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
    "délégué", "déléguée", "secrétaire", "trésorier", "trésorière", "recteur", "rectrice", "doyen", "doyenne",
    "proviseur", "proviseure", "inspecteur", "inspectrice", "producteur", "productrice", "animateur", "animatrice",
    "éditorialiste", "chroniqueur", "chroniqueuse", "ingénieur", "ingénieure", "architecte", "cinéaste",
    "photographe", "romancier", "romancière", "musicien", "musicienne", "cofondateur", "cofondatrice",
    "consultant", "consultante", "juriste", "climatologue", "comédien", "comédienne", "sculpteur", "imam",
    "coureur", "coureuse", "nageur", "nageuse", "boxeur", "boxeuse", "skipper", "navigateur", "navigatrice",
    "rugbyman", "judoka", "alpiniste",
    # trades a novel or a local paper puts before a name (« le notaire Bérard », « le pharmacien Homais »)
    "notaire", "pharmacien", "pharmacienne", "huissier", "instituteur", "institutrice", "banquier", "banquière",
    "percepteur", "greffier", "greffière", "bâtonnier", "bâtonnière", "sous-préfet", "brigadier", "caporal",
    "maréchal", "vicaire", "pasteur", "rabbin", "évêque", "archevêque", "cardinal",
    # titles of nobility and of the clergy, frequent in novels: « le baron », « la comtesse »
    "baron", "baronne", "comte", "comtesse", "marquis", "marquise", "duc", "duchesse", "vicomte",
    "vicomtesse", "chevalier", "abbé", "curé", "docteur", "lieutenant", "sergent", "magistrat", "magistrate",
    # the one a story is about, by their age or their part in it (FOCUS_DESCRIPTIONS)
    "intéressé", "intéressée", "trentenaire", "quadragénaire", "quinquagénaire", "sexagénaire", "septuagénaire",
    "octogénaire", "nonagénaire", "centenaire",
})

# Offices a nationality makes unique (« le président ukrainien », « le chancelier allemand »): such a
# description names its holder on its own, so it is never taken for whoever the text was just speaking
# of; other titles with a nationality (« l'attaquant anglais ») vary the name of someone already named
NATIONAL_OFFICES = frozenset({"président", "ministre", "premier", "chancelier", "roi", "reine", "prince", "pape",
                              "chef", "gouverneur", "ambassadeur", "vice-président", "émissaire", "envoyé",
                              "commissaire", "dirigeant", "leader", "homologue", "négociateur", "porte-parole"})

# « le baron de Coutelier », « la comtesse d'Ormesson »: a title then « de » and a capitalised word
# name a person, whatever the model took the word for (often a place)
NOBLE_TITLES = frozenset({"baron", "baronne", "comte", "comtesse", "marquis", "marquise", "duc", "duchesse",
                          "vicomte", "vicomtesse", "chevalier", "prince", "princesse"})

TITLE_SYNONYMS = {
    "chef de la diplomatie": "ministre des affaires étrangères",
    "secrétaire d'état": "ministre des affaires étrangères",
    "alter ego": "ministre",
    "alter égo": "ministre",
    "homologue": "ministre",
    "sélectionneur": "entraîneur",  # a national team's coach
    "sélectionneuse": "entraîneur",
    "édile": "maire",  # « a affirmé l'édile »: the mayor, only someone given that title
    # sports pages call the coach so; taken for someone only given that title (« l'entraîneur
    # lensois, Pierre Sage, … », « s'est réjoui le technicien »), never for whoever is in focus
    "technicien": "entraîneur",
    "technicienne": "entraîneur",
    # a player on stage or screen is « l'actrice » as well as « la comédienne »
    "comédien": "acteur",
    "comédienne": "acteur",
    # a writer is « l'autrice », « la romancière » (not « l'auteur », also of a crime)
    "autrice": "écrivain",
    "romancier": "écrivain",
    "romancière": "écrivain",
    # phrases that are a person's place as a whole, the head noun alone naming no one (« la numéro
    # deux du parti », « le milieu de terrain », « le bras droit du ministre »)
    "numéro un": "dirigeant",
    "numéro deux": "dirigeant",
    "numéro trois": "dirigeant",
    "homme fort": "dirigeant",
    "femme forte": "dirigeant",
    "bras droit": "conseiller",
    "tête de liste": "candidat",
    "garde des sceaux": "ministre de la justice",
    "milieu de terrain": "joueur",
    "demi de mêlée": "joueur",
    "meneur de jeu": "joueur",
}

# Words before a title that say which office it is: « le Premier ministre » is not « le ministre de
# la Santé » (after a title, the first word of its complement says it: « santé »)
OFFICE_RANK_WORDS = frozenset({"premier", "première", "vice-premier", "vice-première"})

# Titles that cover others (« l'élu » may be the mayor, « le responsable » the minister): never
# a sign that two descriptions are two people
BROAD_TITLES = frozenset({"élu", "responsable", "dirigeant", "chef", "leader", "représentant", "patron",
                          "magistrat", "magistrate",  # a judge or a prosecutor
                          "champion", "championne",  # a title won, by a player, a rider, a boxer …
                          *("intéressé", "intéressée"), *("trentenaire", "quadragénaire", "quinquagénaire", "sexagénaire",
                                                        "septuagénaire", "octogénaire", "nonagénaire", "centenaire")})
# Descriptions of the one a news story is about, never a title of office (« raconte le quinquagénaire »,
# « assure l'intéressé »): the person in focus, of that gender
FOCUS_DESCRIPTIONS = frozenset({"intéressé", "intéressée", "trentenaire", "quadragénaire", "quinquagénaire",
                                "sexagénaire", "septuagénaire", "octogénaire", "nonagénaire", "centenaire"})

# phrases that say only someone's sex and age, by which news takes up the person just presented
# (« Camille, 24 ans, … », soupire la jeune femme »), and the gender they say
SEX_AND_AGE_PHRASES = {"jeune femme": "f", "jeune homme": "m", "jeune fille": "f", "vieil homme": "m",
                       "vieille dame": "f", "vieille femme": "f", "jeune mère": "f", "jeune père": "m",
                       "adolescent": "m", "adolescente": "f"}

# « a déclaré le premier », « a répondu la seconde »: of the two people just named, which one
ORDINAL_PRONOUNS = {"premier": 0, "première": 0, "second": 1, "seconde": 1, "deuxième": 1}

# Nouns that speak for someone unseen (« une voix appela : ») but are nobody a pronoun can stand
# for (« la voix tremblante, elle lui dit : » is the woman speaking, not the voice)
VOICE_NOUNS = frozenset({"voix"})

# nouns that say only that someone is a man, a woman, a child, old or a stranger: what a novel calls
# anyone already in the scene (« les deux hommes saluèrent la jeune femme »), no one new by itself
GENERIC_PERSON_NOUNS = frozenset({"homme", "femme", "fille", "garçon", "enfant", "dame", "demoiselle", "monsieur",
                                  "madame", "mademoiselle", "vieillard", "vieille", "vieux", "jeune", "personne",
                                  "individu", "inconnu", "inconnue", "étranger", "étrangère", "gens", "foule"})

# Nouns for people, for descriptions of speakers the article does not name (« une voyageuse »,
# « le postillon »): a description speaks only when its noun is a person's. Agent suffixes
# (-eur, -euse, -iste, …) cover most others; `is_person_noun` combines both.
PERSON_NOUNS = frozenset({
    "homme", "femme", "fille", "garçon", "enfant", "dame", "demoiselle", "monsieur", "madame",
    "mademoiselle", "vieillard", "vieille", "vieux", "jeune", "gamin", "gamine", "bébé", "ado", "adolescent",
    "servante", "domestique", "laquais", "postillon", "cocher", "valet", "bonne", "nourrice", "paysan",
    "paysanne", "soldat", "officier", "sergent", "lieutenant", "caporal", "prêtre", "curé", "abbé", "moine",
    "religieuse", "docteur", "mère", "père", "frère", "sœur", "oncle", "tante", "fils", "cousin", "cousine",
    *("voix",),  # « une voix appela : »: in novels a voice speaks for someone unseen (VOICE_NOUNS)
    "personnage", "maraîcher", "maraîchère", "boulanger", "boulangère", "boucher", "bouchère", "bergère",
    "ménagère", "passager", "passagère", "horloger", "mégère", "neveu", "nièce", "grand-mère", "grand-père", "mari", "épouse", "veuve", "veuf", "ami", "amie", "copain",
    "copine", "voisin", "voisine", "inconnu", "inconnue", "étranger", "étrangère", "habitant", "habitante",
    "passant", "passante", "client", "cliente", "employé", "employée", "salarié", "salariée", "retenu",
    "retenue", "détenu", "détenue", "prisonnier", "prisonnière", "élève", "étudiant", "étudiante",
    "gendarme", "maître", "maîtresse", "patron", "patronne", "personne", "individu", "gens", "foule",
    "public", "témoin", "victime", "suspect", "suspecte", "mineur", "mineure", "riverain", "riveraine",
    "agriculteur", "parent", "parents", "famille", "proche", "proches", "interlocuteur", "interlocutrice",
    "touriste", "membre", "membres", "hôte", "hôtesse", "convive", "compagnon", "compagne", "camarade", "collègue", "chef",
    # people in news reports: residents, users, survivors (« raconte une résidente de la rue … »)
    "résident", "résidente", "retraité", "retraitée", "patient", "patiente", "agent", "agente", "usager",
    "usagère", "artisan", "artisane", "lycéen", "lycéenne", "bénévole", "supporter", "rescapé", "rescapée",
    "otage", "réfugié", "réfugiée", "sinistré", "sinistrée", "miraculé", "miraculée",
    # trades and states of people the news quotes (« un haut fonctionnaire européen, qui a requis
    # l'anonymat, estime »), whose endings the suffix rule alone would not trust
    # (not those as often adjectives: « la classe ouvrière », « le corps enseignant »)
    "fonctionnaire", "propriétaire", "locataire", "actionnaire", "stagiaire", "dignitaire", "ressortissant",
    "ressortissante", "aide-soignant", "aide-soignante", "pompier", "sapeur-pompier", "secouriste",
    "éleveur", "éleveuse", "viticulteur", "viticultrice", "urgentiste", "pédiatre", "psychiatre", "psychologue",
    "huissier", "greffier", "greffière", "plaignant", "plaignante", "chômeur", "chômeuse", "entrepreneur",
    "entrepreneuse", "gérant", "gérante", "vendeur", "vendeuse", "automobiliste", "cycliste", "piéton",
    "piétonne", "éducateur", "éducatrice", "épidémiologiste", "virologue", "mécanicien", "mécanicienne",
    "banquier", "banquière", "électeur", "électrice", "commerçant", "commerçante", "restaurateur", "restauratrice",
    "agricultrice", "douanier", "douanière", "menuisier", "charpentier", "couturière", "contremaître",
    "apprenti", "apprentie", "caissier", "caissière", "sommelier", "batelier", "passeur", "passeuse", "aviateur",
    "aviatrice", "espion", "espionne",
    # « selon un cadre de la direction », « confie un diplomate »: people inside an organisation
    "cadre", "diplomate", "adhérent", "adhérente", "partisan", "partisane",
    "source", "sources",  # « a indiqué une source policière »: an informant the paper does not name
    # the people around someone, who speak for them without being them (« selon l'entourage du ministre »)
    "entourage", "équipe", "camp", "clan", "état-major", "staff",
    # adjectives that name people when a determiner makes them nouns (« l'aveugle », « le vieux »)
    "aveugle", "aveugles", "sourd", "sourde", "muet", "muette", "vieux", "vieille", "vieillard", "petit",
    "petite", "jeune", "malade", "blessé", "blessée", "mourant", "mourante", "pauvre", "fou", "folle",
    "gros", "grosse", "infirme", "boiteux", "bossu", "rouquin", "rouquine",
    "baron", "baronne", "comte", "comtesse", "marquis", "marquise", "duc", "duchesse", "roi", "reine",
    "notaire", "juge", "avocat", "avocate", "major", "capitaine", "colonel", "général", "commandant",
    "commandante", "policier", "policière", "infirmier", "infirmière", "médecin", "marchand", "marchande",
    "aubergiste", "garde", "guide", "chauffeur", "pilote", "marin", "matelot", "pêcheur", "berger",
    "bergère", "fermier", "fermière", "meunier", "boulanger", "boulangère", "coutelier", "cordonnier",
    "manifestant", "manifestante", "gréviste", "militant", "militante", "syndicaliste", "élu", "élue",
    "maire", "ministre", "député", "députée", "sénateur", "sénatrice", "président", "présidente",
    "porte-parole", "responsable", "dirigeant", "dirigeante", "directeur", "directrice", "procureur",
    "procureure", "expert", "experte", "spécialiste", "analyste", "chercheur", "chercheuse",
    # trades, ranks, kin and roles of novels (agent suffixes cover the rest)
    "magistrat", "substitut",
    "bourgeois", "bourgeoise", "commis", "clerc", "avoué", "sous-préfet", "brigadier", "sentinelle", "vigneron",
    "vigneronne", "bûcheron", "forgeron", "boucher", "bouchère", "lingère", "majordome", "bonhomme", "commère",
    "ivrogne", "fiancé", "fiancée", "époux", "orphelin", "orpheline", "filleul", "filleule", "parrain",
    "marraine", "belle-mère", "beau-père", "belle-fille", "beau-fils", "belle-sœur", "beau-frère", "demi-frère",
    "demi-sœur", "petit-fils", "petite-fille", "arrière-grand-mère", "arrière-grand-père", "gendre", "bru", "aïeul", "aïeule", "fillette", "bambin", "gueux",
    "brigand", "bandit", "assassin", "criminel", "criminelle", "évêque", "religieux", "nonne", "pasteur",
    "rabbin", "chanoine", "abbesse", "empereur", "impératrice", "seigneur", "sire", "courtisan", "courtisane",
    "soubrette", "concierge", "geôlier", "bourreau", "hussard", "fantassin", "messager", "messagère", "groom",
    "serveur", "serveuse", "poète", "peintre", "comédien", "comédienne", "danseur", "danseuse", "accusé",
    "accusée", "prévenu", "prévenue", "condamné", "condamnée", "captif", "captive", "esclave", "vassal",
    "invité", "invitée", "visiteur", "visiteuse", "voyageur", "voyageuse", "pèlerin", "pèlerine", "promeneur",
    "promeneuse", "rival", "rivale", "ennemi", "ennemie", "complice", "confident", "confidente", "orateur",
    "conteur", "conteuse", "narrateur", "narratrice", "gosse", "garnement", "chasseur", "chasseresse",
    "mendiant", "mendiante", "amant", "hôtelier", "hôtelière", "cuisinier", "cuisinière", "jardinier",
    "jardinière", "laboureur", "meunière", "épicier", "épicière", "pharmacien", "pharmacienne", "instituteur",
    "institutrice", "précepteur", "gouvernante", "intendant", "sous-lieutenant", "sous-officier", "maréchal",
    "grenadier", "cavalier", "mousse", "acteur", "actrice", "chanteur", "chanteuse", "artiste",
    # the supernatural people of tales
    "vampire", "spectre", "fantôme", "revenant", "revenante", "sorcier", "sorcière", "fée", "ogre", "ogresse",
    "nain", "naine", "géant", "géante", "novice", "bourgmestre", "moribond", "moribonde",
})

# Kin and bonds: « la mère de Marthe » relates two people; said of someone (« elle était sa
# mère »), such a noun is no epithet that will stand for them alone later
# kin who bear the family's name, and their gender: « sa mère » is Mme Grangier when « sa » is a
# Grangier (« leur fille, Marthe »)
FAMILY_KIN = {"mère": "f", "père": "m", "femme": "f", "épouse": "f", "mari": "m", "époux": "m", "fille": "f",
              "fils": "m", "frère": "m", "sœur": "f"}
# the narrator's own kin, one person each in a story told in the first person (« mon oncle », « ma
# tante »), with their gender; not « mon ami », of whom there may be many
NARRATOR_KIN = {**FAMILY_KIN, "oncle": "m", "tante": "f", "grand-père": "m", "grand-mère": "f", "parrain": "m",
                "marraine": "f", "cousin": "m", "cousine": "f", "beau-père": "m", "belle-mère": "f"}
# kin a possessive gives a person (« leur fille, Marthe »): the possessor's family is theirs
CHILD_KIN = frozenset({"fille", "fils", "frère", "sœur", "enfant"})

KIN_NOUNS = frozenset({
    "mère", "père", "frère", "sœur", "oncle", "tante", "fils", "fille", "cousin", "cousine", "neveu", "nièce",
    "grand-mère", "grand-père", "mari", "femme", "épouse", "époux", "veuve", "veuf", "ami", "amie", "amant",
    "maîtresse", "fiancé", "fiancée", "parent", "parents", "enfant", "gendre", "bru", "belle-mère",
    "beau-père", "parrain", "marraine", "filleul", "filleule", "compagnon", "compagne", "voisin", "voisine",
    "camarade", "collègue", "homme", "dame", "personne", "rival", "rivale", "ennemi", "ennemie",
})

# Words between a naming verb and the name: « ne l'appelaient plus que Mlle Fifi »
NICKNAME_LEAD_WORDS = frozenset({"plus", "que", "qu'", "qu’", "désormais", "toujours", "jamais", "pas", "encore",
                                 "familièrement", "simplement", "«", "\""})

# nouns for people of either sex: their gender is in their article or adjectives (« l'ancienne
# ministre », « la juge »)
EPICENE_NOUNS = frozenset({"ministre", "secrétaire", "juge", "maire", "responsable", "porte-parole", "membre",
                           "élève", "artiste", "journaliste", "diplomate", "camarade", "collègue", "analyste",
                           "spécialiste", "photographe", "psychologue", "pédiatre", "notaire", "édile",
                           "enfant", "malade", "domestique", "concierge", "complice", "esclave", "propriétaire",
                           "locataire", "touriste", "adversaire", "partenaire", "guide", "pianiste"})

# endings of nouns for people that are the same for a man and a woman (« l'aubergiste », « l'adversaire »)
EPICENE_NOUN_ENDINGS = ("iste", "aire", "logue", "graphe", "iatre")

# things a novel lets speak or sound in an incise (« murmura le vent », « répondit l'écho »): no
# one, though an unknown noun in an incise is someone (« fit le mauser »)
INANIMATE_VOICES = frozenset({"vent", "écho", "horloge", "pendule", "cloche", "cloches", "silence", "mer", "orage",
                              "tonnerre", "flot", "flots", "feuillage", "nuit", "pluie", "ruisseau", "fontaine",
                              "radio", "téléphone", "sonnette", "porte", "bise", "tempête", "forêt", "nature",
                              "histoire", "chronique", "légende", "proverbe", "chanson", "tradition", "murmure", "rumeur"})

# things whose endings look like an agent's (-eur, -ière, -ant, -ien …): « le bonheur », « la
# lumière », « un instant », « la sienne » name nobody
NOT_PERSON_NOUNS = frozenset({
    "bonheur", "malheur", "honneur", "fureur", "douleur", "couleur", "chaleur", "odeur", "peur", "lueur",
    "valeur", "hauteur", "largeur", "longueur", "profondeur", "grandeur", "splendeur", "pâleur", "rougeur",
    "froideur", "lenteur", "douceur", "candeur", "ardeur", "vigueur", "rigueur", "terreur", "horreur",
    "erreur", "humeur", "rumeur", "clameur", "saveur", "faveur", "ferveur", "stupeur", "torpeur", "langueur",
    "vapeur", "cœur", "chœur", "fleur", "labeur", "sueur", "tumeur", "primeur", "secteur", "moteur",
    "ordinateur", "ascenseur", "compteur", "intérieur", "extérieur", "meilleur", "moiteur", "blancheur",
    "noirceur", "fraîcheur", "épaisseur", "minceur", "tiédeur", "senteur", "frayeur", "lourdeur", "laideur",
    "lumière", "manière", "matière", "prière", "rivière", "frontière", "carrière", "poussière", "barrière",
    "paupière", "chaumière", "théière", "cafetière", "bière", "arrière", "première", "dernière", "entière",
    "ornière", "clairière", "crinière", "litière", "visière", "tanière", "bannière", "lisière", "gouttière",
    "soupière", "cuillère", "croisière", "fourrière", "verrière", "portière",
    "papier", "escalier", "quartier", "métier", "sentier", "panier", "soulier", "tablier", "collier",
    "chantier", "clavier", "fichier", "acier", "palier", "atelier", "pommier", "cerisier", "peuplier",
    "laurier", "grenier", "évier", "cahier", "dossier", "janvier", "février", "premier", "dernier", "entier",
    "calendrier", "chandelier", "sablier", "encrier", "bénitier", "brasier", "gosier", "foyer", "oreiller",
    "instant", "restaurant", "diamant", "volant", "croissant", "carburant", "courant", "néant", "gant",
    "plant", "pendant", "cependant", "avant", "devant", "auparavant", "maintenant", "suivant", "aimant",
    "brillant", "calmant", "tournant", "versant", "semblant", "montant", "levant", "couchant", "piquant",
    "plante", "soixante", "quarante", "cinquante", "épouvante", "pente", "attente", "descente",
    "lien", "bien", "rien", "maintien", "soutien", "entretien", "quotidien", "tien", "sien", "mien", "chien",
    "chienne",
    "sienne", "mienne", "tienne", "persienne", "antienne",
    "affaire", "salaire", "anniversaire", "dictionnaire", "commentaire", "grammaire", "bréviaire", "horaire",
    "inventaire", "itinéraire", "sanctuaire", "ordinaire", "contraire", "nécessaire", "calvaire", "formulaire",
    "argumentaire", "questionnaire", "sommaire", "glossaire", "vocabulaire", "luminaire", "imaginaire",
    "liste", "piste", "dialogue", "catalogue", "prologue", "épilogue", "monologue", "corollaire",
    "matrice", "cicatrice", "caprice", "avarice",
})

PERSON_NOUN_SUFFIXES = ("eur", "euse", "rice", "iste", "ier", "ière", "ant", "ante", "ien", "ienne", "aire", "logue")

# Small, well-known first names to guess a person's gender when the text gives no sign.
# endings that say a first name's gender when the lists do not know it (feminine ones first:
# « Angèle », « Denise », « Charlotte », « Constance »)
FEMININE_NAME_ENDINGS = ("a", "ine", "ette", "elle", "èle", "ise", "otte", "ence", "ance", "ie", "ienne", "ée", "ique")
MASCULINE_NAME_ENDINGS = ("o", "us", "é", "ent", "ain", "ard", "ert", "ric", "ck", "el", "ien", "is", "an", "in", "on")

# first names borne by men and women alike: they say nothing of a gender
EPICENE_FIRST_NAMES = frozenset({"claude", "dominique", "camille"})

FEMININE_FIRST_NAMES = frozenset({
    "maud", "isabel", "isabelle", "rachel", "agnès", "inès", "ingrid", "astrid", "margaux", "chloé", "zoé", "noémie", "léa",
    "manon", "pascale", "frédérique", "hélène", "irène", "clarisse", "ursule", "flore", "eugénie", "henriette",
    "pauline", "valentine", "juliette",
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
    # names of novels and of the last two centuries whose ending says nothing
    "jeanne", "marthe", "louise", "marguerite", "madeleine", "berthe", "suzanne", "germaine", "thérèse",
    "adèle", "blanche", "rose", "lucile", "cécile", "odile", "hortense", "geneviève", "gertrude",
    "clotilde", "adélaïde", "élise", "denise", "agathe", "héloïse", "charlotte", "colette", "nicole",
    "michèle", "simone", "yvonne", "fanny", "céleste", "armande", "clémence", "constance", "hermance",
    "solange", "gilberte", "albertine", "éléonore", "estelle", "nana", "emma", "jenny", "lise", "édith",
    "alice", "béatrix", "mireille", "paule", "josèphe", "gisèle", "arlette", "huguette", "yolande",
    "laure", "ève", "eve", "sarah", "rébecca", "léonie", "zélie", "virginie", "ernestine",
    # English girls' names of French novels, whose ending says nothing
    "mary", "nelly", "lily", "betty", "kitty", "dolly", "molly", "polly", "peggy", "daisy", "maggie", "jane",
})

# Common masculine first names: with the feminine list, they give a one-word name its gender
# (« Jacques », « Rachel »); a one-word name is never guessed from its ending, which may be a surname's.
MASCULINE_FIRST_NAMES = frozenset({
    "jean", "jacques", "paul", "louis", "henri", "rené", "andré", "marcel", "georges", "charles", "robert",
    "michel", "françois", "édouard", "émile", "eugène", "gustave", "victor", "hector", "léon", "lucien",
    "julien", "jules", "auguste", "alphonse", "albert", "gaston", "raoul", "adolphe", "armand", "arthur",
    "bernard", "daniel", "denis", "étienne", "félix", "fernand", "frédéric", "gabriel", "gérard",
    "gilbert", "hubert", "joseph", "léonce", "marc", "martin", "maurice", "nicolas", "olivier", "pascal",
    "patrice", "raymond", "richard", "roger", "samuel", "simon", "thomas", "vincent", "xavier", "yves",
    "baptiste", "jean-baptiste", "octave", "oscar", "otto", "fritz", "hans", "karl", "wilhelm", "wilhem",
    "franz", "ludwig", "heinrich", "friedrich", "jacob", "antoine", "pierre", "philippe", "mathieu",
    "matthieu", "emmanuel", "benoît", "laurent", "alain", "bruno", "didier", "éric", "franck", "hervé",
    "jérôme", "luc", "sébastien", "thierry", "valentin", "vladimir", "igor", "ivan", "sergueï",
    "mohamed", "ahmed", "ali", "omar", "youssef", "david", "michael", "john", "james", "william", "george",
})

MASCULINE_FIRST_NAMES_IN_A_OR_E = frozenset({
    "pierre", "philippe", "jérôme", "stéphane", "guillaume", "antoine", "alexandre", "christophe",
    "maxime", "sébastien", "jean-pierre", "joe", "mike", "andrea", "luca", "nikita", "ilya",
    "sasha", "sacha", "boris", "jorge", "josé", "george", "steve", "dave", "vince",
    # the masculine first names in -e of French novels (« Évariste Gamelin … se disait-elle » is
    # not him)
    "évariste", "théophile", "hippolyte", "aristide", "ange", "anatole", "achille", "hercule",
    "octave", "gustave", "adolphe", "alphonse", "ambroise", "anselme", "apollinaire", "athanase",
    "barnabé", "bénigne", "célestin", "clovis", "cyrille", "désiré", "eusèbe", "fulgence",
    "honoré", "isidore", "jacques", "jules", "léonce", "népomucène", "onésime",
    "philémon", "prosper", "pamphile", "sosthène", "télesphore", "timothée", "urbain", "zéphirin",
    "émile", "eugène", "jérémie", "hilaire", "cyprien", "baptistin", "ernest", "firmin",
})

# words after a surname that tell two of one family apart (« Dupont aîné », « Dumas fils »): part of the name
# adjectives a narrator sets between the article and a character's name (« le vieux Mathurin », « la
# petite Fadette »): with a capitalised subject after them, a name the model may miss
NAME_EPITHETS = frozenset({"vieux", "vieille", "petit", "petite", "jeune", "gros", "grosse", "grand", "grande",
                           "pauvre", "bon", "bonne", "brave", "beau", "belle", "gentil", "gentille", "sage"})

# what a character called « le vieux Mathurin » is later called alone (« fit le vieillard », « Le
# vieux grogna »)
EPITHET_NOUNS = {"vieux": ("vieux", "vieillard"), "vieille": ("vieille",), "petit": ("petit",), "petite": ("petite",),
                 "gros": ("gros",), "grosse": ("grosse",), "jeune": ("jeune",)}
EPITHET_GENDER = {"vieux": "m", "vieille": "f", "petit": "m", "petite": "f", "gros": "m", "grosse": "f", "grand": "m",
                  "grande": "f", "bon": "m", "bonne": "f", "beau": "m", "belle": "f", "gentil": "m", "gentille": "f"}

NAME_QUALIFIERS = frozenset({"aîné", "aînée", "cadet", "cadette", "jeune", "père", "fils", "junior", "senior"})

NAME_PARTICLES = frozenset({"de", "du", "von", "van", "der", "den", "da", "di", "le", "la", "ben", "bin", "al", "el"})

CIVILITY_TOKENS = frozenset({"M.", "Mme", "Mlle", "MM.", "Mmes", "Me", "Dr", "Pr", "Mr.", "Mrs.", "Miss", "Mistress"})
# civilities the model's tokenizer cuts from their full stop (« Mrs », « . », « Weldon »)
DOTTED_CIVILITIES = frozenset({"Mr", "Mrs"})
# civilities in the plural: « MM. de Lameth » (father and son), « Mmes Durand » name several people
PLURAL_CIVILITIES = frozenset({"mm.", "mmes", "mlles", "messieurs", "mesdames", "mesdemoiselles"})  # folded
# the courtesy titles spelled out, as novels write them (« madame François », « — Bonjour, monsieur Claude »)
SPELLED_CIVILITIES = frozenset({"monsieur", "madame", "mademoiselle"})

# the Virgin and the saints a story invokes (« la Vierge Marie », « que saint Léonard vous garde ! »)
# are no characters: « Marie » later in the story is not « Vierge Marie »
SACRED_TITLES = frozenset({"vierge", "saint", "sainte", "notre-dame", "bienheureux", "bienheureuse"})
# God, sworn by (« Par Allah ! »): no character, and « Abd-Allah » is not him
DIVINE_NAMES = frozenset({"dieu", "allah", "jéhovah", "yahvé"})

# titles of lordship: « de » after one introduces the bearer's name (« la dame de Monsoreau »), not
# someone else as after « l'avocat de »
LORDSHIP_TITLES = frozenset({"dame", "sieur", "seigneur", "sire", "chevalier", "prince", "princesse"})

# titles only men bear: a role that begins with one says the person is a man (« l'abbé Chélan »)
MASCULINE_ONLY_TITLES = frozenset({"abbé", "curé", "vicaire", "pasteur", "roi", "prince", "baron", "comte", "marquis",
                                   "duc", "vicomte", "chevalier", "sieur", "monseigneur", "cardinal", "évêque"})

MASCULINE_OF_TITLE = {
    "pharmacienne": "pharmacien", "institutrice": "instituteur", "banquière": "banquier", "greffière": "greffier",
    "bâtonnière": "bâtonnier",
    "présidente": "président", "cheffe": "chef", "dirigeante": "dirigeant", "ambassadrice": "ambassadeur",
    "députée": "député", "sénatrice": "sénateur", "directrice": "directeur", "conseillère": "conseiller",
    "chancelière": "chancelier", "représentante": "représentant", "porte-voix": "porte-parole",
    "baronne": "baron", "comtesse": "comte", "marquise": "marquis", "duchesse": "duc", "vicomtesse": "vicomte",
    # the feminine of trades and roles (« l'écrivaine » then « l'autrice »: one title)
    "écrivaine": "écrivain", "autrice": "auteur", "avocate": "avocat", "candidate": "candidat", "élue": "élu",
    "militante": "militant", "procureure": "procureur", "préfète": "préfet", "gouverneure": "gouverneur",
    "déléguée": "délégué", "adjointe": "adjoint", "eurodéputée": "eurodéputé", "vice-présidente": "vice-président",
    "fondatrice": "fondateur", "réalisatrice": "réalisateur", "actrice": "acteur", "chanteuse": "chanteur",
    "joueuse": "joueur", "entraîneuse": "entraîneur", "championne": "champion", "footballeuse": "footballeur",
    "chercheuse": "chercheur", "experte": "expert", "professeure": "professeur", "historienne": "historien",
    "chirurgienne": "chirurgien", "policière": "policier", "infirmière": "infirmier", "enquêtrice": "enquêteur",
    "trésorière": "trésorier", "rectrice": "recteur", "doyenne": "doyen", "médiatrice": "médiateur",
    "négociatrice": "négociateur", "opposante": "opposant", "attaquante": "attaquant", "gardienne": "gardien",
    "patronne": "patron", "magistrate": "magistrat", "envoyée": "envoyé",
    "proviseure": "proviseur", "inspectrice": "inspecteur", "productrice": "producteur", "animatrice": "animateur",
    "chroniqueuse": "chroniqueur", "ingénieure": "ingénieur", "musicienne": "musicien",
    "cofondatrice": "cofondateur", "consultante": "consultant", "coureuse": "coureur", "nageuse": "nageur",
    "boxeuse": "boxeur", "navigatrice": "navigateur",
}

# titles in the feminine (« la présidente », « l'autrice »): every feminine form above, and the
# titles that have no masculine of the same office
FEMININE_TITLES = frozenset(title for title in MASCULINE_OF_TITLE if title != "porte-voix") | {
    "première", "reine", "princesse", "comédienne", "romancière"}

# ranks a description names only when someone was given them (« le comte » is not whoever is in focus)
# ranks of an army or a navy: like a noble title, someone's own (« le général » in a novel is a
# character of that rank, not whoever is in focus)
MILITARY_RANKS = frozenset({"général", "générale", "colonel", "commandant", "capitaine", "lieutenant", "major",
                            "sergent", "caporal", "amiral", "maréchal", "brigadier", "adjudant"})
# sovereigns: « le roi » is the king, never whoever else is in focus
SOVEREIGN_TITLES = frozenset({"roi", "reine", "empereur", "impératrice", "pape", "sultan", "sultane", "tsar", "tsarine",
                              "czar", "dauphin", "dauphine", "régent", "régente", "pharaon", "shah", "calife"})
RANK_TITLES = frozenset(MASCULINE_OF_TITLE.get(title, title) for title in NOBLE_TITLES) | {"princesse"} | MILITARY_RANKS | \
    SOVEREIGN_TITLES

# words that call the one a line speaks to, and that one's gender (« — Oui, madame. », « — Viens,
# ma fille ! »): set off by commas or at the line's ends; a possessive may open them (« mon cher »)
ADDRESS_GENDER = {"madame": "f", "mademoiselle": "f", "monsieur": "m", "maman": "f", "papa": "m",
                  "ma fille": "f", "mon fils": "m", "ma mère": "f", "mon père": "m", "ma tante": "f", "mon oncle": "m",
                  "ma sœur": "f", "mon frère": "m", "ma chère": "f", "mon cher": "m", "ma petite": "f",
                  "mon petit": "m", "ma bonne": "f", "mon bon": "m", "mon ami": "m", "mon amie": "f",
                  "ma chérie": "f", "mon chéri": "m", "ma belle": "f", "mon garçon": "m", "ma mignonne": "f",
                  "mon général": "m", "mon colonel": "m", "mon capitaine": "m", "mon lieutenant": "m"}

# titles of a profession before a surname that say no gender (« maître Caradec », the notary;
# « le docteur Augagne »): in a novel, not the « Mme Caradec » of the same family
PROFESSION_TITLES = frozenset({"me", "maître", "dr", "docteur", "pr", "professeur", "abbé", "notaire"})
