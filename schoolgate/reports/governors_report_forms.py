"""Forms of the governors' report pages: choosing a term, recording welfare support."""

from __future__ import annotations

import datetime

from django import forms

from schoolgate.reports.models import WelfareSupportKind
from schoolgate.reports.terms import Term

# The report can be made for any of the last two school years' terms, this one included.
TERMS_OFFERED = 6


def recent_terms(today: datetime.date) -> list[Term]:
    terms = [Term.containing(today)]
    while len(terms) < TERMS_OFFERED:
        terms.append(terms[-1].previous())
    return terms


class TermForm(forms.Form):
    term = forms.ChoiceField(label="Term", widget=forms.Select(attrs={"class": "govuk-select"}))

    def __init__(self, *args: object, today: datetime.date, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        terms = recent_terms(today)
        self.fields["term"].choices = [(t.key, t.title) for t in terms]  # type: ignore[attr-defined]
        self.fields["term"].initial = terms[1].key

    def clean_term(self) -> Term:
        return Term.parse(self.cleaned_data["term"])


class WelfareSupportForm(forms.Form):
    offered_on = forms.DateField(
        label="Date offered",
        help_text="For example, 27/3/2026",
        input_formats=["%d/%m/%Y", "%Y-%m-%d"],
        widget=forms.DateInput(attrs={"class": "govuk-input govuk-input--width-10"}),
    )
    kind = forms.ChoiceField(
        label="Support offered", choices=WelfareSupportKind.choices, widget=forms.RadioSelect
    )
