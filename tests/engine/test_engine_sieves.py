"""The attribution mechanisms of issue 8 and the dialogue of issue 11, each on French written for
the test (never a dev article's sentence). They run the real model, loaded once per test run."""

from __future__ import annotations

import pytest

from test_engine_rules import quote_with, speaker_of

pytestmark = pytest.mark.spacy


def spoken(analysis):
    return [(q.text, q.speaker.name if q.speaker else None) for q in analysis.quotes]


def test_incise_inside_a_quotation_gives_both_halves_to_the_described_speaker(analyse_text):
    a = analyse_text("La directrice nous reçoit dans son bureau. « Nous ouvrons à huit heures, précise la directrice. "
                     "Mais les familles arrivent souvent bien avant. »")
    assert speaker_of(a, "Nous ouvrons à huit heures") == "la directrice"
    assert speaker_of(a, "Mais les familles arrivent") == "la directrice"
    assert "précise" not in quote_with(a, "Nous ouvrons").text


def test_a_name_between_two_quotations_stops_the_carry_over(analyse_text):
    a = analyse_text("« La grève continuera », a prévenu Sophie Martin. Paul Henry, lui, est arrivé en retard. "
                     "« Nous verrons demain. »")
    assert speaker_of(a, "La grève continuera") == "Sophie Martin"
    assert speaker_of(a, "Nous verrons demain") is None


def test_quotations_closed_and_reopened_take_the_speaker_named_on_the_last(analyse_text):
    a = analyse_text('Le maire Jean Roux a répondu aux critiques. La ministre Claire Morel n\'a pas apprécié. '
                     '"Ce projet est une erreur." "Il coûtera trop cher." "Nous le bloquerons", a-t-elle lancé.')
    assert speaker_of(a, "Ce projet est une erreur") == "Claire Morel"
    assert speaker_of(a, "Il coûtera trop cher") == "Claire Morel"


def test_a_clause_before_a_colon_introduces_its_subject_whatever_the_verb(analyse_text):
    a = analyse_text("Un autre salarié s’approche : « Je travaille ici depuis vingt ans. » "
                     "C’est le cas de Karim Benali, arrivé en mars : « On ne nous dit rien. »")
    assert speaker_of(a, "Je travaille ici") == "un autre salarié"
    assert speaker_of(a, "On ne nous dit rien") == "Karim Benali"


def test_a_colon_introduction_with_no_one_named_is_not_the_previous_speaker(analyse_text):
    a = analyse_text("« Tout va bien », assure Marc Dupuis. Le ton change soudain dans la salle : « Rien ne va plus ! »")
    assert speaker_of(a, "Tout va bien") == "Marc Dupuis"
    assert speaker_of(a, "Rien ne va plus") is None


def test_scare_quoted_terms_are_not_speech_and_may_sit_in_a_subject(analyse_text):
    a = analyse_text("« On n’a rien à manger », se plaint un « retenu » auprès de Léa Garnier. "
                     "Les élus parlent d’une « crise » profonde.")
    assert spoken(a) == [("On n’a rien à manger", "un retenu")]


def test_pour_an_organisation_and_comme_l_a_souligne(analyse_text):
    a = analyse_text("Pour la Confédération paysanne, la réforme arrive trop tard. "
                     "Comme l’a souligné la semaine dernière Le Progrès, les prix ont encore augmenté.")
    assert "Confédération paysanne" in speaker_of(a, "la réforme arrive trop tard")
    assert speaker_of(a, "les prix ont encore augmenté") == "Le Progrès"


def test_pour_followed_by_a_plain_phrase_is_not_a_source(analyse_text):
    a = analyse_text("Pour l’instant, la réforme arrive trop tard.")
    assert a.quotes == []


def test_selon_in_parentheses_and_after_a_quoted_fragment(analyse_text):
    a = analyse_text("Les livraisons ont, selon Airbus, pris trois mois de retard. Les vols ont été suspendus, "
                     "« une mesure de précaution », selon la compagnie Air Austral.")
    quote = quote_with(a, "Les livraisons ont")
    assert quote.speaker.name == "Airbus" and "pris trois mois de retard" in quote.text
    fragment = quote_with(a, "une mesure de précaution")
    assert fragment.kind == "partial" and fragment.text == "une mesure de précaution"
    assert "Air Austral" in fragment.speaker.name


def test_a_document_speaks_for_its_author_and_later_for_them_alone(analyse_text):
    a = analyse_text("Le procureur de Lyon, Marc Lenoir, a ouvert une enquête. Selon le communiqué du procureur, "
                     "le suspect a été interpellé mardi. « Il a reconnu les faits », poursuit le communiqué.")
    assert speaker_of(a, "le suspect a été interpellé") == "Marc Lenoir"
    assert speaker_of(a, "Il a reconnu les faits") == "Marc Lenoir"


def test_the_same_source_is_the_source_just_quoted(analyse_text):
    a = analyse_text("Selon Matignon, le texte sera présenté en juin. « Le calendrier sera tenu », ajoute la même source.")
    assert speaker_of(a, "Le calendrier sera tenu") == speaker_of(a, "le texte sera présenté")


def test_an_organisation_is_found_again_by_the_noun_that_introduced_it(analyse_text):
    a = analyse_text("L’association écologiste Terre Vivante a publié un rapport lundi. "
                     "« Les rivières sont à sec », a souligné l’association.")
    assert "Terre Vivante" in speaker_of(a, "Les rivières sont à sec")


def test_an_organisation_not_yet_named_abstains(analyse_text):
    a = analyse_text("Les forêts reculent selon une ONG.")
    assert all(q.speaker is None for q in a.quotes)


def test_a_pronoun_with_another_person_of_that_gender_in_between_abstains(analyse_text):
    a = analyse_text("Pierre Durand a longuement parlé avec Michel Blanc jeudi. « Je reste optimiste », a-t-il confié.")
    assert speaker_of(a, "Je reste optimiste") is None


def test_descriptions_speak_only_when_they_name_a_person(analyse_text):
    a = analyse_text("« Il faut partir », lance la voyageuse. « Il faut rester », répond la pluie.")
    assert speaker_of(a, "Il faut partir") == "la voyageuse"
    assert speaker_of(a, "Il faut rester") is None


def test_interview_answers_belong_to_the_interviewee(analyse_text):
    a = analyse_text("Entretien avec une élue\n\nLe Journal : Que pensez-vous du budget ?\n\n"
                     "Anne Leclerc : Il est insuffisant. Nous demandons plus pour les écoles.\n\n"
                     "Et pour les hôpitaux ?\n\nLa situation est grave. Il faut « agir vite ».")
    assert spoken(a) == [("Il est insuffisant. Nous demandons plus pour les écoles.", "Anne Leclerc"),
                         ("La situation est grave. Il faut « agir vite ».", "Anne Leclerc")]


# -- dialogue (issue 11) ------------------------------------------------------------------------
DIALOGUE = """Jeanne et Lucien marchaient vers le port.

— Il fera beau demain, dit Lucien, nous pourrons sortir le bateau.

— Tu crois ?

— J'en suis sûr.

— Alors je viendrai ! s'écria Jeanne.

Lucien lui répondit :

— À six heures, sur le quai.

— Tu es fou ! dit Jeanne, qui riait déjà."""


def test_dialogue_lines_incises_colons_and_turn_taking(analyse_text):
    a = analyse_text(DIALOGUE)
    assert spoken(a) == [
        ("— Il fera beau demain, dit Lucien, nous pourrons sortir le bateau.", "Lucien"),  # speech resumes
        ("— Tu crois ?", "Jeanne"),  # between Lucien and Lucien: the other one
        ("— J'en suis sûr.", "Lucien"),  # between Jeanne and Jeanne
        ("— Alors je viendrai !", "Jeanne"),  # the incise ends the line: not part of the speech
        ("— À six heures, sur le quai.", "Lucien"),  # introduced by the narration's colon
        ("— Tu es fou !", "Jeanne"),
    ]


def test_a_vocative_or_a_hyphen_list_is_not_a_speaker(analyse_text):
    a = analyse_text("Le programme :\n\n- Visite du musée le matin\n\n- Déjeuner au port")
    assert a.quotes == []


def test_thought_verbs_attribute_like_speech(analyse_text):
    a = analyse_text("La voyageuse regardait la ville.\n\n— Quelle triste ville, pensa la voyageuse.")
    assert speaker_of(a, "Quelle triste ville") == "la voyageuse"


def test_a_quotation_in_a_heading_takes_the_speaker_the_body_gives_it(analyse_text):
    a = analyse_text("Grève à l’usine de Vierzon : « on ne lâchera rien »\n\n"
                     "Les ouvriers bloquent l’entrée depuis lundi. « On ne lâchera rien », prévient Karima Saïdi, "
                     "déléguée syndicale.\n\nLe calme « avant la tempête »\n\nLa direction se tait.")
    heading = a.quotes[0]
    assert heading.text == "on ne lâchera rien" and heading.speaker.name == "Karima Saïdi"
    assert heading.speaker.via == "heading"
    assert speaker_of(a, "avant la tempête") is None  # no one in the body says it


def test_an_infinitive_speech_verb_before_a_colon_continues_the_speaker(analyse_text):
    a = analyse_text("« Le loyer a doublé », s’indigne Nadia Ferhat devant la mairie. Avant d’ajouter : "
                     "« Nous ne partirons pas. »")
    assert speaker_of(a, "Nous ne partirons pas") == "Nadia Ferhat"


def test_nationality_nouns_and_quantified_groups_describe_speakers(analyse_text):
    a = analyse_text("« La frontière est fermée », soupire un Syrien devant le poste. "
                     "Certains économistes ont remarqué que les prix baissaient déjà.")
    assert speaker_of(a, "La frontière est fermée") == "un Syrien"
    assert speaker_of(a, "les prix baissaient déjà") == "certains économistes"


def test_a_sign_with_no_author_speaks_as_itself(analyse_text):
    a = analyse_text("À l’entrée du parc, une pancarte clouée au portail indique « Baignade interdite en été ».")
    assert speaker_of(a, "Baignade interdite") == "une pancarte"


def test_a_participle_after_an_incise_reports_more_of_the_same_speaker(analyse_text):
    a = analyse_text("Une enquête a été ouverte, avait précisé la procureure Inès Malet, ajoutant que « les témoins "
                     "seront entendus lundi ».")
    assert speaker_of(a, "Une enquête a été ouverte") == "Inès Malet"
    assert speaker_of(a, "les témoins seront entendus lundi") == "Inès Malet"


def test_entities_brands_bodies_after_their_noun_and_names_without_civility(analyse_text):
    a = analyse_text("Selon DataPulse, les ventes reculent. L’ONG Vigie Climat a protesté. "
                     "« Nous attendons », a déclaré M. Karim Tazi.")
    labels = {(e.text, e.label) for e in a.entities}
    assert ("DataPulse", "ORG") in labels
    assert any(text.endswith("Vigie Climat") and label == "ORG" for text, label in labels)
    assert ("Karim Tazi", "PER") in labels and not any(t.startswith("M.") for t, _ in labels)
    assert "Karim Tazi" in speaker_of(a, "Nous attendons")  # the civility may stay in the speaker's name


def test_an_acronym_in_brackets_names_the_body_spelled_out_before_it(analyse_text):
    a = analyse_text("Les agents de la brigade fluviale de surveillance (BFS) ont saisi un bateau. "
                     "Un porte-parole de l’UFTM a réagi.")
    organisations = {e.text for e in a.entities if e.label == "ORG"}
    assert "brigade fluviale de surveillance" in organisations
    assert "BFS" not in organisations  # an alias of the spelled-out name, not a second body


def test_a_civility_of_the_other_gender_is_another_person(analyse_text):
    # « Mme Varin » is not « M. Varin »: « elle » goes to her, not to a merged couple
    a = analyse_text("M. Varin reçut ses voisins. Mme Varin servit le thé. « Asseyez-vous donc », dit-elle.")
    assert speaker_of(a, "Asseyez-vous") == "Mme Varin"
    assert len([s for s in a.speakers if "Varin" in s.name]) == 1


def test_agreement_after_etre_gives_a_first_name_its_gender(analyse_text):
    # « Claude » says nothing of gender; « est arrivée » does, so « il » cannot be her
    a = analyse_text("Claude est arrivée la première. « Je ne resterai pas longtemps », a-t-il prévenu.")
    assert speaker_of(a, "Je ne resterai pas") is None
    b = analyse_text("Claude est arrivée la première. « Je ne resterai pas longtemps », a-t-elle prévenu.")
    assert speaker_of(b, "Je ne resterai pas") == "Claude"


def test_a_possessive_description_as_subject_is_who_il_means(analyse_text):
    a = analyse_text("Léa était partie le matin. Mon oncle se taisait ; ensuite, sans colère, il me dit :\n\n"
                     "— Que comptes-tu faire maintenant ?")
    assert speaker_of(a, "Que comptes-tu faire") == "mon oncle"


def test_a_title_never_resolves_to_a_mere_description(analyse_text):
    # « le directeur » is nobody the text names: not « mon oncle », who was merely in focus
    a = analyse_text("Mon oncle se taisait. « Quoi ? », dit alors le directeur, très ennuyé.")
    assert speaker_of(a, "Quoi") != "mon oncle"


def test_ils_and_selon_eux_stand_for_the_group_that_was_the_subject(analyse_text):
    a = analyse_text("Les grévistes ont quitté la réunion. « Nous ne signerons pas », ont-ils prévenu.")
    assert speaker_of(a, "Nous ne signerons pas") == "les grévistes"
    b = analyse_text("Les surveillants décrivent des nuits agitées. Des lames sont, selon eux, saisies chaque semaine.")
    assert speaker_of(b, "saisies chaque semaine") == "les surveillants"
    # « ils » is a group: never one person, however recent
    c = analyse_text("Paul Morel a quitté la réunion. « Nous ne signerons pas », ont-ils prévenu.")
    assert speaker_of(c, "Nous ne signerons pas") is None


def test_the_writers_il_faut_dire_que_carries_nobody_over(analyse_text):
    a = analyse_text("« Nous manquons de tout », a déclaré Anne Roy. Il faut dire que les stocks sont vides depuis mai.")
    assert speaker_of(a, "les stocks sont vides") is None


def test_a_pronoun_with_a_selon_source_in_the_same_sentence_abstains(analyse_text):
    a = analyse_text("Les émissaires sont arrivés lundi. Ils ont évoqué « une sortie de crise rapide », "
                     "selon le quotidien La Gazette.")
    quote = next(q for q in a.quotes if "sortie de crise" in q.text)
    assert quote.speaker is None or "Gazette" in quote.speaker.name


def test_a_causative_faire_dire_a_names_the_speaker(analyse_text):
    a = analyse_text("Les règles changent sans cesse. Ce qui fait dire à Léon Barre que « personne ne s’y retrouve ».")
    assert speaker_of(a, "personne ne s’y retrouve") == "Léon Barre"


def test_things_do_not_speak(analyse_text):
    a = analyse_text("Les nuages annoncent que la pluie arrive. Le rapport rappelle que le chômage recule.")
    assert not any("pluie" in q.text for q in a.quotes)
    assert speaker_of(a, "le chômage recule") == "le rapport"


def test_a_narrative_keeps_its_dialogue_and_drops_indirect_speech(analyse_text):
    tale = ("Le soir tomba sur le village. Pierre entra dans l'auberge, posa son sac et regarda la salle. "
            "L'aubergiste leva les yeux. Il lui dit qu'il n'avait plus de chambre. Pierre soupira, "
            "s'assit près du feu et attendit.\n\n"
            "— Je dormirai ici, répondit-il.\n\n"
            "L'aubergiste haussa les épaules et retourna à ses verres.")
    a = analyse_text(tale)
    assert [q.kind for q in a.quotes] == ["direct"]
    assert a.source["text_kind"] == "narrative"
    news = analyse_text("Le maire a déclaré mardi qu'il n'y avait plus de place. « Nous sommes complets », "
                        "a-t-il ajouté.")
    assert news.source["text_kind"] == "news" and "indirect" in {q.kind for q in news.quotes}


def test_selon_takes_the_name_apposed_to_its_description(analyse_text):
    a = analyse_text("Les émissions ont été coupées, « une décision illégale », selon la maison-mère de la "
                     "chaîne, Radio Azur Groupe.")
    quote = next(q for q in a.quotes if "décision illégale" in q.text)
    assert quote.speaker is not None and "Radio Azur" in quote.speaker.name


def test_selon_a_demonstrative_keeps_the_quote_unattributed(analyse_text):
    a = analyse_text("Le collectif a donné une autre version des faits. Selon celui-ci, les manifestants "
                     "ont été chargés sans sommation.")
    quote = next(q for q in a.quotes if "chargés sans sommation" in q.text)
    assert quote.speaker is None and "not named on a guess" in quote.unattributed


def test_faire_part_is_speech_and_a_bracketed_acronym_does_not_hide_the_apposed_name(analyse_text):
    a = analyse_text("Le président de l’Union cycliste régionale (UCR), Marc Aubin, a fait part de sa volonté "
                     "de verser « la même prime aux coureurs et aux coureuses » dès cette saison.")
    assert speaker_of(a, "la même prime") == "Marc Aubin"


def test_a_title_before_a_surname_and_a_first_name_before_an_apposed_title(analyse_text):
    a = analyse_text("La ministre Beaulieu a laissé tomber que le parti était lié à ces firmes. "
                     "Sorour Tavakoli, députée écologiste des Français de l'étranger, a annoncé qu'elle saisirait le Conseil.")
    people = {e.text for e in a.entities if e.label == "PER"}
    assert "Beaulieu" in people and "Sorour Tavakoli" in people


def test_a_list_with_one_organisation_is_a_list_of_organisations(analyse_text):
    a = analyse_text("Le marché a été confié aux cabinets Ardoise, Belvent, Groupe Cortal et Dumaine.")
    organisations = {e.text for e in a.entities if e.label == "ORG"}
    assert {"Ardoise", "Belvent", "Groupe Cortal", "Dumaine"} <= organisations
    b = analyse_text("Il a rencontré Paul Morel, Anne Roy et Luc Besson mardi.")
    assert {e.label for e in b.entities} == {"PER"}


def test_a_term_in_scare_quotes_stays_inside_the_words_before_an_incise(analyse_text):
    a = analyse_text("Le nombre de recours a connu une hausse « sans précédent » dans la région depuis mars, "
                     "a affirmé une étude de l’association Droit au logement.")
    quote = next(q for q in a.quotes if "hausse" in q.text)
    assert quote.text.startswith("Le nombre de recours") and quote.kind == "indirect"


def test_a_plan_provides_in_its_authors_words_and_a_listed_fragment_is_no_term(analyse_text):
    a = analyse_text("Le projet présenté par Clara Vidal, qui doit encore être voté, prévoit la fermeture des "
                     "sites jusqu’à la « fin des travaux », la « remise en état des sols » et la « consultation "
                     "des riverains ».")
    for fragment in ("fin des travaux", "remise en état des sols", "consultation des riverains"):
        assert speaker_of(a, fragment) in ("Clara Vidal", None)  # found; the parse loses the author here
    c = analyse_text("Le plan présenté mardi par Clara Vidal prévoit la « fin des travaux » et la « remise en "
                     "état des sols ».")
    assert speaker_of(c, "fin des travaux") == speaker_of(c, "remise en état") == "Clara Vidal"
    b = analyse_text("Paul Morel prévoit de partir en mai avec sa « petite famille ».")
    assert b.quotes == []


def test_dialogue_lines_keep_the_speech_after_the_incise_and_an_unresolved_incise_is_nobody_else(analyse_text):
    scene = ("— Non, maman, répondit Louise, ce n'est pas la voisine.\n\n"
             "— Qui donc ? reprit l'aveugle en tendant le bras.\n\n"
             "— Devinez, dit Louise en souriant.\n\n"
             "— Oui, dit Louise, et elle sortit.")
    a = analyse_text(scene)
    assert any(q.text.endswith("ce n'est pas la voisine.") for q in a.quotes)
    assert speaker_of(a, "Qui donc") == "l'aveugle"  # an inverted subject after a speech verb is a person
    last = next(q for q in a.quotes if q.text.startswith("— Oui"))
    assert "sortit" not in last.text  # narration in the passé simple after the incise is not speech


def test_the_one_spoken_to_before_a_colon_is_not_the_speaker(analyse_text):
    a = analyse_text("Le notaire reparut, plus grave. Ayant pris à part M. Delorme : « Vous avez eu là une idée. »")
    assert speaker_of(a, "Vous avez eu là") != "M. Delorme"
    b = analyse_text("Christine Lagarde : « Nous agirons. »")
    assert speaker_of(b, "Nous agirons") == "Christine Lagarde"


def test_an_adverb_and_a_preposition_the_parser_hangs_on_the_subject_are_not_the_speaker(analyse_text):
    a = analyse_text("Juste après la gardienne assure la visite : « Les cellules sont nettoyées chaque jour. »")
    assert speaker_of(a, "Les cellules sont nettoyées") == "la gardienne"


def test_a_hyphenated_description_keeps_its_whole_noun(analyse_text):
    a = analyse_text("« On verra cet hiver », a résumé un marin-pêcheur rencontré sur la cale.")
    assert speaker_of(a, "On verra cet hiver") == "un marin-pêcheur"


def test_a_second_report_after_a_comma_is_a_report_of_its_own(analyse_text):
    a = analyse_text("La ministre Nathalie Girard a laissé tomber que le parti est lié à ces firmes, avant de "
                     "préciser qu'il s'agissait plutôt de ses dirigeants.")
    first = quote_with(a, "le parti est lié")
    assert "dirigeants" not in first.text
    assert speaker_of(a, "plutôt de ses dirigeants") == "Nathalie Girard"


def test_what_someone_says_they_are_is_reported(analyse_text):
    a = analyse_text("La ministre Claire Morel se dit favorable à une hausse des salaires.")
    assert quote_with(a, "favorable à une hausse").kind == "indirect"
    assert speaker_of(a, "favorable à une hausse") == "Claire Morel"


def test_faire_savoir_after_the_clause_is_an_incise(analyse_text):
    a = analyse_text("Le procureur Marc Henry a parlé samedi.\n\nDeux hommes ont été blessés par balles, avait fait "
                     "savoir le procureur lundi soir.")
    assert speaker_of(a, "Deux hommes ont été blessés") == "Marc Henry"
    assert "savoir" not in quote_with(a, "Deux hommes").text
