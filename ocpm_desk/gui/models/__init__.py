"""Qt item models over the services' dataclasses (no widgets here)."""
