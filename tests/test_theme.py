from rugwijzer.content.contrast import ratio as contrast
from rugwijzer.ui.theme import CONTRAST_PAIRS


def test_every_text_colour_pair_meets_wcag_aa():
    for foreground, background in CONTRAST_PAIRS:
        assert contrast(foreground, background) >= 4.5, (foreground, background)
