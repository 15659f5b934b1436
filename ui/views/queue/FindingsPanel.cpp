#include "FindingsPanel.h"

#include "Theme.h"

#include <QCoreApplication>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace relance::ui {

// These strings were QueueView's: they keep its translation context, so the reviewed translations stay attached.

FindingsPanel::FindingsPanel(QWidget* parent) : QWidget(parent)
{
    auto* fl = new QVBoxLayout(this);
    fl->setContentsMargins(4, 0, 0, 0);
    auto* title = new QLabel(QCoreApplication::translate("relance::ui::QueueView", "Findings"), this);
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
        auto* item =
            new QListWidgetItem(icon(blocking ? QStringLiteral("finding-blocking") : QStringLiteral("finding-warning")),
                                (blocking ? QCoreApplication::translate("relance::ui::QueueView", "Blocking: %1")
                                          : QCoreApplication::translate("relance::ui::QueueView", "Warning: %1"))
                                        .arg(findingText(f)) +
                                    where,
                                m_list);
        item->setToolTip(f.detail.isEmpty() ? f.code : QStringLiteral("%1: %2").arg(f.code, f.detail));
    }
    if (r.findings.isEmpty())
        m_list->addItem(QCoreApplication::translate("relance::ui::QueueView",
                                                    "No findings: the figures, IBAN and links match the ledger."));
}

QString FindingsPanel::findingText(const Finding& f)
{
    const QString& c = f.code;
    if (c == u"amount-mismatch")
        return QCoreApplication::translate("relance::ui::QueueView",
                                           "an amount that is not an open amount or total of this reminder");
    if (c == u"amount-missing")
        return QCoreApplication::translate("relance::ui::QueueView", "the text does not state the amount due");
    if (c == u"unknown-number")
        return QCoreApplication::translate("relance::ui::QueueView",
                                           "a number that is not a fact of this reminder (days late, deadline, count)");
    if (c == u"date-mismatch")
        return QCoreApplication::translate("relance::ui::QueueView",
                                           "a date that is not a due date or the payment deadline of this reminder");
    if (c == u"unknown-invoice-number")
        return QCoreApplication::translate("relance::ui::QueueView",
                                           "an invoice number that is not part of this reminder");
    if (c == u"invoice-missing")
        return QCoreApplication::translate("relance::ui::QueueView", "an invoice of this reminder is not mentioned");
    if (c == u"unknown-iban")
        return QCoreApplication::translate("relance::ui::QueueView", "an IBAN that is not the firm's");
    if (c == u"unknown-link")
        return QCoreApplication::translate("relance::ui::QueueView", "a link that is not one of the configured links");
    if (c == u"email-address")
        return QCoreApplication::translate("relance::ui::QueueView",
                                           "an e-mail address in the text: check that it is the right one");
    if (c == u"leftover-placeholder")
        return QCoreApplication::translate("relance::ui::QueueView", "a placeholder was left in the text");
    if (c == u"unexpected-percentage")
        return QCoreApplication::translate("relance::ui::QueueView",
                                           "a percentage that is not part of the reminder policy");
    if (c == u"copied-untrusted-text")
        return QCoreApplication::translate("relance::ui::QueueView",
                                           "text copied from the client's messages or the CRM");
    if (c == u"consequences-outside-serious")
        return QCoreApplication::translate("relance::ui::QueueView",
                                           "names a consequence, which only a serious reminder may do");
    if (c == u"payment-plan-not-allowed")
        return QCoreApplication::translate("relance::ui::QueueView",
                                           "offers a payment plan, which the policy does not allow");
    if (c == u"unauthorised-concession")
        return QCoreApplication::translate("relance::ui::QueueView",
                                           "grants a concession (waiver, discount, extension) nobody authorised");
    if (c == u"subject-empty")
        return QCoreApplication::translate("relance::ui::QueueView", "the subject is empty");
    if (c == u"subject-too-long")
        return QCoreApplication::translate("relance::ui::QueueView", "the subject is too long");
    if (c == u"subject-multiline")
        return QCoreApplication::translate("relance::ui::QueueView", "the subject has more than one line");
    if (c == u"body-too-short")
        return QCoreApplication::translate("relance::ui::QueueView", "the text is too short");
    if (c == u"body-too-long")
        return QCoreApplication::translate("relance::ui::QueueView", "the text is too long");
    if (c == u"wrong-language")
        return QCoreApplication::translate("relance::ui::QueueView", "the text is not in the client's language");
    if (c == u"template-language-fallback")
        return QCoreApplication::translate("relance::ui::QueueView",
                                           "no template in the client's language: written in another language");
    if (c == u"llm-rate-limited")
        return QCoreApplication::translate("relance::ui::QueueView",
                                           "the model was busy (rate limited): the built-in template wrote this draft");
    if (c == u"llm-unreachable")
        return QCoreApplication::translate("relance::ui::QueueView",
                                           "the model could not be reached: the built-in template wrote this draft");
    if (c == u"llm-bad-request" || c.startsWith(u"llm-"))
        return QCoreApplication::translate(
            "relance::ui::QueueView", "the model's answer could not be used: the built-in template wrote this draft");
    return f.detail.isEmpty() ? f.code : f.detail;
}

} // namespace relance::ui
