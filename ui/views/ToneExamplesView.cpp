#include "ToneExamplesView.h"

#include "ErrorText.h"
#include "queries/ClientQueries.h"
#include "Theme.h"

#include "aging/Aging.h"
#include "drafting/DraftFacts.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace relance::ui {

namespace {
// "{{client_name}}, {{amount}}, ...": the placeholders the drafting engine fills.
QString placeholderList()
{
    QStringList names;
    for (const QString& n : placeholderNames())
        names << QStringLiteral("{{") + n + QStringLiteral("}}");
    return names.join(QStringLiteral(", "));
}
} // namespace

QString previewToneExample(const QString& text, const Client& client, const Invoice& invoice, QDate asOf,
                           const RemindersConfig& reminders, const AgingPolicy& policy)
{
    // The same facts and placeholder filling the drafting engine uses, so the preview shows what a draft would say.
    DraftFacts facts;
    facts.client = client;
    facts.language = client.language;
    facts.asOf = asOf;
    facts.reminders = reminders;
    facts.paymentDeadline = asOf.addDays(reminders.paymentDeadlineDays);
    const int late = invoice.daysLate(asOf);
    facts.bucket = bucketFor(late, policy);
    facts.lines = {ReminderLine{invoice.id, invoice.number, invoice.openMinor, invoice.currency, invoice.dueDate, late}};
    facts.issueDates.insert(invoice.number, invoice.issueDate);
    return fillPlaceholders(text, facts);
}

ToneExamplesView::ToneExamplesView(ReviewSession& session, QWidget* parent) : QWidget(parent), m_s(session)
{
    setObjectName(QStringLiteral("page"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(12, 8, 12, 8);
    auto* title = new QLabel(tr("Tone examples"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    outer->addWidget(title);
    auto* intro = new QLabel(tr("The model imitates these examples for each bucket and language. Placeholders: %1. Figures always come "
                                "from the ledger.")
                                 .arg(placeholderList()),
                             this);
    intro->setWordWrap(true);
    intro->setObjectName(QStringLiteral("cardCaption"));
    outer->addWidget(intro);
    auto* bar = new QHBoxLayout;
    m_bucket = new QComboBox(this);
    for (AgingBucket b : {AgingBucket::Light, AgingBucket::Moderate, AgingBucket::Serious})
        m_bucket->addItem(bucketLabel(b), int(b));
    m_language = new QComboBox(this);
    for (Language l : {Language::French, Language::German, Language::English})
        m_language->addItem(languageLabel(l), int(l));
    m_invoice = new QComboBox(this);
    m_invoice->setMinimumWidth(280);
    auto* save = new QPushButton(icon(QStringLiteral("save")), tr("Save"), this);
    save->setShortcut(QKeySequence::Save);
    bar->addWidget(new QLabel(tr("Bucket"), this));
    bar->addWidget(m_bucket);
    bar->addWidget(new QLabel(tr("Language"), this));
    bar->addWidget(m_language);
    //: label: the invoice used to preview the tone example
    bar->addWidget(new QLabel(tr("Preview with"), this));
    bar->addWidget(m_invoice, 1);
    bar->addWidget(save);
    outer->addLayout(bar);
    auto* split = new QSplitter(Qt::Horizontal, this);
    m_editor = new QPlainTextEdit(split);
    m_editor->setObjectName(QStringLiteral("toneEditor"));
    m_preview = new QTextBrowser(split);
    split->setSizes({600, 600});
    outer->addWidget(split, 1);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("cardCaption"));
    outer->addWidget(m_state);
    connect(m_bucket, &QComboBox::currentIndexChanged, this, &ToneExamplesView::showCurrent);
    connect(m_language, &QComboBox::currentIndexChanged, this, &ToneExamplesView::showCurrent);
    connect(m_invoice, &QComboBox::currentIndexChanged, this, &ToneExamplesView::updatePreview);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &ToneExamplesView::updatePreview);
    connect(save, &QPushButton::clicked, this, &ToneExamplesView::save);
    if (!m_s.isAdmin()) {
        // Core refuses it anyway (ClientActions::saveToneExample checks the role in the database); this says why first.
        save->setEnabled(false);
        save->setToolTip(tr("Only an administrator may change the tone examples."));
        m_editor->setReadOnly(true);
        m_editor->setToolTip(save->toolTip());
    }
}

Result<void> ToneExamplesView::reload()
{
    auto examples = m_s.store->toneExamples();
    if (!examples)
        return std::unexpected(examples.error());
    m_examples = *examples;
    // A few overdue invoices to preview with, oldest first.
    m_invoice->blockSignals(true);
    m_invoice->clear();
    auto invoices = overdueInvoices(*m_s.db, m_s.asOf);
    if (!invoices) {
        m_invoice->blockSignals(false);
        return std::unexpected(invoices.error());
    }
    for (const OverdueInvoiceRef& i : *invoices)
        m_invoice->addItem(QStringLiteral("%1 · %2").arg(i.number, i.clientName), i.number);
    m_invoice->blockSignals(false);
    showCurrent();
    return {};
}

void ToneExamplesView::select(AgingBucket bucket, Language language)
{
    m_bucket->setCurrentIndex(m_bucket->findData(int(bucket)));
    m_language->setCurrentIndex(m_language->findData(int(language)));
}

void ToneExamplesView::showCurrent()
{
    const auto bucket = AgingBucket(m_bucket->currentData().toInt());
    const auto language = Language(m_language->currentData().toInt());
    QString text;
    QString who;
    for (const ToneExample& e : m_examples)
        if (e.bucket == bucket && e.language == language) {
            text = e.text;
            who = e.updatedBy.isEmpty() ? QString()
                                        : tr("Last changed by %1 on %2")
                                              .arg(e.updatedBy, e.updatedAt.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")));
            break;
        }
    m_editor->setPlainText(text);
    m_state->setText(text.isEmpty() ? tr("No example yet for this bucket and language: the model uses its defaults.") : who);
    updatePreview();
}

void ToneExamplesView::updatePreview()
{
    const QString number = m_invoice->currentData().toString();
    if (number.isEmpty()) {
        m_preview->setPlainText(tr("No overdue invoice to preview with."));
        return;
    }
    auto invoice = m_s.store->invoiceByNumber(number);
    if (!invoice || !*invoice)
        return;
    auto client = m_s.store->client((*invoice)->clientId);
    if (!client || !*client)
        return;
    const QString text =
        previewToneExample(m_editor->toPlainText(), **client, **invoice, m_s.asOf, m_s.config.reminders, m_s.policy());
    m_preview->setHtml(QStringLiteral("<p style='color:#5d6875'>%1</p><div style='white-space:pre-wrap'>%2</div>")
                           .arg(tr("Preview for %1 (%2): the drafting engine writes a new text in this tone.")
                                    .arg((*client)->name.toHtmlEscaped(), languageLabel((*client)->language)),
                                text.toHtmlEscaped()));
}

bool ToneExamplesView::save()
{
    const auto bucket = AgingBucket(m_bucket->currentData().toInt());
    const auto language = Language(m_language->currentData().toInt());
    ToneExample e;
    e.bucket = bucket;
    e.language = language;
    for (const ToneExample& x : m_examples)
        if (x.bucket == bucket && x.language == language)
            e = x;
    e.text = m_editor->toPlainText();
    if (auto ok = m_s.clientActions->saveToneExample(e); !ok) {
        Q_EMIT message(NotificationArea::Severity::Error, ErrorText::failed(tr("Saving the tone example failed"), ok.error()));
        return false;
    }
    bool found = false;
    for (ToneExample& x : m_examples)
        if (x.id == e.id) {
            x = e;
            found = true;
        }
    if (!found)
        m_examples << e;
    m_state->setText(tr("Saved."));
    Q_EMIT message(NotificationArea::Severity::Info, tr("Tone example saved: new drafts use it."));
    return true;
}

} // namespace relance::ui
