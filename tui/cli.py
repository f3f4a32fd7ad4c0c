"""Command line: `quotelens [FILE]` opens the reader; `analyze` and `bookmarks` print.

Every bad input ends with one line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Sequence

from tui import __version__
from tui.errors import QuotelensError

EXIT_USAGE = 2
EXIT_INPUT = 1


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config-dir", metavar="DIR",
                        help="where bookmarks and reading positions live (default: the user config dir; "
                             "env QUOTELENS_CONFIG_DIR)")


def reader_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quotelens",
        description="Read a news article and see who said what. "
                    "Other commands: `quotelens analyze FILE`, `quotelens feed URL_OR_FILE`, "
                    "`quotelens feeds [add|remove|list]`, `quotelens bookmarks`.",
    )
    parser.add_argument("file", nargs="?", help="article: a text, Markdown or HTML file, a web address "
                                                "(https://…), or - for stdin; default: the bundled sample article")
    parser.add_argument("--no-cache", action="store_true", help="analyse again even if a cached analysis exists")
    parser.add_argument("--refresh", action="store_true",
                        help="fetch a web page again instead of opening the copy kept from last time")
    parser.add_argument("--version", action="version", version=f"quotelens {__version__}")
    _common(parser)
    return parser


def analyze_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quotelens analyze", description="Print who said what in one article, or in many (--format jsonl).")
    parser.add_argument("files", nargs="*", metavar="FILE",
                        help="articles (text, Markdown or HTML files, web addresses), folders of articles, "
                             "or - for stdin; default: the bundled sample")
    parser.add_argument("--format", choices=("json", "jsonl", "text", "csv", "markdown"), default="text",
                        help="json: one document; jsonl: one document per article, one per line; text: a report; "
                             "csv / markdown: the claims, for a spreadsheet or a note (one article)")
    parser.add_argument("--jobs", "-j", type=_positive_int, metavar="N",
                        help="analysis processes for several articles (default: the number of cores)")
    parser.add_argument("--dask", metavar="ADDRESS",
                        help="run the analyses on a Dask cluster (scheduler address, e.g. tcp://host:8786)")
    parser.add_argument("--no-cache", action="store_true", help="do not read or write the analysis cache")
    parser.add_argument("--time-limit", type=_seconds, metavar="SECONDS",
                        help="stop an article's analysis after this long and go on with the next "
                             "(default: 60 s plus 0.5 s per KB of text, the model's load not counted; 0: no limit)")
    parser.add_argument("--refresh", action="store_true",
                        help="fetch web pages again instead of reading the copies kept from last time")
    parser.add_argument("--engine-only", action="store_true",
                        help="the engine's attributions alone, without your corrections")
    _common(parser)
    return parser


def _seconds(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}") from None
    if number < 0 or number != number or number == float("inf"):
        raise argparse.ArgumentTypeError("must be 0 (no limit) or more")
    return number


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return number


def bookmarks_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="quotelens bookmarks", description="List your bookmarks.")
    parser.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    _common(parser)
    return parser


def corrections_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quotelens corrections",
        description="Every correction you made to an attribution (article, quote, engine's speaker, yours, date).")
    parser.add_argument("--format", choices=("text", "json", "csv"), default="text")
    _common(parser)
    return parser


def feed_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="quotelens feed",
                                     description="List a feed's entries (RSS or Atom); enter reads one.")
    parser.add_argument("source", metavar="URL_OR_FILE", help="the feed's address, or a feed file")
    parser.add_argument("--no-cache", action="store_true", help="analyse again even if a cached analysis exists")
    _common(parser)
    return parser


def feeds_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quotelens feeds", description="Your subscribed feeds. With no command: every subscribed feed's "
                                            "entries in one list, newest first.")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    add = commands.add_parser("add", help="subscribe to a feed (it is fetched once to check it)")
    add.add_argument("url", metavar="URL")
    remove = commands.add_parser("remove", help="unsubscribe")
    remove.add_argument("url", metavar="URL")
    listing = commands.add_parser("list", help="print the subscriptions")
    listing.add_argument("--format", choices=("text", "json"), default="text")
    for command in (add, remove, listing):  # `feeds add URL --config-dir D` as well as `feeds --config-dir D add URL`
        command.add_argument("--config-dir", metavar="DIR", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    parser.add_argument("--no-cache", action="store_true", help="analyse again even if a cached analysis exists")
    _common(parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in ("analyze", "analyse"):
            return run_analyze(analyze_parser().parse_args(argv[1:]))
        if argv and argv[0] == "bookmarks":
            return run_bookmarks(bookmarks_parser().parse_args(argv[1:]))
        if argv and argv[0] == "corrections":
            return run_corrections(corrections_parser().parse_args(argv[1:]))
        if argv and argv[0] == "feed":
            return run_feed(feed_parser().parse_args(argv[1:]))
        if argv and argv[0] == "feeds":
            return run_feeds(feeds_parser().parse_args(argv[1:]))
        return run_reader(reader_parser().parse_args(argv))
    except QuotelensError as exc:
        print(f"quotelens: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `quotelens analyze … | head`: the reader went away; that is not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def run_analyze(args: argparse.Namespace) -> int:
    from tui import batch

    paths = batch.expand_inputs(args.files)
    several = bool(args.files) and (len(args.files) > 1 or len(paths) != 1 or paths != args.files)
    if args.files and not paths:
        raise QuotelensError(f"{', '.join(args.files)}: no article files (.txt, .md, .html) found")
    if several and args.format in ("csv", "markdown"):
        print(f"quotelens: --format {args.format} takes one article; use --format jsonl for several",
              file=sys.stderr)
        return EXIT_USAGE
    if args.format == "jsonl" or (several and args.format == "text") or args.dask:
        return _run_batch(args, paths or [str(_sample())])
    if several:
        print("quotelens: several articles need --format jsonl (one JSON document per line)", file=sys.stderr)
        return EXIT_USAGE
    return _analyze_one(args, paths[0] if paths else None)


def _sample():
    from tui.article import sample_path

    return sample_path()


def _run_batch(args: argparse.Namespace, paths: list[str]) -> int:
    from tui import batch

    use_cache = not args.no_cache
    as_lines = args.format == "jsonl"
    if args.dask:
        documents = batch.run_dask(paths, args.dask, use_cache, as_lines=as_lines, time_limit=args.time_limit)
    else:
        jobs = 1 if "-" in paths else (args.jobs or batch.default_jobs())
        documents = batch.run_local(paths, jobs, use_cache, as_lines=as_lines, time_limit=args.time_limit)
    if args.format == "text":
        return _print_reports(documents)
    failures = batch.write_jsonl(documents, total=len(paths))
    return EXIT_INPUT if failures else 0


def _print_reports(documents) -> int:
    from rich.console import Console

    from tui.analysis.model import Analysis
    from tui.report import print_report

    console = Console(highlight=False)
    failures = 0
    for number, document in enumerate(documents):
        if "error" in document:
            print(f"quotelens: {document['error']}", file=sys.stderr)
            failures += 1
            continue
        if number:
            console.rule()
        print_report(None, Analysis.from_json(document), console)
    return EXIT_INPUT if failures else 0


def _analyze_one(args: argparse.Namespace, path: str | None) -> int:
    from tui import article as article_module
    from tui.analysis import analyse_within
    from tui.analysis.time_limit import default_limit

    article = article_module.load(path, refresh=args.refresh)
    seconds = default_limit(len(article.text)) if args.time_limit is None else args.time_limit
    try:
        analysis = analyse_within(article, seconds, use_cache=not args.no_cache)
    except RuntimeError as exc:  # the model is missing or broken
        raise QuotelensError(str(exc)) from None
    if not args.engine_only:
        analysis = _with_corrections(analysis, article, args.config_dir)
    if args.format == "json":
        json.dump(analysis.to_json(), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    elif args.format in ("csv", "markdown"):
        from tui import export

        if args.format == "csv":
            sys.stdout.write(export.to_csv(analysis))
        else:
            source = article.location or "<stdin>"
            sys.stdout.write(export.to_markdown(analysis, article.title or article.name, source))
    else:
        from tui.report import print_report

        print_report(article, analysis)
    return 0


def _with_corrections(analysis, article, config_dir: str | None):
    """The reader's corrections of this article, as every export shows them."""
    from tui.corrections import apply_corrections
    from tui.store.corrections import CorrectionStore
    from tui.store.paths import StorePaths

    store = CorrectionStore(StorePaths.resolve(config_dir).corrections_file)
    if not store.file.path.exists():
        return analysis
    return apply_corrections(analysis, store.for_article(article.sha256, article.location), article.text)


def run_bookmarks(args: argparse.Namespace) -> int:
    from tui.store.export import print_bookmarks
    from tui.store.paths import StorePaths

    print_bookmarks(StorePaths.resolve(args.config_dir), args.format)
    return 0


def run_corrections(args: argparse.Namespace) -> int:
    from tui.store.corrections import ROW_COLUMNS, CorrectionStore
    from tui.store.paths import StorePaths

    store = CorrectionStore(StorePaths.resolve(args.config_dir).corrections_file)
    corrections = store.all()
    for warning in store.warnings:
        print(f"quotelens: {warning}", file=sys.stderr)
    rows = [c.as_row() for c in corrections]
    if args.format == "json":
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    elif args.format == "csv":
        import csv

        writer = csv.DictWriter(sys.stdout, fieldnames=ROW_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows({**r, "not_reported_speech": "yes" if r["not_reported_speech"] else "no"} for r in rows)
    else:
        for r in rows:
            after = "not reported speech" if r["not_reported_speech"] else r["corrected_speaker"]
            print(f"{r['date'][:10]}  {r['article']}: « {' '.join(r['quote'].split())[:70]} »  "
                  f"{r['engine_speaker'] or '(unattributed)'} → {after}")
        if not rows:
            print("No corrections yet: press a on a quote in the reader to correct its speaker", file=sys.stderr)
    return 0


def run_feed(args: argparse.Namespace) -> int:
    from tui.web.feeds import load_feed

    feed = load_feed(args.source)  # fetched here first: a bad feed is one line, not an empty screen
    return _open_feeds([args.source], feed.title, args)


def run_feeds(args: argparse.Namespace) -> int:
    from tui.store.feeds import Subscriptions
    from tui.store.jsonfile import StoreError
    from tui.store.paths import StorePaths

    subscriptions = Subscriptions(StorePaths.resolve(args.config_dir).feeds_file)
    try:
        if args.command == "add":
            from tui.web.feeds import load_feed
            from tui.web.fetch import is_url

            if not is_url(args.url):
                raise QuotelensError(f"{args.url}: a subscription is a web address (http:// or https://)")
            feed = load_feed(args.url)
            added = subscriptions.add(args.url, feed.title)
            print(f"{'Subscribed to' if added else 'Already subscribed to'} {feed.title} "
                  f"({len(feed.entries)} entries)")
            return 0
        if args.command == "remove":
            if not subscriptions.remove(args.url):
                raise QuotelensError(f"{args.url}: not subscribed (see `quotelens feeds list`)")
            print(f"Unsubscribed from {args.url}")
            return 0
    except StoreError as exc:
        raise QuotelensError(f"subscriptions not saved: {exc}") from None
    feeds = subscriptions.all()
    for warning in subscriptions.warnings:
        print(f"quotelens: {warning}", file=sys.stderr)
    if args.command == "list":
        if args.format == "json":
            json.dump([{"url": f.url, "title": f.title, "added": f.added} for f in feeds], sys.stdout,
                      ensure_ascii=False, indent=1)
            sys.stdout.write("\n")
        else:
            for feed in feeds:
                print(f"{feed.title or '(untitled)'}\t{feed.url}")
            if not feeds:
                print("No subscriptions yet: `quotelens feeds add URL`", file=sys.stderr)
        return 0
    if not feeds:
        raise QuotelensError("no subscriptions yet; add a feed with `quotelens feeds add URL`")
    return _open_feeds([f.url for f in feeds], "All feeds", args)


def _open_feeds(sources: list[str], title: str, args: argparse.Namespace) -> int:
    from tui.app.reader import ReaderApp
    from tui.store.paths import StorePaths

    app = ReaderApp(store_paths=StorePaths.resolve(args.config_dir), use_cache=not args.no_cache,
                    feeds=sources, feeds_title=title)
    app.run()
    return app.return_code or 0


def run_reader(args: argparse.Namespace) -> int:
    from tui import article as article_module

    article = article_module.load(args.file, refresh=args.refresh)
    if args.file == "-":
        # the article came on stdin: the terminal is needed again for the keyboard
        _reopen_tty_stdin()
    from tui.app.reader import ReaderApp
    from tui.store.paths import StorePaths

    app = ReaderApp(article, store_paths=StorePaths.resolve(args.config_dir), use_cache=not args.no_cache)
    app.run()
    return app.return_code or 0


def _reopen_tty_stdin() -> None:
    try:
        tty = os.open("/dev/tty", os.O_RDONLY)
    except OSError:
        raise QuotelensError("reading the article from stdin needs a terminal for the reader; "
                             "use `quotelens analyze -` to print instead") from None
    os.dup2(tty, 0)
    os.close(tty)
