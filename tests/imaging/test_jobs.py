"""The job queue: most urgent first, stale work withdrawn, failures survived.

Each test holds the single worker on a threading.Event, queues work behind it,
then lets go, so the order jobs run in is decided by the queue and not by luck.
Nothing sleeps: every wait has a timeout and is on an event or ``wait_idle``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Hashable, Iterator

import pytest

from viewer.imaging.jobs import JobQueue, Stopped

TIMEOUT = 5.0


class Gate:
    """A job that holds its worker until :meth:`open` is called."""

    def __init__(self) -> None:
        self.entered = threading.Event()
        self._released = threading.Event()

    def __call__(self) -> None:
        self.entered.set()
        assert self._released.wait(TIMEOUT), "the test never opened the gate"

    def open(self) -> None:
        self._released.set()


@pytest.fixture
def queue() -> Iterator[JobQueue]:
    jobs = JobQueue(1, "test-jobs")
    yield jobs
    jobs.close()
    assert jobs.wait_idle(TIMEOUT)


@pytest.fixture
def gate(queue: JobQueue) -> Iterator[Gate]:
    """The single worker, busy until the test opens the gate."""
    held = Gate()
    queue.submit("gate", held)
    assert held.entered.wait(TIMEOUT)
    yield held
    held.open()


def recorder(ran: list[Hashable]) -> Callable[[Hashable], Callable[[], None]]:
    return lambda key: lambda: ran.append(key)


def test_the_most_urgent_job_runs_first(queue: JobQueue, gate: Gate) -> None:
    ran: list[Hashable] = []
    job = recorder(ran)
    for key, priority in [("low", 1), ("high", 5), ("middle", 3), ("lowest", -2)]:
        assert queue.submit(key, job(key), priority)
    gate.open()
    assert queue.wait_idle(TIMEOUT)
    assert ran == ["high", "middle", "low", "lowest"]


def test_equal_priorities_run_in_the_order_they_came(queue: JobQueue, gate: Gate) -> None:
    ran: list[Hashable] = []
    job = recorder(ran)
    for key in "abcd":
        queue.submit(key, job(key), priority=2)
    gate.open()
    assert queue.wait_idle(TIMEOUT)
    assert ran == list("abcd")


def test_many_jobs_submitted_at_once_run_by_priority_each_key_once(queue: JobQueue, gate: Gate) -> None:
    ran: list[Hashable] = []
    job = recorder(ran)
    queue.submit("waiting", job("waiting"), 2)
    queue.submit_many(
        [("a", job("a"), 1), ("b", job("b"), 7), ("waiting", job("again"), 5), ("a", job("a2"), 0)]
    )
    gate.open()
    assert queue.wait_idle(TIMEOUT)
    assert ran == ["b", "again", "a"]  # a key already waiting is raised, never run twice


def test_withdrawing_a_group_drops_only_its_own_jobs(queue: JobQueue, gate: Gate) -> None:
    ran: list[Hashable] = []
    job = recorder(ran)
    queue.submit_many([(("mine", n), job(("mine", n)), n) for n in range(3)], group="mine")
    queue.submit_many([(("other", n), job(("other", n)), n) for n in range(3)], group="other")
    queue.submit("loose", job("loose"), 9)
    dropped = queue.withdraw(lambda key: key == ("mine", 1), group="mine")
    assert sorted(dropped) == [("mine", 0), ("mine", 2)]  # type: ignore[type-var]
    gate.open()
    assert queue.wait_idle(TIMEOUT)
    assert ran == ["loose", ("other", 2), ("mine", 1), ("other", 1), ("other", 0)]
    assert queue.withdraw(lambda key: False, group="mine") == []  # run jobs leave their group


def test_submit_many_starts_the_workers() -> None:
    ran: list[Hashable] = []
    fresh = JobQueue(2, "test-many")
    try:
        fresh.submit_many([(key, recorder(ran)(key), 0) for key in range(50)])
        assert fresh.wait_idle(TIMEOUT)
        assert sorted(ran) == list(range(50))  # type: ignore[type-var]
    finally:
        fresh.close()


def test_withdrawn_jobs_never_run(queue: JobQueue, gate: Gate) -> None:
    ran: list[Hashable] = []
    job = recorder(ran)
    for index in range(6):
        queue.submit(index, job(index), priority=index)
    dropped = queue.withdraw(lambda key: key in (1, 4))
    assert set(dropped) == {0, 2, 3, 5}
    assert not queue.busy(3)
    assert queue.busy(4)
    gate.open()
    assert queue.wait_idle(TIMEOUT)
    assert ran == [4, 1]


def test_withdraw_leaves_the_running_job_alone(queue: JobQueue, gate: Gate) -> None:
    assert queue.withdraw(lambda key: False) == []
    assert queue.busy("gate")
    gate.open()
    assert queue.wait_idle(TIMEOUT)
    assert not queue.busy("gate")


def test_a_key_already_waiting_is_not_queued_twice(queue: JobQueue, gate: Gate) -> None:
    ran: list[Hashable] = []
    job = recorder(ran)
    assert queue.submit("photo", job("photo"), priority=1)
    assert not queue.submit("photo", job("photo"), priority=1)
    assert not queue.submit("photo", job("photo"), priority=0)
    gate.open()
    assert queue.wait_idle(TIMEOUT)
    assert ran == ["photo"]


def test_submitting_a_waiting_key_again_can_raise_its_priority(queue: JobQueue, gate: Gate) -> None:
    ran: list[Hashable] = []
    job = recorder(ran)
    queue.submit("neighbour", job("neighbour"), priority=1)
    queue.submit("far", job("far"), priority=2)
    queue.submit("neighbour", job("neighbour"), priority=9)  # the person went there
    gate.open()
    assert queue.wait_idle(TIMEOUT)
    assert ran == ["neighbour", "far"]


def test_a_running_key_is_not_queued_again(queue: JobQueue, gate: Gate) -> None:
    assert not queue.submit("gate", lambda: None, priority=99)
    gate.open()
    assert queue.wait_idle(TIMEOUT)


def test_wait_idle_times_out_while_a_job_runs(queue: JobQueue, gate: Gate) -> None:
    assert not queue.wait_idle(0.02)
    gate.open()
    assert queue.wait_idle(TIMEOUT)


def test_wait_idle_returns_at_once_when_the_queue_is_empty(queue: JobQueue) -> None:
    assert queue.wait_idle(0)


def test_a_failing_job_does_not_take_the_worker_down(
    queue: JobQueue, gate: Gate, caplog: pytest.LogCaptureFixture
) -> None:
    ran: list[Hashable] = []

    def broken() -> None:
        raise RuntimeError("decoder exploded")

    queue.submit("broken", broken, priority=5)
    queue.submit("after", recorder(ran)("after"), priority=1)
    with caplog.at_level(logging.ERROR, logger="viewer.imaging.jobs"):
        gate.open()
        assert queue.wait_idle(TIMEOUT)
    assert ran == ["after"]
    assert [record.getMessage() for record in caplog.records] == ["job 'broken' failed"]
    assert caplog.records[0].exc_info is not None
    # The same (single) worker still takes new work.
    done = threading.Event()
    queue.submit("later", done.set)
    assert done.wait(TIMEOUT)


def test_close_drops_waiting_work_and_ends_the_workers(queue: JobQueue, gate: Gate) -> None:
    ran: list[Hashable] = []
    queue.submit("waiting", recorder(ran)("waiting"))
    workers = [thread for thread in threading.enumerate() if thread.name.startswith("test-jobs-")]
    assert workers
    queue.close()
    assert not queue.submit("too late", recorder(ran)("too late"))
    gate.open()  # the running job still finishes
    for worker in workers:
        worker.join(TIMEOUT)
        assert not worker.is_alive()
    assert ran == []


def test_two_workers_run_two_jobs_at_once() -> None:
    jobs = JobQueue(2, "test-pair")
    both = threading.Barrier(2, timeout=TIMEOUT)

    def meet() -> None:
        both.wait()  # breaks the barrier if the two run one after the other

    try:
        jobs.submit("a", meet)
        jobs.submit("b", meet)
        assert jobs.wait_idle(TIMEOUT)
        assert not both.broken
    finally:
        jobs.close()


class Stoppable:
    """A job that waits to be let go on its first run, then does as a decoder does:
    stops if asked, else finishes (noting its key in ``ran``)."""

    def __init__(self, queue: JobQueue, key: Hashable, ran: list[Hashable] | None = None) -> None:
        self.queue, self.key = queue, key
        self.ran = ran if ran is not None else []
        self.started = threading.Event()
        self.runs = 0
        self.stops = 0
        self._go = threading.Event()

    def __call__(self) -> None:
        self.runs += 1
        self.started.set()
        if self.runs == 1:
            assert self._go.wait(TIMEOUT), "the test never let the job go"
        if self.queue.stopping(self.key):
            self.stops += 1
            raise Stopped
        self.ran.append(self.key)

    def go(self) -> None:
        self._go.set()


def test_a_running_job_asked_to_stop_is_dropped(queue: JobQueue) -> None:
    job = Stoppable(queue, "passed")
    queue.submit("passed", job)
    assert job.started.wait(TIMEOUT)
    queue.withdraw(lambda key: False, stop=lambda key: key == "passed")
    job.go()
    assert queue.wait_idle(TIMEOUT)
    assert (job.runs, job.stops, job.ran) == (1, 1, [])


def test_dropped_jobs_never_run_and_a_running_one_stops(queue: JobQueue) -> None:
    ran: list[Hashable] = []
    running = Stoppable(queue, "running", ran)
    queue.submit("running", running)
    assert running.started.wait(TIMEOUT)
    for key in ("gone", "kept", "also gone"):
        queue.submit(key, recorder(ran)(key))
    queue.drop(["gone", "also gone", "running", "never queued"])
    assert not queue.busy("gone")
    assert queue.busy("kept")
    running.go()
    assert queue.wait_idle(TIMEOUT)
    assert ran == ["kept"]
    assert running.stops == 1


def test_a_stopping_job_wanted_again_carries_on(queue: JobQueue) -> None:
    job = Stoppable(queue, "back")
    queue.submit("back", job)
    assert job.started.wait(TIMEOUT)
    queue.withdraw(lambda key: False, stop=lambda key: True)
    assert not queue.submit("back", job)  # the person came back to it before it noticed
    job.go()
    assert queue.wait_idle(TIMEOUT)
    assert (job.runs, job.stops, job.ran) == (1, 0, ["back"])


def test_an_urgent_job_takes_the_worker_and_the_other_runs_again_after(queue: JobQueue) -> None:
    ran: list[Hashable] = []
    thumbnail = Stoppable(queue, "thumbnail", ran)
    queue.submit("thumbnail", thumbnail, priority=1)
    assert thumbnail.started.wait(TIMEOUT)
    queue.submit("photo", recorder(ran)("photo"), priority=100, preempt_below=50)
    assert queue.stopping("thumbnail")
    thumbnail.go()  # it notices and makes way; it starts over once the photo is done
    assert queue.wait_idle(TIMEOUT)
    assert ran == ["photo", "thumbnail"]
    assert (thumbnail.runs, thumbnail.stops) == (2, 1)


def test_preempting_spares_jobs_as_urgent_as_the_newcomer(queue: JobQueue) -> None:
    neighbour = Stoppable(queue, "neighbour")
    queue.submit("neighbour", neighbour, priority=60)
    assert neighbour.started.wait(TIMEOUT)
    queue.submit("photo", lambda: None, priority=100, preempt_below=50)
    assert not queue.stopping("neighbour")
    neighbour.go()
    assert queue.wait_idle(TIMEOUT)
    assert neighbour.ran == ["neighbour"]
