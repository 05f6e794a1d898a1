"""The kernel: what every feature shares and nothing else owns — statuses and lifecycle, roles and permissions, the
calendar and the clock, money, identifiers, addresses, phrases and stored notes, errors, the letter model. Pure: no
Qt, no SQLAlchemy, no other package of OCPM Desk.
"""
