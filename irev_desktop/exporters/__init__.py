"""Word documents of a meeting, from plain data (``model.dto``) with python-docx.

``render.render(kind, request, template=…)`` builds a document; ``services.export``
reads the meeting, calls it and saves the file. No Qt, no database here.
"""
