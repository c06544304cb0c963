"""The spine artwork as data: what its labels name and where they go, healthy beside
affected, the roots leaving the sac, the outline of the body, the turned vertebrae."""

import itertools

import pytest
from PySide6.QtCore import QLineF, QPointF, QRectF, QTranslator
from PySide6.QtGui import QFont, QFontMetricsF, QPainterPath, QTransform

from rugwijzer import resources
from rugwijzer.content.regions import LUMBAR
from rugwijzer.ui import theme
from rugwijzer.ui.spine import art as spine_art
from rugwijzer.ui.spine.art.labels import spread
from rugwijzer.ui.spine.art.terms import CAPTIONS

VARIANTS = [(view, affected) for view in spine_art.VIEW_BUILDERS for affected in (False, True)]
CLOSE_UPS = ("disc", "canal", "facet")
# Where the picture is shown: beside the text at 1366 × 768 and 1920 × 1080, and large.
ORDINARY_SIZES = [(392, 538), (535, 845), (880, 1000)]


def layout(artwork: spine_art.Artwork, size: tuple[int, int],
           font_px: int = 13) -> list[tuple[spine_art.Label, QRectF, QLineF | None]]:
    """Where a painter puts the labels, as ``Label`` asks: the drawing fitted into ``size``;
    each text, at ``font_px``, ending at its anchor; its leader line from 4 pixels right of
    the text to its target; where two would overlap, the one of lower rank is left out."""
    bounds = artwork.bounds()
    scale = min(size[0] / bounds.width(), size[1] / bounds.height())
    transform = QTransform().translate(size[0] / 2, size[1] / 2).scale(scale, scale).translate(
        -bounds.center().x(), -bounds.center().y())
    font = QFont(theme.load_fonts() or "")
    font.setPixelSize(font_px)
    metrics = QFontMetricsF(font)
    kept: list[tuple[spine_art.Label, QRectF, QLineF | None]] = []
    order = sorted(range(len(artwork.labels)), key=lambda i: (artwork.labels[i].rank, i))
    for index in order:
        label = artwork.labels[index]
        anchor = transform.map(label.anchor)
        width = metrics.horizontalAdvance(label.text)
        box = QRectF(anchor.x() - width, anchor.y() - metrics.height() / 2, width,
                     metrics.height())
        if any(box.adjusted(-2, -1, 2, 1).intersects(other) for _label, other, _line in kept):
            continue
        leader = None
        if label.target is not None:
            leader = QLineF(QPointF(box.right() + 4, box.center().y()),
                            transform.map(label.target))
        kept.append((label, box, leader))
    return kept


def crosses(line: QLineF, rect: QRectF) -> bool:
    return rect.contains(line.p1()) or rect.contains(line.p2()) or any(
        line.intersects(edge)[0] == QLineF.IntersectionType.BoundedIntersection
        for edge in (QLineF(rect.topLeft(), rect.topRight()),
                     QLineF(rect.topRight(), rect.bottomRight()),
                     QLineF(rect.bottomRight(), rect.bottomLeft()),
                     QLineF(rect.bottomLeft(), rect.topLeft())))


def area(path: QPainterPath, step: float = 2.0) -> float:
    rect = path.boundingRect()
    count = 0
    y = rect.top() + step / 2
    while y < rect.bottom():
        x = rect.left() + step / 2
        while x < rect.right():
            count += path.contains(QPointF(x, y))
            x += step
        y += step
    return count * step * step


def elongation(path: QPainterPath) -> float:
    """How much longer than wide a shape is: the ratio of its principal spreads."""
    rect = path.boundingRect()
    step = max(rect.width(), rect.height()) / 60
    points = []
    y = rect.top()
    while y < rect.bottom():
        x = rect.left()
        while x < rect.right():
            if path.contains(QPointF(x, y)):
                points.append((x, y))
            x += step
        y += step
    n = len(points)
    mx, my = sum(p[0] for p in points) / n, sum(p[1] for p in points) / n
    sxx = sum((p[0] - mx) ** 2 for p in points) / n
    syy = sum((p[1] - my) ** 2 for p in points) / n
    sxy = sum((p[0] - mx) * (p[1] - my) for p in points) / n
    half, root = (sxx + syy) / 2, (((sxx - syy) / 2) ** 2 + sxy ** 2) ** 0.5
    return (half + root) / max(half - root, 1e-9)


def parts_of(artwork: spine_art.Artwork, region: str) -> list[spine_art.Part]:
    return [part for part in artwork.parts if part.region == region]


def halves(artwork: spine_art.Artwork) -> tuple[list[spine_art.Part], list[spine_art.Part]]:
    """The parts of a comparison's healthy (upper) and affected (lower) drawing."""
    captions = sorted(label.anchor.y() for label in artwork.labels
                      if label.kind == spine_art.CAPTION)
    split = captions[1] - 10
    upper = [part for part in artwork.parts if part.path.boundingRect().bottom() < split]
    lower = [part for part in artwork.parts if part.path.boundingRect().top() > split]
    assert len(upper) + len(lower) == len(artwork.parts), "the halves lie apart"
    return upper, lower


def test_spread_keeps_order_and_room_and_moves_no_more_than_it_must():
    assert spread([0, 50, 100], 30) == [0, 50, 100]
    assert spread([0, 10, 20], 30) == pytest.approx([-20, 10, 40])
    assert spread([0, 10, 20], 30, low=0) == pytest.approx([0, 30, 60])
    assert spread([0, 100, 104, 300], 20) == pytest.approx([0, 92, 112, 300])
    moved = spread([5, 6, 7, 8, 9, 200], 25, low=0, high=150)
    assert all(b - a >= 25 - 1e-9 for a, b in itertools.pairwise(moved))
    assert moved[0] >= 0 and moved[-1] <= 150


def test_every_term_has_a_dutch_name(qapp):
    translator = QTranslator()
    assert translator.load("rugwijzer_nl", str(resources.translations_dir()))
    for term, english in spine_art.TERMS.items():
        dutch = translator.translate("SpineTerms", english)
        assert dutch and dutch != english, term


# What the part a name points at is made of.
NAMED = {"nucleus": {spine_art.NUCLEUS}, "annulus": {spine_art.DISC},
         "nerve-root": {spine_art.NERVE, spine_art.INFLAMED},
         "canal": {spine_art.CANAL, spine_art.SAC, spine_art.NERVE, spine_art.ROOTLET},
         "body": {spine_art.BONE, spine_art.SPONGY}, "facet": {spine_art.JOINT, spine_art.INFLAMED},
         "ligament": {spine_art.LIGAMENT}, "spur": {spine_art.BONE, spine_art.SPONGY}}


@pytest.mark.parametrize(("view", "affected"), VARIANTS)
def test_labels_say_what_they_name(view, affected):
    artwork = spine_art.VIEW_BUILDERS[view](affected)
    painted = [part for part in reversed(artwork.parts)
               if part.material not in (spine_art.CURVE, *spine_art.LINES) and not part.backdrop]
    for label in artwork.labels:
        if label.kind == spine_art.LEVEL:
            assert label.term is None and label.text
        elif label.kind == spine_art.CAPTION:
            assert label.term in CAPTIONS and label.target is None
            assert label.text == spine_art.TERMS[label.term]
        else:
            assert label.kind == spine_art.TERM
            assert label.term in spine_art.TERMS and label.term not in CAPTIONS
            assert label.text == spine_art.TERMS[label.term]
            seen = next(part for part in painted if part.path.contains(label.target))
            assert seen.material in NAMED[label.term], (label.term, seen.material)
    terms = [label for label in artwork.labels if label.kind == spine_art.TERM]
    assert (len(terms) >= 3) is (view in CLOSE_UPS)


@pytest.mark.parametrize("view", CLOSE_UPS)
def test_the_affected_close_up_shows_the_healthy_one_above_it(view):
    build = spine_art.VIEW_BUILDERS[view]
    healthy, affected = build(False), build(True)
    captions = sorted((label.anchor.y(), label.term) for label in affected.labels
                      if label.kind == spine_art.CAPTION)
    assert [term for _y, term in captions] == [
        "healthy", {"disc": "herniated", "canal": "narrowed", "facet": "worn"}[view]]
    assert not any(label.kind == spine_art.CAPTION for label in healthy.labels)
    upper, lower = halves(affected)
    assert len(upper) == len(healthy.parts)
    assert {part.region for part in upper} - {None} == set(healthy.regions())
    assert {part.region for part in lower} - {None} <= set(affected.regions())
    assert not any(part.material == spine_art.INFLAMED for part in upper)
    assert any(part.material == spine_art.INFLAMED for part in lower)
    # The same parts are named in both.
    assert {label.term for label in healthy.labels} <= {label.term for label in affected.labels
                                                        if label.kind != spine_art.CAPTION}


@pytest.mark.parametrize(("view", "affected"), VARIANTS)
@pytest.mark.parametrize("size", ORDINARY_SIZES)
def test_labels_and_their_leader_lines_keep_clear(qapp, view, affected, size):
    artwork = spine_art.VIEW_BUILDERS[view](affected)
    kept = layout(artwork, size)
    bounds = artwork.bounds()
    scale = min(size[0] / bounds.width(), size[1] / bounds.height())
    transform = QTransform().translate(size[0] / 2, size[1] / 2).scale(scale, scale).translate(
        -bounds.center().x(), -bounds.center().y())
    drawn = [transform.map(part.path) for part in artwork.parts
             if part.material != spine_art.CURVE and not part.backdrop]
    # At these sizes every level and every part keeps its name.
    assert len(kept) == len(artwork.labels), {label.text for label in artwork.labels} - {
        label.text for label, _box, _line in kept}
    for label, box, leader in kept:
        assert QRectF(0, 0, *size).contains(box), label.text
        assert not any(path.intersects(box) for path in drawn), label.text
        if leader is None:
            continue
        for other, other_box, other_leader in kept:
            assert not crosses(leader, other_box), (label.text, other.text)
            if other_leader is not None and other is not label:
                kind, _point = leader.intersects(other_leader)
                assert kind != QLineF.IntersectionType.BoundedIntersection, (label.text,
                                                                            other.text)


def test_the_side_view_has_a_faint_outline_of_the_body_with_the_front_on_the_left():
    artwork = spine_art.side_view()
    outline = artwork.parts[0]
    assert outline.backdrop and outline.region is None
    assert not any(part.backdrop for part in artwork.parts[1:] if part.region)
    # It reaches beyond the picture, which fits the spine and its labels only.
    assert not artwork.bounds().contains(outline.path.boundingRect())
    assert artwork.bounds() == spine_art.Artwork(
        [part for part in artwork.parts if not part.backdrop], artwork.labels).bounds()
    # At the belly the body reaches much further in front of the spine than behind it.
    for level in ("T7", "L3"):
        vertebra = QPainterPath()
        for part in parts_of(artwork, f"vertebra-{level}"):
            vertebra = vertebra.united(part.path)
        rect = vertebra.boundingRect()
        y = rect.center().y()
        row = QPainterPath()
        row.addRect(QRectF(-1000, y - 1, 3000, 2))
        body = outline.path.intersected(row).boundingRect()
        spine = vertebra.intersected(row).boundingRect()
        assert spine.left() - body.left() > 2 * (body.right() - spine.right()), level


@pytest.mark.parametrize(("view", "affected"), [("side", False), ("disc", False),
                                                ("disc", True), ("canal", False),
                                                ("canal", True)])
def test_nerve_roots_leave_the_dural_sac(view, affected):
    artwork = spine_art.VIEW_BUILDERS[view](affected)
    sacs = [part.path for part in artwork.parts if part.material == spine_art.SAC]
    for level in LUMBAR if view == "side" else ["L5"]:
        for part in parts_of(artwork, f"nerve-root-{level}"):
            # Out of the sac: no loose piece beside it, no dot in it, but a strand from it.
            assert any(sac.intersects(part.path) for sac in sacs), level
            assert elongation(part.path) > 3, level
            if view == "side":
                assert not any(sac.contains(part.path) for sac in sacs), level


def test_scoliotic_vertebrae_turn_their_spinous_processes_to_the_concave_side():
    def offset(artwork, level):
        parts = parts_of(artwork, f"vertebra-{level}")
        body, spinous = parts[0].path.boundingRect(), parts[-1].path.boundingRect()
        return spinous.center().x() - body.center().x()

    straight, bent = spine_art.back_view(False), spine_art.back_view(True)
    for level in ("T8", "L3"):
        assert abs(offset(straight, level)) < 1
    # A right curve in the chest (its concave side on the left), a left one below it.
    assert offset(bent, "T8") < -8
    assert offset(bent, "L3") > 5


def test_a_narrowed_canal_is_plainly_smaller_than_the_healthy_one_above_it():
    upper, lower = halves(spine_art.canal_view(True))

    def canal(parts):
        return max((part for part in parts if part.region == "canal-L4"),
                   key=lambda part: part.path.boundingRect().width())

    assert area(canal(lower).path) < 0.6 * area(canal(upper).path)
    sacs = [[part for part in half if part.material == spine_art.SAC] for half in (upper, lower)]
    healthy, narrowed = (max(area(part.path) for part in half) for half in sacs)
    assert narrowed < 0.5 * healthy


def test_worn_facet_joints_grow_bony_spurs_over_their_margins():
    upper, lower = halves(spine_art.facet_view(True))
    for half, worn in ((upper, False), (lower, True)):
        for index, joint in enumerate(half):
            if not (joint.region or "").startswith("facet-"):
                continue
            spurs = [part for part in half[index + 1:] if part.material == spine_art.BONE
                     and part.path.intersects(joint.path.boundingRect().adjusted(-4, -4, 4, 4))]
            assert bool(spurs) is worn, joint.region
