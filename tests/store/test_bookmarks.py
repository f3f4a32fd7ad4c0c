"""Bookmarks and reading positions: in the reader, on disk, under concurrency and damage."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from conftest import ROOT, run_cli
from tui.store.bookmarks import BookmarkStore, new_bookmark
from tui.store.paths import StorePaths
from ui_helpers import MINI, current_quote_text, make_app, mini_analysis, screen_text, whole_screen_text


def stored(config_dir: Path) -> list[dict]:
    data = json.loads((config_dir / "bookmarks.json").read_text(encoding="utf-8"))
    assert data["schema"] == "quotelens.bookmarks/1"
    return data["bookmarks"]


async def add_bookmark(pilot, note: str) -> None:
    await pilot.press("b")
    await pilot.pause()
    if note:
        await pilot.press(*note)
    await pilot.press("enter")
    await pilot.pause()


async def test_bookmark_the_current_quote_with_a_note(tmp_path):
    app = make_app(tmp_path, analysis=mini_analysis())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("n", "n")  # the second quote: Marc Lenoir
        await add_bookmark(pilot, "chiffre")
        [saved] = stored(tmp_path)
        assert saved["kind"] == "quote" and saved["quote_id"] == "q2" and saved["note"] == "chiffre"
        assert saved["speaker"] == "Marc Lenoir" and saved["text"] == "300 soldats seraient déployés en mai"
        assert saved["article_sha256"] == app.reader.article.sha256
        # marked in the article gutter and in the sidebar
        line = next(y for y, text in enumerate(screen_text(app)) if "300 soldats" in text or "soldats" in text)
        assert app.reader.view.render_line(line).text.startswith("▍")
        assert app.reader.bookmarking.bookmarked_claims() == {"c2"}  # only that claim is marked


async def test_bookmark_a_paragraph_outside_quotes_and_cancel(tmp_path):
    app = make_app(tmp_path, analysis=mini_analysis())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("b")
        await pilot.pause()
        await pilot.press("escape")  # cancelled: nothing written
        assert not (tmp_path / "bookmarks.json").exists()
        await add_bookmark(pilot, "")
        [saved] = stored(tmp_path)
        assert saved["kind"] == "paragraph" and saved["text"].startswith("« Nous soutiendrons")


async def test_list_jump_edit_and_delete(tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("Un autre article.\n\nIl parle d’autre chose.\n", encoding="utf-8")
    store = BookmarkStore(StorePaths.resolve(tmp_path).bookmarks_file)
    store.add(new_bookmark(article_sha256="x", article_path=str(other), article_title="Un autre article",
                           start=19, end=42, text="Il parle d’autre chose.", note="ailleurs"))
    app = make_app(tmp_path, analysis=mini_analysis())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("p")  # the last quote
        await add_bookmark(pilot, "fin")
        await pilot.press("escape", "g")  # clear the quote, back to the top
        assert app.reader.current_quote is None
        await pilot.press("B")
        await pilot.pause()
        text = whole_screen_text(app)
        assert text.index("This article") < text.index("fin") < text.index("Other articles") < text.index("ailleurs")
        await pilot.press("enter")  # jump to "fin"
        await pilot.pause()
        assert type(app.screen).__name__ == "ReaderScreen"  # back on the reading screen
        assert current_quote_text(app) == "le dialogue restait ouvert"
        # edit the note
        await pilot.press("B")
        await pilot.pause()
        await pilot.press("e", "end")
        await pilot.press(*" !")
        await pilot.press("enter")
        await pilot.pause()
        assert sorted(b["note"] for b in stored(tmp_path)) == ["ailleurs", "fin !"]
        # delete it
        await pilot.press("d")
        await pilot.pause()
        assert [b["note"] for b in stored(tmp_path)] == ["ailleurs"]
        # jump to the other article: it opens in the reader
        await pilot.press("enter")
        await pilot.pause()
        assert app.reader.article.path == other
        assert any("Il parle d’autre chose" in line for line in screen_text(app))


async def test_bookmarks_and_position_survive_quitting_and_reopening(tmp_path):
    long_text = "\n\n".join(f"Paragraphe {n} : " + "le conseil a débattu de la réforme. " * 5 for n in range(60))
    path = tmp_path / "long.txt"
    path.write_text(long_text, encoding="utf-8")
    from tui.analysis.model import Analysis

    empty = Analysis(source={}, model="none")
    app = make_app(tmp_path, path=path, analysis=empty)
    async with app.run_test(size=(100, 20)) as pilot:
        await pilot.pause()
        app.reader.view.scroll_to_offset(long_text.index("Paragraphe 30 :"), center=False)
        await pilot.pause()
        await add_bookmark(pilot, "milieu")
    again = make_app(tmp_path, path=path, analysis=empty)
    async with again.run_test(size=(100, 20)) as pilot:
        await pilot.pause()
        await pilot.pause()
        assert screen_text(again)[0].strip().startswith("Paragraphe 30 :")
        assert [b["note"] for b in stored(tmp_path)] == ["milieu"]
        assert again.reader.view.render_line(0).text.startswith("▍")


async def test_corrupt_bookmarks_file_is_kept_aside_and_reported(tmp_path):
    (tmp_path / "bookmarks.json").write_text("{ not json", encoding="utf-8")
    app = make_app(tmp_path, analysis=mini_analysis())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert any("damaged" in n.message for n in app._notifications)
        aside = list(tmp_path.glob("bookmarks.json.corrupt-*"))
        assert len(aside) == 1 and aside[0].read_text(encoding="utf-8") == "{ not json"
        await pilot.press("n")
        await add_bookmark(pilot, "après")
        assert [b["note"] for b in stored(tmp_path)] == ["après"]


async def test_unwritable_config_dir_makes_bookmarks_read_only(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    app = make_app(blocker / "config", analysis=mini_analysis())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("n")
        await add_bookmark(pilot, "x")
        assert any("read-only" in n.message for n in app._notifications)
        assert "read-only" in str(app.query_one("#status").render())
        await pilot.press("n")  # the reader goes on
        assert current_quote_text(app) == "300 soldats seraient déployés en mai"


_ADDER = textwrap.dedent("""
    import asyncio, sys
    sys.path[:0] = [{tests!r}, {root!r}]
    from pathlib import Path
    from ui_helpers import make_app, mini_analysis

    async def main():
        app = make_app(Path({config!r}), analysis=mini_analysis())
        async with app.run_test(size=(100, 30)) as pilot:
            for i in range({count}):
                await pilot.press("n", "b")
                await pilot.pause()
                await pilot.press(*"{tag}%d" % i, "enter")
                await pilot.pause()
    asyncio.run(main())
""")


def test_two_reader_processes_adding_bookmarks_keep_all_of_them(tmp_path):
    scripts = [_ADDER.format(tests=str(ROOT / "tests"), root=str(ROOT), config=str(tmp_path), count=6, tag=tag)
               for tag in ("a", "b")]
    procs = [subprocess.Popen([sys.executable, "-c", s]) for s in scripts]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    notes = sorted(b["note"] for b in stored(tmp_path))
    assert notes == sorted([f"a{i}" for i in range(6)] + [f"b{i}" for i in range(6)])


def test_concurrent_store_writers_lose_nothing(tmp_path):
    code = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        from tui.store.bookmarks import BookmarkStore, new_bookmark
        from pathlib import Path
        store = BookmarkStore(Path({str(tmp_path / 'bookmarks.json')!r}))
        for i in range(40):
            store.add(new_bookmark(article_sha256="s", article_path=None, article_title="t", start=i, end=i + 1,
                                   text="x", note=sys.argv[1] + str(i)))
    """)
    procs = [subprocess.Popen([sys.executable, "-c", code, tag]) for tag in ("p", "q", "r")]
    assert [p.wait(timeout=60) for p in procs] == [0, 0, 0]
    assert len(stored(tmp_path)) == 120


def test_a_killed_write_leaves_the_previous_file_intact(tmp_path):
    store = BookmarkStore(tmp_path / "bookmarks.json")
    store.add(new_bookmark(article_sha256="s", article_path=None, article_title="t", start=0, end=1, text="x",
                           note="before"))
    before = (tmp_path / "bookmarks.json").read_bytes()
    code = textwrap.dedent(f"""
        import os, signal, sys
        sys.path.insert(0, {str(ROOT)!r})
        from pathlib import Path
        from tui.store.bookmarks import BookmarkStore, new_bookmark
        os.fsync = lambda fd: os.kill(os.getpid(), signal.SIGKILL)  # die in the middle of the write
        store = BookmarkStore(Path({str(tmp_path / 'bookmarks.json')!r}))
        store.add(new_bookmark(article_sha256="s", article_path=None, article_title="t", start=0, end=1,
                               text="y" * 100000, note="during"))
    """)
    result = subprocess.run([sys.executable, "-c", code])
    assert result.returncode == -9
    assert (tmp_path / "bookmarks.json").read_bytes() == before
    assert [b.note for b in BookmarkStore(tmp_path / "bookmarks.json").all()] == ["before"]


def test_bookmark_is_found_again_by_its_text_after_an_edit():
    from tui.store.bookmarks import Bookmark

    text = "Intro.\n\n« Nous soutiendrons l’Ukraine », a déclaré Anna Berg."
    start = text.index("Nous")
    mark = Bookmark(id="1", article_sha256="old", article_path=None, article_title="t", start=start,
                    end=start + 27, text="Nous soutiendrons l’Ukraine")
    assert mark.locate(text) == (start, start + 27)
    edited = "Une introduction plus longue.\n\n" + text[8:]
    start, end = mark.locate(edited)
    assert edited[start:end] == "Nous soutiendrons l’Ukraine"
    assert mark.locate("Tout autre texte.") is None


def test_bookmarks_command_exports_json_and_markdown(tmp_path):
    store = BookmarkStore(StorePaths.resolve(tmp_path).bookmarks_file)
    store.add(new_bookmark(article_sha256="s", article_path=str(MINI), article_title="Sommet de Bruxelles",
                           start=0, end=5, text="Nous soutiendrons l’Ukraine", note="à vérifier", speaker="Anna Berg"))
    result = run_cli("bookmarks", "--format", "json", "--config-dir", str(tmp_path))
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert data["bookmarks"][0]["note"] == "à vérifier"
    md = run_cli("bookmarks", "--format", "markdown", env={"QUOTELENS_CONFIG_DIR": str(tmp_path)}).stdout.decode()
    assert "## Sommet de Bruxelles" in md and "**Anna Berg**" in md and "_à vérifier_" in md
