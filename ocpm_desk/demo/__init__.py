"""The demo data (the Démo profile, for training and screenshots): a register, orders in every state, staff."""
