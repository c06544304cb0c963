"""The article: a topic's text as rich text, with what belongs at its end, and its view."""
