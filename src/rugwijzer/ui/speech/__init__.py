"""Reading aloud in the window: the bar above an article and what it reads of it."""
