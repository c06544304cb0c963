"""Small widgets and layout helpers that several parts of the interface share."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScroller,
    QScrollerProperties,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)

from . import theme

# In metres a second: a finger that lets go is never this fast, so the page stops with it.
STILL = 1000.0


class LabelledButton(QPushButton):
    """A button whose text is in labels of its own, laid out inside it, so that it wraps."""

    # The labels inside decide the size; QPushButton would otherwise size for its own text.
    def sizeHint(self) -> QSize:
        return self.layout().sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.layout().minimumSize()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.layout().totalHeightForWidth(width)


class WrappingButton(LabelledButton):
    """A button whose text wraps onto more lines where one line is too narrow for it."""

    def __init__(self, text: str, parent: QWidget | None = None, *,
                 margins: tuple[int, int, int, int] = (8, 6, 8, 6),
                 alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(*margins)
        self.label = QLabel(self)
        # Titles come from content files: text, even where it looks like HTML.
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setText(text)
        self.label.setWordWrap(True)
        self.label.setAlignment(alignment)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout.addWidget(self.label)


class WrappedLabel(QLabel):
    """A word-wrapped label that may be narrower than its place: asked for its height at
    the place's width, it answers for the width it will really have."""

    def heightForWidth(self, width: int) -> int:
        return super().heightForWidth(min(width, self.maximumWidth()))


class ElidingComboBox(QComboBox):
    """A combo box that ends a name too long for it with "…" instead of cutting it off."""

    def shown_text(self) -> str:
        """The current name as it fits the box."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        return self.fontMetrics().elidedText(option.currentText, Qt.TextElideMode.ElideRight,
                                             field.width())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


def enable_kinetic_scrolling(widget: QWidget) -> None:
    """Flick scrolling with a finger; a mouse keeps selecting and clicking as usual. Where
    the desktop asks for less motion, the page follows the finger and stops with it: it
    neither glides on nor bounces at its ends."""
    QScroller.grabGesture(widget, QScroller.ScrollerGestureType.TouchGesture)
    if theme.reduced_motion():
        scroller = QScroller.scroller(widget)
        properties = scroller.scrollerProperties()
        metric = QScrollerProperties.ScrollMetric
        off = QScrollerProperties.OvershootPolicy.OvershootAlwaysOff
        properties.setScrollMetric(metric.HorizontalOvershootPolicy, off)
        properties.setScrollMetric(metric.VerticalOvershootPolicy, off)
        properties.setScrollMetric(metric.MinimumVelocity, STILL)
        scroller.setScrollerProperties(properties)


def disable_kinetic_scrolling(widget: QWidget) -> None:
    QScroller.ungrabGesture(widget)


def layout_widgets(layout: QBoxLayout) -> list[QWidget]:
    """The widgets in ``layout``, in order."""
    return [layout.itemAt(i).widget() for i in range(layout.count())]


def discard_widgets(layout: QBoxLayout) -> None:
    """Take every widget out of ``layout`` at once and let it go: deleted only when the
    event loop runs, it would otherwise stay in the layout until then."""
    while layout.count():
        widget = layout.takeAt(0).widget()
        widget.hide()
        widget.deleteLater()
