#pragma once
// The week at a glance: open amount and count per aging bucket (chart and figures), DSO and its trend,
// the top overdue clients, clients paying later and later, drafts waiting, reminders sent, replies waiting.
#include "ReviewSession.h"
#include "queries/ListQueries.h"

#include <QWidget>

class QChartView;
class QLabel;
class QTableWidget;
class QGridLayout;

namespace relance::ui {

class DashboardView : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardView(ReviewSession& session, QWidget* parent = nullptr);
    Result<void> reload();
    // Computes the figures on a worker thread with its own connection to `databaseUrl`, then shows them;
    // emits loaded() (or failed()) on the GUI thread. The GUI never waits for the aggregates.
    void reloadInBackground(const QString& databaseUrl);
    bool isLoaded() const { return m_loaded; }
    const DashboardData& data() const { return m_data; }
    // The figures as shown, for tests: bucket name -> {count text, amount text}.
    QLabel* bucketCountLabel(AgingBucket b) const { return m_bucketCount[int(b)]; }
    QLabel* bucketAmountLabel(AgingBucket b) const { return m_bucketAmount[int(b)]; }
    QLabel* dsoLabel() const { return m_dso; }

Q_SIGNALS:
    void bucketActivated(int bucket);            // open the invoice list filtered on it
    void clientActivated(qint64 clientId);       // open the client's page
    void draftsActivated();                      // open the queue
    void loaded();
    void failed(const QString& detail);

private:
    void show(DashboardData data);
    QWidget* card(const QString& caption, QLabel** value, QLabel** detail);
    void fillCharts();

    ReviewSession& m_s;
    DashboardData m_data;
    QLabel* m_open = nullptr;
    QLabel* m_openDetail = nullptr;
    QLabel* m_overdue = nullptr;
    QLabel* m_overdueDetail = nullptr;
    QLabel* m_dso = nullptr;
    QLabel* m_dsoDetail = nullptr;
    QLabel* m_drafts = nullptr;
    QLabel* m_draftsDetail = nullptr;
    QLabel* m_sent = nullptr;
    QLabel* m_sentDetail = nullptr;
    QLabel* m_replies = nullptr;
    QLabel* m_repliesDetail = nullptr;
    QLabel* m_bucketCount[4] = {};
    QLabel* m_bucketAmount[4] = {};
    QChartView* m_bucketChart = nullptr;
    QChartView* m_trendChart = nullptr;
    QTableWidget* m_top = nullptr;
    QTableWidget* m_slowing = nullptr;
    QLabel* m_empty = nullptr;
    bool m_loaded = false;
    int m_generation = 0;
};

} // namespace relance::ui
