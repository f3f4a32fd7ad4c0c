"""French language data, one module per kind (as spaCy keeps `spacy/lang/fr/`), pure data:

    verbs     speech verbs and their frames      people    titles, civilities, person nouns, first names
    bodies    organisations, documents           places    countries, capitals, nationalities, metonyms
    grammar   clitics, pronouns, prepositions, negation, time words

Lookups over this data (accent folding, a place's country, a first name's gender) are in
`tui.analysis.vocabulary`; the rules that use both are the other modules of `tui.analysis`.
"""
