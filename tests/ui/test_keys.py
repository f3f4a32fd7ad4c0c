"""Keys are defined once: the help and the palette read the bindings, and a user keymap in the
config directory rebinds actions by id."""

from __future__ import annotations

from ui_helpers import current_quote_text, make_app, mini_analysis

from tui.app.keys import load_keymap


async def test_a_user_keymap_rebinds_an_action_and_the_help_and_palette_follow(tmp_path):
    config = tmp_path / "config"
    config.mkdir()
    (config / "keys.toml").write_text('[keys]\n"quote.next" = "right"\n', encoding="utf-8")
    app = make_app(config, analysis=mini_analysis())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("right")
        await pilot.pause()
        assert current_quote_text(app) is not None  # right now steps to a quote
        first = current_quote_text(app)
        await pilot.press("n")  # n no longer does
        await pilot.pause()
        assert current_quote_text(app) == first
        rows = dict((what, keys) for keys, what in app.reader.key_rows())
        assert rows["next quote (follows the speaker filter)"] == "→"
        hints = {c.title: c.help for c in app.get_system_commands(app.screen)}
        assert hints["Next quote"].endswith("(→)")


async def test_a_damaged_keymap_is_reported_and_the_default_keys_stay(tmp_path):
    config = tmp_path / "config"
    config.mkdir()
    (config / "keys.toml").write_text('[keys\n"quote.next" = \n', encoding="utf-8")
    app = make_app(config, analysis=mini_analysis())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert any("not valid TOML" in n.message for n in app._notifications)
        await pilot.press("n")
        await pilot.pause()
        assert current_quote_text(app) is not None


def test_unknown_binding_ids_are_named_and_ignored(tmp_path):
    (tmp_path / "keys.toml").write_text('"quote.next" = "x"\n"nope.nothing" = "y"\n', encoding="utf-8")
    keymap, problem = load_keymap(tmp_path)
    assert keymap == {"quote.next": "x"} and "nope.nothing" in problem


def test_every_reader_binding_has_an_id_and_a_help_text():
    from tui.app.article_view import ArticleView
    from tui.app.keys import QUIT_BINDING, READER_BINDINGS

    for binding in [*READER_BINDINGS, QUIT_BINDING, *ArticleView.BINDINGS]:
        assert binding.id and binding.tooltip, binding


async def test_x_writes_the_claims_as_markdown_where_the_reader_says(tmp_path):
    app = make_app(tmp_path / "config", analysis=mini_analysis())
    target = tmp_path / "out" / "claims.md"
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("x")
        await pilot.pause()
        field = app.screen.query_one("#export-path")
        assert field.value.endswith("quotelens-mini.md")  # a default in the documents directory
        field.value = str(target)
        await pilot.press("enter")
        await pilot.pause()
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# Sommet de Bruxelles") and "## Anna Berg" in text
