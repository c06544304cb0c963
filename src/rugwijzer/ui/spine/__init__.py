"""The spine illustration: its artwork, the canvas that shows it, and the panel around it."""
