"""A worker's result sent after its receiver is gone is dropped, not emitted on a deleted object."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from viewer.gui.show.relay import Relay


class _Done(Relay):
    done = Signal(int)


def test_a_relay_sends_until_its_parent_goes_then_drops(qtbot: QtBot) -> None:
    owner = QObject()
    relay = _Done(owner)
    got: list[int] = []
    relay.done.connect(got.append)
    with qtbot.waitSignal(relay.done):
        sent = []
        worker = threading.Thread(target=lambda: sent.append(relay.send("done", 1)))
        worker.start()
        worker.join()
    assert sent == [True] and got == [1]
    Shiboken.delete(owner)  # the relay goes with it, as when a window is closed
    assert not Shiboken.isValid(relay)
    late: list[bool] = []
    worker = threading.Thread(target=lambda: late.append(relay.send("done", 2)))
    worker.start()
    worker.join()
    assert late == [False] and got == [1]
