"""Consultation mode: the physician's tools, the patient's screen and the handout."""
