#pragma once
// One reminder as a PDF: the letter in the client's language (firm, client address, date, text, the invoice table
// with optional level/interest/fee lines and the total) and one page per currency carrying the QR-bill's payment
// part with receipt at the bottom. The same drawing makes the PDF and the preview images.
// Needs a QGuiApplication (the offscreen platform will do) and the Liberation Sans font.
#include "domain/Domain.h"
#include "domain/Error.h"
#include "qrbill/QrBill.h"

#include <QByteArray>
#include <QDate>
#include <QImage>
#include <QList>
#include <QString>

namespace relance::documents {

struct InvoiceRow
{
    QString number;
    QDate dueDate;
    qint64 openMinor = 0;
    QString currency;
};

// A line under the invoices that adds to the total: reminder level, default interest, a fee.
struct ExtraRow
{
    QString label;
    qint64 minor = 0;
    QString currency;
};

struct ReminderDocument
{
    Language language = Language::German;
    qrbill::Address firm;
    QStringList firmContact; // telephone, e-mail, VAT number: printed under the firm's address
    qrbill::Address client;
    QString place; // "Biel" in "Biel, 6. Dezember 2026"
    QDate date;
    QString subject;
    QString body; // paragraphs separated by an empty line
    QList<InvoiceRow> invoices;
    QList<ExtraRow> extras;
    QList<qrbill::QrBill> bills; // one per currency; each gets its own page with the payment part
};

// The PDF (PDF/A-1b, fonts embedded as subsets). The first error names the field it concerns (a QR-bill's field,
// or "font" when Liberation Sans is not installed).
Result<QByteArray> renderPdf(const ReminderDocument& document);

// The same pages as images at `dpi` (white background), for the preview beside the text.
Result<QList<QImage>> renderImages(const ReminderDocument& document, int dpi);

} // namespace relance::documents
