"""Cores and threads: `--cpus N` really moves every thread of the process; the thread counts fit."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.core.speech.cores import ThreadPlan, thread_plan

ROOT = Path(__file__).resolve().parents[3]
linux_with_two_cores = pytest.mark.skipif(
    not hasattr(os, "sched_setaffinity") or len(os.sched_getaffinity(0)) < 2,
    reason="needs Linux and at least two cores to limit",
)


def test_the_two_libraries_never_ask_for_more_threads_than_cores_on_a_small_machine() -> None:
    assert thread_plan(1) == ThreadPlan(1, whisper=1, llama=1)
    assert thread_plan(2) == ThreadPlan(2, whisper=1, llama=2)
    for cores in range(3, 65):
        plan = thread_plan(cores)
        assert plan.whisper + plan.llama <= cores and plan.whisper >= 1 and plan.llama >= 1, plan
    assert thread_plan(16) == ThreadPlan(16, whisper=4, llama=8)


def _run(code: str) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                         env=env, cwd=ROOT, timeout=120)  # fmt: skip
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


@linux_with_two_cores
def test_limiting_the_cores_moves_threads_already_running_and_those_started_later() -> None:
    result = _run("""
        import json, os, threading
        from pathlib import Path
        from app.core.speech.cores import available_cores, limit_cores, thread_plan
        stop = threading.Event()
        early = threading.Thread(target=stop.wait)  # like a pool a library started at import
        early.start()
        used = limit_cores(1)
        late = threading.Thread(target=stop.wait)
        late.start()
        tasks = {p.name: sorted(os.sched_getaffinity(int(p.name))) for p in Path("/proc/self/task").iterdir()}
        stop.set()
        print(json.dumps({"used": used, "tasks": tasks, "cores": available_cores(),
                          "plan": thread_plan().whisper + thread_plan().llama}))
    """)
    used = result["used"]
    assert isinstance(used, list) and len(used) == 1
    tasks = result["tasks"]
    assert isinstance(tasks, dict) and len(tasks) >= 3  # main, early, late
    assert all(cores == used for cores in tasks.values()), tasks
    assert result["cores"] == 1 and result["plan"] == 2  # one thread each: nothing more to give


@linux_with_two_cores
def test_bench_cpus_runs_the_speech_benchmark_on_that_many_cores() -> None:
    # The benchmark is stopped where it starts building the replay: after the cores are set,
    # before any model loads. Every thread the process has then runs on one core.
    result = _run("""
        import json, os
        from pathlib import Path
        from app import cli
        from app.core.bench import speech
        seen = {}
        def stop(clips, seconds):
            seen.update({p.name: sorted(os.sched_getaffinity(int(p.name)))
                         for p in Path("/proc/self/task").iterdir()})
            raise speech.AudioFileError("stopped before the benchmark")
        speech.Replay.build = stop
        code = cli.main(["bench", "--speech", "--cpus", "1"])
        print(json.dumps({"code": code, "seen": seen}))
    """)
    seen = result["seen"]
    assert result["code"] == 2 and isinstance(seen, dict) and seen
    assert all(len(cores) == 1 for cores in seen.values()), seen


def test_bench_cpus_out_of_range_is_refused_with_a_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    from app import cli

    before = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    assert cli.main(["bench", "--speech", "--cpus", "0"]) == 2
    err = capsys.readouterr().err
    assert "cores" in err and "Traceback" not in err, err
    if before is not None:
        assert os.sched_getaffinity(0) == before  # nothing changed in this process


def test_bench_asr_threads_below_zero_is_refused_with_a_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    from app import cli

    with pytest.raises(SystemExit) as refused:  # refused as the command line is read, like --threads
        cli.main(["bench", "--speech", "--asr-threads", "-1"])
    assert refused.value.code == 2
    err = capsys.readouterr().err
    assert "--asr-threads" in err and "Traceback" not in err, err
