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


def test_a_short_french_item_whose_few_function_words_other_languages_share_is_french():
    text = ("Kristina Mladenovic a annoncé lundi la fin de sa carrière.\n\n« Mon corps me dit stop », écrit "
            "l'ancienne numéro 10 mondiale, âgée de 31 ans.")
    assert guess_language(text) == "fr"  # its two « de » had made it Dutch: nothing was attributed
    dutch = ("De minister heeft dinsdag in Den Haag gezegd dat het kabinet niet zal aftreden en dat de coalitie "
             "blijft bestaan, ondanks de kritiek van de oppositie.")
    spanish = ("El presidente dijo el martes en Madrid que el gobierno no dimitirá y que la coalición también "
               "seguirá adelante, a pesar de las críticas de la oposición.")
    portuguese = ("O presidente disse na terça-feira que o governo não vai renunciar e que a coalizão também "
                  "continua, apesar das críticas da oposição.")
    assert guess_language(dutch) == "nl"
    assert guess_language(spanish) == "es"
    assert guess_language(portuguese) == "pt"
