"""The refusal screens: the editor (hearing, draft, submission) and the supervisor's approvals."""
