"""The presenter zooms and points from the console's pane; the audience sees it at the same photo point."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from pytestqt.qtbot import QtBot

from viewer.gui.views.audience.mainwindow import MainWindow
from viewer.gui.views.presenter.console import PresenterConsole

TIMEOUT = 10000


@pytest.fixture
def pane_shown(qtbot: QtBot, window: MainWindow, presenting: PresenterConsole) -> PresenterConsole:
    """Presenter view with the photo painted in the room and in the console's pane."""
    qtbot.waitUntil(lambda: window.photo_view.shown_index == 2 and presenting.current_view.image is not None)
    return presenting


def test_the_pointer_moved_on_the_console_is_at_the_same_photo_point_for_the_audience(
    qtbot: QtBot, window: MainWindow, pane_shown: PresenterConsole
) -> None:
    presenting = pane_shown
    pane, audience, pointer = presenting.current_view, window.photo_view, window.presentation.pointer
    qtbot.keyClick(presenting, Qt.Key.Key_L)
    spot = QPoint(pane.width() * 2 // 5, pane.height() * 3 // 5)
    qtbot.mouseMove(pane, spot)
    qtbot.waitUntil(lambda: pointer.position is not None)
    point = pointer.position
    assert point is not None
    size = audience.photo_size
    assert size is not None and size == pane.photo_size
    # The same share of the photo across and down, in each view's own fitted photo.
    pane_frame, audience_frame = pane.photo_frame(), audience.photo_frame()
    assert pane_frame is not None and audience_frame is not None
    assert pane_frame.to_area(point) == pytest.approx((spot.x(), spot.y()), abs=1)
    on_audience = audience_frame.to_area(point)
    share_pane = ((spot.x() - pane_frame.left) / (size[0] * pane_frame.scale),)
    share_audience = ((on_audience[0] - audience_frame.left) / (size[0] * audience_frame.scale),)
    assert share_pane == pytest.approx(share_audience, abs=1e-6)
    shot = audience.grab().toImage()
    dot = shot.pixelColor(round(on_audience[0]), round(on_audience[1]))
    assert dot.red() > 200 and dot.green() < 80  # the room sees the red dot there
    qtbot.mouseMove(presenting.notes, QPoint(5, 5))  # off the pane: the dot goes
    qtbot.waitUntil(lambda: pointer.position is None)


def test_the_console_zooms_and_pans_what_the_audience_sees(
    qtbot: QtBot, window: MainWindow, pane_shown: PresenterConsole
) -> None:
    presenting = pane_shown
    pane, audience, zoom = presenting.current_view, window.photo_view, window.presentation.zoom
    spot = QPoint(pane.width() // 3, pane.height() // 2)
    under = pane.photo_point(QPointF(spot))
    assert under is not None
    qtbot.mouseDClick(pane, Qt.MouseButton.LeftButton, pos=spot)
    assert zoom.active and pane.zoomed and audience.zoomed

    def centre_point(view: object) -> tuple[float, float]:
        frame = view.photo_frame()  # type: ignore[attr-defined]
        box = view.device_box()  # type: ignore[attr-defined]
        return frame.to_photo((box[0] / 2, box[1] / 2))

    assert centre_point(pane) == pytest.approx(centre_point(audience), abs=2)
    before = centre_point(audience)
    qtbot.mousePress(pane, Qt.MouseButton.LeftButton, pos=spot)
    qtbot.mouseMove(pane, spot + QPoint(0, -30))
    qtbot.mouseRelease(pane, Qt.MouseButton.LeftButton, pos=spot + QPoint(0, -30))
    after = centre_point(audience)
    assert after[1] > before[1]  # dragged up on the console: the room sees more of the bottom
    assert centre_point(pane) == pytest.approx(after, abs=2)
    qtbot.keyClick(presenting, Qt.Key.Key_Escape)
    assert not zoom.active and not audience.zoomed
    assert window.isFullScreen()  # Escape left zoom only
