#!/usr/bin/env python3
"""Deterministic seed data for the CAP interop server: a few hundred open invoices.

Writes db/data/relance.interop-Invoices.csv (CAP loads it at start-up). The same seed always gives the same bytes,
so the committed file and a regenerated one are identical. Amounts are written as exact decimal strings with Rappen.
Usage: gen-data.py [count]  (default 360)
"""
import csv
import io
import os
import sys
from datetime import date, timedelta

COUNT = int(sys.argv[1]) if len(sys.argv) > 1 else 360
AS_OF = date(2026, 1, 31)            # run.sh computes aging as of this date


class Lcg:
    """A tiny LCG so the data does not depend on Python's random module version."""
    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return (self.state >> 33) % n


NAMES = [
    "L'Atelier d'Émilie Sàrl", "Müller & Söhne AG", 'Café "Zum Bären" GmbH', "O'Brien Consulting Ltd",
    "Fiduciaire Jean-Pierre Dubois SA", "Bäckerei Zürrer", "Crèmerie de l'Île", "Schlüssel-Dienst Ørsted",
    "Garage du Léman Sàrl", "Weinhandlung Rüedi & Co.", "Boulangerie « Au Pain Doré »", "Smith, Jones & Partners",
    "Zahnarztpraxis Dr. Weiß", "Ébénisterie Gaël Lefèvre", "Architekturbüro Näf", "Coiffure Chez Zoé",
    "Traiteur l'Œuf d'Or", "Hôtel des Alpes SA", "Physio Brügger", "Agence Über-Design",
    "Stiftung Señor García", "Kita Sonnenschein", "Studio d'Arte Nicolò", "Transports Berthoud & Fils",
    "Velo-Huber", "La Fromagerie d'Ändu", "Imprimerie Pâquis", "Notariat Fässler",
]
MANDATES = ["bookkeeping", "payroll", "tax", "audit", "advisory", "other"]
LANGS = ["fr", "de", "en", "it", "FR", "de-CH"]


def amount_text(minor):
    return f"{minor // 100}.{minor % 100:02d}"


def main():
    rng = Lcg(20261123)
    rows = []
    for i in range(COUNT):
        c = i % len(NAMES)
        cust = f"K{1000 + c}"
        currency = "EUR" if c % 5 == 3 or rng.next(11) == 0 else "CHF"
        # Amounts with Rappen: small, medium and a few large ones; some end in .05, .10, .00, some odd cents.
        scale = rng.next(10)
        if scale < 2:
            amount = 500 + rng.next(20000)             # 5.00 .. 204.99
        elif scale < 9:
            amount = 20000 + rng.next(1500000)         # 200 .. 15'200
        else:
            amount = 5000000 + rng.next(95000000)      # 50'000 .. 1'000'000
        if rng.next(4) == 0:
            amount -= amount % 5                       # CHF cash rounding to 5 Rappen
        part = rng.next(10)
        if part < 7:
            open_ = amount
        elif part < 9:
            open_ = max(1, amount - 1 - rng.next(amount))   # partially paid, still open
        else:
            open_ = 1 + rng.next(99)                   # a few Rappen left open
        # Due dates from 120 days before AS_OF to 40 days after: every bucket, and the bucket borders exactly.
        border = [0, 1, 15, 16, 45, 46, -1]
        if i < len(border):
            late = border[i]
        else:
            late = rng.next(161) - 40
        due = AS_OF - timedelta(days=late)
        issued = due - timedelta(days=[10, 20, 30, 30, 60][rng.next(5)])
        modified = f"2026-01-{1 + rng.next(28):02d}T{rng.next(24):02d}:{rng.next(60):02d}:{rng.next(60):02d}Z"
        name = NAMES[c]
        email = f"compta+{cust.lower()}@example.ch"
        rows.append({
            "InvoiceNo": f"RE-2025-{i + 1:04d}" if i % 9 else f"FA/{i + 1:04d}'B",
            "CustomerNo": cust,
            "CustomerName": name,
            "Email": email,
            "Language": LANGS[c % len(LANGS)],
            "MandateType": MANDATES[c % len(MANDATES)],
            "Currency": currency,
            "Amount": amount_text(amount),
            "OpenAmount": amount_text(open_),
            "InvoiceDate": issued.isoformat(),
            "DueDate": due.isoformat(),
            "LastModified": modified,
        })
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=list(rows[0].keys()), delimiter=";", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writeheader()
    w.writerows(rows)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "db", "data", "relance.interop-Invoices.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(out.getvalue())
    print(f"{path}: {len(rows)} invoices")


if __name__ == "__main__":
    main()
