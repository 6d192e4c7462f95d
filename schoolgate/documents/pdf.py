"""Render a Django template to PDF with WeasyPrint, fetching nothing from outside the document."""

from __future__ import annotations

from typing import Any

from django.template.loader import render_to_string
from PIL import ImageFile
from weasyprint import HTML
from weasyprint.urls import URLFetcher

# Importing WeasyPrint tells Pillow, for the whole process, to pad images cut short. Evidence
# checks rely on Pillow refusing them (a truncated screenshot is refused at upload), and every
# image a document embeds has passed that check, so the process-wide default is put back.
ImageFile.LOAD_TRUNCATED_IMAGES = False


def embedded_only() -> URLFetcher:
    """A fetcher that loads only `data:` URLs (embedded images and fonts).

    A letter or bundle quotes words that parents wrote; an address in them must never make the
    server fetch anything (no network at run time, and no reading the server's own files).
    """
    return URLFetcher(allowed_protocols={"data"}, allow_redirects=False)


def html_to_pdf(html: str) -> bytes:
    """Turn a complete HTML document into PDF bytes."""
    document = HTML(string=html, url_fetcher=embedded_only(), base_url=None)
    return bytes(document.write_pdf())


def render_pdf(template_name: str, context: dict[str, Any]) -> bytes:
    """Render `template_name` (which should extend `documents/base.html`) to PDF bytes."""
    return html_to_pdf(render_to_string(template_name, context))
