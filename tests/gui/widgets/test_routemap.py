"""The route map beside the photo: real coastlines, the route, a dot per photo, a mark following the show."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from tests.gui.conftest import show_trip, write_photo
from tests.photos import exif, photo
from tests.test_importer_gps import HANOI
from viewer.gui import theme
from viewer.gui.commands.registry import Command
from viewer.gui.views.audience.mainwindow import MAP_SHARE, MainWindow
from viewer.gui.widgets.mappaint import MapSizes
from viewer.gui.widgets.routemap import NO_PLACES, RouteMap
from viewer.model.folder import load_trip
from viewer.model.trip import Trip


def drawn(qtbot: QtBot, route_map: RouteMap) -> QImage:
    """The map once its layout and image are in, as the screen shows it."""
    qtbot.waitUntil(lambda: route_map.image is not None and not route_map.stale, timeout=15000)
    assert route_map.wait_drawn()
    qtbot.waitUntil(lambda: route_map.image is not None and not route_map.stale, timeout=15000)
    return route_map.grab().toImage()


def pixel_at(route_map: RouteMap, grabbed: QImage, lat: float, lon: float) -> QColor:
    layout = route_map.layout_shown
    assert layout is not None
    x, y = layout.frame.to_unit(lat, lon)
    frame = route_map.frame_rect()
    assert frame is not None
    ratio = grabbed.devicePixelRatio()
    point = QPoint(
        round((frame.x() + x * frame.width()) * ratio), round((frame.y() + y * frame.height()) * ratio)
    )
    return grabbed.pixelColor(point)


def near(colour: QColor, expected: QColor, slack: int = 12) -> bool:
    return all(abs(a - b) <= slack for a, b in zip(colour.getRgb()[:3], expected.getRgb()[:3], strict=True))


def accent_near(grabbed: QImage, centre: QPointF, reach: float) -> bool:
    """Whether the current photo's yellow mark is drawn within ``reach`` of ``centre``."""
    ratio = grabbed.devicePixelRatio()
    for dy in range(-round(reach), round(reach) + 1, 2):
        for dx in range(-round(reach), round(reach) + 1, 2):
            point = QPoint(round((centre.x() + dx) * ratio), round((centre.y() + dy) * ratio))
            if grabbed.rect().contains(point) and near(grabbed.pixelColor(point), theme.ACCENT, 30):
                return True
    return False


def test_the_sample_trip_opens_with_its_map_beside_the_photo(
    qtbot: QtBot, window: MainWindow, sample_trip: Trip
) -> None:
    show_trip(qtbot, window, sample_trip)
    route_map = window.route_map
    assert route_map.isVisible()
    assert window.menu_actions[Command.MAP].isChecked()
    assert route_map.width() == round(window.width() * MAP_SHARE)
    assert route_map.geometry().left() >= window.photo_view.geometry().right()  # beside, not over the photo
    grabbed = drawn(qtbot, route_map)
    # Real coastlines: the middle of China is land, the East China Sea is sea.
    assert near(pixel_at(route_map, grabbed, 28.0, 112.0), theme.MAP_LAND)
    assert near(pixel_at(route_map, grabbed, 30.0, 125.5), theme.MAP_SEA)
    layout = route_map.layout_shown
    assert layout is not None and layout.route_from_gpx and len(layout.route) > 10
    assert layout.stops[0].name == "Pyongyang"
    assert len(layout.photos) == len(sample_trip.photos)  # every photo a dot


def test_stepping_moves_the_mark_and_draws_nothing_else_again(
    qtbot: QtBot, window: MainWindow, sample_trip: Trip
) -> None:
    show_trip(qtbot, window, sample_trip, start=0)
    route_map = window.route_map
    drawn(qtbot, route_map)
    # The sample's photos all lie between Dong Dang and Hanoi, a blot on the map from
    # Pyongyang: the inset enlarges them, and there the mark moves a long way.
    qtbot.waitUntil(lambda: route_map.inset_rect() is not None, timeout=15000)
    first = route_map.point_of(0, "inset")
    airport = route_map.point_of(11, "inset")  # Noi Bai airport, north of Hanoi
    assert first is not None and airport is not None
    reach = MapSizes(route_map.inset_rect().height()).current  # type: ignore[union-attr]
    assert (airport - first).manhattanLength() > 4 * reach
    assert accent_near(route_map.grab().toImage(), first, reach / 2)
    image, layout, inset = route_map.image, route_map.layout_shown, route_map.inset.image
    window.presentation.go(11)
    qtbot.waitUntil(lambda: accent_near(route_map.grab().toImage(), airport, reach / 2))
    assert not accent_near(route_map.grab().toImage(), first, reach / 2)
    # The step moved the mark only: the same map images, no new layout.
    assert route_map.image is image and route_map.layout_shown is layout and route_map.inset.image is inset


def test_the_inset_frames_the_photos_and_its_box_shows_on_the_whole_map(
    qtbot: QtBot, window: MainWindow, sample_trip: Trip
) -> None:
    show_trip(qtbot, window, sample_trip)
    route_map = window.route_map
    drawn(qtbot, route_map)
    qtbot.waitUntil(lambda: route_map.inset_rect() is not None, timeout=15000)
    inset, whole = route_map.inset.shown, route_map.layout_shown
    assert inset is not None and whole is not None
    assert [stop.name for stop in inset.stops] == ["Dong Dang", "Hanoi"]  # Pyongyang is far off it
    assert len(inset.photos) == len(sample_trip.photos)
    inset_rect, frame = route_map.inset_rect(), route_map.frame_rect()
    assert inset_rect is not None and frame is not None and frame.contains(inset_rect)
    for index in range(len(sample_trip.photos)):  # the inset hides no photo of the whole map
        point = route_map.point_of(index)
        assert point is not None and not inset_rect.contains(point)
    # A click on the inset picks from the inset's dots.
    airport = route_map.point_of(11, "inset")
    assert airport is not None and route_map.photo_at(airport) == 11


def test_clicking_a_dot_goes_to_that_photo(qtbot: QtBot, window: MainWindow, sample_trip: Trip) -> None:
    show_trip(qtbot, window, sample_trip, start=len(sample_trip.photos) - 1)
    route_map = window.route_map
    drawn(qtbot, route_map)
    point = route_map.point_of(0)
    assert point is not None
    assert route_map.photo_at(point) == 0  # of photos at one spot, the first
    qtbot.mouseClick(route_map, Qt.MouseButton.LeftButton, pos=point.toPoint())
    assert window.presentation.current == 0
    assert route_map.photo_at(QPointF(1, 1)) is None  # open sea, far from any dot


def test_m_hides_and_shows_the_map_and_the_photo_takes_the_room(
    qtbot: QtBot, window: MainWindow, sample_trip: Trip
) -> None:
    show_trip(qtbot, window, sample_trip)
    narrow = window.photo_view.width()
    qtbot.keyClick(window, Qt.Key.Key_M)
    assert not window.route_map.isVisible()
    assert not window.menu_actions[Command.MAP].isChecked()
    assert window.keeper.settings.map_visible is False
    qtbot.waitUntil(lambda: window.photo_view.width() > narrow)
    assert window.photo_view.width() == window.width()
    qtbot.keyClick(window, Qt.Key.Key_M)
    assert window.route_map.isVisible() and window.keeper.settings.map_visible


def test_a_trip_without_places_has_no_map_until_asked(
    qtbot: QtBot, window: MainWindow, make_trip: Callable[..., Trip]
) -> None:
    show_trip(qtbot, window, make_trip(3))
    assert not window.route_map.isVisible()
    assert not window.menu_actions[Command.MAP].isChecked()
    qtbot.keyClick(window, Qt.Key.Key_M)  # asked for: it shows, and says why it is empty
    assert window.route_map.isVisible()
    drawn(qtbot, window.route_map)
    layout = window.route_map.layout_shown
    assert layout is not None and not layout.photos and not layout.stops
    assert NO_PLACES.startswith("No places")


def test_a_folder_of_gps_photos_gets_its_map_once_their_gps_is_read(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    places = [(48.8584, "N", 2.2945, "E"), (48.8606, "N", 2.3376, "E"), (48.8530, "N", 2.3499, "E")]
    for index, gps in enumerate(places):  # Paris: the Eiffel Tower, the Louvre, Notre-Dame
        photo(
            tmp_path / f"{index:02d}.jpg",
            size=(320, 200),
            exif_block=exif(taken=f"2024:05:0{index + 1} 12:00:00", gps=gps),
        )
    show_trip(qtbot, window, load_trip(tmp_path))
    qtbot.waitUntil(window.route_map.isVisible, timeout=15000)
    drawn(qtbot, window.route_map)
    qtbot.waitUntil(lambda: len(window.route_map.layout_shown.photos) == 3, timeout=15000)  # type: ignore[union-attr]
    assert window.presentation.has_places


def test_a_broken_route_file_is_told_in_the_banner_and_the_stops_drawn(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    write_photo(tmp_path / "a.jpg", "#808080")
    (tmp_path / "route.gpx").write_text("<gpx><trk><trkseg><trkpt lat='91' lon='0'/>", encoding="utf-8")
    (tmp_path / "trip.yaml").write_text(
        "format: trip-viewer/1\ntitle: T\nroute: route.gpx\n"
        "stops:\n  - {name: Hue, time: 2019-02-26T08:00+07:00, at: [16.46, 107.59]}\n"
        "  - {name: Hoi An, time: 2019-02-26T12:00+07:00, at: [15.88, 108.33]}\n"
        "photos:\n  - {file: a.jpg, time: 2019-02-26T10:00+07:00}\n",
        encoding="utf-8",
    )
    show_trip(qtbot, window, load_trip(tmp_path / "trip.yaml"))
    drawn(qtbot, window.route_map)
    qtbot.waitUntil(window.banner.isVisible)
    assert "route.gpx" in window.banner.text()
    layout = window.route_map.layout_shown
    assert layout is not None and not layout.route_from_gpx and len(layout.route) == 2
    assert layout.photos[0].approximate  # placed on the way from Hue to Hoi An by its time


def test_the_presenter_console_shows_the_map_too(qtbot: QtBot, window: MainWindow, sample_trip: Trip) -> None:
    from viewer.gui.views.presenter.clock import SpeakingClock
    from viewer.gui.views.presenter.console import PresenterConsole

    show_trip(qtbot, window, sample_trip, start=3)
    console = PresenterConsole(window.presentation, SpeakingClock(), lambda event, view: False)
    qtbot.addWidget(console)
    console.show()
    qtbot.waitExposed(console)
    assert console.route_map.isVisible()
    drawn(qtbot, console.route_map)
    point = console.route_map.point_of(3)
    assert point is not None
    assert accent_near(
        console.route_map.grab().toImage(), point, MapSizes(console.route_map.height()).current
    )


@pytest.mark.parametrize("size", [(800, 600), (1900, 1060)])
def test_the_map_is_drawn_again_for_a_new_size(
    qtbot: QtBot, window: MainWindow, sample_trip: Trip, size: tuple[int, int]
) -> None:
    show_trip(qtbot, window, sample_trip)
    route_map = window.route_map
    drawn(qtbot, route_map)
    window.resize(*size)
    qtbot.waitUntil(
        lambda: (
            route_map.image is not None
            and route_map.width() == round(size[0] * MAP_SHARE)
            and route_map.image.deviceIndependentSize().toSize() == route_map.frame_rect().size().toSize()
        ),  # type: ignore[union-attr]
        timeout=15000,
    )
    frame = route_map.frame_rect()
    assert frame is not None
    assert frame.height() == pytest.approx(route_map.height()) or frame.width() == pytest.approx(
        route_map.width()
    )


@pytest.mark.parametrize(
    ("places", "land", "sea"),
    [
        # A trip round the world: the world once, inland Australia land, the Pacific sea.
        ([(48.86, 2.35), (35.68, 139.69), (-33.87, 151.21), (40.71, -74.01)], (-25.0, 134.0), (0.0, -150.0)),
        # Fiji across the antimeridian: one map of the islands, not the world.
        ([(-17.80, 177.42), (-16.58, 179.41), (-16.80, -179.90)], (-17.75, 177.8), (-18.6, 179.7)),
        # Every photo at one spot, the Sydney Opera House: the city's land, the Tasman Sea.
        ([(-33.8568, 151.2153)] * 40, (-33.90, 151.10), (-33.85, 151.35)),
    ],
    ids=["round the world", "across the antimeridian", "all at one spot"],
)
def test_odd_trips_draw_a_sensible_map(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    places: list[tuple[float, float]],
    land: tuple[float, float],
    sea: tuple[float, float],
) -> None:
    lines = ["format: trip-viewer/1", "title: Odd", "photos:"]
    for index, (lat, lon) in enumerate(places):
        write_photo(tmp_path / f"{index:02d}.jpg", "#808080")
        lines.append(f"  - {{file: {index:02d}.jpg, at: [{lat}, {lon}]}}")
    (tmp_path / "trip.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    show_trip(qtbot, window, load_trip(tmp_path / "trip.yaml"))
    route_map = window.route_map
    grabbed = drawn(qtbot, route_map)
    layout = route_map.layout_shown
    assert layout is not None and len(layout.photos) == len(places)
    assert near(pixel_at(route_map, grabbed, *land), theme.MAP_LAND)
    assert near(pixel_at(route_map, grabbed, *sea), theme.MAP_SEA)
    assert route_map.photo_at(route_map.point_of(0)) == 0  # type: ignore[arg-type]


def test_the_photo_panel_says_where_a_photo_was_taken_and_how_that_is_known(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    photo(tmp_path / "hanoi.jpg", size=(320, 200), exif_block=exif(taken="2019:02:26 12:00:00", gps=HANOI))
    (tmp_path / "trip.yaml").write_text(
        "format: trip-viewer/1\ntitle: T\nphotos:\n  - file: hanoi.jpg\n"
        "  - {file: hanoi.jpg, at: [21.0245, 105.849]}\n",
        encoding="utf-8",
    )
    show_trip(qtbot, window, load_trip(tmp_path / "trip.yaml"))
    qtbot.keyClick(window, Qt.Key.Key_I)
    pane = window.photo_info.pane
    qtbot.waitUntil(lambda: "21.0285° N, 105.8542° E" in pane.toPlainText(), timeout=15000)
    assert "POSITION (from the photo's GPS (EXIF))" in pane.toPlainText()
    window.presentation.next()
    qtbot.waitUntil(lambda: "21.0245° N, 105.8490° E" in pane.toPlainText())
    assert "POSITION (from manifest)" in pane.toPlainText()


def test_the_map_waits_for_the_first_photo_to_be_painted(
    qtbot: QtBot, sample_trip: Trip, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reading coastlines beside the first decode would hold up the first photo."""
    from viewer.gui.show import maplayouts
    from viewer.gui.show.persist import SettingsKeeper
    from viewer.gui.show.presentation import Presentation
    from viewer.model.settings import Settings

    main = MainWindow(Presentation(SettingsKeeper(Settings())))
    qtbot.addWidget(main)
    main.resize(1000, 700)
    painted_before: list[bool] = []  # for each layout begun: was the first photo on screen?
    original = maplayouts.lay_out_map

    def lay_out(*args: object, **kwargs: object) -> object:
        painted_before.append(main.photo_view.shown_index >= 0)
        return original(*args, **kwargs)

    monkeypatch.setattr(maplayouts, "lay_out_map", lay_out)
    main.show()
    qtbot.waitExposed(main)
    with qtbot.waitSignal(main.photo_view.shown, timeout=10000):
        main.presentation.set_trip(sample_trip, start=0)
    drawn(qtbot, main.route_map)
    assert painted_before and all(painted_before)
