"""The call to action from the clinic's page, with the clinic's contact details and QR code.

Only what the clinic profile holds is shown. Without contact details the panel sends the
reader to the reception desk and shows no QR code. Links are only requested: the main
window decides whether anything opens (it asks first, and never does in tablet mode).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..content.clinic import ClinicProfile
from ..content.contrast import usable_accent
from . import theme
from .qr import module_px_for, qr_pixmap

# Phones read a code of this size from a tablet held at arm's length, or from the screen
# of a desk PC turned towards the patient.
QR_PX = 200
QR_PX_COMPACT = 160
DEFAULT_BODY_PX = 18
# Below this width the QR code moves under the text instead of beside it.
SIDE_BY_SIDE_MIN_WIDTH = 560


def _without_scheme(url: str) -> str:
    """"www.example.org" reads more easily than "https://www.example.org/"."""
    for scheme in ("https://", "http://"):
        if url.lower().startswith(scheme):
            url = url[len(scheme):]
    return url.rstrip("/")


class AdvicePanel(QFrame):
    """"Recognise these complaints?", the clinic's contact details and a QR code."""

    externalLinkRequested = Signal(QUrl)

    def __init__(self, clinic: ClinicProfile, parent: QWidget | None = None, *,
                 compact: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("advicePanel")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.clinic = clinic
        self.compact = compact
        self.qr_target = clinic.qr_target
        self._links_enabled = True
        self._body_px = DEFAULT_BODY_PX
        self._qr_ratio = 0.0
        self.setStyleSheet(self._style())

        self._row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._row.setContentsMargins(*((22, 18, 22, 18) if compact else (32, 28, 32, 28)))
        self._row.setSpacing(20 if compact else 32)
        texts = QVBoxLayout()
        texts.setSpacing(8 if compact else 12)
        self._row.addLayout(texts, 1)

        self.heading = self._label("adviceHeading", texts)
        self.invitation = self._label("adviceText", texts)
        texts.addSpacing(4 if compact else 8)
        self.name_label = self._label("adviceClinicName", texts)
        self.name_label.setText(clinic.name)
        self.phone_label = self._label("advicePhone", texts)
        self.phone_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.email_button, self.email_text = self._link("adviceEmail", texts)
        self.website_button, self.website_text = self._link("adviceWebsite", texts)
        self.address_label = self._label("adviceAddress", texts)
        self.address_label.setText(clinic.address or "")
        self.hours_label = self._label("adviceHours", texts)
        self.reception_label = self._label("adviceReception", texts)
        texts.addStretch(1)
        if clinic.email:
            self.email_button.clicked.connect(
                lambda: self.externalLinkRequested.emit(QUrl(f"mailto:{clinic.email}")))
        if clinic.website:
            self.website_button.clicked.connect(
                lambda: self.externalLinkRequested.emit(QUrl(clinic.website)))

        # The code with its caption underneath, as wide as the code.
        self.qr_box = QWidget(self)
        self.qr_box.setObjectName("adviceQrBox")
        qr_column = QVBoxLayout(self.qr_box)
        qr_column.setContentsMargins(0, 0, 0, 0)
        qr_column.setSpacing(8)
        self.qr_label = QLabel(self.qr_box)
        self.qr_label.setObjectName("adviceQr")
        self.qr_caption = QLabel(self.qr_box)
        self.qr_caption.setObjectName("adviceQrCaption")
        self.qr_caption.setWordWrap(True)
        self.qr_caption.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        qr_column.addWidget(self.qr_label)
        qr_column.addWidget(self.qr_caption)
        self._row.addWidget(self.qr_box, 0, Qt.AlignmentFlag.AlignTop)
        self._render_qr()

        self._show_details()
        self.retranslate()
        self.set_text_size(DEFAULT_BODY_PX)

    # ----- building blocks ------------------------------------------------------------------

    def _label(self, name: str, layout: QVBoxLayout) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(label)
        return label

    def _link(self, name: str, layout: QVBoxLayout) -> tuple[QPushButton, QLabel]:
        """A link-like button, and the same words as plain text for when links are off."""
        button = QPushButton(self)
        button.setObjectName(name)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        text = QLabel(self)
        text.setObjectName(f"{name}Text")
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(text)
        return button, text

    def _style(self) -> str:
        c = theme.COLOURS
        # The clinic's accent is only guaranteed against white: links on this tinted
        # background get a shade of it that still reads at 4.5:1.
        link, _ = usable_accent(c.accent, background=c.accent_soft, text_on_accent=c.paper)
        return f"""
QFrame#advicePanel {{ background: {c.accent_soft}; border: none; border-radius: 16px; }}
QFrame#advicePanel QLabel {{ background: transparent; color: {c.text}; }}
QLabel#adviceHeading, QLabel#adviceClinicName {{ font-weight: bold; }}
QWidget#adviceQrBox {{ background: transparent; }}
QPushButton#adviceEmail, QPushButton#adviceWebsite {{ background: transparent; color: {link};
    border: 2px solid transparent; border-radius: 6px; text-decoration: underline;
    padding: 0px 4px; margin-left: -6px; text-align: left; }}
QPushButton#adviceEmail:focus, QPushButton#adviceWebsite:focus {{ border-color: {link}; }}
QPushButton#adviceEmail:hover, QPushButton#adviceWebsite:hover {{ background: {c.paper}; }}
"""

    # ----- contents -------------------------------------------------------------------------

    @property
    def has_qr(self) -> bool:
        return self.qr_target is not None

    def _render_qr(self) -> None:
        if self.qr_target is None:
            self.qr_box.hide()
            return
        ratio = self.devicePixelRatioF()
        if ratio == self._qr_ratio:
            return
        self._qr_ratio = ratio
        target_px = QR_PX_COMPACT if self.compact else QR_PX
        module = module_px_for(self.qr_target, target_px)
        pixmap = qr_pixmap(self.qr_target, module, device_pixel_ratio=ratio)
        self.qr_label.setPixmap(pixmap)
        size = pixmap.deviceIndependentSize().toSize()
        self.qr_label.setFixedSize(size)
        self.qr_box.setFixedWidth(size.width())
        # Narrow enough for the code under the text; beside it needs more, see resizeEvent.
        margins = self._row.contentsMargins()
        self.setMinimumWidth(size.width() + margins.left() + margins.right())

    def _show_details(self) -> None:
        clinic = self.clinic
        has_contact = clinic.has_contact
        compact = self.compact
        self.name_label.setVisible(has_contact)
        self.phone_label.setVisible(bool(clinic.phone))
        for button, text, value in ((self.email_button, self.email_text, clinic.email),
                                    (self.website_button, self.website_text, clinic.website)):
            button.setVisible(bool(value) and self._links_enabled)
            text.setVisible(bool(value) and not self._links_enabled)
        # A compact panel ends a topic page: the ways to get in touch are enough there.
        self.address_label.setVisible(bool(clinic.address) and not compact)
        self.hours_label.setVisible(bool(clinic.opening_hours) and not compact)
        self.reception_label.setVisible(not has_contact)

    def set_links_enabled(self, enabled: bool) -> None:
        """Links that cannot open (tablet mode) are shown as plain text, not as buttons."""
        self._links_enabled = enabled
        self._show_details()

    def set_text_size(self, body_px: int) -> None:
        self._body_px = body_px
        heading = round(body_px * (1.3 if self.compact else 1.6))
        sizes = {self.heading: heading, self.qr_caption: max(13, round(body_px * 0.85))}
        for widget in (self.invitation, self.name_label, self.phone_label, self.email_button,
                       self.email_text, self.website_button, self.website_text,
                       self.address_label, self.hours_label, self.reception_label):
            sizes[widget] = body_px
        for widget, px in sizes.items():
            font = widget.font()
            font.setPixelSize(px)
            widget.setFont(font)

    def retranslate(self) -> None:
        clinic = self.clinic
        self.setAccessibleName(self.tr("Advice"))
        self.heading.setText(self.tr("Recognise these complaints?"))
        self.invitation.setText(self.tr(
            "Let us advise you, without obligation, based on your personal situation."))
        if clinic.phone:
            self.phone_label.setText(self.tr("Phone: {phone}").format(phone=clinic.phone))
        if clinic.email:
            self.email_button.setText(clinic.email)
            self.email_text.setText(clinic.email)
            self.email_button.setAccessibleName(
                self.tr("Write an e-mail to {email}").format(email=clinic.email))
        if clinic.website:
            shown = _without_scheme(clinic.website)
            self.website_button.setText(shown)
            self.website_text.setText(shown)
            self.website_button.setAccessibleName(
                self.tr("Open the website {url}").format(url=shown))
        if clinic.opening_hours:
            self.hours_label.setText(self.tr("Opening hours: {hours}").format(
                hours=clinic.opening_hours))
        self.reception_label.setText(self.tr(
            "Ask your doctor or the reception desk for an appointment or more information."))
        if self.qr_target is not None:
            self.qr_caption.setText(self.tr("Scan with your phone to open our website")
                                    if clinic.website else
                                    self.tr("Scan with your phone to call us"))
            self.qr_label.setAccessibleName(self.tr("QR code: {target}").format(
                target=self.qr_target))

    # ----- events ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        # Only a shown widget knows its screen's pixel density.
        self._render_qr()
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        narrow = event.size().width() < SIDE_BY_SIDE_MIN_WIDTH
        direction = (QBoxLayout.Direction.TopToBottom if narrow
                     else QBoxLayout.Direction.LeftToRight)
        if self._row.direction() != direction:
            self._row.setDirection(direction)
            self._row.setAlignment(self.qr_box, Qt.AlignmentFlag.AlignLeft if narrow
                                   else Qt.AlignmentFlag.AlignTop)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.DevicePixelRatioChange:
            self._render_qr()
        super().changeEvent(event)
