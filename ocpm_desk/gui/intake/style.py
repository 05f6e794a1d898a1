"""The style sheet of the intake screens (import and quarantine): their message line, muted texts, the reasons and
the quarantined line's box."""

STYLE = """
QLabel#intakeMessage[kind="error"] { color: #b3261e; font-weight: 600; }
QLabel#intakeMessage[kind="ok"] { color: #2e7d32; }
QLabel#intakeIntro, QLabel#fieldName, QLabel#progressText { color: #5b6570; }
QLabel#quarantineReasons { color: #6b3d00; }
QPlainTextEdit#quarantineLine { background: #f7f8fa; }
"""
