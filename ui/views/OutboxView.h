#pragma once
// The outbox as a person sees it: what is approved and waiting, being sent, sent (when, with which message id), and
// what needs a person: reminders the sender flagged ambiguous (it could not tell whether Microsoft 365 delivered
// them) and failed ones with the reason. For a flagged one the person decides "it was sent" or "it was not sent,
// send it again"; the decision itself is core's (mail::resolveAmbiguous: one transaction, version-checked, audited).
#include "NotificationArea.h"
#include "ReviewSession.h"
#include "mail/OutboxReview.h"
#include "models/OutboxModel.h"

#include <QIcon>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace relance::mail {
struct SendReport;
}
namespace relance::worker {
class IoWorkerThread;
}

namespace relance::ui {

class SortFilterProxy;

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

    // "Send now": asks the I/O worker (core/worker, its own thread and database connection) for a send run with this
    // session's configuration, so the one sender of core does it with its exactly-once bookkeeping, its pacing and its
    // pre-send checks, and the window never waits on it. Progress shows on the button as reminders go out; the result
    // is reported through message() and the view reloads.
    void setWorker(worker::IoWorkerThread* worker);
    void sendNow();
    bool isSending() const { return m_sending; }
    QPushButton* sendNowButton() const { return m_sendNow; }

    OutboxModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLabel* summary() const { return m_summary; }
    QLabel* detail() const { return m_detail; }
    mail::OutboxCounts counts() const { return m_counts; }

    // The navigation's icon: an envelope (drawn, like the other icons).
    static QIcon navigationIcon();

Q_SIGNALS:
    // `technical`: the English detail of an error, for the banner's tooltip.
    void message(relance::ui::NotificationArea::Severity severity, const QString& text, const QString& technical = {});
    void outboxChanged();

private:
    void showCurrent();
    void decide(mail::AmbiguousDecision decision);
    void updateSummary();
    void sendFinished(const mail::SendReport& report);
    void reportReload(); // reload(), and a message when the outbox could not be read
    void sendFailed(const Error& error);

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
    worker::IoWorkerThread* m_worker = nullptr;
    bool m_sending = false;
    int m_sendDone = 0;
    mail::OutboxCounts m_counts;
};

} // namespace relance::ui
