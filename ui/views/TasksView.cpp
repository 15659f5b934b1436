#include "TasksView.h"

#include "ErrorText.h"
#include "models/InvoiceModel.h"
#include "models/Roles.h"
#include "models/SortFilterProxy.h"

#include <QCheckBox>
#include <QKeyEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace relance::ui {

TasksView::TasksView(ReviewSession& session, QWidget* parent)
    : QWidget(parent), m_s(session), m_model(new TaskModel(this)), m_proxy(new SortFilterProxy(this))
{
    setObjectName(QStringLiteral("page"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setStates({0});
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(12, 8, 12, 8);
    auto* title = new QLabel(tr("Follow-up tasks"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    outer->addWidget(title);
    auto* bar = new QHBoxLayout;
    auto* search = new QLineEdit(this);
    search->setPlaceholderText(tr("Search task, client or person…"));
    search->setClearButtonEnabled(true);
    m_showDone = new QCheckBox(tr("Show done"), this);
    bar->addWidget(search, 2);
    bar->addWidget(m_showDone);
    bar->addStretch(1);
    outer->addLayout(bar);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("taskTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TaskModel::DueCol, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(24);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {50, 380, 220, 130, 90};
    for (int c = 0; c < 5; ++c)
        m_table->setColumnWidth(c, widths[c]);
    outer->addWidget(m_table, 1);
    auto* hint = new QLabel(tr("Space marks the selected task done or not done; F2 assigns it."), this);
    hint->setObjectName(QStringLiteral("cardCaption"));
    outer->addWidget(hint);

    m_model->onSetDone = [this](qint64 id, bool done) {
        if (auto ok = m_s.clientActions->setTaskDone(id, done); !ok) {
            Q_EMIT message(NotificationArea::Severity::Error, ErrorText::failed(tr("Updating the task failed"), ok.error()));
            return false;
        }
        return true;
    };
    m_model->onSetAssignee = [this](qint64 id, const QString& who) {
        if (auto ok = m_s.clientActions->setTaskAssignee(id, who); !ok) {
            Q_EMIT message(NotificationArea::Severity::Error, ErrorText::failed(tr("Assigning the task failed"), ok.error()));
            return false;
        }
        return true;
    };
    connect(search, &QLineEdit::textChanged, this, [this](const QString& t) { m_proxy->setSearchText(t); });
    connect(m_showDone, &QCheckBox::toggled, this, [this](bool on) { m_proxy->setStates(on ? QSet<int>{} : QSet<int>{0}); });
    // Space toggles done on the selected row (the check box column need not have focus).
    m_table->installEventFilter(this);
}

bool TasksView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Space && m_table->currentIndex().isValid()) {
        const QModelIndex done = m_proxy->index(m_table->currentIndex().row(), TaskModel::DoneCol);
        const bool isDone = done.data(Qt::CheckStateRole).toInt() == Qt::Checked;
        m_proxy->setData(done, isDone ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

Result<void> TasksView::reload()
{
    auto rows = loadTasks(*m_s.db);
    if (!rows)
        return std::unexpected(rows.error());
    m_model->setRows(std::move(*rows));
    return {};
}

} // namespace relance::ui
