"""The legislation explorer's own words (headings, "from", "until"…), in French, German and English.

The data's words (the names of measures, the labels of conditions and parameters)
come from the library; these are only the words of the pages around them. Each is
a :class:`~integration_rules.Text`, so a missing language is an error when the
extension loads.
"""

from __future__ import annotations

from typing import Final

from integration_rules import Text


def _t(fr: str, de: str, en: str) -> Text:
    return Text(fr, de, en)


#: The pages' own words, in the three languages.
WORDS: Final[dict[str, Text]] = {
    "explorer": _t("Explorateur des règles", "Regel-Explorer", "Legislation explorer"),
    "measures": _t("Mesures", "Massnahmen", "Measures"),
    "statuses": _t("Statuts de séjour", "Aufenthaltsstatus", "Residence statuses"),
    "parameters": _t("Paramètres", "Parameter", "Parameters"),
    "documents": _t("Documents cités", "Zitierte Dokumente", "Documents cited"),
    "intro": _t(
        "Chaque mesure, statut de séjour, paramètre et document de la bibliothèque a "
        "sa page, écrite à partir des données de la bibliothèque à chaque construction "
        "de la documentation.",
        "Jede Massnahme, jeder Aufenthaltsstatus, jeder Parameter und jedes Dokument der "
        "Bibliothek hat eine eigene Seite, bei jedem Bau der Dokumentation aus den "
        "Daten der Bibliothek geschrieben.",
        "Every measure, residence status, parameter and document of the library has a "
        "page of its own, written from the library's data at each build of the "
        "documentation.",
    ),
    "id": _t("Identifiant", "Kennung", "Id"),
    "name": _t("Nom", "Name", "Name"),
    "summary": _t("En bref", "Kurz", "Summary"),
    "in_force": _t("En vigueur", "In Kraft", "In force"),
    "conditions": _t("Conditions", "Bedingungen", "Conditions"),
    "facts_read": _t("Faits lus", "Gelesene Tatsachen", "Facts read"),
    "fact": _t("Fait", "Tatsache", "Fact"),
    "kind": _t("Type", "Art", "Kind"),
    "value": _t("Valeur", "Wert", "Value"),
    "what": _t("Ce que c'est", "Was es ist", "What it is"),
    "note": _t("Note", "Hinweis", "Note"),
    "sources": _t("Sources", "Quellen", "Sources"),
    "source": _t("Source", "Quelle", "Source"),
    "responsible": _t("Responsable", "Verantwortlich", "Responsible"),
    "providers": _t("Prestataires", "Anbieter", "Providers"),
    "referrers": _t("Qui peut orienter", "Wer zuweisen kann", "Referrers"),
    "capacity": _t("Capacité", "Kapazität", "Capacity"),
    "price": _t("Prix", "Preis", "Price"),
    "format": _t("Forme", "Form", "Format"),
    "schedule": _t("Calendrier", "Zeitplan", "Schedule"),
    "predecessor": _t("Mesure précédente", "Vorgängerin", "Predecessor"),
    "successor": _t("Mesure suivante", "Nachfolgerin", "Successor"),
    "notes": _t("Remarques", "Bemerkungen", "Notes"),
    "none": _t("aucun", "keine", "none"),
    "not_in_sources": _t(
        "non indiqué dans les sources",
        "in den Quellen nicht angegeben",
        "not given in the sources",
    ),
    "example": _t("Exemple de décision", "Beispielentscheid", "Example decision"),
    "example_lead": _t(
        "Une personne, ses faits connus (les autres sont inconnus), et la décision "
        "que la bibliothèque rend pour elle, calculée à la construction de cette page :",
        "Eine Person, ihre bekannten Tatsachen (die übrigen sind unbekannt), und der "
        "Entscheid, den die Bibliothek für sie trifft, beim Bau dieser Seite berechnet:",
        "A person, the facts known about them (the others are unknown), and the "
        "decision the library gives, computed when this page was built:",
    ),
    "all_of": _t("toutes les conditions suivantes :", "alle folgenden:", "all of:"),
    "any_of": _t("l'une des conditions suivantes :", "eine der folgenden:", "any of:"),
    "at_least": _t(
        "au moins {n} des conditions suivantes :",
        "mindestens {n} der folgenden:",
        "at least {n} of:",
    ),
    "made_of": _t("composée de :", "bestehend aus:", "made of:"),
    "from": _t("Du", "Ab", "From"),
    "until": _t("Au", "Bis", "Until"),
    "any_date": _t("à toute date", "an jedem Datum", "on any date"),
    "period_any": _t(
        "sans période : la règle s'applique à toute date",
        "ohne Zeitraum: die Regel gilt an jedem Datum",
        "no period in force: the rule applies on any date",
    ),
    "period_from": _t(
        "dès le {start}, sans fin", "ab {start}, ohne Ende", "from {start}, with no end"
    ),
    "period_until": _t("jusqu'au {end}", "bis {end}", "until {end}"),
    "period_both": _t(
        "du {start} au {end}, inclus",
        "vom {start} bis {end}, einschliesslich",
        "from {start} to {end}, both included",
    ),
    "values": _t("Valeurs datées", "Datierte Werte", "Dated values"),
    "one_value": _t(
        "Ce paramètre a une seule valeur, à toute date.",
        "Dieser Parameter hat einen einzigen Wert, an jedem Datum.",
        "This parameter has one value, on every date.",
    ),
    "ended": _t(
        "plus de valeur après le {day}",
        "kein Wert nach dem {day}",
        "no value after {day}",
    ),
    "chart": _t("Valeurs dans le temps", "Werte im Zeitverlauf", "Values over time"),
    "read_by": _t("Lu par", "Gelesen von", "Read by"),
    "read_by_nothing": _t(
        "aucune mesure ni transition (le paramètre sert aux calculs de la bibliothèque)",
        "keine Massnahme und kein Übergang (der Parameter dient den Berechnungen der Bibliothek)",
        "no measure or transition (the library's computations use it)",
    ),
    "domain": _t("Domaine", "Bereich", "Domain"),
    "validity": _t("Validité usuelle", "Übliche Gültigkeit", "Usual validity"),
    "legal_basis": _t("Base légale", "Rechtsgrundlage", "Legal basis"),
    "work": _t(
        "Accès à l'activité lucrative",
        "Zugang zur Erwerbstätigkeit",
        "Access to gainful employment",
    ),
    "regime": _t("Régime", "Regelung", "Regime"),
    "transitions_from": _t(
        "Changements de statut prévus depuis ce statut",
        "Vorgesehene Statuswechsel aus diesem Status",
        "Changes of status foreseen from this status",
    ),
    "transitions_to": _t(
        "Changements de statut prévus vers ce statut",
        "Vorgesehene Statuswechsel in diesen Status",
        "Changes of status foreseen into this status",
    ),
    "to": _t("Vers", "Nach", "To"),
    "from_status": _t("Depuis", "Aus", "From"),
    "change": _t("Changement", "Wechsel", "Change"),
    "no_transition": _t(
        "aucun dans la bibliothèque", "keiner in der Bibliothek", "none in the library"
    ),
    "office": _t("Office compétent", "Zuständiges Amt", "Competent office"),
    "office_lead": _t(
        "Pour une personne de ce statut domiciliée dans le canton, le {on}, "
        "selon competent_office() :",
        "Für eine Person mit diesem Status und Wohnsitz im Kanton, am {on}, "
        "laut competent_office():",
        "For a person with this status domiciled in the canton, on {on}, as "
        "competent_office() answers:",
    ),
    "canton": _t("Canton", "Kanton", "Canton"),
    "not_covered": _t("non couvert", "nicht abgedeckt", "not covered"),
    "title": _t("Titre", "Titel", "Title"),
    "cited_as": _t("Cité comme", "Zitiert als", "Cited as"),
    "publisher": _t("Éditeur", "Herausgeber", "Publisher"),
    "date": _t("Date", "Datum", "Date"),
    "consulted": _t("Consulté le", "Abgerufen am", "Consulted"),
    "link": _t("Lien", "Link", "Link"),
    "passage": _t(
        "Passage et texte cité",
        "Stelle und zitierter Wortlaut",
        "Passage and wording cited",
    ),
    "cited_by": _t("Cité par", "Zitiert von", "Cited by"),
    "whole": _t(
        "le document dans son ensemble",
        "das Dokument als Ganzes",
        "the document as a whole",
    ),
    "citer_rules": _t("conditions", "Bedingungen", "conditions"),
    "citer_parameters": _t("paramètres", "Parameter", "parameters"),
    "citer_data": _t("données", "Daten", "data"),
    "languages": _t("Langue", "Sprache", "Language"),
    "yes": _t("oui", "ja", "yes"),
    "no": _t("non", "nein", "no"),
}


def word(key: str, lang: str, **values: object) -> str:
    """A word of the pages in *lang*, with its ``{placeholders}`` filled."""
    text = WORDS[key].get(lang)
    return text.format(**values) if values else text
