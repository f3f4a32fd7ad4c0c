"""The reader as a user drives it: keys, what is on screen, where the cursor is.

A small article with a hand-made analysis, served by a fake analysis process: no spaCy here.
"""

from __future__ import annotations

import pytest

from tui.analysis.model import Analysis

from ui_helpers import current_quote_text, make_app, mini_analysis, screen_text, wait_for, whole_screen_text


async def test_text_is_on_screen_before_the_analysis_and_colours_come_after(tmp_path):
    app = make_app(tmp_path, "--delay", "1.5")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        lines = "\n".join(screen_text(app))
        assert "Sommet de Bruxelles" in lines and "Nous soutiendrons" in lines
        assert app.reader.analysis is None and "Analysing" in str(app.query_one("#status").render())
        await wait_for(pilot, lambda: app.reader.analysis_state == "done")
        assert len(app.reader.sidebar.visible_claims) == 6
        assert "Analysing" not in str(app.query_one("#status").render())


async def test_streamed_analysis_shows_the_first_claims_then_the_rest(tmp_path):
    app = make_app(tmp_path, "--partial", "2", "--hold", "1.5")
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.reader.analysis_state == "partial")
        assert [c.id for c in app.reader.sidebar.visible_claims] == ["c1", "c2"]
        assert "first part shown" in str(app.query_one("#status").render())
        await pilot.press("n", "n")
        assert current_quote_text(app) == "300 soldats seraient déployés en mai"
        await wait_for(pilot, lambda: app.reader.analysis_state == "done")
        assert [c.id for c in app.reader.sidebar.visible_claims] == [f"c{i}" for i in range(1, 7)]
        assert app.reader.sidebar.option_count == 6  # appended, not duplicated
        assert current_quote_text(app) == "300 soldats seraient déployés en mai"  # the cursor stayed


async def test_keys_are_handled_while_the_analysis_runs(tmp_path):
    app = make_app(tmp_path, "--delay", "2")
    async with app.run_test(size=(100, 12)) as pilot:
        await pilot.pause()
        sidebar = app.query_one("#sidebar")
        await pilot.press("c")
        assert sidebar.display is False and app.reader.analysis_state == "loading"
        await pilot.press("c", "j", "j")
        assert sidebar.display is True and app.reader.view.scroll_y == 2
        await pilot.press("n")  # no quotes yet: says so, does not crash
        assert app.reader.current_quote is None and app.reader.analysis_state == "loading"


async def test_n_and_p_move_between_quotes_in_order(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.reader.analysis_state == "done")
        await pilot.press("n")
        assert current_quote_text(app) == "Nous soutiendrons l’Ukraine"
        await pilot.press("n", "n")
        assert current_quote_text(app) == "C’est une provocation"
        assert "Quote 3/6" in str(app.query_one("#status").render())
        assert "Moscou (Russie)" in str(app.query_one("#status").render())
        await pilot.press("p")
        assert current_quote_text(app) == "300 soldats seraient déployés en mai"
        # the sidebar follows the current quote
        assert app.reader.sidebar.highlighted_claim.quotes == ["q2"]


async def test_shift_n_and_p_stay_with_the_same_speaker(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.reader.analysis_state == "done")
        await pilot.press("n")  # Anna Berg
        await pilot.press("N")
        assert current_quote_text(app) == "l’aide serait plus rapide que prévu"
        await pilot.press("N")  # wraps around to her first quote
        assert current_quote_text(app) == "Nous soutiendrons l’Ukraine"
        await pilot.press("P")
        assert current_quote_text(app) == "l’aide serait plus rapide que prévu"


async def test_current_quote_is_scrolled_into_view(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(60, 12)) as pilot:
        await wait_for(pilot, lambda: app.reader.analysis_state == "done")
        await pilot.press("p")  # from the top, p goes to the last quote, far below
        await pilot.pause()
        assert current_quote_text(app) == "le dialogue restait ouvert"
        assert any("dialogue" in line for line in screen_text(app))


async def test_selecting_a_claim_scrolls_the_article_to_it(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(70, 12)) as pilot:
        await wait_for(pilot, lambda: app.reader.analysis_state == "done")
        await pilot.press("tab")
        assert app.focused is app.reader.sidebar
        app.reader.sidebar.highlighted = 5
        await pilot.press("enter")
        await pilot.pause()
        assert current_quote_text(app) == "le dialogue restait ouvert"
        assert any("dialogue restait" in line for line in screen_text(app))


async def test_clicking_a_claim_jumps_to_it(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.reader.analysis_state == "done")
        app.reader.sidebar.scroll_home(animate=False)
        await pilot.pause()
        # the third claim's prompt: find its row by rendering, then click it
        rows = [app.reader.sidebar.render_line(y).text for y in range(app.reader.sidebar.size.height)]
        row = next(y for y, text in enumerate(rows) if "provocation" in text)
        await pilot.click("#claims", offset=(3, row))
        await pilot.pause()
        assert current_quote_text(app) == "C’est une provocation"


async def test_speaker_filter_narrows_the_claims(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.reader.analysis_state == "done")
        await pilot.press("s")
        await pilot.pause()
        await pilot.press("down", "enter")  # the first speaker after "All speakers": Anna Berg
        await pilot.pause()
        assert [c.speaker for c in app.reader.sidebar.visible_claims] == ["s1", "s1"]
        assert "Anna Berg" in str(app.query_one("#sidebar-title").render())
        await pilot.press("n", "n")  # n follows the filter
        assert current_quote_text(app) == "l’aide serait plus rapide que prévu"
        await pilot.press("s")
        await pilot.pause()
        await pilot.press("home", "enter")  # All speakers
        await pilot.pause()
        assert len(app.reader.sidebar.visible_claims) == 6


async def test_clicking_a_speaker_name_filters_by_that_speaker(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.reader.analysis_state == "done")
        view = app.reader.view
        y = next(i for i, line in enumerate(screen_text(app)) if "Marc Lenoir" in line)
        x = screen_text(app)[y].index("Marc Lenoir") + 2
        await pilot.click("#article", offset=(x, y))
        await pilot.pause()
        assert app.reader.sidebar.speaker_filter == "s2"
        assert view.analysis is not None


async def test_search_finds_text_accent_insensitively_and_steps_through_matches(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.reader.analysis_state == "done")
        await pilot.press("slash")
        await pilot.press(*"anna")
        await pilot.press("enter")
        assert len(app.reader.search_matches) == 2 and app.reader.search_index == 0
        assert "match 1/2" in str(app.query_one("#status").render())
        await pilot.press("enter")
        assert app.reader.search_index == 1
        await pilot.press("ctrl+p")
        assert app.reader.search_index == 0
        await pilot.press("escape")
        assert app.query_one("#search").display is False
        await pilot.press("slash")
        await pilot.press(*"deploy")  # « déployés » without its accent
        await pilot.press("enter")
        assert len(app.reader.search_matches) == 1


async def test_search_with_no_match_says_so(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.reader.analysis_state == "done")
        await pilot.press("slash", *"zzz", "enter")
        assert "no match" in str(app.query_one("#status").render())


async def test_failed_analysis_leaves_the_text_readable(tmp_path):
    app = make_app(tmp_path, "--fail", "model exploded")
    async with app.run_test(size=(100, 10)) as pilot:
        await wait_for(pilot, lambda: app.reader.analysis_state == "failed")
        assert "model exploded" in str(app.query_one("#status").render())
        assert any("Nous soutiendrons" in line for line in screen_text(app))
        await pilot.press("j")
        assert app.reader.view.scroll_y == 1


async def test_crashed_analysis_process_is_reported(tmp_path):
    app = make_app(tmp_path, "--crash")
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.reader.analysis_state == "failed")
        assert "Segmentation fault" in app.reader.analysis_detail


async def test_resize_rewraps_and_keeps_the_passage(tmp_path):
    paragraphs = [f"Paragraphe {n} : " + "le conseil a débattu longuement de la réforme. " * 4 for n in range(1, 40)]
    path = tmp_path / "long.txt"
    path.write_text("\n\n".join(paragraphs), encoding="utf-8")
    app = make_app(tmp_path, path=path, analysis=Analysis(source={}, model="none"))
    async with app.run_test(size=(120, 20)) as pilot:
        await pilot.pause()
        app.reader.view.scroll_to_offset(app.reader.article.text.index("Paragraphe 20 :"), center=False)
        await pilot.pause()
        assert screen_text(app)[0].strip().startswith("Paragraphe 20 :")
        wide_lines = len(app.reader.view.layout_)
        await pilot.resize_terminal(70, 20)
        await pilot.pause()
        assert len(app.reader.view.layout_) > wide_lines  # rewrapped to the narrower width
        assert screen_text(app)[0].strip().startswith("Paragraphe 20 :")


async def test_help_and_legend_screens(tmp_path):
    app = make_app(tmp_path, analysis=mini_analysis())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert type(app.screen).__name__ == "HelpScreen"
        await pilot.press("escape")
        await pilot.press("l")
        await pilot.pause()
        assert type(app.screen).__name__ == "LegendScreen"
        text = whole_screen_text(app)
        assert "Anna Berg" in text and "2 quotes" in text and "ministre suédoise" in text
        await pilot.press("escape")
        assert type(app.screen).__name__ == "ReaderScreen"  # back on the reading screen


async def test_command_palette_lists_reader_commands(tmp_path):
    app = make_app(tmp_path, analysis=mini_analysis())
    async with app.run_test(size=(100, 30)) as pilot:
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert {"Next quote", "Filter claims by speaker", "Claims of Anna Berg", "Bookmarks"} <= set(titles)
        await pilot.press("ctrl+k")
        await pilot.pause()
        assert type(app.screen).__name__ == "CommandPalette"


@pytest.mark.parametrize("dark", [True, False])
async def test_light_and_dark_themes_use_their_palette(tmp_path, dark):
    app = make_app(tmp_path, analysis=mini_analysis())
    async with app.run_test(size=(100, 30)) as pilot:
        app.theme = "textual-dark" if dark else "textual-light"
        await pilot.pause()
        from tui.app.styles import DARK_PALETTE, LIGHT_PALETTE

        y = next(i for i, line in enumerate(screen_text(app)) if "Anna Berg" in line)
        colours = {str(seg.style.color.triplet.hex).upper() for seg in app.reader.view.render_line(y)
                   if seg.style and seg.style.color and seg.style.color.triplet and "Anna" in seg.text}
        assert colours == {(DARK_PALETTE if dark else LIGHT_PALETTE)[0].upper()}


async def test_no_color_keeps_speakers_apart_by_style(tmp_path, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(tmp_path, analysis=mini_analysis())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.no_color and not app.reader.theme_style.colour
        lines = screen_text(app)
        anna = next(y for y, line in enumerate(lines) if "Anna Berg" in line)
        marc = next(y for y, line in enumerate(lines) if "Marc" in line and "Lenoir" in "".join(lines[y:y + 2]))

        def style_of(y, word):
            return next(seg.style for seg in app.reader.view.render_line(y) if word in seg.text)

        anna_style, marc_style = style_of(anna, "Anna"), style_of(marc, "Marc")
        assert anna_style.color is None and marc_style.color is None or not app.reader.theme_style.colour
        assert (anna_style.bold, anna_style.italic, anna_style.underline) != (
            marc_style.bold, marc_style.italic, marc_style.underline)


async def test_a_claim_over_several_paragraphs_reads_as_one_run_in_the_sidebar(tmp_path):
    analysis = mini_analysis()
    claim = analysis.claims[0]
    claim.text = "Nous partirons demain.\n\n« Personne ne restera ici."
    app = make_app(tmp_path, analysis=analysis)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        prompt = app.reader.sidebar.get_option_at_index(0).prompt.plain
        assert "Nous partirons demain. « Personne ne restera ici." in prompt
        assert "\n\n" not in prompt
