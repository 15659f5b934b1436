#include "QueueFilterBar.h"

#include "Theme.h"
#include "models/SortFilterProxy.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace relance::ui {

// These strings were QueueView's: they keep its translation context, so the reviewed translations stay attached.

namespace {
enum StateChoice
{
    ToReview,
    Approved,
    Snoozed,
    Rejected,
    AllStates
};
}

QueueFilterBar::QueueFilterBar(SortFilterProxy* proxy, QWidget* parent) : QWidget(parent), m_proxy(proxy)
{
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 4);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("queueSearch"));
    m_search->setPlaceholderText(QCoreApplication::translate("relance::ui::QueueView", "Search client or invoice…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_bucket = new QComboBox(this);
    m_bucket->addItem(QCoreApplication::translate("relance::ui::QueueView", "All buckets"), -1);
    for (AgingBucket b : {AgingBucket::Light, AgingBucket::Moderate, AgingBucket::Serious})
        m_bucket->addItem(bucketLabel(b), int(b));
    m_language = new QComboBox(this);
    m_language->addItem(QCoreApplication::translate("relance::ui::QueueView", "All languages"), -1);
    for (Language l : {Language::French, Language::German, Language::English, Language::Italian})
        m_language->addItem(languageLabel(l), int(l));
    m_state = new QComboBox(this);
    m_state->addItem(QCoreApplication::translate("relance::ui::QueueView", "To review"), ToReview);
    m_state->addItem(QCoreApplication::translate("relance::ui::QueueView", "Approved"), Approved);
    m_state->addItem(QCoreApplication::translate("relance::ui::QueueView", "Snoozed"), Snoozed);
    m_state->addItem(QCoreApplication::translate("relance::ui::QueueView", "Rejected"), Rejected);
    m_state->addItem(QCoreApplication::translate("relance::ui::QueueView", "All states"), AllStates);
    m_clientFilter = new QLabel(this);
    m_clientFilter->hide();
    m_count = new QLabel(this);
    row->addWidget(m_search, 2);
    row->addWidget(m_bucket);
    row->addWidget(m_language);
    row->addWidget(m_state);
    row->addWidget(m_clientFilter);
    row->addStretch(1);
    row->addWidget(m_count);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& t) { m_proxy->setSearchText(t); });
    connect(m_bucket, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setBucket(m_bucket->currentData().toInt()); });
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setLanguage(m_language->currentData().toInt()); });
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        switch (m_state->currentData().toInt()) {
        case ToReview:
            m_proxy->setStates({int(ReminderState::Drafted), int(ReminderState::NeedsReview)});
            break;
        case Approved:
            m_proxy->setStates({int(ReminderState::Approved), int(ReminderState::Sending), int(ReminderState::Sent)});
            break;
        case Snoozed:
            m_proxy->setStates({int(ReminderState::Snoozed)});
            break;
        case Rejected:
            m_proxy->setStates(
                {int(ReminderState::Rejected), int(ReminderState::Cancelled), int(ReminderState::Failed)});
            break;
        default:
            m_proxy->setStates({});
            break;
        }
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, [this] { updateCount(); });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] { updateCount(); });
}

void QueueFilterBar::updateCount()
{
    m_count->setText(QCoreApplication::translate("relance::ui::QueueView", "%n draft(s)", "", m_proxy->rowCount()));
}

void QueueFilterBar::filterBucket(int bucket)
{
    const int i = m_bucket->findData(bucket);
    m_bucket->setCurrentIndex(i >= 0 ? i : 0);
}

void QueueFilterBar::filterClient(qint64 clientId, const QString& name)
{
    m_proxy->setClientId(clientId);
    m_clientFilter->setVisible(clientId != 0);
    m_clientFilter->setText(QCoreApplication::translate("relance::ui::QueueView", "Client: %1").arg(name));
    m_state->setCurrentIndex(m_state->findData(clientId ? AllStates : ToReview));
}

} // namespace relance::ui
