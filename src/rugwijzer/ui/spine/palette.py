"""The colours of the spine illustration: what each part is made of, and what is painted
over the drawing to show a topic's parts, the one pointed at and the physician's marks."""

from __future__ import annotations

from PySide6.QtGui import QColor

from . import art

# material: (light fill, dark fill, outline); lines have only an outline, and a part
# without fill or outline is found by hit-testing but not painted.
MATERIALS = {
    art.BONE: ("#F8F1E1", "#DCC9A2", "#86724D"),
    art.SPONGY: ("#FBF4E3", "#F0E1BF", None),
    art.FAR: ("#E6D8B8", "#C9B38A", "#86724D"),
    art.DISC: ("#D5E1E8", "#9DB4C2", "#5C7888"),
    art.NUCLEUS: ("#F4F8FA", "#CFDFE8", "#8CA7B6"),
    art.CORD: ("#F8E7AE", "#E9C766", "#A8852C"),
    art.NERVE: ("#F6D986", "#E2B244", "#98741A"),
    art.ROOTLET: ("#F2D27A", "#E0B04A", None),
    art.CANAL: ("#F7F3EA", "#F7F3EA", None),
    art.SAC: ("#F1F3F9", "#DDE3EF", "#8E9DB8"),
    art.CURVE: (None, None, None),
    # Joint surfaces are a little see-through, like cartilage over bone.
    art.JOINT: ("#D9EEF2F7", "#D9C3CEDD", "#5E708C"),
    art.LIGAMENT: ("#EADDBF", "#D3BF92", "#8E7B54"),
    art.INFLAMED: ("#F3AD98", "#D8664C", "#A23C26"),
    art.FIBRE: (None, None, "#7F9AAA"),
    art.RIDGE: (None, None, "#A48F66"),
    art.DURA: (None, None, "#A9B9C9"),
}
LABEL_LEADER = QColor("#A7B1B7")
HIGHLIGHT = QColor("#D9480F")
MARK = QColor("#6A1B9A")  # the physician's marks: a colour no topic highlight uses
HOVER = QColor("#1E6379")
