"""Why a speaker was chosen (w) and correcting it (a): the panel, the list, and corrections kept
per article across restarts and between two open readers."""

from __future__ import annotations

import json
from pathlib import Path

from textual.widgets import OptionList

from ui_helpers import FIXTURES, make_app
from tui.analysis.model import Analysis
from tui.app.trust_screens import CorrectionScreen, WhyScreen
from tui.store.corrections import CorrectionStore
from tui.store.paths import StorePaths

TRUST = FIXTURES / "trust.txt"


def trust_analysis() -> Analysis:
    return Analysis.from_json(json.loads((FIXTURES / "trust_analysis.json").read_text(encoding="utf-8")))


def trust_app(config: Path):
    return make_app(config, path=TRUST, analysis=trust_analysis())


def options(screen) -> list[str]:
    option_list = screen.query_one(OptionList)
    return [str(option_list.get_option_at_index(i).prompt) for i in range(option_list.option_count)]


def speaker_of(app, fragment: str) -> str | None:
    quote = next((q for q in app.reader.analysis.quotes if fragment in q.text), None)
    assert quote is not None, f"no quote with {fragment!r}"
    return quote.speaker.name if quote.speaker else None


async def select(pilot, count: int) -> None:
    await pilot.press(*["n"] * count)
    await pilot.pause()


async def test_why_a_name(tmp_path):
    app = trust_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await select(pilot, 2)  # « Les aides seront versées en mars », a déclaré Paul Deschamps
        await pilot.press("w")
        await pilot.pause()
        assert isinstance(app.screen, WhyScreen)
        facts = str(app.screen.query_one("#why-facts").render())
        assert "Paul Deschamps" in facts and "named at the cue" in facts and "« a déclaré »" in facts
        assert options(app.screen) == ["cue  « a déclaré »", "   « Paul Deschamps »  name"]


async def test_why_a_pronoun_chain_and_going_to_a_mention(tmp_path):
    app = trust_app(tmp_path)
    text = TRUST.read_text(encoding="utf-8")
    async with app.run_test(size=(100, 30)) as pilot:
        await select(pilot, 1)  # « Le site restera ouvert », a-t-elle promis.
        await pilot.press("w")
        await pilot.pause()
        facts = str(app.screen.query_one("#why-facts").render())
        assert "Hélène Marchal" in facts and "a pronoun at the cue" in facts
        assert options(app.screen)[1:] == ["   « -elle »  mention", "→ « Hélène Marchal »  name"]
        await pilot.press("down", "down", "enter")  # the name
        await pilot.pause()
        assert not isinstance(app.screen, WhyScreen)
        reader = app.reader
        start, end = reader.search_matches[reader.search_index]
        assert text[start:end] == "Hélène Marchal"
        # every step of the chain is highlighted; esc clears them
        highlighted = {text[s:e] for s, e in reader.search_matches}
        assert {"-elle", "Hélène Marchal"} <= highlighted and any("promis" in h for h in highlighted)
        await pilot.press("escape")
        assert reader.search_matches == []


async def test_why_a_description_and_an_unattributed_quote(tmp_path):
    app = trust_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await select(pilot, 3)  # « Nous tiendrons parole », a assuré le ministre.
        await pilot.press("w")
        await pilot.pause()
        assert options(app.screen)[1:] == ["   « le ministre »  mention", "→ « Paul Deschamps »  name"]
        await pilot.press("escape", "n", "w")
        await pilot.pause()
        facts = str(app.screen.query_one("#why-facts").render())
        assert "unattributed" in facts and "« elle » has no sure antecedent" in facts
        await pilot.press("a")  # from the why panel straight to the correction list
        await pilot.pause()
        assert isinstance(app.screen, CorrectionScreen)


async def pick(pilot, typed: str = "", moves: int = 0) -> None:
    await pilot.press("a")
    await pilot.pause()
    assert isinstance(pilot.app.screen, CorrectionScreen)
    if typed:
        await pilot.press(*typed)
    await pilot.press(*["down"] * moves, "enter")
    await pilot.pause()


async def test_correct_to_an_existing_speaker_then_reset(tmp_path):
    app = trust_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await select(pilot, 4)  # the unattributed « Nous verrons bien »
        await pilot.press("a")
        await pilot.pause()
        assert options(app.screen)[0].startswith("Hélène Marchal")
        await pilot.press(*"mar")  # filtered as you type: Hélène Marchal only (and the two fixed entries)
        await pilot.pause()
        assert [o.split("  ")[0] for o in options(app.screen)] == ["Hélène Marchal", "New speaker: mar",
                                                                    "Not reported speech"]
        await pilot.press("enter")
        await pilot.pause()
        assert speaker_of(app, "verrons") == "Hélène Marchal"
        quote = app.reader.quote_at(app.reader.current_quote)
        assert quote.corrected and quote.speaker.via == "corrected" and quote.speaker.engine is None
        claim = app.reader.sidebar.claim_of_quote(quote.id)
        assert claim.speaker == quote.speaker.id  # the claim follows
        stored = CorrectionStore(StorePaths.resolve(tmp_path).corrections_file).all()
        assert [(c.text, c.engine_speaker, c.speaker) for c in stored] == [("Nous verrons bien", None, "Hélène Marchal")]
        # reset: the engine's choice again
        await pick(pilot, moves=3)  # Hélène Marchal, Paul Deschamps, Not reported speech, the engine's choice
        assert speaker_of(app, "verrons") is None
        assert CorrectionStore(StorePaths.resolve(tmp_path).corrections_file).all() == []


async def test_correct_to_a_new_name_and_not_reported_speech_survive_a_restart(tmp_path):
    app = trust_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await select(pilot, 4)
        await pick(pilot, typed="Claire Petit")
        assert speaker_of(app, "verrons") == "Claire Petit"
        assert [s.name for s in app.reader.analysis.speakers][-1] == "Claire Petit"
        await pilot.press("p")  # « Nous tiendrons parole »
        await pick(pilot, moves=3)  # Hélène Marchal, Paul Deschamps, Claire Petit, Not reported speech
        assert all("tiendrons" not in q.text for q in app.reader.analysis.quotes)
        assert len(app.reader.analysis.quotes) == 3
        assert all("tiendrons" not in c.text for c in app.reader.analysis.claims)
    again = trust_app(tmp_path)
    async with again.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert speaker_of(again, "verrons") == "Claire Petit"
        assert len(again.reader.analysis.quotes) == 3


async def test_two_open_readers_keep_each_others_corrections(tmp_path):
    first, second = trust_app(tmp_path), trust_app(tmp_path)
    async with first.run_test(size=(100, 30)) as pilot_a, second.run_test(size=(100, 30)) as pilot_b:
        await select(pilot_a, 4)
        await pick(pilot_a, typed="Claire Petit")
        await select(pilot_b, 1)
        await pick(pilot_b, typed="Paul Desch")
        assert speaker_of(second, "restera") == "Paul Deschamps"
    store = CorrectionStore(StorePaths.resolve(tmp_path).corrections_file)
    assert sorted(c.speaker for c in store.all()) == ["Claire Petit", "Paul Deschamps"]
    third = trust_app(tmp_path)
    async with third.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert speaker_of(third, "verrons") == "Claire Petit"
        assert speaker_of(third, "restera") == "Paul Deschamps"


async def test_keys_need_a_selected_quote(tmp_path):
    app = trust_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("w", "a")
        await pilot.pause()
        assert not isinstance(app.screen, (WhyScreen, CorrectionScreen))
        assert any("Select a quote first" in n.message for n in app._notifications)


async def test_an_unwritable_config_dir_says_the_correction_was_not_saved(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    app = trust_app(blocker / "config")
    async with app.run_test(size=(100, 30)) as pilot:
        await select(pilot, 4)
        await pick(pilot, typed="Claire Petit")
        assert any("Not saved" in n.message and "read-only" in n.message for n in app._notifications)
        assert speaker_of(app, "verrons") is None  # nothing pretends to be kept
        await pilot.press("n")  # the reader goes on
        assert app.reader.current_quote == 0
