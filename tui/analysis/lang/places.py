"""French language data: Places, capitals and nationalities, and buildings that speak for a government (« le Kremlin »).

Data only; the rules that read it live in `tui.analysis`."""

from __future__ import annotations

# Institutions named by a building or nickname, with the country they speak for.
METONYMS = {
    "kremlin": "Russie", "élysée": "France", "matignon": "France", "quai d'orsay": "France",
    "maison blanche": "États-Unis", "maison-blanche": "États-Unis", "pentagone": "États-Unis",
    "downing street": "Royaume-Uni", "bercy": "France", "beauvau": "France",
    "zhongnanhai": "Chine", "vatican": "Saint-Siège", "knesset": "Israël",
}

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
NATIONALITIES = {
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
    "slovène": "Slovénie", "bulgare": "Bulgarie", "albanais": "Albanie", "bosnien": "Bosnie-Herzégovine",
    "monténégrin": "Monténégro", "macédonien": "Macédoine du Nord", "islandais": "Islande",
    "luxembourgeois": "Luxembourg", "monégasque": "Monaco", "maltais": "Malte", "chypriote": "Chypre",
    "kényan": "Kenya", "éthiopien": "Éthiopie", "nigérien": "Niger", "ivoirien": "Côte d'Ivoire",
    "camerounais": "Cameroun", "congolais": "Congo", "burkinabé": "Burkina Faso", "guinéen": "Guinée",
    "ghanéen": "Ghana", "rwandais": "Rwanda", "soudanais": "Soudan", "libyen": "Libye", "tchadien": "Tchad",
    "malgache": "Madagascar", "jordanien": "Jordanie", "yéménite": "Yémen", "émirien": "Émirats arabes unis",
    "koweïtien": "Koweït", "indonésien": "Indonésie", "thaïlandais": "Thaïlande", "philippin": "Philippines",
    "malaisien": "Malaisie", "birman": "Birmanie", "chilien": "Chili", "colombien": "Colombie",
    "péruvien": "Pérou", "vénézuélien": "Venezuela", "cubain": "Cuba", "haïtien": "Haïti",
    "uruguayen": "Uruguay", "bolivien": "Bolivie", "équatorien": "Équateur", "néo-zélandais": "Nouvelle-Zélande",
    "ouzbek": "Ouzbékistan", "kirghize": "Kirghizistan", "mongol": "Mongolie", "bangladais": "Bangladesh",
    "sri-lankais": "Sri Lanka", "népalais": "Népal",
}

# People of a region or a city, as novels name a character by where he comes from (« le
# Piémontais se retourna », « répondit le Provençal »): masculine singular, inflected like the
# nationalities; they describe someone and speak for no country
REGIONAL_DEMONYMS = frozenset({
    "provençal", "breton", "normand", "gascon", "parisien", "piémontais", "lorrain", "alsacien", "savoyard",
    "corse", "marseillais", "lyonnais", "basque", "béarnais", "picard", "bourguignon", "champenois", "flamand",
    "vénitien", "florentin", "napolitain", "génois", "sicilien", "milanais", "tyrolien", "bavarois",
    "prussien", "saxon", "écossais", "irlandais", "gallois", "castillan", "catalan", "auvergnat", "limousin",
    "berrichon", "poitevin", "angevin", "bordelais", "toulousain", "nantais", "niçois", "vendéen", "cévenol",
    "landais", "lillois", "rouennais", "savoisien", "franc-comtois", "dauphinois", "languedocien", "périgourdin",
    "créole", "cosaque", "tartare", "maure", "bédouin", "arabe", "yankee",
})

# Words that name a street or a place before its proper name (« 17, rue Fontaine », « place
# Clichy »): a name after one is an address, never the subject of an incise
STREET_NOUNS = frozenset({"rue", "avenue", "boulevard", "place", "quai", "impasse", "route", "chemin", "allée",
                          "cours", "faubourg", "passage", "square", "pont", "porte", "gare", "église", "hôtel"})
# places named after someone or something (« le café de la Paix », « l'hôtel de la Marine », « la rue
# de la Paix »): what follows « de » is the place's name, never a person speaking
ESTABLISHMENT_NOUNS = STREET_NOUNS | frozenset({"café", "restaurant", "auberge", "cabaret", "brasserie", "théâtre",
                                                "lycée", "collège", "chapelle", "cathédrale", "abbaye", "couvent",
                                                "château", "musée", "jardin", "parc", "palais", "hospice", "hôpital"})
