"""The main window: it composes the toolbar, the topic list, the pages and the modes."""
