"""Patient experiences as cards: the full filterable panel and a strip for topic pages.

A card must look complete with no more than the clinic's page gives (a name and a tag), so
it never shows empty places: the initials avatar stands in for a photo, and quote, outcome
and consent date appear only when the clinic has filled them in.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..content.experiences import Experience, matching
from . import theme
from .article import format_date

TitleFor = Callable[[str], str]

# Soft background, dark initials: calm, and every pair reads at well over 4.5:1.
AVATAR_COLOURS = (
    ("#E3EEF1", "#1E4E5F"),
    ("#E4EFE8", "#2B5A41"),
    ("#F3ECE2", "#6B4A1F"),
    ("#ECE8F2", "#4B3C6B"),
    ("#E7ECF3", "#2D4866"),
)
CARD_MIN_WIDTH = 300  # at 18 px text; scales with the text size
DEFAULT_BODY_PX = 18


def avatar_colours(name: str) -> tuple[str, str]:
    """The same colours for a patient every time, on every machine (no salted hash())."""
    return AVATAR_COLOURS[sum(map(ord, name)) % len(AVATAR_COLOURS)]


class FlowLayout(QLayout):
    """Items side by side, wrapping to the next line when the width runs out."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y, line_height = area.x(), y + line_height + self._spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()


class Avatar(QWidget):
    """The patient's photo in a circle, or else their initials on a calm colour."""

    def __init__(self, experience: Experience, diameter: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("experienceAvatar")
        self.experience = experience
        self.photo = QImage(str(experience.photo)) if experience.photo is not None else QImage()
        self.set_diameter(diameter)

    @property
    def shows_photo(self) -> bool:
        return not self.photo.isNull()

    def set_diameter(self, diameter: int) -> None:
        self.setFixedSize(diameter, diameter)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        circle = QRectF(0.5, 0.5, self.width() - 1, self.height() - 1)
        if self.shows_photo:
            path = QPainterPath()
            path.addEllipse(circle)
            painter.setClipPath(path)
            # Fill the circle, cropping the photo's longer side around its centre.
            scaled = self.photo.scaled(self.size() * self.devicePixelRatioF(),
                                       Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                                       Qt.TransformationMode.SmoothTransformation)
            scaled.setDevicePixelRatio(self.devicePixelRatioF())
            logical = scaled.deviceIndependentSize()
            painter.drawImage(QRectF((self.width() - logical.width()) / 2,
                                     (self.height() - logical.height()) / 2,
                                     logical.width(), logical.height()), scaled)
            return
        background, foreground = avatar_colours(self.experience.name)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawEllipse(circle)
        font = QFont(self.font())
        font.setPixelSize(max(12, round(self.height() * 0.36)))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(foreground))
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.experience.initials)


def _style() -> str:
    c = theme.COLOURS
    return f"""
QFrame#experienceCard {{ background: {c.paper}; border: 1px solid {c.border};
    border-radius: 14px; }}
QFrame#experienceCard QLabel {{ background: transparent; border: none; }}
QLabel#experienceName {{ color: {c.text}; font-weight: bold; }}
QFrame#experienceCard QLabel#experienceTag {{ background: {c.accent_soft}; color: {c.text};
    border-radius: 11px; padding: 3px 12px; }}
QFrame#experienceCard QLabel#experienceQuote {{ color: {c.text}; font-style: italic;
    border-left: 3px solid {c.accent}; padding-left: 12px; }}
QLabel#experienceOutcome {{ color: {c.text}; }}
QLabel#experienceConsent, QLabel#experiencesNote, QLabel#experiencesEmpty {{
    color: {c.muted}; }}
QLabel#experiencesHeading {{ color: {c.text}; font-weight: bold; }}
QLabel#experiencesFilterLabel {{ color: {c.text}; }}
QComboBox#conditionFilter, QComboBox#treatmentFilter {{ background: {c.paper};
    color: {c.text}; border: 1px solid {c.border}; border-radius: 8px;
    padding: 6px 40px 6px 12px; min-height: 34px; }}
QComboBox#conditionFilter:focus, QComboBox#treatmentFilter:focus {{
    border: 2px solid {c.accent}; }}
QComboBox#conditionFilter::drop-down, QComboBox#treatmentFilter::drop-down {{
    border: none; width: 36px; }}
QPushButton#showAllExperiences, QPushButton#allExperiences {{ background: transparent;
    color: {c.accent}; border: 2px solid transparent; text-decoration: underline;
    padding: 6px 8px; text-align: left; }}
QPushButton#showAllExperiences:focus, QPushButton#allExperiences:focus {{
    border: 2px solid {c.accent}; border-radius: 6px; }}
QScrollArea#experiencesScroll, QWidget#experiencesContent {{ background: {c.window};
    border: none; }}
"""


class FilterBox(QComboBox):
    """A combo box in the calm style, with its own chevron.

    A style sheet that draws the box's frame also removes the platform's arrow, and an
    arrow image would be a file to ship; a few painted lines are enough.
    """

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(theme.COLOURS.muted), 2)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        x, y, half = self.width() - 22, self.height() / 2, 5
        painter.drawPolyline([QPointF(x - half, y - half / 2), QPointF(x, y + half / 2),
                              QPointF(x + half, y - half / 2)])


class ExperienceCard(QFrame):
    """One patient: avatar, name, tags, and whatever the patient agreed to share."""

    def __init__(self, experience: Experience, title_for: TitleFor, lang: str = "nl",
                 parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("experienceCard")
        self.setStyleSheet(_style())
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.experience = experience
        self.compact = compact
        self._title_for = title_for
        self._lang = lang
        self._body_px = DEFAULT_BODY_PX

        row = QHBoxLayout(self)
        row.setSpacing(14 if compact else 18)
        row.setContentsMargins(*((16, 14, 16, 14) if compact else (20, 18, 20, 18)))
        self.avatar = Avatar(experience, 48 if compact else 64, self)
        row.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.setSpacing(8)
        row.addLayout(column, 1)
        self.name_label = QLabel(experience.name, self)
        self.name_label.setObjectName("experienceName")
        self.name_label.setWordWrap(True)
        column.addWidget(self.name_label)
        self.tags = FlowLayout(spacing=6)
        column.addLayout(self.tags)
        self.quote_label = self._label("experienceQuote", column)
        self.outcome_label = self._label("experienceOutcome", column)
        self.consent_label = self._label("experienceConsent", column)
        column.addStretch(1)
        self.tag_labels: list[QLabel] = []
        self.refresh()

    def _label(self, name: str, column: QVBoxLayout) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(label)
        return label

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self.refresh()

    def set_text_size(self, body_px: int) -> None:
        self._body_px = body_px
        self.refresh()

    def refresh(self) -> None:
        """Show the texts of the current content language and interface language."""
        experience, lang, body_px = self.experience, self._lang, self._body_px
        small = max(13, round(body_px * 0.85))
        self._set_px(self.name_label, round(body_px * (1.05 if self.compact else 1.15)))
        self.avatar.set_diameter(round(body_px * (2.6 if self.compact else 3.5)))

        titles = [self._title_for(topic_id) for topic_id in experience.tags]
        while len(self.tag_labels) > len(titles):
            tag = self.tag_labels.pop()
            self.tags.removeWidget(tag)
            tag.deleteLater()
        while len(self.tag_labels) < len(titles):
            tag = QLabel(self)
            tag.setObjectName("experienceTag")
            self.tags.addWidget(tag)
            self.tag_labels.append(tag)
        for tag, title in zip(self.tag_labels, titles, strict=True):
            tag.setText(title)
            self._set_px(tag, small)

        quote = experience.quote(lang)
        self.quote_label.setText(self.tr("“{quote}”").format(quote=quote) if quote else "")
        self.quote_label.setVisible(bool(quote))
        self._set_px(self.quote_label, body_px)
        outcome = experience.outcome(lang)
        self.outcome_label.setText(outcome or "")
        self.outcome_label.setVisible(bool(outcome))
        self._set_px(self.outcome_label, body_px)
        consent = experience.consent_date
        self.consent_label.setText(self.tr("Shared with consent, {date}").format(
            date=format_date(consent, lang)) if consent is not None else "")
        self.consent_label.setVisible(consent is not None)
        self._set_px(self.consent_label, small)

        if self.avatar.shows_photo:
            self.avatar.setAccessibleName(self.tr("Photo of {name}").format(name=experience.name))
        else:
            self.avatar.setAccessibleName(self.tr("Initials of {name}").format(
                name=experience.name))
        self.setAccessibleName(self.tr("Experience of {name}").format(name=experience.name))
        self.setAccessibleDescription(" · ".join(
            part for part in (", ".join(titles), quote, outcome) if part))
        self.updateGeometry()

    @staticmethod
    def _set_px(label: QLabel, px: int) -> None:
        font = label.font()
        font.setPixelSize(px)
        label.setFont(font)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)


class _CardGrid(QWidget):
    """Cards in as many equal columns as fit, one column on a narrow or portrait screen."""

    def __init__(self, parent: QWidget | None = None, max_columns: int = 3) -> None:
        super().__init__(parent)
        self.setObjectName("experiencesGrid")
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(16)
        self._max_columns = max_columns
        self._cards: list[ExperienceCard] = []
        self._columns = 0
        self.min_card_width = CARD_MIN_WIDTH

    def set_cards(self, cards: Sequence[ExperienceCard]) -> None:
        for card in self._cards:
            self._grid.removeWidget(card)
        self._cards = list(cards)
        self._columns = 0
        self.relayout(self.width())

    def relayout(self, width: int) -> None:
        spacing = self._grid.spacing()
        columns = max(1, min(self._max_columns,
                             (width + spacing) // (self.min_card_width + spacing)))
        if columns == self._columns:
            return
        self._columns = columns
        for card in self._cards:
            self._grid.removeWidget(card)
        for index, card in enumerate(self._cards):
            # Top-aligned at their own height: a short card is not stretched into an
            # empty box beside a long one.
            self._grid.addWidget(card, index // columns, index % columns,
                                 Qt.AlignmentFlag.AlignTop)
        for column in range(self._max_columns):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)

    @property
    def columns(self) -> int:
        return self._columns

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.relayout(event.size().width())


def _topics(experiences: Sequence[Experience], key: str) -> list[str]:
    """Topic ids used under ``key``, in the order the experiences first mention them."""
    found: dict[str, None] = {}
    for experience in experiences:
        found.update(dict.fromkeys(getattr(experience, key)))
    return list(found)


class ExperiencesPanel(QWidget):
    """Every patient's card, with filters by condition and treatment."""

    filterChanged = Signal(object, object)  # condition id or None, treatment id or None

    def __init__(self, experiences: Sequence[Experience], title_for: TitleFor,
                 parent: QWidget | None = None, lang: str = "nl") -> None:
        super().__init__(parent)
        self.setObjectName("experiencesPanel")
        self.setStyleSheet(_style())
        self.experiences = list(experiences)
        self._title_for = title_for
        self._lang = lang
        self._condition: str | None = None
        self._treatment: str | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("experiencesScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self.scroll)
        content = QWidget(self.scroll)
        content.setObjectName("experiencesContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(32, 28, 32, 32)
        layout.setSpacing(16)

        self.heading = QLabel(content)
        self.heading.setObjectName("experiencesHeading")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.note = QLabel(content)
        self.note.setObjectName("experiencesNote")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)

        # Each filter keeps its label beside it; on a narrow screen the second one wraps.
        filters = FlowLayout(spacing=12)
        self.condition_group, self.condition_label, self.condition_filter = \
            self._filter_group(content, "conditionFilter")
        self.treatment_group, self.treatment_label, self.treatment_filter = \
            self._filter_group(content, "treatmentFilter")
        filters.addWidget(self.condition_group)
        filters.addWidget(self.treatment_group)
        layout.addLayout(filters)

        self.empty = QLabel(content)
        self.empty.setObjectName("experiencesEmpty")
        self.empty.setWordWrap(True)
        self.show_all = QPushButton(content)
        self.show_all.setObjectName("showAllExperiences")
        self.show_all.setCursor(Qt.CursorShape.PointingHandCursor)
        self.show_all.clicked.connect(lambda: self.set_filter(None, None, notify=True))
        empty_row = QHBoxLayout()
        empty_row.addWidget(self.empty)
        empty_row.addWidget(self.show_all)
        empty_row.addStretch(1)
        layout.addLayout(empty_row)

        self.grid = _CardGrid(content)
        layout.addWidget(self.grid)
        layout.addStretch(1)
        self.scroll.setWidget(content)

        self.cards = [ExperienceCard(e, title_for, lang, self.grid) for e in self.experiences]
        self._body_px = DEFAULT_BODY_PX
        self.retranslate()
        self.set_text_size(DEFAULT_BODY_PX)

    def _filter_group(self, parent: QWidget, name: str) -> tuple[QWidget, QLabel, FilterBox]:
        group = QWidget(parent)
        row = QHBoxLayout(group)
        row.setContentsMargins(0, 0, 12, 0)
        row.setSpacing(10)
        label = QLabel(group)
        label.setObjectName("experiencesFilterLabel")
        combo = FilterBox(group)
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.activated.connect(self._filter_chosen)
        label.setBuddy(combo)
        row.addWidget(label)
        row.addWidget(combo)
        return group, label, combo

    # ----- filters --------------------------------------------------------------------------

    @property
    def condition(self) -> str | None:
        return self._condition

    @property
    def treatment(self) -> str | None:
        return self._treatment

    def set_filter(self, condition: str | None, treatment: str | None, *,
                   notify: bool = False) -> None:
        """Show only the patients with this condition and treatment; None means any."""
        self._condition, self._treatment = condition, treatment
        for combo, value in ((self.condition_filter, condition),
                             (self.treatment_filter, treatment)):
            index = combo.findData(value) if value is not None else 0
            combo.setCurrentIndex(max(index, 0))
        self._apply()
        if notify:
            self.filterChanged.emit(condition, treatment)

    def _filter_chosen(self) -> None:
        self.set_filter(self.condition_filter.currentData(), self.treatment_filter.currentData(),
                        notify=True)

    def visible_cards(self) -> list[ExperienceCard]:
        return [card for card in self.cards if not card.isHidden()]

    def _apply(self) -> None:
        shown = matching(self.experiences, self._condition, self._treatment)
        visible = [card for card in self.cards if card.experience in shown]
        for card in self.cards:
            card.setVisible(card in visible)
        self.grid.set_cards(visible)
        nothing = not visible
        self.empty.setVisible(nothing)
        self.show_all.setVisible(nothing and bool(self.experiences))

    # ----- language and size ----------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        """The content language: quotes, outcomes and topic titles follow it."""
        self._lang = lang
        for card in self.cards:
            card.set_language(lang)
        self._fill_filters()

    def set_text_size(self, body_px: int) -> None:
        self._body_px = body_px
        for widget, factor in ((self.heading, 1.75), (self.note, 1.0),
                               (self.condition_label, 1.0), (self.treatment_label, 1.0),
                               (self.condition_filter, 1.0), (self.treatment_filter, 1.0),
                               (self.empty, 1.0), (self.show_all, 1.0)):
            font = widget.font()
            font.setPixelSize(round(body_px * factor))
            widget.setFont(font)
        for card in self.cards:
            card.set_text_size(body_px)
        self.grid.min_card_width = round(CARD_MIN_WIDTH * body_px / DEFAULT_BODY_PX)
        self.grid.set_cards(self.visible_cards())

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Experiences of patients"))
        self.heading.setText(self.tr("Experiences of patients"))
        self.note.setText(self.tr(
            "Every person is different: what one patient experienced may go differently for "
            "you. Your physician can tell you what to expect."))
        self.condition_label.setText(self.tr("Condition:"))
        self.treatment_label.setText(self.tr("Treatment:"))
        self.condition_filter.setAccessibleName(self.tr("Show experiences with this condition"))
        self.treatment_filter.setAccessibleName(self.tr("Show experiences with this treatment"))
        self.empty.setText(self.tr("No experiences match this choice."))
        self.show_all.setText(self.tr("Show all experiences"))
        self.show_all.setAccessibleName(self.tr("Show all experiences"))
        self._fill_filters()

    def _fill_filters(self) -> None:
        for group, combo, key, everything in (
                (self.condition_group, self.condition_filter, "conditions",
                 self.tr("All conditions")),
                (self.treatment_group, self.treatment_filter, "treatments",
                 self.tr("All treatments"))):
            ids = _topics(self.experiences, key)
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for topic_id in ids:
                combo.addItem(self._title_for(topic_id), topic_id)
            combo.blockSignals(False)
            # A filter with nothing to choose from is only noise.
            group.setVisible(bool(ids))
        self.set_filter(self._condition, self._treatment)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class MatchingExperiences(QWidget):
    """The patients with the topic of the page, compact, for the end of that page."""

    allExperiencesRequested = Signal()

    def __init__(self, experiences: Sequence[Experience], title_for: TitleFor,
                 parent: QWidget | None = None, lang: str = "nl") -> None:
        super().__init__(parent)
        self.setObjectName("matchingExperiences")
        self.setStyleSheet(_style())
        self.experiences = list(experiences)
        self._title_for = title_for
        self._lang = lang
        self._body_px = DEFAULT_BODY_PX
        self.topic_id: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.heading = QLabel(self)
        self.heading.setObjectName("experiencesHeading")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.grid = _CardGrid(self)
        layout.addWidget(self.grid)
        self.note = QLabel(self)
        self.note.setObjectName("experiencesNote")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.all_button = QPushButton(self)
        self.all_button.setObjectName("allExperiences")
        self.all_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.all_button.clicked.connect(self.allExperiencesRequested)
        layout.addWidget(self.all_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.cards: list[ExperienceCard] = []
        self.retranslate()
        self.set_text_size(DEFAULT_BODY_PX)
        self.set_topic(None)

    def set_topic(self, topic_id: str | None) -> None:
        """Show the patients tagged with ``topic_id`` (a condition or a treatment)."""
        self.topic_id = topic_id
        shown = [e for e in self.experiences
                 if topic_id is not None and (topic_id in e.conditions
                                              or topic_id in e.treatments)]
        for card in self.cards:
            card.deleteLater()
        self.cards = [ExperienceCard(e, self._title_for, self._lang, self.grid, compact=True)
                      for e in shown]
        for card in self.cards:
            card.set_text_size(self._body_px)
        self.grid.set_cards(self.cards)
        # Without matches the strip takes no room; showing it never opens a window of its own.
        if not self.cards:
            self.hide()
        elif not self.isWindow():
            self.show()

    def set_language(self, lang: str) -> None:
        self._lang = lang
        for card in self.cards:
            card.set_language(lang)

    def set_text_size(self, body_px: int) -> None:
        self._body_px = body_px
        for widget, factor in ((self.heading, 1.3), (self.note, 0.9), (self.all_button, 1.0)):
            font = widget.font()
            font.setPixelSize(round(body_px * factor))
            widget.setFont(font)
        for card in self.cards:
            card.set_text_size(body_px)
        self.grid.min_card_width = round(CARD_MIN_WIDTH * body_px / DEFAULT_BODY_PX)
        self.grid.set_cards(self.cards)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Experiences of other patients"))
        self.heading.setText(self.tr("Experiences of other patients"))
        self.note.setText(self.tr(
            "Every person is different: what one patient experienced may go differently for "
            "you. Your physician can tell you what to expect."))
        self.all_button.setText(self.tr("All experiences"))
        self.all_button.setAccessibleName(self.tr("Show the experiences of all patients"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
