"""The time limit on one analysis: it stops a runaway loop, and only that."""

from __future__ import annotations

import signal
import time

import pytest

from tui.analysis.time_limit import AnalysisTimeout, default_limit, time_limit


def test_a_loop_that_never_ends_is_stopped_with_a_one_line_reason():
    started = time.monotonic()
    with pytest.raises(AnalysisTimeout) as stopped:
        with time_limit(0.3):
            while True:
                pass
    assert 0.25 < time.monotonic() - started < 3
    assert "0.3 s" in str(stopped.value) and "\n" not in str(stopped.value)


def test_work_done_in_time_is_not_interrupted_later_and_the_old_handler_is_back():
    before = signal.getsignal(signal.SIGALRM)
    with time_limit(0.2):
        total = sum(range(1000))
    time.sleep(0.4)  # past the limit: the alarm was cancelled when the block ended
    assert total == 499500 and signal.getsignal(signal.SIGALRM) is before


@pytest.mark.parametrize("seconds", [None, 0])
def test_no_limit_lets_the_work_run_past_any_alarm(seconds):
    with time_limit(seconds):
        time.sleep(0.3)
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_the_default_limit_grows_with_the_text_and_leaves_a_wide_margin():
    # this machine analyses about 0.1 s per KB (1 MB in about 95 s): several times that
    assert default_limit(1_000_000) >= 5 * 95
    assert default_limit(2_000) >= 60
    assert default_limit(2_000_000) > default_limit(1_000_000)
