#include "InvoicesView.h"

#include "ErrorText.h"
#include "models/InvoiceModel.h"
#include "models/Roles.h"
#include "models/SortFilterProxy.h"
#include "Theme.h"

#include <QCheckBox>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace relance::ui {

InvoicesView::InvoicesView(ReviewSession& session, QWidget* parent)
    : QWidget(parent), m_s(session), m_model(new InvoiceModel(session.asOf, session.policy(), this)),
      m_proxy(new SortFilterProxy(this))
{
    setObjectName(QStringLiteral("page"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setHideZeroRaw(InvoiceModel::OpenCol, true);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(12, 8, 12, 8);
    auto* title = new QLabel(tr("Invoices"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    outer->addWidget(title);
    auto* bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search invoice or client…"));
    m_search->setClearButtonEnabled(true);
    m_bucket = new QComboBox(this);
    m_bucket->addItem(tr("All buckets"), -1);
    for (AgingBucket b : {AgingBucket::Current, AgingBucket::Light, AgingBucket::Moderate, AgingBucket::Serious})
        m_bucket->addItem(bucketLabel(b), int(b));
    m_openOnly = new QCheckBox(tr("Open only"), this);
    m_openOnly->setChecked(true);
    m_client = new QLabel(this);
    auto* clearClient = new QToolButton(this);
    clearClient->setText(tr("All clients"));
    clearClient->hide();
    m_count = new QLabel(this);
    bar->addWidget(m_search, 2);
    bar->addWidget(m_bucket);
    bar->addWidget(m_openOnly);
    bar->addWidget(m_client);
    bar->addWidget(clearClient);
    bar->addStretch(1);
    bar->addWidget(m_count);
    outer->addLayout(bar);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("invoiceTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(InvoiceModel::DaysLateCol, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(24);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {90, 260, 90, 90, 120, 120, 80, 90};
    for (int c = 0; c < 8; ++c)
        m_table->setColumnWidth(c, widths[c]);
    outer->addWidget(m_table, 1);

    auto updateCount = [this] { m_count->setText(tr("%n invoice(s)", "", m_proxy->rowCount())); };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, updateCount);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& t) { m_proxy->setSearchText(t); });
    connect(m_bucket, &QComboBox::currentIndexChanged, this, [this] { m_proxy->setBucket(m_bucket->currentData().toInt()); });
    connect(m_openOnly, &QCheckBox::toggled, this, [this](bool on) { m_proxy->setHideZeroRaw(InvoiceModel::OpenCol, on); });
    connect(clearClient, &QToolButton::clicked, this, [this, clearClient] {
        filterClient(0, QString());
        clearClient->hide();
    });
    m_clearClient = clearClient;
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& idx) { Q_EMIT clientActivated(idx.data(ClientIdRole).toLongLong()); });
}

Result<void> InvoicesView::reload()
{
    auto rows = loadInvoices(*m_s.db);
    if (!rows)
        return std::unexpected(rows.error());
    m_model->setRows(std::move(*rows));
    m_loaded = true;
    m_count->setText(tr("%n invoice(s)", "", m_proxy->rowCount()));
    return {};
}

void InvoicesView::reloadInBackground(const QString& databaseUrl)
{
    const int generation = ++m_generation;
    m_count->setText(tr("Loading…"));
    auto future = QtConcurrent::run([databaseUrl]() -> Result<QList<InvoiceRow>> {
        auto db = Database::open(databaseUrl);
        if (!db)
            return std::unexpected(db.error());
        return loadInvoices(**db);
    });
    auto* watcher = new QFutureWatcher<Result<QList<InvoiceRow>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        Result<QList<InvoiceRow>> rows = watcher->result();
        if (!rows) {
            m_count->clear();
            Q_EMIT failed(ErrorText::sentence(rows.error()));
            return;
        }
        m_model->setRows(std::move(*rows));
        m_loaded = true;
        m_count->setText(tr("%n invoice(s)", "", m_proxy->rowCount()));
        Q_EMIT loaded();
    });
    watcher->setFuture(future);
}

void InvoicesView::filterBucket(int bucket)
{
    const int i = m_bucket->findData(bucket);
    m_bucket->setCurrentIndex(i >= 0 ? i : 0);
}

void InvoicesView::filterClient(qint64 clientId, const QString& name)
{
    m_proxy->setClientId(clientId);
    m_client->setText(clientId ? tr("Client: <b>%1</b>").arg(name.toHtmlEscaped()) : QString());
    m_clearClient->setVisible(clientId != 0);
}

} // namespace relance::ui
