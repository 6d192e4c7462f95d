"""Documents render to PDF offline: the words come back out, and nothing outside is fetched."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from schoolgate.documents.pdf import embedded_only, html_to_pdf, render_pdf


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_a_document_renders_to_pdf_with_its_words() -> None:
    pdf = html_to_pdf("<h1>Written warning</h1><p>Please remove the post by 4 December.</p>")
    assert pdf.startswith(b"%PDF-")
    text = text_of(pdf)
    assert "Written warning" in text
    assert "Please remove the post by 4 December." in text


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:9/x.png", "file:///etc/passwd", "https://example.org/a.css"]
)
def test_a_document_never_fetches_from_outside(url: str) -> None:
    with pytest.raises(ValueError, match="disallowed protocol"):
        embedded_only().fetch(url)
    # A quoted post that carries an address renders without fetching it.
    pdf = html_to_pdf(f'<p>Quoted post</p><img src="{url}" alt="">')
    assert "Quoted post" in text_of(pdf)


def test_a_template_extending_the_base_renders() -> None:
    pdf = render_pdf("documents/base.html", {})
    assert PdfReader(io.BytesIO(pdf)).pages
