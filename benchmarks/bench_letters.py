"""Letters at speed: 1,000 two-page access answers, against a bare reportlab canvas.

Run on demand:  .venv/bin/python benchmarks/bench_letters.py [--letters 1000]
Targets: median ≤ 50 ms per two-page letter (content + PDF), and ≤ 2 × the time reportlab
takes to draw the same text runs, at the same places, in the same embedded font, with
``canvas.drawString`` on a bare canvas (no platypus, no line breaking, no letter logic).

Both sides pay for what every PDF with an embedded TrueType subset costs (building the font
subset, compressing the page streams); the ratio therefore shows what our layout adds.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

PROFILE = """
format = 1

[organisation]
slug = "bench"
name = "ECOMARKET SRL"
registration = "BE 0749.612.337"
address = ["Rue des Garennes 70", "1170 Brussel"]
country = "BE"
languages = ["nl", "fr"]
email = "privacy@ecomarket.example"

[[processing]]
id = "customer-account"
name = { nl = "Klantaccount", fr = "Compte client" }
purposes = { nl = ["Bestelling", "Opvolging van de bestelling", "Retouren", "Loyaliteitsbeheer"], fr = ["Commande", "Suivi de la commande", "Retours", "Gestion de la fidélité"] }
data = { nl = ["Naam", "Adres", "Telefoonnummer", "E-mailadres", "Geboortedatum"], fr = ["Nom", "Adresse", "Téléphone", "Adresse e-mail", "Date de naissance"] }
legal_basis = "contract"
retention = { nl = "Levensduur van de klant; na 2 jaar inactiviteit verwijderd", fr = "Durée de vie du client ; supprimé après 2 ans d'inactivité" }
source = { nl = "De betrokkene zelf", fr = "La personne concernée" }
recipients = ["bpost", "google-analytics"]

[[processing]]
id = "fraud"
name = { nl = "Fraudepreventie", fr = "Prévention de la fraude" }
purposes = { nl = ["Fraude opsporen"], fr = ["Détection de la fraude"] }
data = { nl = ["IP-adres", "Betaalgegevens"], fr = ["Adresse IP", "Données de paiement"] }
legal_basis = "legitimate-interests"
retention = { nl = "13 maanden", fr = "13 mois" }
source = { nl = "Kredietbureau Focum", fr = "Bureau de crédit Focum" }
automated_decisions = { nl = "Een score bepaalt of achteraf betalen wordt aangeboden.", fr = "Un score détermine si le paiement différé est proposé." }
automated_art22 = false  # issue 15: a register says whether it is a decision of Art. 22
recipients = ["bpost"]

[[recipient]]
id = "bpost"
name = "bpost NV"
role = "processor"
country = "BE"
purpose = { nl = "Levering van pakketten", fr = "Livraison des colis" }

[[recipient]]
id = "google-analytics"
name = "Google LLC"
role = "processor"
country = "US"
safeguards = { nl = "Standaardcontractbepalingen van de Europese Commissie", fr = "Clauses contractuelles types" }
"""

NAMES = ["Łukasz Śmigły", "Zoë Ørsted", "Ĳsbrand de Vries", "Řehoř Novák", "Ödön Szőke", "Şule Yılmaz",
         "Aoife Ní Bhriain", "Jürgen Weiß", "Inês Conceição", "Małgorzata Żółć"]


def letters(count: int):
    from dsar_desk.domain.letter_content import LetterRequest

    base = LetterRequest(
        kind="access", language="nl", reference="ECO-2026-0000", requester_name="",
        requester_address=["Ulica Długa 5", "00-950 Warszawa"], requester_country="PL", rights=["access"],
        received=date(2026, 10, 22), due=date(2026, 11, 23), letter_date=date(2026, 11, 22),
        clerk_name="Anna Clerk", clerk_role="Privacy officer", annexes=["copy-of-your-data.pdf"],
    )
    for i in range(count):
        yield replace(base, reference=f"ECO-2026-{i:04d}", requester_name=f"{NAMES[i % len(NAMES)]} {i}")


def text_runs(pdf: bytes) -> list[list[tuple[str, str, float, float, float]]]:
    """Every text run of every page: (font, text, x, y, size), as the letter drew them."""
    from pypdf import PdfReader

    pages = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        runs: list[tuple[str, str, float, float, float]] = []

        def visit(text, cm, tm, font, size, runs=runs):
            if text.strip():
                base = str(font.get("/BaseFont", "")) if font else ""
                face = "SourceSansPro-Bold" if "Bold" in base else "SourceSansPro"
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                runs.append((face, text.rstrip("\n"), x, y, size or 10))

        page.extract_text(visitor_text=visit)
        pages.append(runs)
    return pages


def bare_canvas(pages, name_from: str, name_to: str) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canv = Canvas(buffer, pagesize=A4, initialFontName="SourceSansPro")
    for runs in pages:
        for face, text, x, y, size in runs:
            canv.setFont(face, size)
            canv.drawString(x, y, text.replace(name_from, name_to))
        canv.showPage()
    canv.save()
    return buffer.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=1000)
    args = parser.parse_args()

    from pypdf import PdfReader

    from dsar_desk.domain.letter_content import build_letter
    from dsar_desk.domain.profile import parse_profile
    from dsar_desk.letters.fonts import register_fonts
    from dsar_desk.letters.render import render_letter

    register_fonts()
    profile = parse_profile(PROFILE).profile
    requests = list(letters(args.letters))

    # Warm up (font loading, babel locale data, text resources) and take the template's text runs.
    first = build_letter(requests[0], profile)
    template_pdf = render_letter(first)
    pages = len(PdfReader(io.BytesIO(template_pdf)).pages)
    assert pages == 2, f"the benchmark letter should have two pages, it has {pages}"
    runs = text_runs(template_pdf)
    template_name = requests[0].requester_name
    bare_canvas(runs, template_name, template_name)

    build_ms, render_ms, total_ms, bare_ms = [], [], [], []
    for req in requests:
        t0 = time.perf_counter()
        content = build_letter(req, profile)
        t1 = time.perf_counter()
        pdf = render_letter(content)
        t2 = time.perf_counter()
        bare_canvas(runs, template_name, req.requester_name)
        t3 = time.perf_counter()
        assert pdf.startswith(b"%PDF")
        build_ms.append((t1 - t0) * 1000)
        render_ms.append((t2 - t1) * 1000)
        total_ms.append((t2 - t0) * 1000)
        bare_ms.append((t3 - t2) * 1000)

    med = statistics.median
    runs_count = sum(len(r) for r in runs)
    print(f"{args.letters} access letters, {pages} pages each, {runs_count} text runs per letter")
    print(f"  content (build_letter)       median {med(build_ms):6.2f} ms")
    print(f"  PDF (render_letter)          median {med(render_ms):6.2f} ms   p95 {sorted(render_ms)[int(len(render_ms) * .95)]:6.2f} ms")
    print(f"  letter (content + PDF)       median {med(total_ms):6.2f} ms   target ≤ 50 ms")
    print(f"  bare canvas, same text runs  median {med(bare_ms):6.2f} ms")
    print(f"  ratio PDF / bare canvas      {med(render_ms) / med(bare_ms):6.2f}      target ≤ 2")
    print(f"  ratio letter / bare canvas   {med(total_ms) / med(bare_ms):6.2f}")


if __name__ == "__main__":
    main()
