#include "FindingsPanel.h"

#include "Theme.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace relance::ui {

FindingsPanel::FindingsPanel(QWidget* parent) : QWidget(parent)
{
    auto* fl = new QVBoxLayout(this);
    fl->setContentsMargins(4, 0, 0, 0);
    auto* title = new QLabel(tr("Findings"), this);
    title->setObjectName(QStringLiteral("sectionTitle"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("findingsList"));
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setResizeMode(QListView::Adjust);
    fl->addWidget(title);
    fl->addWidget(m_list, 1);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_findings.size())
            Q_EMIT findingChosen(m_findings[row]);
    });
}

void FindingsPanel::clear()
{
    m_findings.clear();
    m_list->clear();
}

void FindingsPanel::showFindings(const Reminder& r)
{
    m_findings = r.findings;
    m_list->clear();
    for (const Finding& f : r.findings) {
        QString where;
        if (f.start >= 0) {
            const QString& text = f.field == QLatin1String("subject") ? r.subject : r.body;
            where = QStringLiteral("\n“%1”").arg(text.mid(f.start, qMin(f.length, 60)));
        }
        const bool blocking = f.severity == FindingSeverity::Blocking;
        auto* item = new QListWidgetItem(
            icon(blocking ? QStringLiteral("finding-blocking") : QStringLiteral("finding-warning")),
            (blocking ? tr("Blocking: %1") : tr("Warning: %1")).arg(findingText(f)) + where, m_list);
        item->setToolTip(f.detail.isEmpty() ? f.code : QStringLiteral("%1: %2").arg(f.code, f.detail));
    }
    if (r.findings.isEmpty())
        m_list->addItem(tr("No findings: the figures, IBAN and links match the ledger."));
}

QString FindingsPanel::findingText(const Finding& f)
{
    const QString& c = f.code;
    if (c == u"amount-mismatch")
        return tr("an amount that is not an open amount or total of this reminder");
    if (c == u"amount-missing")
        return tr("the text does not state the amount due");
    if (c == u"unknown-number")
        return tr("a number that is not a fact of this reminder (days late, deadline, count)");
    if (c == u"date-mismatch")
        return tr("a date that is not a due date or the payment deadline of this reminder");
    if (c == u"unknown-invoice-number")
        return tr("an invoice number that is not part of this reminder");
    if (c == u"invoice-missing")
        return tr("an invoice of this reminder is not mentioned");
    if (c == u"unknown-iban")
        return tr("an IBAN that is not the firm's");
    if (c == u"unknown-link")
        return tr("a link that is not one of the configured links");
    if (c == u"email-address")
        return tr("an e-mail address in the text: check that it is the right one");
    if (c == u"leftover-placeholder")
        return tr("a placeholder was left in the text");
    if (c == u"unexpected-percentage")
        return tr("a percentage that is not part of the reminder policy");
    if (c == u"copied-untrusted-text")
        return tr("text copied from the client's messages or the CRM");
    if (c == u"consequences-outside-serious")
        return tr("names a consequence, which only a serious reminder may do");
    if (c == u"payment-plan-not-allowed")
        return tr("offers a payment plan, which the policy does not allow");
    if (c == u"unauthorised-concession")
        return tr("grants a concession (waiver, discount, extension) nobody authorised");
    if (c == u"subject-empty")
        return tr("the subject is empty");
    if (c == u"subject-too-long")
        return tr("the subject is too long");
    if (c == u"subject-multiline")
        return tr("the subject has more than one line");
    if (c == u"body-too-short")
        return tr("the text is too short");
    if (c == u"body-too-long")
        return tr("the text is too long");
    if (c == u"wrong-language")
        return tr("the text is not in the client's language");
    if (c == u"template-language-fallback")
        return tr("no template in the client's language: written in another language");
    if (c == u"llm-rate-limited")
        return tr("the model was busy (rate limited): the built-in template wrote this draft");
    if (c == u"llm-unreachable")
        return tr("the model could not be reached: the built-in template wrote this draft");
    if (c == u"llm-bad-request" || c.startsWith(u"llm-"))
        return tr("the model's answer could not be used: the built-in template wrote this draft");
    return f.detail.isEmpty() ? f.code : f.detail;
}

} // namespace relance::ui
