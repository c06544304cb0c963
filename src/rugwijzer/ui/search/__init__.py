"""Search in the window: the results page, its rows and the searches to tap, and the
controller that searches as the reader types."""
