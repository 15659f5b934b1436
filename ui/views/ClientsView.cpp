#include "ClientsView.h"

#include "ErrorText.h"
#include "models/InvoiceModel.h"
#include "models/Roles.h"
#include "models/SortFilterProxy.h"
#include "queries/ClientQueries.h"
#include "Theme.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace relance::ui {

namespace {
QTableView* listTable(QWidget* parent)
{
    auto* t = new QTableView(parent);
    t->setSortingEnabled(true);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(24);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}
} // namespace

ClientsView::ClientsView(ReviewSession& session, QWidget* parent)
    : QWidget(parent), m_s(session), m_model(new ClientModel(session.currency(), session.policy(), this)),
      m_proxy(new SortFilterProxy(this)), m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("page"));
    m_proxy->setSourceModel(m_model);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    auto* list = new QWidget(m_stack);
    auto* ll = new QVBoxLayout(list);
    ll->setContentsMargins(12, 8, 12, 8);
    auto* title = new QLabel(tr("Clients"), list);
    title->setObjectName(QStringLiteral("pageTitle"));
    ll->addWidget(title);
    auto* bar = new QHBoxLayout;
    m_search = new QLineEdit(list);
    m_search->setPlaceholderText(tr("Search name, number or accountant…"));
    m_search->setClearButtonEnabled(true);
    m_count = new QLabel(list);
    bar->addWidget(m_search, 2);
    bar->addStretch(1);
    bar->addWidget(m_count);
    ll->addLayout(bar);
    m_table = listTable(list);
    m_table->setObjectName(QStringLiteral("clientTable"));
    m_table->setModel(m_proxy);
    m_table->sortByColumn(ClientModel::OpenCol, Qt::DescendingOrder);
    const int widths[] = {70, 250, 50, 100, 100, 95, 120, 95};
    for (int c = 0; c < 8; ++c)
        m_table->setColumnWidth(c, widths[c]);
    ll->addWidget(m_table, 1);
    m_stack->addWidget(list);
    m_stack->addWidget(buildPage());

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& t) {
        m_proxy->setSearchText(t);
        m_count->setText(tr("%n client(s)", "", m_proxy->rowCount()));
    });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& idx) { showClient(idx.data(IdRole).toLongLong()); });
}

QWidget* ClientsView::buildPage()
{
    auto* page = new QWidget(m_stack);
    auto* l = new QVBoxLayout(page);
    l->setContentsMargins(12, 8, 12, 8);
    auto* head = new QHBoxLayout;
    auto* back = new QPushButton(tr("← All clients"), page);
    back->setToolTip(tr("Back to the list (Alt+Left or Backspace)"));
    auto* backAction = new QAction(page);
    backAction->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_Backspace)});
    backAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(backAction, &QAction::triggered, this, &ClientsView::showList);
    page->addAction(backAction);
    m_pageTitle = new QLabel(page);
    m_pageTitle->setObjectName(QStringLiteral("pageTitle"));
    auto* queue = new QPushButton(tr("Show drafts"), page);
    head->addWidget(back);
    head->addWidget(m_pageTitle, 1);
    head->addWidget(queue);
    l->addLayout(head);
    m_pageFacts = new QLabel(page);
    m_pageFacts->setTextFormat(Qt::RichText);
    m_pageFacts->setWordWrap(true);
    l->addWidget(m_pageFacts);
    m_behaviour = new QLabel(page);
    m_behaviour->setObjectName(QStringLiteral("card"));
    m_behaviour->setTextFormat(Qt::RichText);
    m_behaviour->setMargin(8);
    l->addWidget(m_behaviour);
    auto* split = new QSplitter(Qt::Horizontal, page);
    m_pageInvoices = new InvoiceModel(m_s.asOf, m_s.policy(), this);
    auto* proxy = new SortFilterProxy(this);
    proxy->setSourceModel(m_pageInvoices);
    m_pageTable = listTable(split);
    m_pageTable->setModel(proxy);
    m_pageTable->setColumnHidden(InvoiceModel::ClientCol, true);
    m_pageTable->sortByColumn(InvoiceModel::DueCol, Qt::DescendingOrder);
    const int widths[] = {78, 0, 84, 84, 108, 108, 48, 84};
    for (int c = 0; c < 8; ++c)
        if (widths[c])
            m_pageTable->setColumnWidth(c, widths[c]);
    m_pageHistory = new QTextBrowser(split);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({690, 380});
    l->addWidget(split, 1);
    connect(back, &QPushButton::clicked, this, &ClientsView::showList);
    connect(queue, &QPushButton::clicked, this, [this] { Q_EMIT openQueueFor(m_clientId, clientName(m_clientId)); });
    return page;
}

Result<void> ClientsView::reload()
{
    auto rows = loadClients(*m_s.db, m_s.asOf, m_s.currency());
    if (!rows)
        return std::unexpected(rows.error());
    m_model->setRows(std::move(*rows));
    m_count->setText(tr("%n client(s)", "", m_proxy->rowCount()));
    m_loaded = true;
    return {};
}

QString ClientsView::clientName(qint64 id) const
{
    for (int i = 0; i < m_model->rowCount(); ++i)
        if (m_model->rowAt(i).id == id)
            return m_model->rowAt(i).name;
    return {};
}

bool ClientsView::showingClient() const { return m_stack->currentIndex() == 1; }

void ClientsView::showList()
{
    m_stack->setCurrentIndex(0);
    m_table->setFocus();
}

void ClientsView::showClient(qint64 clientId)
{
    auto client = m_s.store->client(clientId);
    if (!client || !*client) {
        if (!client)
            Q_EMIT message(NotificationArea::Severity::Error, ErrorText::failed(tr("Reading the client failed"), client.error()));
        return;
    }
    const Client& c = **client;
    m_clientId = clientId;
    const QLocale loc = reviewerLocale();
    m_pageTitle->setText(QStringLiteral("%1 · %2").arg(c.name, c.number));
    QString chase = c.isChaseBlocked(m_s.asOf)
                        ? QStringLiteral("<span style='color:#8a4b08'>%1</span>")
                              .arg((c.doNotChaseUntil.isValid() ? tr("Chasing paused until %1").arg(formatDate(c.doNotChaseUntil))
                                                                : tr("Do not chase"))
                                       .toHtmlEscaped() +
                                   (c.doNotChaseReason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(c.doNotChaseReason.toHtmlEscaped())))
                        : tr("Chased normally");
    m_pageFacts->setText(tr("<b>Contact:</b> %1 &nbsp; <b>Reminders to:</b> %2 &nbsp; <b>Language:</b> %3 &nbsp; "
                            "<b>Mandate:</b> %4 &nbsp; <b>Accountant:</b> %5 &nbsp; <b>Chasing:</b> %6")
                             .arg(c.contactPerson.toHtmlEscaped(), c.reminderEmails.join(QStringLiteral(", ")).toHtmlEscaped(),
                                  languageLabel(c.language), mandateLabel(c.mandateType), c.accountant.toHtmlEscaped(), chase));
    if (auto invoices = loadInvoices(*m_s.db, clientId); invoices)
        m_pageInvoices->setRows(std::move(*invoices));
    // Payment behaviour from this client's paid invoices only.
    auto paidRows = paidInvoices(*m_s.db, clientId);
    if (!paidRows)
        Q_EMIT message(NotificationArea::Severity::Error, ErrorText::failed(tr("Reading the payment history failed"), paidRows.error()));
    const QList<PaidInvoiceRow> paid = paidRows ? *paidRows : QList<PaidInvoiceRow>();
    const QList<PaymentBehaviour> b = paymentBehaviour(paid, m_s.asOf);
    if (b.isEmpty()) {
        m_behaviour->setText(tr("<b>Payment behaviour:</b> no paid invoice yet."));
    } else {
        const PaymentBehaviour& p = b.first();
        QString trend;
        if (auto t = p.trendDays())
            trend = *t >= 5 ? QStringLiteral("<span style='color:#b82e2e'>%1</span>")
                                  .arg(tr("paying %1 days later than before").arg(loc.toString(*t, 'f', 1)))
                   : *t <= -5 ? tr("paying %1 days earlier than before").arg(loc.toString(-*t, 'f', 1))
                              : tr("steady");
        m_behaviour->setText(tr("<b>Payment behaviour:</b> %n invoice(s) paid, on average %1 days after the invoice date "
                                "and %2 days after the due date; recent trend: %3",
                                "", p.paidCount)
                                 .arg(loc.toString(p.averageDaysToPay, 'f', 1), loc.toString(p.averageDaysLate, 'f', 1),
                                      trend.isEmpty() ? tr("not enough data") : trend));
    }
    QString html;
    if (auto list = m_s.store->interactions(clientId); list) {
        for (const Interaction& i : *list)
            html += QStringLiteral("<p style='margin:0 0 8px 0'><span style='color:#5d6875'>%1 · %2</span><br><b>%3</b><br>%4</p>")
                        .arg(i.occurredAt.toLocalTime().toString(QStringLiteral("dd.MM.yyyy")), interactionLabel(i.kind).toHtmlEscaped(),
                             (i.subject == QLatin1String(kPromiseSubject) ? tr("Promise to pay") : i.subject).toHtmlEscaped(),
                             i.summary.toHtmlEscaped());
    }
    m_pageHistory->setHtml(html.isEmpty() ? tr("No CRM history for this client.") : html);
    m_stack->setCurrentIndex(1);
    m_pageTable->setFocus();
}

} // namespace relance::ui
