"""This workstation's own settings: language, printers, the central database's address, the idle lock."""
