"""The reader's analysis process: an article past its time limit fails alone, the next is served."""

from __future__ import annotations

import io
import json

from tui.analysis.events import Done, Failed, parse_line


def test_a_runaway_article_is_one_error_event_and_the_next_request_is_answered(monkeypatch, capsys):
    import tui.analysis.engine as engine
    import tui.analysis.nlp as nlp
    import tui.analysis.time_limit as time_limit
    from tui.analysis import worker

    real_analyse = engine.analyse

    def analyse(article, nlp_model=None, progress=None):
        if "boucle" in article.text:
            while True:
                pass
        return real_analyse(article)

    monkeypatch.setattr(engine, "analyse", analyse)
    monkeypatch.setattr(nlp, "load_pipeline", lambda: None)
    monkeypatch.setattr(time_limit, "default_limit", lambda chars: 0.4)
    requests = [
        {"text": "Le maire a dit qu'il resterait. Une boucle sans fin commence ici.", "use_cache": False},
        {"text": "The weather was fine and nobody said anything at all. The town council met on Monday "
                 "and the mayor said that the budget would be voted in June.", "use_cache": False},
    ]
    stdin = io.BytesIO(b"".join(json.dumps(r).encode() + b"\n" for r in requests))
    assert worker.serve(stdin) == 0
    events = [parse_line(line) for line in capsys.readouterr().out.splitlines()]
    ends = [e for e in events if isinstance(e, (Done, Failed))]
    assert [type(e) for e in ends] == [Failed, Done]
    assert ends[0].message.startswith("analysis stopped after 0.4 s")
