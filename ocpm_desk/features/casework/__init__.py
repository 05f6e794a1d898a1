"""Casework: the work queues, claiming an order, checking its conditions against the register, hold, resume, withdraw,
approve and the attestation.
"""
