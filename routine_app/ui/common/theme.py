"""Light, dark and high-contrast themes with large, calm type and a visible focus ring.

Colours live in ``ui.common.colours``; this module applies them: the Fusion style wrapped in
``ThemeStyle`` (check boxes and radio buttons with a 3:1 outline, a 2 px focus ring),
the palette, each toned widget's own small style sheet (``set_tone``; there is no
application-wide sheet) and a base font of at least 12 pt. Applying a theme again (the
system switched to dark, or the user chose another in Settings) recolours every open
window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontDatabase, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QFocusFrame,
    QFrame,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionComplex,
    QWidget,
)

from routine_app.core.settings import Scheme
from routine_app.ui.common.colours import (
    DARK,
    FOCUS_WIDTH,
    HIGH_CONTRAST,
    LIGHT,
    Colours,
    for_palette,
    tone_sheet,
)

MIN_POINT_SIZE = 12.0
FONT_SCALE = 1.2


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def system_wants_high_contrast() -> bool:
    hints = QGuiApplication.styleHints()
    try:
        preference = hints.accessibility().contrastPreference()
    except AttributeError:  # Qt before 6.10
        return False
    return preference == Qt.ContrastPreference.HighContrast


def colours_for(scheme: Scheme) -> Colours:
    """The colours *scheme* stands for now (following the system when it says so)."""
    if scheme is Scheme.SYSTEM:
        if system_wants_high_contrast():
            return HIGH_CONTRAST
        return DARK if system_is_dark() else LIGHT
    return {Scheme.LIGHT: LIGHT, Scheme.DARK: DARK, Scheme.HIGH_CONTRAST: HIGH_CONTRAST}[scheme]


class ThemeStyle(QProxyStyle):
    """Fusion with check boxes and radio buttons outlined at 3:1 and a 2 px focus ring."""

    def __init__(self, colours: Colours) -> None:
        super().__init__(QStyleFactory.create("Fusion"))
        self.colours = colours

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        if metric in (
            QStyle.PixelMetric.PM_FocusFrameHMargin,
            QStyle.PixelMetric.PM_FocusFrameVMargin,
        ):
            return FOCUS_WIDTH + 1
        return super().pixelMetric(metric, option, widget)

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.ControlElement.CE_FocusFrame:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            pen = QPen(QColor(self.colours.focus), FOCUS_WIDTH)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            half = FOCUS_WIDTH / 2
            painter.drawRect(QRectF(option.rect).adjusted(half, half, -half, -half))
            painter.restore()
            return
        super().drawControl(element, option, painter, widget)
        framed = (
            isinstance(widget, QAbstractScrollArea) and widget.frameShape() != QFrame.Shape.NoFrame
        )
        if element == QStyle.ControlElement.CE_ShapedFrame and framed:
            self._outline(option, painter)  # text boxes and lists: a visible edge

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_IndicatorCheckBox:
            self._indicator(option, painter, round_=False)
            return
        if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            self._indicator(option, painter, round_=True)
            return
        super().drawPrimitive(element, option, painter, widget)
        if element == QStyle.PrimitiveElement.PE_FrameLineEdit:
            self._outline(option, painter)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in (QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox):
            self._outline(option, painter)
        elif control == QStyle.ComplexControl.CC_Slider and widget is not None:
            handle = self.subControlRect(control, option, QStyle.SubControl.SC_SliderHandle, widget)
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(QPen(QColor(self.colours.control), 2))
            painter.setBrush(QColor(self.colours.button))
            painter.drawRoundedRect(QRectF(handle).adjusted(1, 1, -1, -1), 3, 3)
            painter.restore()

    def _outline(self, option: QStyleOption, painter: QPainter) -> None:
        """A field's edge at 3:1 against the window (Fusion's is barely darker)."""
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(QPen(QColor(self.colours.control if enabled else self.colours.mid), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
        painter.restore()

    def _indicator(self, option: QStyleOption, painter: QPainter, round_: bool) -> None:
        c = self.colours
        on = bool(option.state & QStyle.StateFlag.State_On)
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
        outline = QColor(c.control if enabled else c.disabled)
        box = QRectF(option.rect).adjusted(1, 1, -1, -1)
        side = min(box.width(), box.height())
        box = QRectF(box.center().x() - side / 2, box.center().y() - side / 2, side, side)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(outline, 2))
        painter.setBrush(QColor(c.highlight if on and enabled else c.base))
        if round_:
            painter.drawEllipse(box)
        else:
            painter.drawRoundedRect(box, 2, 2)
        if on:
            mark = QColor(c.highlighted_text if enabled else c.disabled)
            pen = QPen(mark, 2.2)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.setBrush(mark)
            inner = box.adjusted(side * 0.3, side * 0.3, -side * 0.3, -side * 0.3)
            if round_:
                painter.drawEllipse(inner)
            else:
                x, y, w, h = box.x(), box.y(), box.width(), box.height()
                painter.drawPolyline(
                    [
                        QPointF(x + w * 0.24, y + h * 0.52),
                        QPointF(x + w * 0.43, y + h * 0.72),
                        QPointF(x + w * 0.78, y + h * 0.3),
                    ]
                )
        elif option.state & QStyle.StateFlag.State_NoChange:
            painter.setPen(QPen(outline, 2))
            middle = box.center().y()
            painter.drawLine(QPointF(box.left() + 3, middle), QPointF(box.right() - 3, middle))
        painter.restore()


class FocusRing(QObject):
    """One focus frame that follows the keyboard focus through every window."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.frame: QFocusFrame | None = None
        app.focusChanged.connect(self._moved)

    def _moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or new.focusPolicy() == Qt.FocusPolicy.NoFocus:
            return
        try:
            if self.frame is None or self.frame.parent() is None:
                raise RuntimeError
            self.frame.setWidget(new)
        except RuntimeError:  # the frame went with a closed window: make a new one
            self.frame = QFocusFrame(new)
            self.frame.setWidget(new)


def current_colours(app: QApplication | None = None) -> Colours:
    """The colours of the theme in use (from the application palette)."""
    instance = app or QApplication.instance()
    palette = instance.palette() if isinstance(instance, QApplication) else QPalette()
    return for_palette(palette)


def apply_theme(app: QApplication, scheme: Scheme = Scheme.SYSTEM) -> None:
    """Our style and palette for *scheme*, every toned widget's sheet in its colours, and
    a base font at least 12 pt."""
    colours = colours_for(scheme)
    app.setStyle(ThemeStyle(colours))  # the application owns it and deletes the old one
    if not isinstance(app.property("focusRing"), FocusRing):
        app.setProperty("focusRing", FocusRing(app))
    app.setPalette(colours.palette())
    # Open widgets hear of the new palette now, not at the next turn of the event loop
    # (an application style sheet used to make it so): a page redrawing its own
    # colours on PaletteChange is in the new theme as soon as this returns.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.ApplicationPaletteChange)
    for widget in app.allWidgets():  # widgets built before: their tone in the new colours
        tone = widget.property("tone")
        if isinstance(tone, str) and tone:
            widget.setStyleSheet(tone_sheet(tone, colours))
    # From the system font each time, so applying the theme again never grows the text.
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(max(MIN_POINT_SIZE, size * FONT_SCALE))
    app.setFont(font)


def caution_colours(palette: QPalette) -> tuple[str, str, str]:
    """Background, text and border colours for a caution box that suits *palette*."""
    c = for_palette(palette)
    return c.caution_bg, c.caution_fg, c.caution_border


def error_style() -> str:
    """A field's own style sheet while its value is wrong (the theme's danger colour)."""
    return f"border: 2px solid {current_colours().danger};"


def set_tone(widget: QWidget, tone: str) -> None:
    """Colour *widget* by *tone* (see ``ui.common.colours.tone_sheet``) in the current
    theme; ``apply_theme`` recolours it when the theme changes."""
    widget.setProperty("tone", tone)
    widget.setStyleSheet(tone_sheet(tone, current_colours()))
