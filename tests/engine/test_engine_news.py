"""News attribution mechanisms found by reading the engine's output on real articles outside the
dev set, each tested on French written for the test. They run the real model, loaded once per
test run."""

from __future__ import annotations

import pytest

from test_engine_rules import quote_with, speaker_of

pytestmark = pytest.mark.spacy


def test_the_subject_of_faire_savoir_speaks_not_the_interview_it_was_given_in(analyse_text):
    a = analyse_text("Marc Lebon, maire de Cluny, est revenu sur la fermeture de l'école. Dans une interview "
                     "accordée aux journalistes, il a fait savoir que la décision n'était pas définitive.")
    assert speaker_of(a, "la décision n'était pas définitive") == "Marc Lebon"


def test_a_feminine_description_is_not_the_man_named_inside_her_quotation(analyse_text):
    a = analyse_text("La directrice de l'hôpital, Nadia Ferrand, a répondu aux syndicats.\n\n"
                     "« Comme l'a rappelé le directeur régional Paul Giraud, rien n'est décidé », "
                     "a déclaré la directrice.")
    assert speaker_of(a, "rien n'est décidé") != "Paul Giraud"


def test_someone_described_by_another_title_is_not_the_person_quoted_before(analyse_text):
    a = analyse_text("Joint par téléphone, Ibrahim Keita a démenti les rumeurs. Le préfet dit ne rien craindre. "
                     "« Je n'ai jamais quitté la ville », "
                     "nous a-t-il confié.\n\n"
                     "Interrogé à son tour, le gouverneur de la région a confirmé les propos de son collaborateur.\n\n"
                     "« Il n'a pas bougé d'ici », a assuré le gouverneur de la région. « Il travaille chaque jour "
                     "avec nous », a-t-il ajouté.")
    assert speaker_of(a, "Je n'ai jamais quitté") == "Ibrahim Keita"
    assert speaker_of(a, "Il n'a pas bougé") != "Ibrahim Keita"
    assert speaker_of(a, "Il travaille chaque jour") != "Ibrahim Keita"


def test_a_headline_quotation_after_a_colon_is_one_quotation(analyse_text):
    a = analyse_text("Jeanne Roux sur la parité : « Le président tire les ficelles »\n\n"
                     "Jeanne Roux a parlé hier devant la presse à Dakar.")
    assert [q.text for q in a.quotes] == ["Le président tire les ficelles"]
    assert speaker_of(a, "Le président tire les ficelles") == "Jeanne Roux"


def test_a_title_with_its_complement_is_a_speaker_of_its_own(analyse_text):
    a = analyse_text("« Le budget est prêt », a dit le ministre des Finances. "
                     "« La police est prête », a dit le ministre de l’Intérieur.")
    assert speaker_of(a, "Le budget est prêt") == "le ministre des Finances"
    assert speaker_of(a, "La police est prête") == "le ministre de l’Intérieur"


def test_who_goes_on_by_name_is_who_spoke_just_before_by_title(analyse_text):
    a = analyse_text("« Deux ressortissants ont été blessés », a déclaré mardi le ministre de la Santé. "
                     "Les secours sont sur place. « Nous attendons d'autres nouvelles », a ajouté Julien Marchal.\n\n"
                     "« Le budget est voté », a dit la présidente du conseil. « Nous tiendrons », a ajouté Paul Henry.\n\n"
                     "« La route est coupée », a dit le préfet de la Marne. « C'est faux », a répondu Pierre Lacombe.")
    assert speaker_of(a, "Deux ressortissants ont été blessés") == "Julien Marchal"
    assert speaker_of(a, "Le budget est voté") != "Paul Henry"  # she is not he
    assert speaker_of(a, "La route est coupée") != "Pierre Lacombe"  # an answer is someone else's


def test_an_inverted_incise_after_the_subject_of_the_reported_clause_names_the_speaker(analyse_text):
    a = analyse_text("Awa Diop a présenté son projet aux habitants. Le plan, explique-t-elle, est « solide et chiffré ».")
    assert speaker_of(a, "solide et chiffré") == "Awa Diop"


def test_a_fronted_participle_and_a_possessive_title_say_a_gender_the_first_name_does_not(analyse_text):
    a = analyse_text("Contactée par nos soins, Awa Ndiaye a déclaré que rien n’était décidé. Son adjoint Modou Fall "
                     "était absent. « Nous verrons », a-t-elle ajouté.\n\n"
                     "Joint au téléphone, Ousmane Sow a démenti. Sa conseillère Binta Fall était absente. "
                     "« Nous attendrons », a-t-il ajouté.")
    assert speaker_of(a, "Nous verrons") == "Awa Ndiaye"
    assert speaker_of(a, "Nous attendrons") == "Ousmane Sow"


def test_a_resident_described_with_the_street_she_lives_in_speaks(analyse_text):
    a = analyse_text("« Il était minuit passé », raconte encore sous le choc une résidente de la rue des Lilas. "
                     "« On a eu peur », déplore un riverain de la rue des Saules.")
    assert speaker_of(a, "Il était minuit passé") == "une résidente"
    assert speaker_of(a, "On a eu peur") == "un riverain"


def test_anonymity_between_the_verb_and_the_speaker(analyse_text):
    a = analyse_text("« Nous ne céderons pas », a déclaré sous couvert d’anonymat un diplomate européen.")
    assert speaker_of(a, "Nous ne céderons pas") == "un diplomate européen"


def test_an_incise_inside_the_marks_may_say_how_the_speaker_speaks(analyse_text):
    a = analyse_text("« C’est possible, rétorque Mireille en s’enfonçant dans son fauteuil. Ou alors c’est un fou. »\n\n"
                     "« Je n’avais jamais entendu un coup de feu, témoigne Gaston* à voix basse. Je dormais.")
    assert speaker_of(a, "C’est possible") == "Mireille"
    assert speaker_of(a, "Je n’avais jamais entendu") == "Gaston"


def test_a_title_opening_the_sentence_before_the_name_gives_the_name_its_role_and_gender(analyse_text):
    a = analyse_text("La directrice de l’usine, Kim Laurent, a reçu les syndicats dans l’affaire Dubreuil.\n\n"
                     "Le délégué Camille Roy était présent. « Nous ne fermerons pas », a-t-elle affirmé.\n\n"
                     "« Les commandes reprennent », a ajouté la directrice.")
    assert speaker_of(a, "Nous ne fermerons pas") == "Kim Laurent"
    assert speaker_of(a, "Les commandes reprennent") == "Kim Laurent"


def test_selon_inside_a_relative_clause_sources_that_clause(analyse_text):
    a = analyse_text("Awa Diop a expliqué son soutien au candidat, qui selon elle, a démontré une vraie "
                     "considération pour les femmes.")
    quote = next(q for q in a.quotes if "considération" in q.text)
    assert quote.text.startswith("a démontré")
    assert quote.speaker is not None and quote.speaker.name == "Awa Diop"


def test_a_participle_opening_the_sentence_reports_up_to_the_main_clause(analyse_text):
    a = analyse_text("Awa Diop a parlé hier. Estimant que le scrutin était truqué, elle a annoncé qu’elle "
                     "ferait appel.")
    first = next(q for q in a.quotes if "truqué" in q.text)
    assert "annoncé" not in first.text
    assert speaker_of(a, "le scrutin était truqué") == "Awa Diop"
    assert speaker_of(a, "elle ferait appel") == "Awa Diop"


def test_le_premier_and_le_second_are_the_two_people_just_named_in_order(analyse_text):
    a = analyse_text("Le ministre Bruno Caillaux a rencontré son homologue Stefan Weber à Bruxelles. « Nous avons "
                     "trouvé un terrain d’entente », a déclaré le premier. « Il reste du travail », a nuancé le second.")
    assert speaker_of(a, "Nous avons trouvé") == "Bruno Caillaux"
    assert speaker_of(a, "Il reste du travail") == "Stefan Weber"


def test_a_broad_title_may_describe_someone_known_by_a_narrower_one(analyse_text):
    a = analyse_text("Marine Tessier a accusé le maire Paul Girard de mentir. « C’est faux », a rétorqué l’élu.")
    assert speaker_of(a, "C’est faux") == "Paul Girard"


def test_the_person_named_after_a_description_and_a_comma_speaks(analyse_text):
    a = analyse_text("Son avocat, Me Paul Martin, a indiqué que son client contestait les faits. La mère de la "
                     "victime, Sophie Lenoir, a confié : « Je veux la vérité. »\n\n"
                     "« La réforme passera », a tweeté Gabriel Roussel.")
    assert speaker_of(a, "son client contestait") == "Me Paul Martin"
    assert speaker_of(a, "Je veux la vérité") == "Sophie Lenoir"
    assert speaker_of(a, "La réforme passera") == "Gabriel Roussel"


def test_a_quoted_qualifier_after_a_judging_verb_is_the_speakers_word(analyse_text):
    a = analyse_text("Olaf Scholz a qualifié la discussion de « constructive ». Son ministre Paul Weber a jugé "
                     "l’accord « fragile ». Les élus parlent d’une « crise » profonde.")
    assert speaker_of(a, "constructive") == "Olaf Scholz"
    assert speaker_of(a, "fragile") == "Paul Weber"
    assert not any(q.text == "crise" for q in a.quotes)


def test_an_object_in_quotes_keeps_its_closing_mark(analyse_text):
    a = analyse_text("Le député Marc Henry a dénoncé une « trahison ».")
    quote = next(q for q in a.quotes if "trahison" in q.text)
    assert quote.text.count("«") == quote.text.count("»")


def test_a_demonstrative_description_in_news_points_back_to_the_person_presented(analyse_text):
    a = analyse_text("Marie Durand, 45 ans, vit à Lyon. « On n’en peut plus », souffle cette mère de trois enfants.")
    assert speaker_of(a, "On n’en peut plus") == "Marie Durand"


def test_an_unnamed_source_speaks_and_an_accusation_word_is_the_accusers(analyse_text):
    a = analyse_text("La police a interpellé trois suspects. « L’enquête se poursuit », a indiqué une source "
                     "policière. Le député Éric Lenoir accuse le maire de « mensonge ».")
    assert speaker_of(a, "L’enquête se poursuit") == "une source policière"
    assert speaker_of(a, "mensonge") == "Éric Lenoir"


def test_a_title_with_a_place_is_known_by_both(analyse_text):
    a = analyse_text("Après la réunion, Anne Hidalgo et Rachida Dati ont échangé quelques mots. « Nous devons "
                     "travailler ensemble », a assuré la maire de Paris.")
    assert speaker_of(a, "Nous devons travailler") == "la maire de Paris"


def test_pour_qui_gives_a_view_to_the_name_before_it_not_a_benefit(analyse_text):
    a = analyse_text("Même son de cloche chez Fabien Roussel, pour qui « le gouvernement a perdu la main ». "
                     "Il a parlé à Marie Dubois, pour qui il a tout quitté.")
    assert speaker_of(a, "le gouvernement a perdu la main") == "Fabien Roussel"
    assert not any("tout quitté" in q.text for q in a.quotes)


def test_on_speaks_for_the_body_it_is_in(analyse_text):
    a = analyse_text("« Aucune décision n’est prise », précise-t-on chez Renault. « On verra », dit-on. "
                     "« Le ministre n’a pas été informé », indique-t-on dans l’entourage de Gérald Darmanin.")
    assert speaker_of(a, "Aucune décision") == "Renault"
    assert speaker_of(a, "On verra") is None
    assert speaker_of(a, "Le ministre n’a pas été informé") != "Gérald Darmanin"


def test_an_acronym_in_brackets_or_one_name_is_no_subject_of_a_plural_verb(analyse_text):
    a = analyse_text("Alors que le Haut Conseil de l’évaluation (HCERES) est critiqué, plus de 2500 chercheur·e·s "
                     "annoncent faire acte de candidature. Pierre et Marie Curie annoncent qu’ils partent.")
    assert speaker_of(a, "faire acte de candidature") != "HCERES"
    assert speaker_of(a, "ils partent") is None


def test_a_person_as_the_object_of_an_announcing_verb_is_no_report(analyse_text):
    a = analyse_text("La juge a condamné Pierre Martin à deux ans de prison. Le maire a condamné l’attaque.")
    assert not any("Pierre Martin" in q.text for q in a.quotes)
    assert any(q.text == "l’attaque" for q in a.quotes)


def test_someone_known_by_a_tie_to_a_named_person_is_not_that_person(analyse_text):
    a = analyse_text("« Il est innocent », a déclaré l'avocat de Jean Dupont.\n\n"
                     "« Nous sommes dévastés », a confié la mère de Julie Martin.\n\n"
                     "« Le président ne se représentera pas », a dit le porte-parole d'Emmanuel Macron.")
    assert speaker_of(a, "Il est innocent") == "l'avocat de Jean Dupont"
    assert speaker_of(a, "Nous sommes dévastés") == "la mère de Julie Martin"
    assert speaker_of(a, "ne se représentera pas") == "le porte-parole d'Emmanuel Macron"


def test_a_title_with_de_and_an_epithet_with_de_are_the_named_person(analyse_text):
    a = analyse_text("« Tout est prêt », a annoncé le baron de Kelweingstein.\n\n"
                     "« Si vous voulez, j'irai en chercher », dit ce bon enfant de Jacques.")
    assert speaker_of(a, "Tout est prêt") == "baron de Kelweingstein"
    assert speaker_of(a, "j'irai en chercher") == "Jacques"


def test_one_of_the_lawyers_of_someone_and_a_chief_of_staff_of_someone_are_not_that_person(analyse_text):
    a = analyse_text("« C'est une honte », a réagi l'un des avocats de Nicolas Sarkozy.\n\n"
                     "D'après le directeur de cabinet de Gérald Darmanin, « aucune décision n'est prise ».")
    assert speaker_of(a, "une honte") == "l'un des avocats de Nicolas Sarkozy"
    assert speaker_of(a, "aucune décision") == "le directeur de cabinet de Gérald Darmanin"


def test_the_office_of_a_title_is_no_person(analyse_text):
    a = analyse_text("« Nous sommes prêts », a déclaré le président de la République, Emmanuel Macron.")
    assert speaker_of(a, "Nous sommes prêts") == "Emmanuel Macron"
    assert "République" not in [s.name for s in a.speakers]


def test_the_adjectives_of_an_epicene_title_give_its_gender(analyse_text):
    a = analyse_text("Jean Castex et Élisabeth Borne ont débattu. « Je n'ai rien à cacher », a lancé l'ancienne "
                     "Première ministre.")
    assert speaker_of(a, "rien à cacher") != "Jean Castex"


def test_a_capital_with_its_own_article_speaks_for_its_country(analyse_text):
    a = analyse_text("La Cour pénale internationale a rendu son avis. « Nous suivons la situation de près », "
                     "a indiqué La Haye jeudi.")
    assert speaker_of(a, "Nous suivons") == "La Haye (Pays-Bas)"


def test_ce_dernier_is_the_person_named_last_before_it(analyse_text):
    a = analyse_text("Le ministre de l'Intérieur, Bernard Lavigne, a reçu mardi la maire de Lille, Claire Dumont. "
                     "« Nous avons obtenu des garanties », a déclaré cette dernière à la sortie.")
    assert speaker_of(a, "Nous avons obtenu") == "Claire Dumont"
    b = analyse_text("Claire Dumont a interrogé le ministre Paul Renaud le 3 janvier. "
                     "« Rien n'est décidé », a répondu ce dernier.")
    assert speaker_of(b, "Rien n'est décidé") == "Paul Renaud"  # a date is no antecedent
    c = analyse_text("Paul Renaud a croisé Jean Vidal, le directeur de l'usine. « Tout va bien », a assuré ce dernier.")
    assert speaker_of(c, "Tout va bien") == "Jean Vidal"  # the title beside a name is that person
    d = analyse_text("Le syndicat a écrit à Paul Renaud.\n\n« Aucune fermeture n'est prévue », a répondu ce dernier.")
    assert speaker_of(d, "Aucune fermeture") == "Paul Renaud"  # from the paragraph before


def test_ce_dernier_after_a_thing_or_someone_unnamed_names_nobody(analyse_text):
    a = analyse_text("Le préfet Jean Morel a saisi le tribunal administratif. "
                     "« La décision est illégale », a estimé ce dernier.")
    assert speaker_of(a, "La décision est illégale") is None  # the court, not the prefect
    b = analyse_text("Marie Lenoir a rencontré le directeur de la banque. « Il faut attendre », a expliqué ce dernier.")
    assert speaker_of(b, "Il faut attendre") is None


def test_a_quotation_after_parler_de_or_s_inquieter_de_is_the_speakers_words(analyse_text):
    a = analyse_text("La maire de Tulle, Sophie Garnier, parle d'« une décision absurde ». Son adjoint Marc Rey "
                     "s'inquiète d'« un précédent dangereux » et a parlé d'un « abandon pur et simple ».")
    assert speaker_of(a, "une décision absurde") == "Sophie Garnier"
    assert speaker_of(a, "un précédent dangereux") == "Marc Rey"
    assert speaker_of(a, "abandon pur et simple") == "Marc Rey"
    assert quote_with(a, "une décision absurde").kind == "partial"
    b = analyse_text("Sophie Garnier parle de la crise depuis des mois. Elle parla de « la Dame blanche » toute "
                     "la soirée.")
    assert b.quotes == []  # no quotation, and a title in marks: nothing reported


def test_mettre_en_garde_contre_and_se_defendre_de_report_what_follows(analyse_text):
    a = analyse_text("La ministre Claire Martin met en garde contre une dérive autoritaire du pouvoir, avant de "
                     "quitter la salle. Le préfet Paul Morel se défend d'avoir menti aux élus.")
    assert speaker_of(a, "une dérive autoritaire du pouvoir") == "Claire Martin"
    assert "avant de quitter" not in quote_with(a, "une dérive autoritaire").text
    assert speaker_of(a, "avoir menti aux élus") == "Paul Morel"
    b = analyse_text("Le préfet Paul Morel défend son projet devant les élus. Il a mis en garde contre les "
                     "manifestants. Nous nous défendions de le saluer.")
    # defending a plan reports nothing; people warned against are no words; « se défendre de »
    # before a present infinitive is refraining from it
    assert b.quotes == []


def test_celui_ci_in_news_is_read_as_ce_dernier(analyse_text):
    a = analyse_text("Le syndicat a écrit au ministre Paul Renaud. « Aucune fermeture n'est prévue », "
                     "a répondu celui-ci.")
    assert speaker_of(a, "Aucune fermeture") == "Paul Renaud"
    b = analyse_text("Paul Renaud a présenté son rapport. Selon celui-ci, les comptes sont faux. "
                     "Anne Morel a rencontré la directrice de l'usine. « Rien n'est joué », a dit celle-ci.")
    assert speaker_of(b, "les comptes sont faux") is None  # his report, a thing: nobody
    assert speaker_of(b, "Rien n'est joué") is None  # someone unnamed


def test_a_headline_topic_before_a_colon_is_not_the_subject_of_the_verb_after_it(analyse_text):
    a = analyse_text("Grève à la SNCF : les syndicats dénoncent « un mépris total »\n\n"
                     "Le trafic sera perturbé jeudi.")
    assert speaker_of(a, "un mépris total") is None  # the unions, not « Grève »
    b = analyse_text("Hôpital de Tulle : Sophie Garnier dénonce « une décision absurde »\n\nLa maire a parlé.")
    assert speaker_of(b, "une décision absurde") == "Sophie Garnier"


def test_an_unnamed_source_after_selon_is_described_not_named(analyse_text):
    a = analyse_text("Les négociations sont au point mort, selon une source policière. Les prix varient selon "
                     "les régions. Le vote aura lieu jeudi, selon des témoins interrogés par l'AFP.")
    assert speaker_of(a, "Les négociations sont au point mort") == "une source policière"  # found, unnamed
    assert not any("Les prix varient" in q.text for q in a.quotes)  # regions are no one speaking
    assert speaker_of(a, "Le vote aura lieu jeudi") == "des témoins"  # not the agency that met them


def test_a_quotation_opening_one_of_two_coordinated_objects_reports_both(analyse_text):
    a = analyse_text("Le ministre Paul Renaud a dénoncé « une provocation » et une violation du droit international. "
                     "La maire Anne Morel a salué « un geste fort » et a quitté la salle.")
    both = quote_with(a, "une provocation")
    assert "violation du droit international" in both.text and both.kind == "indirect"
    assert both.speaker.name == "Paul Renaud"
    alone = quote_with(a, "un geste fort")  # a second verb, not a second object
    assert alone.kind == "partial" and "quitté" not in alone.text


def test_celui_ci_opening_a_sentence_is_one_word(analyse_text):
    a = analyse_text("Anne Morel a reçu la ministre Claire Dubois. Celle-ci a affirmé que le site resterait ouvert.")
    assert speaker_of(a, "le site resterait ouvert") == "Claire Dubois"


def test_a_paragraph_of_two_names_alone_is_read_without_failing(analyse_text):
    a = analyse_text("Les deux hommes\n\nAlexandre Morin et Victor Crespin\n\n"
                     "« Nous n'avons rien fait », a déclaré Victor Crespin.")
    assert speaker_of(a, "Nous n'avons rien fait") == "Victor Crespin"  # it raised IndexError before


def test_a_name_after_a_title_and_its_portfolio_is_a_person(analyse_text):
    a = analyse_text("La ministre de la Culture Rachida Morel a visité le musée. « Il rouvrira en mai », "
                     "a-t-elle promis.")
    assert speaker_of(a, "Il rouvrira en mai") == "Rachida Morel"  # not the body « Culture Rachida Morel »


def test_a_title_for_another_office_is_not_the_person_just_named(analyse_text):
    a = analyse_text("Le ministre de la Santé Pavel Novak a dîné au restaurant. Le Premier ministre Tomas Dvorak "
                     "s'est exprimé.\n\n"
                     "« Je ne démissionnerai pas », a déclaré le ministre de la Santé.\n\n"
                     "Le Premier ministre a fait savoir qu'il attendait sa démission.")
    assert speaker_of(a, "Je ne démissionnerai pas") == "Pavel Novak"  # not the Prime Minister, named last
    assert speaker_of(a, "il attendait sa démission") == "Tomas Dvorak"
    b = analyse_text("Le ministre de la Santé Pavel Novak a dîné au restaurant. Le Premier ministre lui-même a "
                     "fait savoir qu'il cherchait un remplaçant.")
    assert speaker_of(b, "il cherchait un remplaçant") != "Pavel Novak"


def test_a_name_after_the_noun_of_a_kind_of_body_is_that_body(analyse_text):
    a = analyse_text("Le tabloïd Blesk révèle que le ministre a dîné au restaurant. Le ministre a déclaré "
                     "que la décision était prise.")
    assert speaker_of(a, "le ministre a dîné") == "Blesk"
    assert speaker_of(a, "la décision était prise") != "Blesk"  # a newspaper is no minister


def test_whose_turn_it_is_between_an_incise_verb_and_its_subject(analyse_text):
    a = analyse_text("« Le sel est un poison », rappelle Olivier Panin, naturopathe. « Il en faut un peu », "
                     "nuance quant à elle Francine Joly, gastro-entérologue. « Tout est affaire de dose », "
                     "ajoute de son côté Paul Mercier.")
    assert speaker_of(a, "Il en faut un peu") == "Francine Joly"
    assert speaker_of(a, "Tout est affaire de dose") == "Paul Mercier"


def test_a_quotation_whose_incise_names_someone_else_is_not_carried_over(analyse_text):
    a = analyse_text("« Le sel est un poison », rappelle Olivier Panin. « Il en faut un peu », nuance, plus "
                     "prudente, Francine Joly.")
    assert speaker_of(a, "Il en faut un peu") != "Olivier Panin"  # her words, read or not
    b = analyse_text("« Le sel est un poison », rappelle Olivier Panin. « Il en faut un peu. » Il se tait.")
    assert speaker_of(b, "Il en faut un peu") == "Olivier Panin"  # no one else named: his words go on


def test_a_title_and_a_foreign_name_of_a_place_is_not_a_person(analyse_text):
    a = analyse_text("La petite patronne de l'Australian Wine Store semblait ravie. « Tout est vrai », dit-elle.")
    assert "Wine Store" not in {e.text for e in a.entities if e.label == "PER"}


def test_the_name_opening_the_words_after_pour_is_not_the_source(analyse_text):
    a = analyse_text("Pour la ministre, Paul Dubois a été pris de court.")
    assert speaker_of(a, "Paul Dubois a été pris de court") != "Paul Dubois"
    b = analyse_text("Pour la première fois, Paul Dubois a été pris de court. Pour Anne Morel (et rien d'autre)\n\n"
                     "Une série de dix épisodes.")
    assert not b.quotes  # a time, and a heading: no one's view


def test_a_noun_and_its_complement_after_a_quotation_is_no_incise(analyse_text):
    a = analyse_text("Marsha « la prostituée, l'actrice et la sainte », modèle d'Andy Warhol, est morte en 1992. "
                     "« Jamais », souffle d'Artagnan.")
    assert not any("prostituée" in q.text for q in a.quotes)
    assert speaker_of(a, "Jamais") == "Artagnan"  # a speech verb the tagger took for a noun still is one
    b = analyse_text("Marsha « la prostituée, l'actrice et la sainte, modèle d'Andy Warhol » est morte en 1992.")
    assert not b.quotes  # inside the marks too


def test_a_description_beside_a_name_in_its_sentence_is_someone_else(analyse_text):
    a = analyse_text("Le 31 août, Gérard Morin a obtenu un non-lieu, au motif que « les faits ne sont pas "
                     "établis », a expliqué le juge.")
    assert speaker_of(a, "les faits ne sont pas établis") != "Gérard Morin"
    b = analyse_text("Ursula von der Leyen est arrivée à Kiev. La présidente de la Commission a assuré que l'aide "
                     "continuerait.")
    assert speaker_of(b, "l'aide continuerait") == "Ursula von der Leyen"  # the next sentence: the same person


def test_a_thing_in_aire_is_no_one_a_pronoun_stands_for(analyse_text):
    a = analyse_text("Son argumentaire repose sur des chiffres anciens. Il affirme que la loi est injuste.")
    assert speaker_of(a, "la loi est injuste") is None  # not « son argumentaire »


def test_a_pronoun_does_not_stand_for_someone_first_named_after_it(analyse_text):
    a = analyse_text("Dans son livre, Marc Ferrand annonce un exode massif. Une « invasion » écrit-il : c'est un "
                     "mot choquant et l'éditeur commet une faute en le gardant.")
    assert speaker_of(a, "invasion") == "Marc Ferrand"  # not « l'éditeur », who comes after « écrit-il »


def test_peut_on_lire_dans_names_the_document_s_author(analyse_text):
    a = analyse_text("« Aucune victime n'est à déplorer », peut-on lire dans le communiqué de la préfecture du Nord. "
                     "« Une douzaine de cadres ont été mis en examen », peut-on lire dans Les Échos. « Tout va "
                     "bien », peut-on entendre dans les couloirs.")
    assert "préfecture du Nord" in (speaker_of(a, "Aucune victime") or "")
    assert speaker_of(a, "Une douzaine de cadres") == "Les Échos"
    assert speaker_of(a, "Tout va bien") is None  # corridors are no one


def test_a_relative_clause_on_the_source_after_selon_is_not_what_it_said(analyse_text):
    a = analyse_text("Selon Emmanuel Morin, qui s'exprimait jeudi à Bruxelles, l'Europe doit se réarmer.")
    report = quote_with(a, "l'Europe doit se réarmer")
    assert report.text.startswith("l'Europe") and report.speaker.name == "Emmanuel Morin"


def test_a_past_participle_without_its_auxiliary_opens_no_incise(analyse_text):
    a = analyse_text("Marine Morel a dénoncé un scandale. Jordan Barre a, lui, réclamé une commission d'enquête.")
    assert all(q.speaker is None or q.speaker.name != "commission d'enquête" for q in a.quotes)
    assert not any(q.text.startswith("Jordan Barre") for q in a.quotes)


def test_a_radio_s_name_between_the_verb_and_its_inverted_subject(analyse_text):
    a = analyse_text("« La situation est grave », a reconnu jeudi sur France Inter la ministre de la Santé, "
                     "Catherine Vautrin.")
    assert speaker_of(a, "La situation est grave") == "Catherine Vautrin"


def test_someone_tied_to_a_described_person_is_neither_of_them(analyse_text):
    a = analyse_text("Le ministre Paul Morel a été entendu. L'avocat du ministre a indiqué que son client contestait "
                     "les faits.")
    assert speaker_of(a, "son client contestait") != "Paul Morel"  # his lawyer, not the minister


def test_a_name_set_against_the_speaker_is_not_who_il_stands_for(analyse_text):
    a = analyse_text("« Je ne suis pas candidat », a-t-il martelé. Edouard Morin, lui, laisse planer le doute.")
    assert speaker_of(a, "Je ne suis pas candidat") != "Edouard Morin"


def test_a_person_noun_set_off_before_a_name_is_that_person(analyse_text):
    a = analyse_text("Le rapporteur général, Charles de Courson, a dénoncé « un tour de passe-passe ».")
    assert speaker_of(a, "un tour de passe-passe") == "Charles de Courson"


def test_a_described_subject_s_nationality_must_agree_with_the_person_in_focus(analyse_text):
    a = analyse_text("« La guerre est finie », a proclamé Donald Trump. Le président russe a jugé ces propos "
                     "« prématurés ».")
    assert speaker_of(a, "prématurés") != "Donald Trump"  # no sign Trump is the Russian president
    b = analyse_text("Le président russe Vladimir Poutine a reçu Donald Trump. Le président russe a jugé la "
                     "rencontre « utile ».")
    assert speaker_of(b, "utile") == "Vladimir Poutine"


def test_a_party_in_brackets_after_a_name_does_not_hide_the_speaker(analyse_text):
    a = analyse_text("Hélène Marchal (RN) a dénoncé « une mascarade ». Le rapport de l'Office national de "
                     "la recherche (ONR) a relevé « des lacunes ».")
    assert speaker_of(a, "une mascarade") == "Hélène Marchal"
    assert speaker_of(a, "des lacunes") == "Office national de la recherche"  # the report's author


def test_what_a_speech_verb_calls_for_in_quotation_marks_are_words_said(analyse_text):
    a = analyse_text("Jean-Paul Vidal (LFI) a, de son côté, appelé à « la mobilisation générale ». "
                     "Les manifestants ont défilé jusqu'à la « place rouge » de la ville.")
    assert speaker_of(a, "la mobilisation générale") == "Jean-Paul Vidal"
    assert not any("place rouge" in q.text for q in a.quotes)  # a term the writer holds at a distance


def test_a_person_known_by_the_body_they_belong_to_is_not_that_body(analyse_text):
    a = analyse_text("Le ministre de l'Intérieur, Paul Berthier, a annoncé l'envoi de renforts. Sa collègue de la "
                     "Justice, elle, a promis « une réponse pénale ferme ».")
    assert speaker_of(a, "une réponse pénale ferme") == "sa collègue de la Justice"


def test_a_passive_speech_verb_is_spoken_by_its_agent_not_its_subject(analyse_text):
    a = analyse_text("Olivier Marchand a été accusé par Claire Tondu de « trahison ». Paul Girard a été accusé "
                     "de « trahir les siens ». Jean Roux s'est dit « choqué ».")
    assert speaker_of(a, "trahison") == "Claire Tondu"
    # no agent: the one spoken of did not say it
    assert not any(q.speaker is not None and q.speaker.name == "Paul Girard" for q in a.quotes)
    assert speaker_of(a, "choqué") == "Jean Roux"  # a reflexive verb is no passive


def test_the_people_around_someone_speak_for_them_without_being_them(analyse_text):
    a = analyse_text("Selon l'entourage du ministre, « rien n'est arbitré ». Selon l'équipe de campagne de Louis "
                     "Berthon, « la victoire est à portée de main ».")
    assert speaker_of(a, "rien n'est arbitré") == "l'entourage du ministre"
    assert speaker_of(a, "la victoire est à portée") != "Louis Berthon"


def test_a_first_name_with_an_age_or_a_trade_in_apposition_is_a_person(analyse_text):
    a = analyse_text("Nathalie, infirmière depuis vingt ans, ne cache pas sa colère. « On est épuisés », lâche-t-elle.")
    assert speaker_of(a, "On est épuisés") == "Nathalie"


def test_a_present_incise_verb_tagged_as_an_adjective_still_opens_an_incise(analyse_text):
    a = analyse_text("« Il faut sauver le soldat Ryan », plaisante un conseiller de l'Élysée.")
    assert speaker_of(a, "sauver le soldat Ryan") == "un conseiller de l'Élysée"


def test_how_a_source_s_words_reached_the_paper_is_not_part_of_them(analyse_text):
    a = analyse_text("Selon Manuel Borel, cité par l'AFP, le gouvernement a perdu la main.")
    quote = quote_with(a, "le gouvernement a perdu")
    assert "AFP" not in quote.text and quote.speaker.name == "Manuel Borel"


def test_an_infinitive_a_speech_verb_asks_for_in_quotation_marks_is_words_said(analyse_text):
    a = analyse_text("Valérie Morin a demandé à l'État de « prendre ses responsabilités ».")
    assert speaker_of(a, "prendre ses responsabilités") == "Valérie Morin"


def test_an_aside_between_the_auxiliary_and_the_participle_keeps_the_subject(analyse_text):
    a = analyse_text("L'ONU a, de son côté, réclamé une enquête indépendante. Marie Lenoir a ensuite, selon "
                     "nos informations, réclamé une expertise.")
    assert speaker_of(a, "une enquête indépendante") == "ONU"
    assert speaker_of(a, "une expertise") == "Marie Lenoir"
    assert not any(q.text.startswith("Marie Lenoir") for q in a.quotes)  # was an « incise » of « une expertise »


def test_a_trial_party_the_tagger_read_as_a_verb_comes_into_focus(analyse_text):
    a = analyse_text("Sur les bancs des parties civiles, une autre victime, Hélène, 56 ans, ne décolère pas : "
                     "« Dix ans qu'on attend ce procès. »\n\n"
                     "L'accusée, elle, a pris la parole une dernière fois. « Je demande pardon aux familles », "
                     "a-t-elle déclaré.")
    assert speaker_of(a, "Dix ans") == "Hélène"
    assert speaker_of(a, "Je demande pardon") == "l'accusée"  # was « une autre victime »


def test_a_quoted_qualifier_of_what_a_speech_verb_names_is_the_speaker_s_word(analyse_text):
    a = analyse_text("Le président du club, John Marlow, a fustigé l'arbitrage, évoquant un penalty « scandaleux ».")
    assert speaker_of(a, "scandaleux") == "John Marlow"


def test_a_quotation_with_its_own_cue_is_not_chained_to_the_next_speaker(analyse_text):
    a = analyse_text("Les syndicats ont aussitôt dénoncé « une trahison ». « L'entreprise a reçu des milliards "
                     "d'aides publiques », rappelle Michele Serra, secrétaire général de la Fiom.")
    assert speaker_of(a, "aides publiques") == "Michele Serra"
    assert speaker_of(a, "une trahison") != "Michele Serra"  # the unions' word, under their own cue


def test_a_body_named_after_its_kind_and_an_adjective_is_that_body(analyse_text):
    a = analyse_text("Le constructeur automobile Stellantis a annoncé mardi la fermeture de son usine de Turin.")
    assert speaker_of(a, "la fermeture de son usine") == "Stellantis"


def test_the_verb_of_a_relative_clause_on_que_reports_nothing_of_its_own(analyse_text):
    a = analyse_text("Pour Bruno Marchal, il faut « rétablir l'ordre ». Une position que conteste la gauche : "
                     "« C'est une dérive autoritaire », estime le député Antoine Lemaire.")
    assert speaker_of(a, "dérive autoritaire") == "Antoine Lemaire"
    assert not any(q.text == "la gauche" for q in a.quotes)  # the relative clause's subject is no content


def test_a_phrase_for_a_title_is_a_person_not_the_body_it_is_of(analyse_text):
    a = analyse_text("Laure Vidal est arrivée en retard au conseil national. La numéro deux du Parti socialiste "
                     "a aussitôt prévenu : « Nous ne céderons pas. »")
    assert speaker_of(a, "Nous ne céderons pas") == "Laure Vidal"  # was the party


def test_a_player_described_by_his_position_is_the_player_in_focus(analyse_text):
    a = analyse_text("Le PSG a été tenu en échec à Brest. Pour Lucas Moreau, le nul est « frustrant ». "
                     "Le milieu de terrain a regretté que son équipe ait « manqué de précision ».")
    assert speaker_of(a, "manqué de précision") == "Lucas Moreau"  # the quotation was lost


def test_the_technicien_of_a_sports_page_is_the_coach_and_nobody_else(analyse_text):
    a = analyse_text("L'entraîneur nantais, Antoine Kombouaré, a salué « un match plein ». « On a enfin su tuer "
                     "le match », a apprécié le technicien.")
    assert speaker_of(a, "tuer le match") == "Antoine Kombouaré"
    a = analyse_text("Le maire, Paul Garnier, est venu constater les dégâts. « La canalisation a rompu dans la "
                     "nuit », a indiqué le technicien.")
    assert speaker_of(a, "La canalisation a rompu") != "Paul Garnier"


def test_pour_qui_after_a_description_gives_the_view_to_the_one_described(analyse_text):
    a = analyse_text("Les élus locaux sont partagés. Même tonalité chez le président de la chambre "
                     "d'agriculture, pour qui « le compte n'y est pas ».")
    assert speaker_of(a, "le compte n'y est pas") == "le président"  # the quotation was lost


def test_the_sentence_after_a_quotation_may_name_its_author(analyse_text):
    a = analyse_text("Les soignants de Rouen manifestaient mardi. « Nous sommes à bout. » Le constat est signé "
                     "Hélène Marchand, aide-soignante depuis quinze ans.")
    assert speaker_of(a, "Nous sommes à bout") == "Hélène Marchand"
    a = analyse_text("Les soignants de Rouen manifestaient mardi. « Nous sommes à bout. » Ce constat, Hélène "
                     "Marchand le partage.")
    assert speaker_of(a, "Nous sommes à bout") is None  # sharing a view is not saying the words


def test_selon_inside_a_clause_sources_the_quotation_after_it(analyse_text):
    a = analyse_text("La porte-parole du gouvernement, Claire Dumas, a minimisé la défaite : il s'agit selon elle "
                     "d'« un scrutin local, sans portée nationale ».")
    quote = quote_with(a, "un scrutin local")
    assert quote.kind == "partial" and speaker_of(a, "un scrutin local") == "Claire Dumas"
    assert not any(q.text.startswith("La porte-parole") for q in a.quotes)  # was the whole sentence


def test_a_party_after_a_title_is_the_holder_s_party_not_a_name(analyse_text):
    a = analyse_text("Le député sortant, Marc Vigier, a reconnu sa défaite. « Les électeurs ont tranché », a "
                     "déclaré l'élu Renaissance.")
    assert speaker_of(a, "Les électeurs ont tranché") == "Marc Vigier"  # was « Renaissance », a person
    assert "Renaissance" not in [s.name for s in a.speakers if s.kind == "person"]


def test_who_interviewed_the_speaker_is_not_the_speaker(analyse_text):
    a = analyse_text("Interrogé par l'AFP, un haut fonctionnaire européen, qui a requis l'anonymat, estime "
                     "qu'un « bras de fer » est inévitable.")
    assert speaker_of(a, "bras de fer") == "un haut fonctionnaire européen"  # was the AFP


def test_pour_a_description_then_a_name_gives_the_name_s_words(analyse_text):
    a = analyse_text("Pour le directeur sportif de l'équipe Movistar, Pablo Lastras, « la course n'est pas finie ».")
    quote = quote_with(a, "la course n'est pas finie")
    assert quote.text == "la course n'est pas finie" and speaker_of(a, "la course n'est pas finie") == "Pablo Lastras"


def test_ce_dernier_before_a_verb_the_parse_took_for_a_noun_is_the_last_one_named(analyse_text):
    a = analyse_text("La tribune est signée par le professeur Antoine Lebrun.\n\n"
                     "Joint par téléphone, ce dernier détaille : « Les délais d'attente dépassent six mois. »")
    assert speaker_of(a, "Les délais d'attente") == "Antoine Lebrun"


def test_the_text_after_a_communique_speaks_for_its_author(analyse_text):
    a = analyse_text("La préfecture du Rhône a indiqué dans un communiqué que le rassemblement prévu samedi "
                     "était interdit. « Les risques de troubles à l'ordre public sont avérés », souligne le texte.")
    assert speaker_of(a, "Les risques de troubles") == speaker_of(a, "le rassemblement prévu samedi")
    assert speaker_of(a, "Les risques de troubles") is not None


def test_an_age_or_l_interesse_describes_the_one_the_story_is_about(analyse_text):
    a = analyse_text("Bernard Roux, 54 ans, tient une boucherie à Lens. Samedi, il a été agressé. « Ils ont pris la "
                     "caisse et m'ont frappé », raconte le quinquagénaire.")
    assert speaker_of(a, "Ils ont pris la caisse") == "Bernard Roux"
    b = analyse_text("Claire Fabre a porté plainte lundi. « Je n'ai rien à cacher », assure l'intéressée.")
    assert speaker_of(b, "Je n'ai rien à cacher") == "Claire Fabre"


def test_a_title_set_beside_a_name_is_that_person_s_and_the_edile_is_the_mayor(analyse_text):
    a = analyse_text("Le maire de Rennes, Nathalie Appéré, s'est rendue sur place dimanche. « La sécurité des "
                     "commerçants est une priorité », a affirmé l'édile.")
    assert speaker_of(a, "La sécurité des commerçants") == "Nathalie Appéré"
    b = analyse_text("Paul Garnier a visité l'usine. « Nous suivons la situation », a affirmé l'édile.")
    assert speaker_of(b, "Nous suivons la situation") != "Paul Garnier"  # nobody was given the title


def test_the_speaker_s_own_apposition_does_not_stop_avant_de_going_on(analyse_text):
    a = analyse_text("« Le compte n'y est pas », tranche Marianne Roche, directrice générale de l'Union sociale pour "
                     "l'habitat. Avant de nuancer : « Mais nous saluons la méthode. »")
    assert speaker_of(a, "nous saluons la méthode") == "Marianne Roche"
    b = analyse_text("« Le compte n'y est pas », tranche Marianne Roche. Le directeur de la Fondation Abbé Pierre "
                     "ne dit pas autre chose. « C'est un désastre. »")
    assert speaker_of(b, "C'est un désastre") != "Marianne Roche"  # someone else came in between


def test_an_object_that_points_back_is_no_reported_speech(analyse_text):
    a = analyse_text("Le ministre du Logement, Vincent Jeanbrun, conteste ce diagnostic. Il a démenti ces informations.")
    assert a.quotes == []
    b = analyse_text("Le ministre a annoncé la fermeture de l'usine de Cholet.")
    assert speaker_of(b, "la fermeture de l'usine") == "le ministre"


def test_a_promise_in_quotation_marks_after_s_engager_a_is_the_speaker_s(analyse_text):
    a = analyse_text("Le chancelier autrichien, Christian Stocker, était à Kiev. Ce dernier s'est engagé à « faire "
                     "le maximum ».")
    assert speaker_of(a, "faire le maximum") == "Christian Stocker"
    b = analyse_text("L'entreprise Valdor s'est engagée à verser une indemnité aux salariés.")
    assert b.quotes == []  # an unquoted undertaking is no reported speech


def test_on_after_a_fronted_place_speaks_for_the_body_there(analyse_text):
    a = analyse_text("Chez Renault, on indique que la production reprendra « au plus tard lundi ».")
    assert speaker_of(a, "au plus tard lundi") == "Renault"
    b = analyse_text("À Matignon, on fait valoir que « toutes les options restent sur la table ».")
    assert speaker_of(b, "toutes les options") is not None
    c = analyse_text("À Lyon, on estime que « la mesure est injuste ».")
    assert speaker_of(c, "la mesure est injuste") is None  # anyone in Lyon, not its government


def test_what_someone_sees_in_a_thing_in_quotation_marks_is_their_reading(analyse_text):
    a = analyse_text("La CGT voit dans cette décision « une provocation ».")
    assert speaker_of(a, "une provocation") == "CGT"
    b = analyse_text("On voit dans le film « Les Misérables » une critique sociale.")
    assert b.quotes == []  # a title, no one's reading


def test_what_the_magistrate_pointed_out_in_quotation_marks_is_hers(analyse_text):
    a = analyse_text("Dans ses réquisitions, la procureure Claire Vidal avait dénoncé « un système organisé ». La "
                     "magistrate avait également pointé « l'absence totale de remords » du prévenu.")
    assert speaker_of(a, "l'absence totale de remords") == "Claire Vidal"
    b = analyse_text("Le suspect a pointé son arme vers le plafond.")
    assert b.quotes == []


def test_the_platform_someone_reacts_on_is_not_part_of_their_name(analyse_text):
    a = analyse_text("La grève a commencé vendredi. « Nous n'avons pas d'autre choix », a réagi sur X Fabien "
                     "Villedieu, délégué syndical.")
    assert speaker_of(a, "pas d'autre choix") == "Fabien Villedieu"
    b = analyse_text("« Nous irons jusqu'au bout », a écrit sur Instagram Sophie Marchal, porte-parole du collectif.")
    assert speaker_of(b, "jusqu'au bout") == "Sophie Marchal"


def test_selon_a_person_noun_that_is_no_title_is_still_a_source(analyse_text):
    a = analyse_text("Selon un cadre de la direction, qui a souhaité garder l'anonymat, un accord reste « possible "
                     "d'ici à mardi ».")
    assert speaker_of(a, "possible") == "un cadre"
    b = analyse_text("Selon un sondage publié mardi, la réforme reste « impopulaire ».")
    assert all(q.speaker is None for q in b.quotes)  # a poll is nobody speaking


def test_a_relative_clause_after_a_description_is_what_that_person_says(analyse_text):
    a = analyse_text("« Rien n'est joué », glisse un conseiller, qui rappelle que la motion doit recueillir 289 voix.")
    assert speaker_of(a, "289 voix") == "un conseiller"


def test_what_a_relative_clause_reports_ends_where_the_main_clause_resumes(analyse_text):
    a = analyse_text("Le maire, qui rappelle que la motion doit recueillir 289 voix, reste prudent.")
    assert quote_with(a, "289 voix").text.endswith("289 voix")
    b = analyse_text("La ministre, qui estime que la loi, votée hier, protège les salariés, se félicite.")
    assert quote_with(b, "la loi").text.endswith("protège les salariés")  # « votée hier » is inside


def test_selon_lui_set_off_inside_a_reported_clause_does_not_swallow_the_sentence(analyse_text):
    a = analyse_text("Le maire de Nantes, Paul Girard, a affirmé que les travaux, selon lui, seraient finis en mai.")
    q = quote_with(a, "les travaux")
    assert q.speaker.name == "Paul Girard" and not q.text.startswith("Le maire")
    b = analyse_text("Le maire a affirmé que les travaux seraient finis, selon le quotidien Ouest-France.")
    assert speaker_of(b, "les travaux") == "Ouest-France"  # at the end, the paper is the source


def test_a_demonstrative_makes_an_agent_adjective_a_noun_for_the_person_just_presented(analyse_text):
    a = analyse_text("À Lille, la docteure Sophie Lemaire a fermé son cabinet. « Je travaille soixante heures par "
                     "semaine », raconte cette généraliste installée depuis quinze ans.")
    assert speaker_of(a, "soixante heures") == "Sophie Lemaire"


def test_a_role_with_a_nationality_varies_the_name_of_the_one_just_quoted(analyse_text):
    a = analyse_text("« On a montré du caractère », s'est félicité Roberto De Zerbi. L'entraîneur italien a salué "
                     "« l'état d'esprit » de ses joueurs.")
    assert speaker_of(a, "l'état d'esprit") == "Roberto De Zerbi"
    b = analyse_text("Emmanuel Macron a reçu la presse mardi. « Nous ne céderons pas », a déclaré le président "
                     "ukrainien.")
    assert speaker_of(b, "ne céderons pas") != "Emmanuel Macron"  # an office a nationality makes unique


def test_the_person_named_after_a_title_of_an_organisation_speaks_not_the_organisation(analyse_text):
    a = analyse_text("« Les attaques contre les civils doivent cesser », a insisté le coordinateur humanitaire des "
                     "Nations unies en Ukraine, Matthias Schmale.")
    assert speaker_of(a, "doivent cesser") == "Matthias Schmale"


def test_a_speech_verb_the_tagger_took_for_a_noun_still_calls_for_the_quoted_words(analyse_text):
    a = analyse_text("Le maire de Poissy, Karl Olive, a dit sa « profonde tristesse ». L'élu, qui siège aussi à "
                     "l'Assemblée nationale, demande à l'État de « prendre ses responsabilités ».")
    assert speaker_of(a, "prendre ses responsabilités") == "Karl Olive"
    b = analyse_text("La demande du syndicat de « reprendre le dialogue » est restée lettre morte.")
    assert b.quotes == []  # a request spoken of, nobody asking


def test_what_someone_expresses_in_quotation_marks_is_theirs(analyse_text):
    a = analyse_text("Le maire de Poissy, Karl Olive, a exprimé sa « profonde tristesse ».")
    assert speaker_of(a, "profonde tristesse") == "Karl Olive"
    b = analyse_text("Le maire s'est exprimé devant le conseil municipal.")
    assert b.quotes == []


def test_words_on_the_source_after_pour_are_not_what_it_says(analyse_text):
    a = analyse_text("Pour Force ouvrière, majoritaire dans l'usine, « c'est une trahison ».")
    assert quote_with(a, "trahison").text.startswith("c'est")
    b = analyse_text("Pour la CGT, la réforme, votée hier, est « une régression ».")
    assert quote_with(b, "une régression").text.startswith("la réforme")  # an article opens what it says


def test_an_author_described_by_her_trade_in_either_form_is_one_person(analyse_text):
    a = analyse_text("Laure Adler publie un roman.\n\nDans son nouveau roman, la journaliste et écrivaine revient sur "
                     "l'enfance de sa mère.\n\nL'autrice les cite longuement. « Je n'ai presque rien inventé », "
                     "assure-t-elle.")
    assert speaker_of(a, "presque rien inventé") == "Laure Adler"


def test_in_an_article_a_first_person_quotation_after_what_someone_does_is_theirs(analyse_text):
    a = analyse_text("Interrogée sur les prix littéraires, Laure Adler sourit. « Je n'écris pas pour les prix. »")
    assert speaker_of(a, "pour les prix") == "Laure Adler"
    b = analyse_text("Le ministre a visité l'usine mardi.\n\n« Nous ne laisserons personne au bord du chemin. »")
    assert speaker_of(b, "au bord du chemin") is None  # another paragraph: no sign
    c = analyse_text("La grève a commencé. « Tous ensemble, tous ensemble ! »")
    assert speaker_of(c, "Tous ensemble") is None  # a slogan, nobody's own words


def test_a_title_subject_is_not_the_person_it_acts_on(analyse_text):
    a = analyse_text("Le ministre a reçu Paul Durand mardi. « Nous ne laisserons personne », a-t-il dit.")
    assert speaker_of(a, "ne laisserons personne") != "Paul Durand"
    b = analyse_text("Le ministre a reçu Paul Durand mardi. « Nous ne laisserons personne au bord du chemin. »")
    assert speaker_of(b, "au bord du chemin") == "le ministre"


def test_an_unnamed_source_close_to_an_inquiry_is_someone_not_the_inquiry(analyse_text):
    a = analyse_text("Le suspect a été placé en garde à vue. D'après une source proche de l'enquête, il était sous "
                     "l'emprise de stupéfiants.")
    assert speaker_of(a, "sous l'emprise") == "une source proche"
    b = analyse_text("Selon les enquêteurs, il était sous l'emprise de stupéfiants. Selon l'enquête, il roulait vite.")
    assert speaker_of(b, "sous l'emprise") == "les enquêteurs"
    assert not any("il roulait vite" in q.text for q in b.quotes)  # an inquiry is nobody speaking
    c = analyse_text("L'avion s'est posé à 5h45, selon une source du Quai d'Orsay.")
    assert speaker_of(c, "L'avion s'est posé") == "une source du Quai d'Orsay"  # whose source it is


def test_a_team_s_staff_speaks_for_it(analyse_text):
    a = analyse_text("Thibaud Flament a quitté le terrain sur blessure. « Ce n'est rien de grave, une simple "
                     "béquille », a rassuré le staff médical.")
    assert speaker_of(a, "une simple béquille") == "le staff médical"


def test_a_speech_verb_the_tagger_took_for_a_noun_before_que_opens_the_report(analyse_text):
    a = analyse_text("Le maire sortant, Benoît Payan, a confirmé sa candidature. « Je ne laisserai pas Marseille », "
                     "a-t-il déclaré.\n\nLeur tête de liste, Sébastien Barles, juge que le maire « a trahi l'esprit "
                     "du Printemps marseillais ». « Nous irons au premier tour », a-t-il tranché.")
    assert speaker_of(a, "a trahi l'esprit") == "Sébastien Barles"
    assert speaker_of(a, "Nous irons au premier tour") == "Sébastien Barles"  # not the mayor quoted before
    b = analyse_text("Le juge que j'ai rencontré était calme.")
    assert b.quotes == []


def test_several_unnamed_sources_after_selon_are_described(analyse_text):
    a = analyse_text("Selon plusieurs sources internes, une alliance reste « l'hypothèse la plus probable ».")
    assert speaker_of(a, "l'hypothèse la plus probable") == "plusieurs sources internes"


def test_the_name_after_a_rank_set_beside_the_description_speaks(analyse_text):
    a = analyse_text("« Nous faisons tout pour limiter les pertes civiles », a assuré un porte-parole de l'armée "
                     "israélienne, le lieutenant-colonel Nadav Shoshani.")
    assert speaker_of(a, "limiter les pertes") == "Nadav Shoshani"


def test_an_interview_answer_opening_on_a_word_the_model_took_for_a_name_calls_no_one(analyse_text):
    a = analyse_text("Caroline Garcia s'est confiée à notre journaliste.\n\n— Comment vous sentez-vous après ce "
                     "match ?\n— Soulagée, surtout. J'ai eu du mal à entrer dans la partie.\n\n— Le public vous a "
                     "beaucoup soutenue…\n— C'est incroyable de jouer ici.")
    assert speaker_of(a, "Le public vous a") != "Soulagée"


def test_a_name_set_off_after_a_title_is_a_person_whatever_the_model_said(analyse_text):
    a = analyse_text("La FCPE partage les craintes des enseignants. Sa présidente, Nageate Belahcen, dénonce « une "
                     "école du tri ».")
    assert speaker_of(a, "une école du tri") == "Nageate Belahcen"


def test_a_first_name_set_off_after_a_neighbour_s_description_is_hers(analyse_text):
    a = analyse_text("Sa voisine du dessous, Fatima, n'en revient toujours pas. « Mon fils m'a réveillée en criant », "
                     "dit-elle.")
    assert speaker_of(a, "Mon fils m'a réveillée") == "Fatima"
    b = analyse_text("Le maire de la ville, Montpellier, dénonce « une erreur ».")
    assert speaker_of(b, "une erreur") != "Montpellier"  # a city set off so is no person


def test_a_common_noun_before_a_headline_colon_is_a_rubric_not_a_speaker(analyse_text):
    a = analyse_text("Budget : le gouvernement cherche 40 milliards d'économies\n\nLe Premier ministre a présenté "
                     "mardi le projet de loi de finances.\n\n« Nous ne pouvons plus vivre à crédit », a martelé le chef "
                     "du gouvernement devant les députés.")
    assert speaker_of(a, "vivre à crédit") != "Budget"
    b = analyse_text("Cinéma : « Les Dernières Saisons », un premier film bouleversant\n\nPour son premier long "
                     "métrage, Inès Moreau filme la fin de vie d'une agricultrice.")
    assert speaker_of(b, "Les Dernières Saisons") is None
    c = analyse_text("Rousseau : « Nous irons jusqu'au bout »\n\nArnaud Rousseau, président de la FNSEA, a reçu les "
                     "éleveurs mardi.")
    assert speaker_of(c, "jusqu'au bout") == "Arnaud Rousseau"  # a surname, named in full below


def test_a_first_name_set_off_after_an_opening_description_is_the_subject(analyse_text):
    a = analyse_text("Me Hélène Caradec plaide la relaxe. Une voisine, Josiane, 71 ans, est venue assister aux "
                     "débats. « J'ai perdu mon amie ce soir-là », confie-t-elle.")
    assert speaker_of(a, "perdu mon amie") == "Josiane"


def test_a_body_with_an_aside_before_its_verb_is_its_subject_not_the_previous_speaker(analyse_text):
    a = analyse_text("Son président, Arnaud Rousseau, a averti que les blocages pourraient « durer ». Le collectif, "
                     "très remonté, dénonce « une trahison ».")
    assert speaker_of(a, "une trahison") != "Arnaud Rousseau"
    b = analyse_text("Son président, Arnaud Rousseau, a averti que les blocages pourraient « durer ». La "
                     "Coordination rurale, plus radicale, appelle à « monter à Paris ».")
    assert speaker_of(b, "monter à Paris") != "Arnaud Rousseau"


def test_a_head_teacher_set_off_after_her_title_speaks(analyse_text):
    a = analyse_text("La proviseure, Nathalie Roux, dit « comprendre l'émotion » de ses collègues.")
    assert speaker_of(a, "comprendre l'émotion") == "Nathalie Roux"


def test_the_comedienne_is_the_actress_named_before(analyse_text):
    a = analyse_text("L'actrice principale, Dominique Blanc, a accepté le rôle sans hésiter. « Le scénario m'a fait "
                     "pleurer dès la première lecture », raconte la comédienne.")
    assert speaker_of(a, "fait pleurer") == "Dominique Blanc"


def test_a_nationality_alone_names_the_athlete_just_named(analyse_text):
    a = analyse_text("Derrière lui, Jonas Vingegaard a limité la casse. « Tadej est trop fort cette année, je dois "
                     "l'accepter », a reconnu le Danois.")
    assert speaker_of(a, "trop fort") == "Jonas Vingegaard"  # not Tadej, whom the quotation names
    b = analyse_text("Emmanuel Macron a reçu Olaf Scholz à l'Élysée. « Nous sommes d'accord », a déclaré "
                     "l'Allemand.")
    assert speaker_of(b, "Nous sommes d'accord") is None  # two men: which one? nobody
    c = analyse_text("Karim, 40 ans, raconte son histoire : « Ma vie est en France. » Un Malien s'approche avec ses "
                     "papiers. « On n'a pas le droit de sortir », se désole le Malien.")
    assert speaker_of(c, "pas le droit de sortir") != "Karim"  # the one brought in unnamed


def test_a_day_after_a_verb_of_judging_is_no_words_reported(analyse_text):
    a = analyse_text("Le tribunal correctionnel d'Annecy a condamné mercredi Pierre Lachenal à dix-huit mois de "
                     "prison avec sursis.")
    assert not a.quotes


def test_the_name_after_a_nationality_set_beside_the_description_speaks(analyse_text):
    a = analyse_text("« C'est une insulte », a dénoncé le négociateur du groupe africain, le Kényan Ali Mohamed.")
    assert speaker_of(a, "une insulte") == "Ali Mohamed"


def test_the_young_woman_is_the_one_just_presented(analyse_text):
    a = analyse_text("Camille, 24 ans, cherche un appartement depuis quatre mois. « J'ai visité une quarantaine de "
                     "logements », soupire la jeune femme, infirmière au CHU.")
    assert speaker_of(a, "une quarantaine") == "Camille"
    b = analyse_text("Marc Dubois a reçu Paul Martin dans son bureau. « Je suis inquiet », confie le jeune homme.")
    assert speaker_of(b, "Je suis inquiet") not in ("Marc Dubois", "Paul Martin")  # two men: which one?


def test_the_answers_of_an_interview_in_dashes_are_the_interviewee_s(analyse_text):
    a = analyse_text("Tennis : Caroline Garcia en quarts de finale\n\nLa Française a battu Jessica Pegula en trois sets. "
                     "Caroline Garcia s'est confiée à notre journaliste après le match.\n\n— Comment vous sentez-vous "
                     "après ce match ?\n\n— Soulagée, surtout. J'ai eu du mal à entrer dans la partie.\n\n— Le public "
                     "vous a beaucoup soutenue ?\n\n— C'est incroyable de jouer ici.")
    assert speaker_of(a, "Soulagée, surtout") == "Caroline Garcia"
    assert speaker_of(a, "incroyable de jouer") == "Caroline Garcia"
    assert speaker_of(a, "Comment vous sentez-vous") is None  # the journalist asks
    b = analyse_text("Un policier s'approche d'un jeune homme, Karim, assis sur un banc.\n\n— Vous avez vos papiers ?"
                     "\n\n— Non, je les ai oubliés.\n\n— Suivez-moi.")
    assert speaker_of(b, "je les ai oubliés") is None  # a scene, not an interview the article says it gives


def test_an_unnamed_person_coming_in_as_subject_is_whom_elle_then_stands_for(analyse_text):
    a = analyse_text("Son avocate, Me Francesca Satta, a salué « un courage immense ». Une autre victime, qui "
                     "témoignait sous pseudonyme, a lu une lettre. « Vous m'avez volé mon enfance », a-t-elle lancé.")
    assert speaker_of(a, "volé mon enfance") != "Me Francesca Satta"


def test_a_name_after_a_preposition_in_a_headline_is_its_topic_not_its_speaker(analyse_text):
    a = analyse_text("Grève chez Airbus : « La direction joue la montre »\n\nDepuis lundi, des centaines de salariés "
                     "débraient chaque jour.\n\n« La direction joue la montre, elle pense qu'on va se lasser », affirme "
                     "Stéphane Le Goff, délégué CGT.")
    assert speaker_of(a, "La direction joue la montre") != "Airbus"


def test_a_body_s_full_name_before_its_acronym_is_one_name_and_no_words_said(analyse_text):
    a = analyse_text("Pour l'Union nationale des propriétaires immobiliers (UNPI), au contraire, c'est « une "
                     "décision de bon sens ».")
    quote = quote_with(a, "bon sens")
    assert quote.speaker is not None and quote.speaker.name == "Union nationale des propriétaires immobiliers"
    assert "UNPI" not in quote.text  # the acronym names the source, it is not what it said


def test_elle_right_after_a_body_s_report_is_that_body(analyse_text):
    a = analyse_text("Sa collègue, Léa, a démissionné. « Je ne voulais pas attendre », dit-elle. La direction de "
                     "l'AP-HP assure avoir lancé des recrutements. « Huit postes seront pourvus d'ici à janvier », "
                     "indique-t-elle dans un communiqué.")
    assert speaker_of(a, "Huit postes") != "Léa"
    b = analyse_text("La direction de l'AP-HP assure avoir lancé des recrutements. Léa, elle, n'y croit pas. « Ce "
                     "sont des promesses », dit-elle.")
    assert speaker_of(b, "des promesses") is None or "direction" not in speaker_of(b, "des promesses")


def test_pour_and_a_stressed_pronoun_before_a_quotation_is_a_source(analyse_text):
    a = analyse_text("Sophie Binet dirige la CGT. Pour elle, « la baisse des prix n'est pas pour demain ».")
    assert speaker_of(a, "la baisse des prix") == "Sophie Binet"
    b = analyse_text("Marie est partie hier. Pour elle, il a tout quitté.")  # for her sake: nothing said
    assert not b.quotes


def test_a_long_apposition_after_pour_and_a_name_is_not_what_was_said(analyse_text):
    a = analyse_text("Pour la pédiatre Christèle Garnier, ancienne présidente de la Société française de pédiatrie, "
                     "« il faut prescrire moins, et mieux ».")
    quote = quote_with(a, "prescrire moins")
    assert quote.text.startswith("il faut") and quote.kind == "partial"
    assert speaker_of(a, "prescrire moins") == "Christèle Garnier"


def test_a_first_name_after_a_trade_and_its_complement_is_a_person(analyse_text):
    a = analyse_text("À la reprise, l'expert en bâtiment Henri de Lépinay a détaillé l'état de l'immeuble. « Les "
                     "murs porteurs étaient gorgés d'eau », a-t-il expliqué.")
    assert speaker_of(a, "murs porteurs") == "Henri de Lépinay"


def test_a_name_right_after_its_description_as_a_second_subject_is_the_speaker(analyse_text):
    a = analyse_text("Le spécialiste en droit public Jean Morin estime que « la loi est fragile ».")
    assert speaker_of(a, "la loi est fragile") == "Jean Morin"


def test_a_local_office_of_the_state_speaks_for_itself(analyse_text):
    a = analyse_text("Le rectorat assure de son côté que « tous les postes vacants font l'objet d'un recrutement ».")
    assert speaker_of(a, "postes vacants") == "rectorat"


def test_a_name_set_off_after_a_possessive_description_is_the_speaker(analyse_text):
    a = analyse_text("L'association Anticor est partie civile. Son référent local, Jean-Marc Ferrer, se dit « soulagé "
                     "après dix ans de procédure ».")
    assert speaker_of(a, "soulagé") == "Jean-Marc Ferrer"


def test_a_participle_opening_the_sentence_is_no_words_said_before_an_incise(analyse_text):
    a = analyse_text("Interrogée sur France Inter, la ministre de l'Énergie, Agnès Morin, a défendu la filière : « Le "
                     "nucléaire reste la colonne vertébrale de notre mix électrique. »")
    assert all(q.speaker is None or q.speaker.name != "la filière" for q in a.quotes)
    assert speaker_of(a, "colonne vertébrale") == "Agnès Morin"


def test_a_title_with_its_complement_and_an_aside_before_a_colon_is_the_speaker(analyse_text):
    a = analyse_text("À droite, Martine Vassal se frotte les mains. La présidente de la métropole, qui n'a pas encore "
                     "officialisé sa candidature, ironise : « Ils se disputent déjà le fauteuil. »")
    assert speaker_of(a, "disputent déjà") == "Martine Vassal"


def test_the_answers_of_an_interview_with_no_labels_are_the_interviewee_s(analyse_text):
    a = analyse_text("Christophe Béchu : « La France doit se préparer à +4 °C »\n\nLe ministre de la Transition "
                     "écologique présente ce jeudi son plan d'adaptation. Il répond à nos questions.\n\nPourquoi parler "
                     "d'un scénario à +4 °C ?\n\nParce que c'est notre trajectoire si rien ne change. Nous devons adapter "
                     "nos routes.\n\nCombien cela va-t-il coûter ?\n\nPlusieurs milliards d'euros par an. Mais ne rien faire "
                     "coûterait plus cher, je le dis.\n\nPropos recueillis par Claire Martin")
    assert speaker_of(a, "Plusieurs milliards") == "Christophe Béchu"
    assert speaker_of(a, "notre trajectoire") == "Christophe Béchu"
    assert not any("Combien cela" in q.text for q in a.quotes)  # the questions are the paper's


def test_a_name_with_an_emphatic_pronoun_after_it_is_the_subject(analyse_text):
    a = analyse_text("Antoine Dupont manquera le Tournoi. Pour le remplacer, Galthié pourrait faire appel à Nolann Le "
                     "Garrec. « Nolann est prêt », estime Dimitri Yachvili.\n\nDupont lui-même s'est exprimé sur les "
                     "réseaux sociaux. « Je serai de retour plus fort », a-t-il écrit.")
    assert speaker_of(a, "de retour plus fort") == "Antoine Dupont"


def test_the_kind_of_body_stands_for_the_one_organisation_just_seen(analyse_text):
    a = analyse_text("Enedis a prépositionné 3 000 techniciens. « Des coupures sont inévitables », reconnaît "
                     "l'entreprise.")
    assert speaker_of(a, "coupures") == "Enedis"
    b = analyse_text("La CGT dénonce un plan brutal. Airbus a annoncé mardi 2 000 suppressions de postes. « Ces "
                     "mesures sont nécessaires », explique l'entreprise.")
    assert speaker_of(b, "Ces mesures") is None  # two bodies in play: which one?


def test_a_party_between_a_title_and_a_name_is_not_part_of_the_name(analyse_text):
    a = analyse_text("Pour l'eurodéputé Renew Brando Benifei, co-rapporteur du texte, l'essentiel est ailleurs : « Nous "
                     "avons protégé les citoyens contre la surveillance de masse. »")
    assert speaker_of(a, "protégé les citoyens") == "Brando Benifei"


def test_a_name_set_beside_the_bare_noun_of_a_kind_of_body_is_that_body(analyse_text):
    a = analyse_text("La Quadrature du Net, association de défense des libertés numériques, dénonce en revanche « un "
                     "texte truffé d'exceptions ».")
    assert speaker_of(a, "truffé") == "Quadrature du Net"


def test_c_est_ainsi_que_gives_the_quotation_before_to_the_one_it_names(analyse_text):
    a = analyse_text("Pour l'eurodéputé Brando Benifei, l'essentiel est ailleurs : « Nous avons protégé les citoyens. »"
                     "\n\n« C'est un compromis, avec ses faiblesses. Mais il était urgent d'agir. »\n\nC'est ainsi que "
                     "l'eurodéputée écologiste Alexandra Geese a résumé le sentiment de nombreux élus.")
    quote = quote_with(a, "C'est un compromis")
    assert quote.speaker is not None and quote.speaker.name == "Alexandra Geese" and quote.speaker.via == "signed"


def test_an_aside_with_no_commas_between_the_auxiliary_and_the_participle_keeps_the_subject(analyse_text):
    a = analyse_text("L'Organisation météorologique mondiale (OMM) a de son côté appelé les gouvernements à « relever "
                     "d'urgence leurs ambitions ».")
    assert speaker_of(a, "relever d'urgence") == "Organisation météorologique mondiale"


def test_a_title_won_does_not_keep_its_holder_from_being_described_by_his_trade(analyse_text):
    a = analyse_text("Julian Alaphilippe quitte son équipe. Le double champion du monde a signé un contrat de deux ans "
                     "avec Tudor.\n\n« J'avais besoin d'un nouveau défi », a expliqué le coureur de 32 ans.")
    assert speaker_of(a, "nouveau défi") == "Julian Alaphilippe"


def test_an_infinitive_quoted_after_de_is_the_speaker_s_words_not_a_term(analyse_text):
    a = analyse_text("Christian Troadec est le maire de la commune. L'élu, qui avait déjà mené la fronde en 2008, promet "
                     "de « ne rien lâcher ».")
    assert speaker_of(a, "ne rien lâcher") == "Christian Troadec"
    b = analyse_text("Il a parlé d'une « crise » profonde.")
    assert not b.quotes  # a word held at a distance is still no one's words


def test_a_surname_the_model_took_for_a_place_is_the_person_it_named_when_it_acts(analyse_text):
    a = analyse_text("Tadej Pogacar a remporté l'étape, loin devant Jonas Vingegaard.\n\nDeuxième de l'étape, "
                     "Vingegaard ne cachait pas sa déception. « Il était plus fort, c'est tout », a déclaré le Danois.")
    assert speaker_of(a, "plus fort") == "Jonas Vingegaard"


def test_a_person_s_noun_and_a_verb_form_before_a_colon_introduce_the_quotation(analyse_text):
    a = analyse_text("Sur le quai, l'exaspération monte. Un peu plus loin, un étudiant hausse les épaules : « De "
                     "toute façon, les trains ne sont jamais à l'heure. »")
    assert speaker_of(a, "jamais à l'heure") == "un étudiant"  # « hausse » taken for a noun
    b = analyse_text("Dans la salle, le ton monte. Le maire soupire : « Nous avons fait ce que nous pouvions. »")
    assert speaker_of(b, "ce que nous pouvions") == "le maire"  # « soupire » taken for an adjective


def test_in_news_a_company_called_by_its_trade_is_the_company(analyse_text):
    a = analyse_text("TotalEnergies a annoncé mardi la fermeture de sa raffinerie de Grandpuits.\n\nLe pétrolier assure "
                     "que la décision « ne touchera aucun emploi ».")
    assert speaker_of(a, "aucun emploi") == "TotalEnergies"
    b = analyse_text("Le soir tomba. Les chevaux s'arrêtèrent, le cocher descendit, ouvrit la portière et salua. Les "
                     "voyageurs sortirent et entrèrent dans l'auberge.\n\n— Le navire partira demain, répondit "
                     "l'armateur.")
    assert speaker_of(b, "navire partira") == "l'armateur"  # in a novel, a man of that trade


def test_an_interview_s_questions_with_an_inversion_do_not_make_an_article_a_novel(analyse_text):
    a = analyse_text("Le ministre Christophe Béchu répond à nos questions.\n\n— Le gouvernement a-t-il reculé ?\n\n"
                     "— Non. Nous avons écouté, c'est différent.\n\n— Et, selon vous, faut-il aller plus loin ?\n\n— Oui, "
                     "dit-il. Mais pas maintenant.\n\n— Les syndicats sont-ils prêts à signer ?\n\n— Ils le diront "
                     "eux-mêmes, mais je les crois prêts.")
    # « dit-il » once, « a-t-il », « faut-il », « sont-ils » in questions: an interview, not a tale
    answer = quote_with(a, "je les crois prêts")
    assert answer.speaker is not None and answer.speaker.via == "interview"


def test_a_player_s_ranking_names_the_one_player_of_that_gender_in_the_story(analyse_text):
    a = analyse_text("Kristina Mladenovic a annoncé lundi la fin de sa carrière.\n\n« Le tennis m'a tout donné, mais "
                     "mon corps me dit stop », écrit l'ancienne numéro 10 mondiale, âgée de 31 ans.")
    assert speaker_of(a, "mon corps me dit stop") == "Kristina Mladenovic"
    b = analyse_text("Kristina Mladenovic a battu Daria Kasatkina.\n\n« Le tennis m'a tout donné, mais mon corps me "
                     "dit stop », écrit l'ancienne numéro 10 mondiale.")
    assert speaker_of(b, "mon corps me dit stop") is None  # two players: which one?
