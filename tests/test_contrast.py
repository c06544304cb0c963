"""The contrast guard: a clinic's accent colour never makes text hard to read."""

import colorsys

import pytest

from rugwijzer.content.contrast import MINIMUM, luminance, ratio, shown, usable_accent


def hue(colour: str) -> float:
    r, g, b = (int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return colorsys.rgb_to_hsv(r, g, b)[0]


def test_luminance_and_ratio_follow_wcag():
    assert luminance("#000000") == 0
    assert luminance("#FFFFFF") == pytest.approx(1)
    assert ratio("#000000", "#FFFFFF") == pytest.approx(21)
    assert ratio("#FFFFFF", "#000000") == ratio("#000000", "#FFFFFF")
    # Well-known values: #767676 is the lightest grey that passes on white, #777777 fails.
    assert ratio("#767676", "#FFFFFF") >= MINIMUM > ratio("#777777", "#FFFFFF")


def test_a_readable_accent_is_kept_without_a_message():
    assert usable_accent("#1E6379") == ("#1E6379", None)
    assert usable_accent("#1e6379") == ("#1E6379", None)


@pytest.mark.parametrize("light", ["#8FD3FF", "#FFFF00", "#F4A6C0", "#7FB069"])
def test_a_too_light_accent_is_darkened_in_its_own_hue(light):
    adjusted, message = usable_accent(light)
    assert ratio(adjusted, "#FFFFFF") >= MINIMUM, "text in the accent on white"
    assert ratio("#FFFFFF", adjusted) >= MINIMUM, "white text on the accent"
    assert hue(adjusted) == pytest.approx(hue(light), abs=0.01)
    assert message is not None and light in message and adjusted in message
    assert shown(ratio(light, "#FFFFFF")) in message, "names the ratio before"
    assert shown(ratio(adjusted, "#FFFFFF")) in message, "and the ratio after"


def test_darkening_stops_as_soon_as_the_accent_is_readable():
    adjusted, _ = usable_accent("#8FD3FF")
    assert ratio(adjusted, "#FFFFFF") < 5.0, "no darker than needed"


def test_each_ratio_is_checked_on_its_own():
    # Fine behind white text, too light as text on a tinted panel.
    colour, tint = "#2B7A8F", "#E3EEF1"
    assert ratio("#FFFFFF", colour) >= MINIMUM > ratio(colour, tint)
    adjusted, message = usable_accent(colour, background=tint)
    assert ratio(adjusted, tint) >= MINIMUM and ratio("#FFFFFF", adjusted) >= MINIMUM
    assert f"{shown(ratio(colour, tint))} as text on {tint}" in message
    assert f"{shown(ratio('#FFFFFF', colour))} behind #FFFFFF text" in message


def test_on_a_dark_background_no_shade_can_pass_and_the_message_says_so():
    adjusted, message = usable_accent("#3366CC", background="#111111")
    assert "kept" in message or "closest" in message
    assert adjusted.startswith("#") and len(adjusted) == 7


def test_a_malformed_colour_is_refused():
    with pytest.raises(ValueError):
        usable_accent("teal")
    with pytest.raises(ValueError):
        ratio("#12345", "#FFFFFF")


@pytest.mark.parametrize("accent", ["#1E6379", "#8FD3FF", "#000080", "#7A2E8C", "#FFFF00"])
def test_an_accent_is_fitted_to_a_dark_theme_by_lightening_it(accent):
    from rugwijzer.content.contrast import fitted

    surfaces, dark_text = ["#1E272C", "#161D21", "#25414B"], "#0C1316"
    shade = fitted(accent, surfaces, dark_text)
    assert min(ratio(shade, surface) for surface in surfaces) >= MINIMUM
    assert ratio(dark_text, shade) >= MINIMUM
    assert hue(shade) == pytest.approx(hue(accent), abs=0.01) or accent == "#FFFF00"
    if ratio(accent, surfaces[0]) < MINIMUM:
        assert luminance(shade) > luminance(accent), "lighter, not darker"


def test_a_fitted_accent_is_no_further_from_the_clinics_than_it_must_be():
    from rugwijzer.content.contrast import fitted

    assert fitted("#1E6379", ["#FFFFFF"], "#FFFFFF") == "#1E6379"
    shade = fitted("#2B7A8F", ["#FFFFFF", "#E3EEF1"], "#FFFFFF")
    assert ratio(shade, "#E3EEF1") >= MINIMUM > ratio("#2B7A8F", "#E3EEF1")
    assert ratio(shade, "#E3EEF1") < 5.0, "no darker than needed"
    assert ratio(fitted("#FFFFFF", ["#FFFFFF"], "#FFFFFF", minimum=7.0), "#FFFFFF") >= 7.0
    # Light as text on black and dark behind white text: no shade is both; the nearest.
    assert fitted("#808080", ["#000000"], "#FFFFFF").startswith("#")
