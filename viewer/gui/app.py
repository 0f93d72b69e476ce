"""Start the application: Qt, logging, the error hook, settings, and the window.

Everything logged, Qt's own messages included, goes to a log file under the
platform's log folder (:class:`LogFile`: opened on a worker thread once the
first photo is on screen, holding what came before, and at once for an error). An unexpected
exception is written there with its traceback and shown in a readable dialog
instead of vanishing; the window stays up, because such an error happens inside
one event and the show can go on.
"""

from __future__ import annotations

import argparse
import gc
import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from viewer import __version__, paths
from viewer.gui import KIOSK_PROPERTY, ScreenShape, first_window_box
from viewer.gui.fileopen import TripViewerApplication
from viewer.gui.show.pixels import SCREEN_SCALER
from viewer.imaging.headstart import HeadStart, StoredStrip
from viewer.logfile import LogFile
from viewer.model.pillowwarnings import route_warnings
from viewer.model.settings import Settings, load_settings
from viewer.model.timing import ShowTiming
from viewer.model.trip import Trip

SWITCH_INTERVAL = 0.0002  # seconds; see run()
LOG_AFTER_MS = 200  # the log file opens this long after the first photo is painted

log = logging.getLogger("viewer")
qt_log = logging.getLogger("viewer.qt")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(kind: QtMsgType, context: object, message: str) -> None:
    qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), message)


def report_exception(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> QMessageBox | None:
    """``sys.excepthook``: log the traceback, then tell the person in a dialog; the dialog shown.

    The dialog waits for no one: it is shown beside the show, never run modally
    (``exec()`` would hold the event loop, so a ``--play-once`` show could never end),
    and it belongs to the window on screen, so the app still quits when that window
    closes. A dialog that is open already takes the new error instead of a new one.
    """
    report = "".join(traceback.format_exception(kind, value, tb))
    log.critical("unexpected error\n%s", report)
    app = QApplication.instance()
    if app is None or app.property(KIOSK_PROPERTY):
        return None  # a kiosk has no one to read a dialog: the log has it
    from viewer.gui.widgets.problembox import fit_message, problem_box  # not imported before the photo

    message = str(value) or kind.__name__
    shown = (widget for widget in QApplication.topLevelWidgets() if widget.isVisible() and widget.isWindow())
    parent = QApplication.activeWindow() or next(shown, None)
    box = next(
        (
            widget
            for widget in QApplication.allWidgets()
            if isinstance(widget, QMessageBox) and widget.objectName() == _REPORT and widget.isVisible()
        ),
        None,
    )
    if box is None:
        title = QCoreApplication.translate("Errors", "Trip Viewer: unexpected error")
        box = problem_box(parent, QMessageBox.Icon.Critical, title, message)
        box.setObjectName(_REPORT)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setInformativeText(
            QCoreApplication.translate("Errors", "The show goes on. The details are also in {file}.").format(
                file=paths.log_file()
            )
        )
    box.setText(fit_message(message))
    box.setDetailedText(report)
    box.show()
    return box


_REPORT = "unexpected-error"  # the error dialog's object name, to find one already open


def install_error_handling() -> None:
    """Log to the console and to the log file; route Qt's messages and exceptions there."""
    logging.captureWarnings(True)
    route_warnings()  # Pillow's notes on a damaged photo: logged naming the file, not raw on the console
    root = logging.getLogger()
    if not any(isinstance(handler, LogFile) for handler in root.handlers):
        root.addHandler(LogFile(paths.log_file()))
        if sys.stderr is not None:  # the console too, for warnings and worse
            console = logging.StreamHandler()
            console.setLevel(logging.WARNING)
            console.setFormatter(logging.Formatter("trip-viewer: %(levelname)s: %(message)s"))
            root.addHandler(console)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    qInstallMessageHandler(_qt_message)
    sys.excepthook = report_exception


def open_log_file() -> None:
    """Open the log file that :func:`install_error_handling` set up, writing what it held."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, LogFile):
            handler.open()


def open_log_file_behind() -> threading.Thread:
    """:func:`open_log_file` on a worker thread (returned, started).

    Opening makes the log's folder, opens the file and writes what was held: file
    work, which the UI thread never waits for.
    """
    thread = threading.Thread(target=open_log_file, name="open-log", daemon=True)
    thread.start()
    return thread


def after_first_photo() -> None:
    """The first photo is on screen: what waited so as not to slow the start down.

    The log file opens on a worker thread a moment later, and the garbage collector that ``cli.main`` held off
    during the start runs again, without what the start made: the trip, the
    window, the modules live as long as the show, and a trip of 100,000 photos
    is millions of objects that each full collection would walk, holding the
    interpreter lock the window needs, so they are frozen out of it.
    """
    QTimer.singleShot(LOG_AFTER_MS, open_log_file_behind)  # not beside the first frame's last work
    gc.freeze()
    gc.enable()


def show_fatal_error(title: str, message: str) -> None:
    """A dialog for a start-up error when there is no console to print to."""
    from viewer.gui.widgets.problembox import problem_box

    app = QApplication.instance() or QApplication(sys.argv[:1])
    problem_box(None, QMessageBox.Icon.Critical, title, message).exec()
    del app


def create_application() -> QApplication:
    """The application object: a :class:`TripViewerApplication` unless one of another kind exists."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = TripViewerApplication(sys.argv[:1])
    app.setApplicationName("Trip Viewer")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Trip Viewer")
    app.setDesktopFileName("trip-viewer")
    icon = paths.resources_dir() / "icons" / "trip-viewer.png"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def run(
    trip: Trip,
    args: argparse.Namespace,
    stored_strip: StoredStrip | None = None,
    *,
    head_start: HeadStart | None = None,
    loaded: tuple[Settings, str | None] | None = None,
) -> int:
    """Show ``trip`` as the command line asks and run until the window closes.

    Begun before Qt was imported (``cli.main``): ``stored_strip``, the strip's
    thumbnails being read from the disk cache, and ``head_start``, the first photo
    being decoded for a guessed screen. ``loaded``: the settings and their problem
    as :func:`load_settings` gave them (read here if not given).
    """
    install_error_handling()
    # Workers read files and place strips in Python too; a thread that wants the
    # interpreter lock waits up to this long for its holder to let go, so the UI
    # thread, which takes it back after each call into Qt, would wait 5 ms (the
    # default) a call while a big trip fills, behind each of the workers that wait
    # too. At 0.2 ms its slots stay under the 50 ms a person notices, and the decodes
    # that matter run in Pillow without the lock, so the workers lose almost nothing.
    sys.setswitchinterval(SWITCH_INTERVAL)
    app = create_application()
    settings, problem = loaded or load_settings()
    from viewer.gui.language import apply_language, chosen_language

    apply_language(app, chosen_language(getattr(args, "lang", None), settings.language))
    start = args.start - 1 if args.start is not None else None
    head_start = start_first_decode(app, trip, settings, start, args, head_start)
    # The window's modules are imported only now, while the first photo decodes.
    from viewer.gui.show.persist import SettingsKeeper
    from viewer.gui.show.presentation import Presentation
    from viewer.gui.views.audience.mainwindow import MainWindow

    show = Presentation(SettingsKeeper(settings), head_start=head_start, stored_strip=stored_strip)
    show.timing = ShowTiming(  # the command line's choices, for this run; the settings' otherwise
        seconds=args.autoplay,
        transition=args.transition or show.timing.transition,
        fade_seconds=args.fade or show.timing.fade_seconds,
    )
    window = MainWindow(show)
    # macOS hands a double-clicked manifest over as an event, not in argv.
    if isinstance(app, TripViewerApplication):
        app.fileOpened.connect(window.open_trip)
    if args.screen is not None:
        window.move_to_screen(args.screen)
    if args.kiosk:
        window.start_kiosk(args.screen)
    elif args.fullscreen:
        window.set_full_screen(True)  # shown straight at the screen's size: one layout, one decode box
    else:
        window.show()
    show.set_trip(trip, start)
    if trip.photos:
        window.photo_view.shown.connect(
            lambda _index: after_first_photo(), Qt.ConnectionType.SingleShotConnection
        )
    else:
        after_first_photo()
    if problem:
        window.statusBar().showMessage(problem, 15000)
    if args.presenter or (settings.presenter_with_two_screens and len(app.screens()) >= 2):
        window.presenter.start(args.screen)
    if args.autoplay is not None or args.kiosk:
        show.slideshow.start(loop=args.loop, play_once=args.play_once)
        show.finished.connect(window.close)
    try:
        return app.exec()
    finally:
        if isinstance(app, TripViewerApplication):
            app.fileOpened.disconnect(window.open_trip)  # the application outlives this show


def start_first_decode(
    app: QApplication,
    trip: Trip,
    settings: Settings,
    start: int | None,
    args: argparse.Namespace,
    begun: HeadStart | None = None,
) -> HeadStart | None:
    """The decode of the photo the show opens on, for the window it will open in.

    The window is not built yet, so its size is the screen's (full screen) or the
    window's default size on that screen, less the strip (:func:`first_window_box`).
    ``begun``: the decode ``cli.main`` began for a guessed screen, kept if it is of
    this photo and its box holds this one (its pixels are then enough); otherwise
    the photo is decoded again for the real box. The screen is remembered in
    ``settings`` for the next start's guess.
    """
    if not trip.photos:
        return None
    photo = trip.photos[settings.opening_index(trip.source, len(trip.photos), start)]
    screens = app.screens()
    screen = screens[args.screen] if args.screen is not None and args.screen < len(screens) else None
    screen = screen or app.primaryScreen()
    if screen is None:
        return begun
    geometry, available = screen.geometry(), screen.availableGeometry()
    shape = ScreenShape(
        geometry.width(), geometry.height(), available.width(), available.height(), screen.devicePixelRatio()
    )
    settings.screen = shape.to_settings()
    box = first_window_box(shape, args.fullscreen or args.presenter, settings.strip_visible)
    if begun is not None and begun.path == photo.path and _holds(begun.window_box, box):
        begun.scaler = SCREEN_SCALER
        return begun
    return HeadStart(photo.path, box, SCREEN_SCALER)


def _holds(box: tuple[int, int], inner: tuple[int, int]) -> bool:
    return inner[0] <= box[0] and inner[1] <= box[1]
