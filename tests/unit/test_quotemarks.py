"""Quote-mark pairing and sentence boundaries: pure Python, no model."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.analysis.quotemarks import pair_marks, sentence_starts


def inner(text, q):
    return text[q.inner[0]:q.inner[1]].strip()


def test_pairs_by_type_and_keeps_nested_quotes_inside():
    text = "Il a dit « c’est “vraiment” fini » et « non »."
    quotes = pair_marks(text)
    assert [inner(text, q) for q in quotes] == ["c’est “vraiment” fini", "non"]


def test_nested_guillemets():
    text = "« Il m’a dit : « jamais » ce jour-là », raconte-t-elle."
    quotes = pair_marks(text)
    assert len(quotes) == 1 and inner(text, quotes[0]) == "Il m’a dit : « jamais » ce jour-là"


def test_straight_quotes_and_inches():
    text = 'Un écran de 15" et "une vraie surprise", dit-il.'
    quotes = pair_marks(text)
    assert [inner(text, q) for q in quotes] == ["une vraie surprise"]


def test_unclosed_quote_runs_to_paragraph_end_and_stray_closer_is_ignored():
    text = "» Début. « Je ne crois pas à un accord. Les positions sont éloignées."
    quotes = pair_marks(text)
    assert len(quotes) == 1 and not quotes[0].closed
    assert inner(text, quotes[0]).startswith("Je ne crois pas")


def test_sentences_do_not_split_on_initials_numbers_or_inside_quotes():
    text = ("Selon R. Sikorski, environ 1.500 soldats partiront. « Nous irons. Vite », a dit M. Dupont. "
            "« C’est compliqué. » Antony Blinken a répondu.")
    starts = sentence_starts(text, pair_marks(text))
    sentences = [text[a:b].strip() for a, b in zip(starts, starts[1:] + [len(text)])]
    assert sentences == [
        "Selon R. Sikorski, environ 1.500 soldats partiront.",
        "« Nous irons. Vite », a dit M. Dupont.",
        "« C’est compliqué. »",
        "Antony Blinken a répondu.",
    ]


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from(list("ab .,«»“”\"'’\n:ÉéЖ漢!?")), max_size=200))
def test_pairing_never_fails_and_stays_inside_the_text(text):
    quotes = pair_marks(text)
    for q in quotes:
        assert 0 <= q.open < q.close <= len(text)
        start, end = q.inner
        assert q.open < start <= end <= q.close
    for a, b in zip(quotes, quotes[1:]):
        assert a.close <= b.open  # top-level quotations do not overlap
    starts = sentence_starts(text, quotes)
    assert starts[0] == 0 and starts == sorted(set(starts))
    assert all(0 <= s <= len(text) for s in starts)
