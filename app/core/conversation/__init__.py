"""Conversations: the two parties and their languages, the history kept turn by turn, and its export.
Depends on speech/ and translation/.
"""
