"""The window's actions and its two toolbars: navigation and search on the left; the
consultation switch, the languages, the text size and the theme on the right. In portrait
each has a row of its own; the search field goes to the second row, or to a third where the
second has too little room left."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
)
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QToolBar,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from ...appearance import DARK, HIGH_CONTRAST, LIGHT, SYSTEM
from ...languages import LANGUAGES, language
from .. import icons, theme

SLACK = 24  # the toolbar area's own margins
PORTRAIT_SEARCH = 720  # the widest the search field gets in portrait


class SearchField(QLineEdit):
    """The search field; Down leads into the results, Escape closes them, and a click or
    a tap asks for the results page (a search can then be tapped without typing)."""

    downPressed = Signal()
    escapePressed = Signal()
    pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and not event.modifiers():
            self.downPressed.emit()
        elif event.key() == Qt.Key.Key_Escape:
            self.escapePressed.emit()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        self.pressed.emit()


class Toolbar(QObject):
    """Its actions carry the shortcuts for the whole window; the window connects their
    ``triggered`` signals. Choices that need more than a click are signals of their own."""

    languageChosen = Signal(str)
    themeChosen = Signal(str)  # one of appearance.CHOICES
    searchEdited = Signal(str)
    searchEntered = Signal(str)

    def __init__(self, window: QMainWindow, brand: str) -> None:
        super().__init__(window)
        self._window = window
        self.tablet = False
        self.portrait = False
        self._icons = False
        self._width = 0
        self._build_actions()
        self._build_toolbars(brand)
        self._keep_icon_places()

    # ----- construction -------------------------------------------------------------------

    def _action(self, name: str, shortcuts: list[QKeySequence]) -> QAction:
        action = QAction(self._window)
        action.setObjectName(name)
        action.setShortcuts(shortcuts)
        self._window.addAction(action)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence
        # Not the platform's full Back binding: it includes Backspace, which would leave a
        # page whenever someone meant to correct a search.
        self.back_action = self._action("backAction", [key("Alt+Left"), key(Qt.Key.Key_Back)])
        self.forward_action = self._action("forwardAction",
                                           [key("Alt+Right"), key(Qt.Key.Key_Forward)])
        self.start_action = self._action("startAction", [key("Alt+Home")])
        self.smaller_action = self._action("smallerAction",
                                           [key(key.StandardKey.ZoomOut), key("Ctrl+-")])
        self.larger_action = self._action(
            "largerAction", [key(key.StandardKey.ZoomIn), key("Ctrl++"), key("Ctrl+=")])
        self.search_action = self._action("searchAction", [key(key.StandardKey.Find)])
        self.search_action.triggered.connect(self.focus_search)
        self.consult_action = self._action("consultAction", [])
        self.consult_action.setCheckable(True)
        self.topics_action = self._action("topicsAction", [])
        self.topics_action.setCheckable(True)
        self.topics_action.setVisible(False)
        self.language_group = QActionGroup(self._window)
        self.language_actions: dict[str, QAction] = {}
        for code in LANGUAGES:
            action = QAction(code.upper(), self.language_group)
            action.setObjectName(f"language{code.upper()}Action")
            action.setCheckable(True)
            # Each language names itself, so a reader who does not understand the current
            # one still recognises their own.
            action.setToolTip(language(code).name)
            action.triggered.connect(lambda _=False, c=code: self.languageChosen.emit(c))
            self.language_actions[code] = action
        self.theme_action = self._action("themeAction", [])
        self.theme_menu = QMenu(self._window)
        self.theme_menu.setObjectName("themeMenu")
        self.theme_action.setMenu(self.theme_menu)
        self.theme_group = QActionGroup(self._window)
        self.theme_actions: dict[str, QAction] = {}
        for choice in (LIGHT, DARK, HIGH_CONTRAST, SYSTEM):
            action = QAction(self.theme_group)
            action.setObjectName(f"theme-{choice}")
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, c=choice: self.themeChosen.emit(c))
            self.theme_menu.addAction(action)
            self.theme_actions[choice] = action

    def _new_toolbar(self, name: str) -> QToolBar:
        toolbar = QToolBar(self._window)
        toolbar.setObjectName(name)
        toolbar.setMovable(False)
        toolbar.setFloatable(False)
        toolbar.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setIconSize(QSize(22, 22))
        self._window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        return toolbar

    def _build_toolbars(self, brand: str) -> None:
        # Two toolbars share one row; in portrait the second moves to a row of its own, and
        # the search field to a third: nothing is hidden behind an overflow arrow on a
        # narrow tablet.
        self.main = self._new_toolbar("mainToolbar")
        self.options = self._new_toolbar("optionsToolbar")
        self.search_row = self._new_toolbar("searchToolbar")
        c = theme.COLOURS
        self.search_row.setStyleSheet(
            f"QToolBar#searchToolbar {{ background: {c.paper}; border: none; "
            f"border-bottom: 1px solid {c.border}; padding: 6px 10px; }}")
        self.search_row.setVisible(False)
        self.brand = QLabel(brand, self.main)
        self.brand.setTextFormat(Qt.TextFormat.PlainText)
        self.brand.setObjectName("brand")
        self.brand_action = self.main.addWidget(self.brand)
        self.brand_action.setVisible(False)
        self.main.addAction(self.topics_action)
        for action in (self.back_action, self.forward_action, self.start_action):
            self.main.addAction(action)
        self.main.addSeparator()
        self.search_field = SearchField(self.main)
        self.search_field.setObjectName("search")
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.search_field.textEdited.connect(self.searchEdited)
        self.search_field.returnPressed.connect(
            lambda: self.searchEntered.emit(self.search_field.text()))
        # An action of its own, so that the field can move between the toolbars.
        self.search_widget_action = QWidgetAction(self._window)
        self.search_widget_action.setDefaultWidget(self.search_field)
        self.main.addAction(self.search_widget_action)
        spacer = QWidget(self.options)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.options.addWidget(spacer)
        self.options.addAction(self.consult_action)
        self.options.addSeparator()
        for action in self.language_actions.values():
            self.options.addAction(action)
        self.options.addSeparator()
        self.options.addAction(self.smaller_action)
        self.options.addAction(self.larger_action)
        self.options.addAction(self.theme_action)
        self._buttons: dict[QAction, QToolButton] = {}
        for toolbar in (self.main, self.options):
            for action in toolbar.actions():
                button = toolbar.widgetForAction(action)
                if isinstance(button, QToolButton):
                    button.setObjectName(action.objectName().replace("Action", "Button"))
                    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
                    self._buttons[action] = button
        for action in (self.smaller_action, self.larger_action, self.consult_action,
                       *self.language_actions.values()):
            self.button_for(action).setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.button_for(self.theme_action).setPopupMode(
            QToolButton.ToolButtonPopupMode.InstantPopup)

    # ----- state --------------------------------------------------------------------------

    def button_for(self, action: QAction) -> QToolButton | None:
        """The toolbar button that shows ``action``."""
        return self._buttons.get(action)

    def _iconed(self) -> tuple[tuple[str, QAction], ...]:
        return (("back", self.back_action), ("forward", self.forward_action),
                ("start", self.start_action), ("topics", self.topics_action),
                ("theme", self.theme_action))

    def _keep_icon_places(self) -> None:
        """An empty icon until the real ones come: the buttons have their final size in the
        first frame, so the toolbar does not grow and push the page down when they arrive."""
        blank = icons.blank(self.main.iconSize())
        for _name, action in self._iconed():
            action.setIcon(blank)

    def load_icons(self) -> None:
        """Icons, once the first paint is done; from then on a narrow window may show the
        navigation as icons only."""
        for name, action in self._iconed():
            action.setIcon(icons.action_icon(name))
        self._icons = True

    def set_history(self, can_go_back: bool, can_go_forward: bool) -> None:
        self.back_action.setEnabled(can_go_back)
        self.forward_action.setEnabled(can_go_forward)

    def set_text_size(self, index: int, sizes: int) -> None:
        self.smaller_action.setEnabled(index > 0)
        self.larger_action.setEnabled(index < sizes - 1)

    def set_theme(self, choice: str) -> None:
        """The theme shown as chosen in the menu."""
        self.theme_actions[choice].setChecked(True)

    def set_language(self, lang: str) -> None:
        for code, action in self.language_actions.items():
            action.setChecked(code == lang)

    def focus_search(self, select: bool = True) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if select:
            self.search_field.selectAll()

    def set_search_text(self, text: str) -> None:
        self.search_field.setText(text)

    def clear_search(self) -> None:
        # Unlike clear(), this also forgets what could be undone: the next reader cannot
        # bring back the previous one's search with Ctrl+Z.
        self.search_field.setText("")

    def set_tablet(self, on: bool) -> None:
        """Tablet mode: the clinic's name (held down for staff), no forward, consultation
        or theme, and the languages written out."""
        self.tablet = on
        self.brand_action.setVisible(on)
        self.forward_action.setVisible(not on)
        self.consult_action.setVisible(not on)
        self._name_languages()
        self.fit(self._width)

    def set_portrait(self, on: bool) -> None:
        """In portrait a button opens the topic list instead of it standing beside the text,
        and one row has no room for everything: the options get a row of their own, and so
        does the search field (see ``fit``)."""
        self.portrait = on
        self.topics_action.setVisible(on)
        if on:
            self._window.insertToolBarBreak(self.options)
        else:
            self._window.removeToolBarBreak(self.options)
            self.topics_action.setChecked(False)
            self._place_search(self.main)
        self.fit(self._width)

    def _holder(self) -> QToolBar:
        return next(t for t in (self.main, self.options, self.search_row)
                    if self.search_widget_action in t.actions())

    def _place_search(self, toolbar: QToolBar) -> None:
        holder = self._holder()
        if holder is toolbar:
            return
        focused = self.search_field.hasFocus()
        holder.removeAction(self.search_widget_action)
        if toolbar is self.options:
            # Before the spacer, so that the field stands at the start of the row.
            toolbar.insertAction(toolbar.actions()[0], self.search_widget_action)
        else:
            toolbar.addAction(self.search_widget_action)
        own_row = toolbar is self.search_row
        if own_row:
            self._window.insertToolBarBreak(self.search_row)
        else:
            self._window.removeToolBarBreak(self.search_row)
        self.search_row.setVisible(own_row)
        if focused:
            # A hidden widget takes the focus only once shown: show it now, not at the
            # toolbar's next layout, so that the reader can type on.
            self.search_field.show()
            self.search_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def fit(self, width: int) -> None:
        """The search field gives way first, so the toolbar never hides buttons behind an
        overflow arrow or squeezes their names, down to the smallest window."""
        self._width = width
        compact = width < 1000 and not self.tablet
        # A narrow window names its buttons until their icons can stand for them; a wide one
        # keeps the icons' places from the first frame on.
        if compact:
            style = (Qt.ToolButtonStyle.ToolButtonIconOnly if self._icons
                     else Qt.ToolButtonStyle.ToolButtonTextOnly)
        else:
            style = Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        for action in (self.back_action, self.forward_action, self.start_action,
                       self.theme_action):
            self.button_for(action).setToolButtonStyle(style)
        # A tablet shows the clinic's theme: its row needs the room for the languages. A
        # narrow window has room for the theme's button once it can be an icon.
        self.theme_action.setVisible(not self.tablet and (self._icons or not compact))
        search = self.search_field
        shown = search.sizeHint().expandedTo(search.minimumSize()).boundedTo(search.maximumSize())
        if self.portrait:
            # A row of its own, as wide as the tablet allows: sharing the options' row left
            # too little room for a finger, and at some widths pushed a button behind the
            # overflow arrow.
            self._place_search(self.search_row)
            search.setFixedWidth(max(120, min(PORTRAIT_SEARCH, width - 2 * SLACK)))
            return
        # What the buttons need, in both toolbars: the search field has the rest.
        others = self.main.sizeHint().width() - shown.width() + self.options.sizeHint().width()
        search.setFixedWidth(max(120, min(320, width - (560 if compact else 700),
                                          width - others - SLACK)))

    # ----- texts --------------------------------------------------------------------------

    def retranslate(self) -> None:
        texts = {
            self.back_action: (self.tr("Back"),
                               self.tr("Go back to the previous topic (Alt+Left)")),
            self.forward_action: (self.tr("Forward"), self.tr("Go forward again (Alt+Right)")),
            self.start_action: (self.tr("Start"), self.tr("Go to the start page")),
            self.smaller_action: (self.tr("A−"), self.tr("Smaller text")),
            self.larger_action: (self.tr("A+"), self.tr("Larger text")),
            self.search_action: (self.tr("Search"), self.tr("Search the topics")),
            self.topics_action: (self.tr("Topics"), self.tr("Show all topics")),
            self.consult_action: (self.tr("Consultation"),
                                  self.tr("Tools to mark the spine and make a handout")),
            self.theme_action: (self.tr("Display"),
                                self.tr("Light, dark or high-contrast colours")),
            self.theme_actions[LIGHT]: (self.tr("Light"), self.tr("Dark text on a light page")),
            self.theme_actions[DARK]: (self.tr("Dark"), self.tr("Light text on a dark page")),
            self.theme_actions[HIGH_CONTRAST]: (
                self.tr("High contrast"), self.tr("White and yellow on black")),
            self.theme_actions[SYSTEM]: (self.tr("Like the system"),
                                         self.tr("The colours this computer is set to")),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            action.setToolTip(tip)
            button = self.button_for(action)
            if button is not None:
                button.setAccessibleName(tip)
        self._name_languages()
        self.brand.setAccessibleName(self.tr("Rugwijzer"))
        self.main.setWindowTitle(self.tr("Navigation"))
        self.main.setAccessibleName(self.tr("Navigation"))
        self.options.setWindowTitle(self.tr("Language, text size and display"))
        self.options.setAccessibleName(self.tr("Language, text size and display"))
        self.theme_menu.setTitle(self.tr("Display"))
        self.theme_menu.setAccessibleName(self.tr("Display"))
        self.search_field.setPlaceholderText(self.tr("Search, e.g. hernia"))
        self.search_field.setAccessibleName(self.tr("Search the topics"))
        self.search_row.setWindowTitle(self.tr("Search"))
        self.search_row.setAccessibleName(self.tr("Search"))
        # Qt's own buttons get names too: a screen reader lists them even while hidden.
        for button in self.search_field.findChildren(QToolButton):
            button.setAccessibleName(self.tr("Clear the search"))
        for toolbar in (self.main, self.options, self.search_row):
            extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
            if extension is not None:
                extension.setAccessibleName(self.tr("More buttons"))
        # Names of another length need another share of the row.
        self.fit(self._width)

    def _name_languages(self) -> None:
        for code, action in self.language_actions.items():
            # On a tablet the languages are written out: a short code is easy to miss.
            action.setText(action.toolTip() if self.tablet else code.upper())
            button = self.button_for(action)
            button.setAccessibleName(action.toolTip())
            button.setAccessibleDescription(self.tr("Show Rugwijzer in this language"))
