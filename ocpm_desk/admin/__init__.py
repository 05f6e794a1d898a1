"""The commands of ``ocpm-desk-admin`` (DESIGN §8), one module per group: ``schema``, ``demo``, ``accounts``,
``audit``, ``decisions``, ``intake`` and ``settings``; ``common`` holds what they share. ``ocpm_desk.cli`` registers
them on its command line and runs it."""
