"""Letters as Word documents (DOCX), for a school that sends its letters from its own templates."""

from __future__ import annotations

import io

from docx import Document
from docx.shared import Pt

from schoolgate.documents.letters import LetterContent

# The PDF's sizes, so the two versions of a letter read alike.
SCHOOL_NAME_SIZE = Pt(16)
QUOTE_INDENT = Pt(18)


def letter_docx(content: LetterContent) -> bytes:
    """The letter as a DOCX file: letterhead, recipient, date, subject, then the paragraphs."""
    document = Document()
    name = document.add_paragraph().add_run(content.school_name)
    name.bold, name.font.size = True, SCHOOL_NAME_SIZE
    letterhead = [*content.school_address.splitlines(), content.school_email]
    document.add_paragraph("\n".join(line for line in letterhead if line))
    recipient = [content.recipient_name, *content.recipient_address.splitlines()]
    document.add_paragraph("\n".join(line for line in recipient if line))
    document.add_paragraph(content.date)
    if content.reference:
        document.add_paragraph(f"Our reference: {content.reference}")
    document.add_heading(content.subject, level=1)
    for paragraph in content.paragraphs:
        written = document.add_paragraph("\n".join(paragraph["lines"]))  # type: ignore[arg-type]
        if paragraph["is_quote"]:
            written.paragraph_format.left_indent = QUOTE_INDENT
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
