"""What a person can ask for: every command, its keys and its label, declared once.

A new command goes in ``registry`` (what it does, its keys, its words in the help
and, if it has one, its menu entry); the key reader (``keys``), the menus
(``menus``) and the key help are made from that table, and ``dispatch`` carries
out the keys of every view on the one show.
"""
