"""The demo data (the Démo profile, for training and screenshots): a register, orders in every state, staff.

``seed.seed_demo`` is the entry point; its module docstring describes the four phases and the modules that make
them."""
