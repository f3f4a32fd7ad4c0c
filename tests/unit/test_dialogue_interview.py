"""Pure parts of the engine, without spaCy: dialogue turns, turn-taking, interviews, lexicon."""

from __future__ import annotations

from tui.analysis.dialogue import Conversation, turns_in
from tui.analysis.interview import find_answers
from tui.analysis.vocabulary import is_person_noun
from tui.article import parse


def test_turns_open_at_line_starts_and_after_a_sentence_but_not_mid_clause():
    text = "— Oui, dit-il.\n— Non ! Il partit. — Reste, cria-t-elle. Le prix – un euro – est bas."
    turns = [text[t.start:t.end] for t in turns_in(text)]
    assert turns == ["— Oui, dit-il.", "— Non ! Il partit.", "— Reste, cria-t-elle. Le prix – un euro – est bas."]


def test_hyphen_turns_need_a_cue_and_hyphens_inside_lines_are_no_turns():
    turns = turns_in("- Visite du musée\n21 heures - 22 heures")
    assert len(turns) == 1 and turns[0].needs_cue


def test_a_double_hyphen_at_a_line_start_opens_a_turn_but_inside_a_line_is_punctuation():
    text = "« Souffrez-vous ?\n--Oh ! oui.\n-- Où ça ? »\nIl force. --Brrrou--le râle s'envole !"
    turns = [text[t.start:t.start + 5] for t in turns_in(text)]
    assert turns == ["--Oh ", "-- Où"]
    assert not any(t.needs_cue for t in turns_in(text))
    assert turns_in("———\n---") == []  # rules of dashes are no turns


def test_alternation_fills_a_turn_between_two_different_known_speakers():
    conversation: Conversation[str] = Conversation()
    for speaker in ("A", None, "A", "B", None, None):
        conversation.add(speaker)
    filled = conversation.fill_by_alternation()
    # the last turn would need a guess to support a guess: left open
    assert conversation.speakers == ["A", "B", "A", "B", "A", None]
    assert sorted(filled) == [1, 4]


def test_an_answer_to_a_named_call_counts_for_the_lines_after_it_not_before():
    after: Conversation[str] = Conversation()
    after.add("A", addressee="B")  # « — Eh bien, madame Bertin, fit-il … »
    after.add(None)                 # « — Mal, docteur. »: B answers
    after.add(None)                 # « — Bah ! c'est le temps. »: A again
    after.fill_by_address()
    after.fill_by_alternation()
    assert after.speakers == ["A", "B", "A"]
    before: Conversation[str] = Conversation()
    before.add(None)                # « — Trois heures et demie. »: a witness, not B
    before.add("A", addressee="B")  # « — … ? demanda le commissaire en s'adressant à Saniel. »
    before.add(None)                # « — Non … »: B answers
    before.fill_by_address()
    before.fill_by_alternation()
    assert before.speakers == [None, "A", "B"]
    unknown: Conversation[str] = Conversation()
    unknown.add("?", addressee="B")
    unknown.add(None)
    unknown.add(None)
    unknown.fill_by_address(known=lambda speaker: speaker != "?")  # a caller the cue did not tell
    unknown.fill_by_alternation()
    assert unknown.speakers == ["?", "B", None]


def test_no_one_answers_a_line_by_his_own_name():
    conversation: Conversation[str] = Conversation()
    conversation.add("A", addressee="V")   # « — M. Jacques de Vignes ? demanda le docteur. »
    conversation.add(None, mentions=("V",))  # « — M. de Vignes est absent. »
    conversation.fill_by_address()
    assert conversation.speakers == ["A", None]


def test_strict_alternation_between_two_named_speakers():
    conversation: Conversation[str] = Conversation()
    for speaker in ("A", None, None, "B", None, "A", None, "A"):
        conversation.add(speaker)
    conversation.fill_by_alternation()
    # A ? ? B -> A B A B; B ? A -> B A? no: an even gap between different speakers does not alternate
    assert conversation.speakers[:4] == ["A", "B", "A", "B"]


def test_a_pair_set_by_the_narration_alternates_where_strict_alternation_fits():
    conversation: Conversation[str] = Conversation(pair=("A", "B"))
    for speaker in (None, "A", None, None, "A", None, None, "B", None):
        conversation.add(speaker)
    filled = conversation.fill_by_pair()
    # ? A -> B A; A ? ? A cannot alternate: left open; A ? ? B -> A B A B; B ? -> B A
    assert conversation.speakers == ["B", "A", None, None, "A", "B", "A", "B", "A"]
    assert sorted(filled) == [0, 5, 6, 8]


def test_a_pair_fills_nothing_when_a_third_person_spoke():
    conversation: Conversation[str] = Conversation(pair=("A", "B"))
    for speaker in ("A", None, "C", None):
        conversation.add(speaker)
    assert conversation.fill_by_pair() == []
    assert conversation.speakers == ["A", None, "C", None]


def test_alternation_does_not_guess_with_one_known_speaker():
    conversation: Conversation[str] = Conversation()
    for speaker in ("A", None, None):
        conversation.add(speaker)
    assert conversation.fill_by_alternation() == [] and conversation.speakers == ["A", None, None]


def test_a_long_run_alternates_from_a_pair_of_cues_when_the_next_cue_falls_where_it_should():
    conversation: Conversation[str] = Conversation()
    for speaker in ("A", "B", None, None, None, None, None, "B"):
        conversation.add(speaker)
    conversation.fill_by_alternation()  # the sieve run after each line: only the line next to the pair
    assert conversation.speakers[2:4] == ["A", None]
    filled = conversation.fill_by_chain(reach=6)  # once the exchange is over
    assert conversation.speakers == ["A", "B", "A", "B", "A", "B", "A", "B"]
    assert filled == [3, 4, 5, 6]


def test_a_run_the_next_cue_contradicts_is_left_open():
    conversation: Conversation[str] = Conversation()
    for speaker in ("A", "B", None, None, None, "A"):  # A B [A B A] A: someone spoke twice
        conversation.add(speaker)
    assert conversation.fill_by_chain(reach=6) == []
    assert conversation.speakers == ["A", "B", None, None, None, "A"]


def test_the_run_after_the_last_cue_goes_only_as_far_as_the_reach():
    conversation: Conversation[str] = Conversation()
    for speaker in (None, None, "A", "B") + (None,) * 5:
        conversation.add(speaker)
    conversation.fill_by_chain(reach=3)
    assert conversation.speakers == ["A", "B", "A", "B", "A", "B", "A", None, None]


def test_no_run_alternates_in_an_exchange_of_three_or_with_a_line_calling_someone_else():
    three: Conversation[str] = Conversation()
    for speaker in ("A", "B", None, None, "C"):
        three.add(speaker)
    assert three.fill_by_chain(reach=6) == []
    called: Conversation[str] = Conversation()
    for speaker, addressee in (("A", None), ("B", None), (None, None), (None, "C"), (None, None)):
        called.add(speaker, addressee=addressee)
    assert called.fill_by_chain(reach=6) == []  # « — …, Charles ? »: a third person is there
    assert called.speakers == ["A", "B", None, None, None]


def test_a_run_whose_guess_the_narration_rules_out_is_left_open():
    conversation: Conversation[str] = Conversation()
    for speaker in ("A", "B", None, None, None):
        conversation.add(speaker)
    # « Elle demanda : » before turn 3, and B is a man
    assert conversation.fill_by_chain(reach=6, fits=lambda k, speaker, addressee: not (k == 3 and speaker == "B")) == []
    assert conversation.speakers == ["A", "B", None, None, None]


def test_interview_needs_a_labelled_question_then_a_labelled_answer():
    article = parse("Titre\n\nRFI : Êtes-vous candidat ?\n\nJean Mba : Oui. Je le serai.\n\nQuand ?\n\nEn mai.")
    answers = [(article.text[a.start:a.end], a.speaker) for a in find_answers(article)]
    assert answers == [("Oui. Je le serai.", "Jean Mba"), ("En mai.", "Jean Mba")]


def test_an_ordinary_article_with_a_label_is_not_an_interview():
    article = parse("Titre\n\nJean Mba : le retour.\n\nIl est rentré hier. Il repart demain ?\n\nNon.")
    assert find_answers(article) == []


def test_an_interview_with_no_labels_needs_its_words_two_short_questions_and_answers_in_the_first_person():
    interview = ("Le ministre présente son plan. Il répond à nos questions.\n\nPourquoi +4 °C ?\n\nParce que nous y "
                 "allons. Je le dis sans détour.\n\nCombien cela coûtera-t-il ?\n\nDes milliards. Mais nous n'avons "
                 "pas le choix.\n\nLes écologistes jugent le plan insuffisant…\n\nJe respecte leur impatience."
                 "\n\nPropos recueillis par Claire Martin")
    article = parse("Titre\n\n" + interview)
    answers = [(article.text[a.start:a.end], a.speaker) for a in find_answers(article)]
    assert answers == [("Parce que nous y allons. Je le dis sans détour.", ""),
                       ("Des milliards. Mais nous n'avons pas le choix.", ""), ("Je respecte leur impatience.", "")]
    # the same questions without the words that say it is an interview: an article asking itself
    assert find_answers(parse("Titre\n\n" + interview.replace(" Il répond à nos questions.", "").replace(
        "\n\nPropos recueillis par Claire Martin", ""))) == []
    # an explainer: its answers speak of the text in the third person
    explainer = parse("Titre\n\nLa ministre a répondu aux questions des journalistes.\n\nQue prévoit le texte ?\n\n"
                      "Le texte prévoit un report de l'âge légal.\n\nQui est concerné ?\n\nTous les salariés nés "
                      "après 1961.")
    assert find_answers(explainer) == []


def test_person_nouns_by_list_and_by_agent_suffix():
    assert is_person_noun("postillon") and is_person_noun("manifestants") and is_person_noun("agricultrice")
    assert not is_person_noun("roues") and not is_person_noun("soirée") and not is_person_noun("conduite")


def test_the_word_a_line_calls_its_addressee_by_gives_their_gender():
    from tui.analysis.agreement import addressee_gender
    assert addressee_gender("— Oui, madame.") == "f" and addressee_gender("— Viens, mon fils !") == "m"
    assert addressee_gender("— Monsieur, je suis arrivée hier.") == "m"
    assert addressee_gender("— Je parlerai à monsieur le maire.") == ""  # spoken of, not called
    assert addressee_gender("— Oui, madame ; non, monsieur.") == ""  # two people: no one gender


def test_a_dash_after_narration_in_its_paragraph_is_marked_as_maybe_no_line():
    text = "Je remerciai avec embarras. – Je regrettais de n'avoir pas su cela. – Partons, dit-il."
    turns = turns_in(text)
    assert [text[t.start:t.end] for t in turns] == ["– Je regrettais de n'avoir pas su cela.", "– Partons, dit-il."]
    assert [t.after_narration for t in turns] == [True, False]  # the second follows a line, not narration
    assert not any(t.after_narration for t in turns_in("— Oui, dit-il. – Non, répondit-elle."))
