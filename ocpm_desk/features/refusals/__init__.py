"""Refusals: the hearing, the refusal editor, the four-eyes approval and the decision letters with their archive."""
