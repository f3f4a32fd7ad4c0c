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
