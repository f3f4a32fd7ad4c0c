"""`quotelens analyze` over many articles: order, failures in place, folders, --jobs, Dask."""

from __future__ import annotations

import json

import pytest

from conftest import run_cli

ARTICLES = {
    "a.txt": "« Nous tiendrons jusqu'au bout », a déclaré Jeanne Moreau, maire de Lille.\n",
    "b.md": "La ministre Claire Dubois a affirmé que le budget serait voté en juin.\n",
    "c.txt": "« Rien n'est décidé », a répondu Paul Girard, le porte-parole du syndicat.\n",
}


@pytest.fixture
def folder(sandbox):
    directory = sandbox / "articles"
    directory.mkdir()
    for name, text in ARTICLES.items():
        (directory / name).write_text(text, encoding="utf-8")
    (directory / "notes.pdf").write_bytes(b"%PDF-1.4 not an article")
    return directory


def test_folders_expand_to_their_article_files_sorted(folder):
    from tui.batch import expand_inputs

    listed = expand_inputs([str(folder), "missing.txt"])
    assert [p.rsplit("/", 1)[-1] for p in listed] == ["a.txt", "b.md", "c.txt", "missing.txt"]


def test_json_with_several_files_is_refused_with_a_hint(folder):
    result = run_cli("analyze", str(folder / "a.txt"), str(folder / "c.txt"), "--format", "json")
    assert result.returncode == 2
    assert b"--format jsonl" in result.stderr and result.stderr.count(b"\n") == 1 and result.stdout == b""


def test_jobs_must_be_positive(folder):
    result = run_cli("analyze", str(folder), "--format", "jsonl", "--jobs", "0")
    assert result.returncode == 2 and b"--jobs" in result.stderr and b"Traceback" not in result.stderr


def test_only_failures_print_error_documents_without_loading_a_model(sandbox):
    result = run_cli("analyze", str(sandbox / "gone.txt"), str(sandbox), "--format", "jsonl")
    assert result.returncode == 1
    lines = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert lines == [{"source": {"path": str(sandbox / "gone.txt")}, "error": f"{sandbox / 'gone.txt'}: no such file"}]


@pytest.mark.spacy
def test_jsonl_keeps_order_puts_a_failure_in_place_and_uses_two_processes(folder):
    broken = folder.parent / "broken.txt"
    broken.write_bytes(b"\x00\x01" * 50)
    result = run_cli("analyze", str(folder / "c.txt"), str(broken), str(folder), "--format", "jsonl", "--jobs", "2")
    assert result.returncode == 1, result.stderr
    documents = [json.loads(line) for line in result.stdout.decode().splitlines()]
    paths = [d["source"]["path"].rsplit("/", 1)[-1] for d in documents]
    assert paths == ["c.txt", "broken.txt", "a.txt", "b.md", "c.txt"]
    assert "binary file" in documents[1]["error"] and "schema" not in documents[1]
    speakers = [[q["speaker"]["name"] for q in d["quotes"] if q["speaker"]] for d in documents if "error" not in d]
    assert speakers == [["Paul Girard"], ["Jeanne Moreau"], ["Claire Dubois"], ["Paul Girard"]]
    # the same documents as one article at a time
    single = json.loads(run_cli("analyze", str(folder / "a.txt"), "--format", "json").stdout)
    assert documents[2]["quotes"] == single["quotes"]


@pytest.mark.spacy
def test_dask_local_cluster_runs_the_same_function(folder):
    distributed = pytest.importorskip("dask.distributed")
    from tui.batch import expand_inputs, run_dask, run_local

    paths = expand_inputs([str(folder)])
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        documents = list(run_dask(paths, cluster.scheduler_address, use_cache=False))
        workers = len(cluster.workers)
    assert workers == 2
    assert [d["source"]["path"] for d in documents] == paths
    local = list(run_local(paths, jobs=1, use_cache=False))
    assert [d["quotes"] for d in documents] == [d["quotes"] for d in local]


def test_dask_address_that_answers_nothing_is_one_line(folder):
    pytest.importorskip("dask.distributed")
    result = run_cli("analyze", str(folder), "--format", "jsonl", "--dask", "tcp://127.0.0.1:9")
    assert result.returncode == 1
    assert result.stderr.decode().startswith("quotelens: cannot reach the Dask scheduler")
    assert result.stderr.count(b"\n") == 1


class _Finished:
    def __init__(self, path: str) -> None:
        self.path = path

    def to_json(self) -> dict:
        return {"source": {"path": self.path}, "quotes": []}


@pytest.fixture
def one_runaway_article(folder, monkeypatch):
    """`analyse_article` loops forever on b.md and answers at once for the others (no spaCy)."""
    import tui.analysis

    def analyse_article(article, use_cache=True):
        if article.location.endswith("b.md"):
            while True:
                pass
        return _Finished(article.location)

    monkeypatch.setattr(tui.analysis, "analyse_article", analyse_article)
    from tui.batch import expand_inputs

    return expand_inputs([str(folder)])


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_analysis_past_its_time_limit_is_an_error_in_its_place_and_the_batch_goes_on(one_runaway_article, jobs):
    from tui.batch import run_local

    documents = list(run_local(one_runaway_article, jobs=jobs, use_cache=False, time_limit=0.5))
    assert [d["source"]["path"] for d in documents] == one_runaway_article
    assert "error" not in documents[0] and "error" not in documents[2]
    assert documents[1]["error"].startswith(one_runaway_article[1] + ": analysis stopped after 0.5 s")


@pytest.mark.parametrize("value", ["-1", "soon", "nan"])
def test_time_limit_must_be_a_number_of_seconds(folder, value):
    result = run_cli("analyze", str(folder), "--format", "jsonl", "--time-limit", value)
    assert result.returncode == 2 and b"--time-limit" in result.stderr and b"Traceback" not in result.stderr


@pytest.mark.spacy
def test_an_analysis_past_a_short_time_limit_fails_in_one_line_and_the_model_load_is_not_counted(sandbox):
    paragraph = ("« Nous tiendrons jusqu'au bout », a déclaré Jeanne Moreau, maire de Lille, devant le conseil. "
                 "La ministre Claire Dubois a affirmé que le budget serait voté en juin.\n\n")
    long_one = sandbox / "long.txt"
    long_one.write_text(paragraph * 400, encoding="utf-8")  # about 75 KB: several seconds of analysis
    short_one = sandbox / "short.txt"
    short_one.write_text(paragraph, encoding="utf-8")
    one = run_cli("analyze", str(long_one), "--format", "json", "--time-limit", "1", "--no-cache")
    assert one.returncode == 1 and one.stdout == b""
    assert one.stderr.decode().startswith("quotelens: analysis stopped after 1 s") and one.stderr.count(b"\n") == 1
    batch = run_cli("analyze", str(long_one), str(short_one), "--format", "jsonl", "--time-limit", "1",
                    "--no-cache", "--jobs", "1")
    documents = [json.loads(line) for line in batch.stdout.decode().splitlines()]
    assert batch.returncode == 1 and len(documents) == 2
    assert "time limit" in documents[0]["error"]
    # the model (5-7 s to load) was loaded before the clock started: the short article fits
    assert [q["speaker"]["name"] for q in documents[1]["quotes"] if q["speaker"]] == ["Jeanne Moreau", "Claire Dubois"]
