"""Which texts the engine reads as French: a short news item with few function words still is."""

from tui.analysis.language import guess_language


def test_a_short_french_item_with_few_function_words_is_french():
    text = ("Kylian Mbappé s’est exprimé après le match. « On a manqué d’efficacité », a regretté "
            "l’attaquant, avant d’ajouter : « On doit se remettre en question. »")
    assert guess_language(text) == "fr"


def test_other_languages_are_still_told_apart():
    german = ("Der Bundeskanzler hat am Dienstag in Berlin gesagt, dass die Regierung nicht zurücktreten "
              "werde und dass die Koalition halten wird. Er sprach von einem wichtigen Tag.")
    polish = ("Prezydent Andrzej Duda powiedział we wtorek, że rząd nie poda się do dymisji, a koalicja "
              "przetrwa kryzys polityczny w kraju.")
    assert guess_language(german) == "de"
    assert guess_language(polish) == "und"
