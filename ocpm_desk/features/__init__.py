"""The features of OCPM Desk, one package each: its rules, use cases, queries and the API (data classes and protocol) it
offers the GUI.
"""
