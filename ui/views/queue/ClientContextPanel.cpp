#include "ClientContextPanel.h"

#include "ErrorText.h"
#include "Theme.h"
#include "queries/ClientQueries.h"

#include <QCoreApplication>
#include <QTextBrowser>

namespace relance::ui {

// These strings were QueueView's: they keep its translation context, so the reviewed translations stay attached.

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString tableHtml(const QStringList& headers, const QList<QStringList>& rows, const QList<int>& rightAligned = {})
{
    QString h = QStringLiteral("<table width='100%' cellspacing='0' cellpadding='3' style='font-size:12px'><tr>");
    for (int c = 0; c < headers.size(); ++c)
        h += QStringLiteral("<th align='%1' style='background:#eef0f3'>%2</th>")
                 .arg(rightAligned.contains(c) ? QStringLiteral("right") : QStringLiteral("left"), esc(headers[c]));
    h += QStringLiteral("</tr>");
    for (const QStringList& r : rows) {
        h += QStringLiteral("<tr>");
        for (int c = 0; c < r.size(); ++c)
            h += QStringLiteral("<td align='%1' style='border-bottom:1px solid #eceef1'>%2</td>")
                     .arg(rightAligned.contains(c) ? QStringLiteral("right") : QStringLiteral("left"), r[c]);
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</table>");
}

QString emptyHtml(const QString& text)
{
    return QStringLiteral("<p style='color:#5d6875'>%1</p>").arg(esc(text));
}

} // namespace

ClientContextPanel::ClientContextPanel(ReviewSession& session, QWidget* parent) : QTabWidget(parent), m_s(session)
{
    m_invoices = new QTextBrowser(this);
    m_history = new QTextBrowser(this);
    m_previous = new QTextBrowser(this);
    m_promises = new QTextBrowser(this);
    m_invoices->setObjectName(QStringLiteral("contextInvoices"));
    m_history->setObjectName(QStringLiteral("contextHistory"));
    m_previous->setObjectName(QStringLiteral("contextPrevious"));
    m_promises->setObjectName(QStringLiteral("contextPromises"));
    addTab(m_invoices, QCoreApplication::translate("relance::ui::QueueView", "Invoices"));
    //: tab: the client's CRM history (calls, e-mails, meetings)
    addTab(m_history, QCoreApplication::translate("relance::ui::QueueView", "CRM history"));
    addTab(m_previous, QCoreApplication::translate("relance::ui::QueueView", "Reminders and replies"));
    addTab(m_promises, QCoreApplication::translate("relance::ui::QueueView", "Promises to pay"));
}

void ClientContextPanel::clear()
{
    m_invoices->clear();
    m_history->clear();
    m_previous->clear();
    m_promises->clear();
}

void ClientContextPanel::report(const Error& e, const QString& what)
{
    Q_EMIT message(NotificationArea::Severity::Error, ErrorText::failed(what, e));
}

void ClientContextPanel::showContext(const Reminder& r)
{
    const QLocale loc = reviewerLocale();
    QList<QStringList> rows;
    qint64 total = 0;
    QString currency = QStringLiteral("CHF");
    for (const ReminderLine& l : r.lines) {
        rows << QStringList{esc(l.invoiceNumber), formatDate(l.dueDate), esc(formatMoney(l.openMinor, l.currency, loc)),
                            loc.toString(daysLate(l.dueDate, m_s.asOf))};
        total += l.openMinor;
        currency = l.currency;
    }
    rows << QStringList{
        QStringLiteral("<b>%1</b>").arg(esc(QCoreApplication::translate("relance::ui::QueueView", "Total"))), QString(),
        QStringLiteral("<b>%1</b>").arg(esc(formatMoney(total, currency, loc))), QString()};
    m_invoices->setHtml(tableHtml({QCoreApplication::translate("relance::ui::QueueView", "Invoice"),
                                   QCoreApplication::translate("relance::ui::QueueView", "Due"),
                                   QCoreApplication::translate("relance::ui::QueueView", "Open"),
                                   QCoreApplication::translate("relance::ui::QueueView", "Days late")},
                                  rows, {2, 3}));

    QString history;
    if (auto list = m_s.store->interactions(r.clientId); list) {
        for (const Interaction& i : *list) {
            if (i.subject == QLatin1String(kPromiseSubject))
                continue;
            const QString dir = i.direction == Direction::Inbound    ? QStringLiteral("←")
                                : i.direction == Direction::Outbound ? QStringLiteral("→")
                                                                     : QStringLiteral("·");
            history +=
                QStringLiteral("<p style='margin:0 0 8px 0'><span style='color:#5d6875'>%1 &nbsp;%2 %3</span>"
                               "<br><b>%4</b>%5</p>")
                    .arg(i.occurredAt.toLocalTime().toString(QStringLiteral("dd.MM.yyyy")), dir,
                         esc(interactionLabel(i.kind)) +
                             (i.author.isEmpty() ? QString() : QStringLiteral(" · ") + esc(i.author)),
                         esc(i.subject), i.summary.isEmpty() ? QString() : QStringLiteral("<br>") + esc(i.summary));
        }
    } else {
        report(list.error(), QCoreApplication::translate("relance::ui::QueueView", "Reading the CRM history failed"));
    }
    m_history->setHtml(history.isEmpty() ? emptyHtml(QCoreApplication::translate("relance::ui::QueueView",
                                                                                 "No CRM history for this client."))
                                         : history);

    QList<QStringList> prev;
    if (auto earlier = clientCorrespondence(*m_s.db, r.clientId, r.id); earlier) {
        for (const ClientCorrespondence& c : *earlier)
            prev << QStringList{
                formatDate(c.date),
                esc(c.state ? stateLabel(*c.state) : QCoreApplication::translate("relance::ui::QueueView", "Reply")),
                esc(c.subject)};
    } else {
        report(earlier.error(),
               QCoreApplication::translate("relance::ui::QueueView", "Reading earlier reminders failed"));
    }
    m_previous->setHtml(prev.isEmpty() ? emptyHtml(QCoreApplication::translate("relance::ui::QueueView",
                                                                               "No earlier reminders or replies."))
                                       : tableHtml({QCoreApplication::translate("relance::ui::QueueView", "Date"),
                                                    QCoreApplication::translate("relance::ui::QueueView", "State"),
                                                    QCoreApplication::translate("relance::ui::QueueView", "Subject")},
                                                   prev));

    QList<QStringList> prom;
    if (auto list = m_s.clientActions->promises(r.clientId); list) {
        for (const PaymentPromise& p : *list) {
            const bool broken = ClientActions::promiseBroken(p, m_s.asOf, total);
            prom << QStringList{
                formatDate(p.promisedFor), esc(formatMoney(p.amount, loc)),
                broken ? QStringLiteral("<span style='color:#b82e2e'>%1</span>")
                             .arg(esc(QCoreApplication::translate("relance::ui::QueueView", "Broken: chasing resumed")))
                       : esc(QCoreApplication::translate("relance::ui::QueueView", "Chasing paused")),
                esc(p.note)};
        }
    }
    m_promises->setHtml(
        prom.isEmpty() ? emptyHtml(QCoreApplication::translate("relance::ui::QueueView", "No promise to pay recorded."))
                       : tableHtml({QCoreApplication::translate("relance::ui::QueueView", "Pays by"),
                                    QCoreApplication::translate("relance::ui::QueueView", "Amount"),
                                    QCoreApplication::translate("relance::ui::QueueView", "State"),
                                    QCoreApplication::translate("relance::ui::QueueView", "Note")},
                                   prom, {1}));
}

} // namespace relance::ui
