"""Conversation mode in the window: its controller and menus, history, glossary, voices, spoken output
and the subtitle overlay.
"""
