"""How the spine panel shares its room: the picture first, then its caption and the topics
under or beside it, and the controls in one row where their names fit.

A panel wider than tall puts the caption and topics beside the picture; presenting, the
picture fills the panel under one slim row of controls.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QWidget

MARGINS = (12, 12, 12, 12)
PRESENTING_MARGINS = (8, 6, 8, 0)
# Under the text, the picture keeps at least this share of the panel's height, and under it
# there is room for this many topics.
PICTURE_SHARE, TOPICS_KEPT = 0.5, 2
# Beside a picture in a wide panel, the caption and topics take this share of its width.
DETAILS_SHARE, DETAILS_MIN, DETAILS_MAX = 0.4, 240, 420


class Arrangement(QWidget):
    """The spine panel's layout rules; the panel holds the widgets they place."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def view_choice_width(self) -> int:
        """The width the view choice needs for the name it shows (its size hint is for the
        longest name of all)."""
        choice = self.view_choice
        metrics = choice.fontMetrics()
        longest = max((metrics.horizontalAdvance(choice.itemText(i))
                       for i in range(choice.count())), default=0)
        current = metrics.horizontalAdvance(choice.currentText())
        return choice.sizeHint().width() - longest + current

    def _room(self) -> int:
        margins = self.layout().contentsMargins()
        return self.width() - margins.left() - margins.right()

    def _arrange(self) -> None:
        self._fit_controls()
        self._fit_body()
        self._fit_caption()
        self.tools.fit_width(self._tools_room())
        self.overlays.place()

    def _tools_room(self) -> int:
        """Presenting, the tools share the row with the other controls."""
        if not self.presenting:
            return self._room()
        spacing = max(self.controls.spacing(), 6)
        others = (self.view_choice_width() + self._switches_width(spacing)
                  + self.leave_button.sizeHint().width() + 3 * spacing)
        return self._room() - others

    def _switches_width(self, spacing: int) -> int:
        return sum(switch.sizeHint().width() + spacing
                   for switch in (self.affected_switch, self.names_switch)
                   if not switch.isHidden())

    def _fit_controls(self) -> None:
        """The view choice and its switches in one row, and presenting the tools with them;
        the switches under the view choice when the row is too narrow for their names."""
        spacing = max(self.controls.spacing(), 6)
        needed = self.view_choice_width()
        pair = needed + self._switches_width(spacing)
        # The choice may give up the room its longest name would take, never its own name's:
        # beside it, the switches keep their whole names.
        self.view_choice.setMinimumWidth(max(0, min(needed, self._room())))
        self.controls.setDirection(
            QBoxLayout.Direction.LeftToRight if self.presenting or pair <= self._room()
            else QBoxLayout.Direction.TopToBottom)

    def _fit_body(self) -> None:
        """A panel wider than tall has the caption and topics beside the picture, which
        then keeps the panel's height (every view is taller than wide); a narrow one has
        them under it."""
        beside = not self.presenting and self.width() >= self.height() \
            and self.width() >= 2 * DETAILS_MIN
        self.body.setDirection(QBoxLayout.Direction.LeftToRight if beside
                               else QBoxLayout.Direction.TopToBottom)
        if beside:
            self.details.setFixedWidth(max(DETAILS_MIN, min(DETAILS_MAX,
                                                            round(self.width() * DETAILS_SHARE))))
        else:
            self.details.setMinimumWidth(0)
            self.details.setMaximumWidth(16777215)
        under = not beside and not self.presenting
        picture = round(self.height() * PICTURE_SHARE) if under else 140
        self.canvas.setMinimumHeight(picture)
        offered = self.canvas.consultation is None and not self.presenting
        self.topics_area.setVisible(offered)
        line = self.topics_area.line_height(self.font(), self.window().styleSheet())
        room = self.height() - picture - self._chrome_height()
        if under and offered:
            # Room for a few topics is kept whether or not a part is chosen, and however
            # many topics it has, so that the picture never moves under a finger or the
            # pointer, and is drawn once for all topics; more than fit, scroll.
            self.topics_area.setFixedHeight(max(line, min(room, TOPICS_KEPT * line)))
        else:
            self.topics_area.setMinimumHeight(0)
            self.topics_area.setMaximumHeight(16777215)

    def _chrome_height(self) -> int:
        """The panel's height without the picture and the topics."""
        layout = self.layout()
        margins = layout.contentsMargins()
        parts = [self.controls.sizeHint().height(), self.caption.height(),
                 self.region_choice.sizeHint().height()]
        if not self.tools.isHidden():
            parts.append(self.tools.sizeHint().height())
        return (margins.top() + margins.bottom() + sum(parts) + layout.spacing() * len(parts)
                + self.body.spacing() + 2 * self.details.layout().spacing())

    def _fit_caption(self) -> None:
        """Room for two lines, or for the instruction if it needs more at this width and
        text size: the same height whatever the caption says, so the picture never jumps."""
        metrics = self.caption.fontMetrics()
        width = max(1, self.caption.width() if self.caption.isVisible() else self._room())
        needed = metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap,
                                      self._instruction()).height()
        self.caption.setFixedHeight(max(metrics.lineSpacing() * 2, needed) + 4)
