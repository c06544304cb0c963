"""What the physician draws: thick enough to see from a metre away, growing with the
picture, a line ending in an arrowhead and a loop staying a loop."""

import math

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainterPath

from rugwijzer.session import Consultation
from rugwijzer.ui.spine import palette, strokes
from rugwijzer.ui.spine.canvas import SpineCanvas
from rugwijzer.ui.spine.drawings import drawing


def line(*points):
    path = QPainterPath(QPointF(*points[0]))
    for point in points[1:]:
        path.lineTo(QPointF(*point))
    return path


def circle(centre, radius, gap_degrees=20):
    """A hand-drawn circle: round from the top, ending just short of where it began."""
    steps = 36
    points = []
    for step in range(steps + 1):
        angle = math.radians(-90 + (360 - gap_degrees) * step / steps)
        points.append((centre[0] + radius * math.cos(angle), centre[1] + radius * math.sin(angle)))
    return line(*points)


def test_a_stroke_is_about_a_hundred_and_twentieth_of_the_picture_and_at_least_four_pixels():
    assert strokes.width_px(QRectF(0, 0, 300, 400)) == 4
    assert strokes.width_px(QRectF(0, 0, 1200, 900)) == pytest.approx(7.2)


def test_a_line_ends_in_an_arrowhead_pointing_the_way_it_was_drawn():
    head = strokes.arrow_head(line((0, 0), (50, 0), (100, 0)), 4)
    tip, left, right = (head.at(i) for i in range(3))
    assert tip.x() == pytest.approx(102) and tip.y() == pytest.approx(0)
    assert left.x() == pytest.approx(102 - 16) and right.x() == pytest.approx(102 - 16)
    assert abs(left.y() - right.y()) == pytest.approx(2 * 2.4 * 4)
    # Drawn towards the upper left, with a wobble of the hand at the very end.
    wobbly = strokes.arrow_head(line((100, 100), (20, 20), (0, 0), (1, -1)), 4)
    assert wobbly.at(0).x() < 1 and wobbly.at(0).y() < 1
    base = (wobbly.at(1) + wobbly.at(2)) / 2
    assert base.x() > wobbly.at(0).x() and base.y() > wobbly.at(0).y()


def test_a_loop_a_curve_and_a_dot():
    assert strokes.is_loop(circle((50, 50), 30))
    assert strokes.arrow_head(circle((50, 50), 30), 4) is None
    # Half a circle is a curved arrow, not a loop.
    half = circle((50, 50), 30, gap_degrees=180)
    assert not strokes.is_loop(half) and strokes.arrow_head(half, 4) is not None
    assert strokes.arrow_head(line((10, 10), (12, 11)), 4) is None


def _marked(image, point, reach=1):
    mark = QColor(palette.current().mark)
    for dx in range(-reach, reach + 1):
        for dy in range(-reach, reach + 1):
            colour = image.pixelColor(round(point.x()) + dx, round(point.y()) + dy)
            if abs(colour.hue() - mark.hue()) < 15 and colour.saturation() > 80:
                return True
    return False


def test_on_the_picture_strokes_are_thick_grow_with_the_zoom_and_carry_their_heads(qtbot):
    canvas = SpineCanvas()
    qtbot.addWidget(canvas)
    canvas.set_artwork(*drawing("disc", False))
    canvas.view_name = "disc"
    canvas.resize(600, 700)
    canvas.consultation = Consultation()
    unzoomed = canvas.stroke_width() * canvas.transform().m11()
    assert unzoomed == pytest.approx(max(4, 0.008 * 600))
    canvas.set_zoom(2)
    assert canvas.stroke_width() * canvas.transform().m11() == pytest.approx(2 * unzoomed)
    canvas.reset_view()
    to_drawing = canvas.to_drawing
    arrow = line(*[(p.x(), p.y()) for p in (to_drawing(QPointF(100, 600)),
                                            to_drawing(QPointF(250, 600)))])
    centre = to_drawing(QPointF(450, 600))
    loop = circle((centre.x(), centre.y()), 60 / canvas.transform().m11())
    canvas.consultation.strokes["disc"] = [arrow, loop]
    image = canvas.grab().toImage()
    width = unzoomed
    # The line's own width: marked across it.
    assert _marked(image, QPointF(175, 600 + width / 2 - 1))
    # The head reaches well beside the line, near its end; the loop has none.
    assert _marked(image, QPointF(250 - 3 * width, 600 + 2 * width))
    assert _marked(image, QPointF(250 - 3 * width, 600 - 2 * width))
    end = canvas.transform().map(loop.pointAtPercent(1.0))
    assert not _marked(image, QPointF(end.x() - 2 * width, end.y() - 2.5 * width), reach=0)
