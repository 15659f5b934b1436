#pragma once
// The outbox as a person sees it: what is approved and waiting, being sent, sent (when, with which message id), and
// what needs a person: reminders the sender flagged ambiguous (it could not tell whether Microsoft 365 delivered
// them) and failed ones with the reason. For a flagged one the person decides "it was sent" or "it was not sent,
// send it again"; the decision itself is core's (mail::resolveAmbiguous: one transaction, version-checked, audited).
#include "ReviewSession.h"
#include "mail/OutboxReview.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QTemporaryDir>
#include <QWidget>
#include <memory>

class QComboBox;
class QProcess;

class QLabel;
class QPushButton;
class QTableView;

namespace relance::ui {

class SortFilterProxy;

class OutboxModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StatusCol, ClientCol, InvoicesCol, AmountCol, RecipientCol, WhenCol, DetailCol, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(QList<mail::OutboxEntry> entries);
    // Replaces one row in place (after a decision), or removes it when `entry` is empty.
    void updateEntry(qint64 reminderId, const std::optional<mail::OutboxEntry>& entry);
    const mail::OutboxEntry* entry(int row) const;
    int rowOf(qint64 reminderId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusLabel(mail::OutboxStatus s);

private:
    QList<mail::OutboxEntry> m_entries;
};

class OutboxView : public QWidget
{
    Q_OBJECT
public:
    enum class Filter { All, NeedsPerson, Pending, Sent };

    explicit OutboxView(ReviewSession& session, QWidget* parent = nullptr);
    Result<void> reload();
    void setFilter(Filter f);
    // Selects the reminder's row (false when it is not shown).
    bool selectReminder(qint64 reminderId);
    qint64 currentId() const;

    // The decisions about the selected ambiguous reminder: ask for a note (the Prompter), then core decides.
    void confirmSent();
    void sendAgain();

    // "Send now": runs `relance-cli send --json` (next to this program) as a child process with this session's
    // configuration and database, so the one sender of core does it with its exactly-once bookkeeping, its pacing and
    // its pre-send checks, and the window never waits on it. The result is reported through message(); the view reloads.
    void sendNow();
    bool isSending() const { return m_process != nullptr; }
    QPushButton* sendNowButton() const { return m_sendNow; }
    // Where the child program is looked for (tests point it at the build tree's relance-cli).
    void setCliPath(const QString& path) { m_cliPath = path; }

    OutboxModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLabel* summary() const { return m_summary; }
    QLabel* detail() const { return m_detail; }
    mail::OutboxCounts counts() const { return m_counts; }

    // The navigation's icon: an envelope (drawn, like the other icons).
    static QIcon navigationIcon();

Q_SIGNALS:
    void message(int severity, const QString& text);
    void outboxChanged();

private:
    void showCurrent();
    void decide(mail::AmbiguousDecision decision);
    void updateSummary();
    void sendFinished(int exitCode, const QByteArray& out, const QByteArray& err);

    ReviewSession& m_s;
    OutboxModel* m_model;
    SortFilterProxy* m_proxy;
    QTableView* m_table;
    QComboBox* m_filter;
    QLabel* m_summary;
    QLabel* m_detail;
    QPushButton* m_markSent;
    QPushButton* m_sendAgain;
    QPushButton* m_sendNow;
    QProcess* m_process = nullptr;
    std::unique_ptr<QTemporaryDir> m_runDir;
    QString m_cliPath;
    mail::OutboxCounts m_counts;
};

} // namespace relance::ui
