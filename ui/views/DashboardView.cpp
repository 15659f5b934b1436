#include "DashboardView.h"

#include "ErrorText.h"
#include "Theme.h"

#include <QBarCategoryAxis>
#include <QStackedBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QMouseEvent>
#include <QScatterSeries>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>
#include <cmath>

namespace relance::ui {

namespace {

// A label that reports clicks: bucket figures and cards open the lists behind them.
class ClickableFrame : public QFrame
{
public:
    std::function<void()> onClick;
    using QFrame::QFrame;

protected:
    void mouseReleaseEvent(QMouseEvent* e) override
    {
        if (onClick && e->button() == Qt::LeftButton)
            onClick();
        QFrame::mouseReleaseEvent(e);
    }
};

QTableWidget* smallTable(QWidget* parent, const QStringList& headers)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(21);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    // Eight rows at most: sizing the figure columns to their contents costs nothing here.
    for (int c = 1; c < headers.size(); ++c)
        t->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    t->horizontalHeader()->setHighlightSections(false);
    t->setAlternatingRowColors(true);
    t->setShowGrid(false);
    return t;
}

QTableWidgetItem* item(const QString& text, bool right = false)
{
    auto* i = new QTableWidgetItem(text);
    if (right)
        i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return i;
}

QString days(std::optional<double> d)
{
    return d ? reviewerLocale().toString(*d, 'f', 1) : QStringLiteral("–");
}

} // namespace

DashboardView::DashboardView(ReviewSession& session, QWidget* parent) : QWidget(parent), m_s(session)
{
    setObjectName(QStringLiteral("page"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(12, 8, 12, 8);
    outer->setSpacing(8);
    auto* title = new QLabel(tr("Accounts receivable"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    outer->addWidget(title);
    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    m_empty->hide();
    outer->addWidget(m_empty);

    auto* cards = new QHBoxLayout;
    cards->setSpacing(8);
    cards->addWidget(card(tr("Open receivables"), &m_open, &m_openDetail));
    cards->addWidget(card(tr("Overdue"), &m_overdue, &m_overdueDetail));
    //: DSO: days sales outstanding
    cards->addWidget(card(tr("DSO (countback)"), &m_dso, &m_dsoDetail));
    QWidget* drafts = card(tr("Drafts waiting"), &m_drafts, &m_draftsDetail);
    static_cast<ClickableFrame*>(drafts)->onClick = [this] { Q_EMIT draftsActivated(); };
    drafts->setCursor(Qt::PointingHandCursor);
    cards->addWidget(drafts);
    cards->addWidget(card(tr("Sent this week"), &m_sent, &m_sentDetail));
    cards->addWidget(card(tr("Replies waiting"), &m_replies, &m_repliesDetail));
    outer->addLayout(cards);

    auto* grid = new QGridLayout;
    grid->setSpacing(8);
    outer->addLayout(grid, 1);

    // Buckets: chart and figures side by side.
    auto* bucketBox = new QFrame(this);
    bucketBox->setObjectName(QStringLiteral("card"));
    auto* bl = new QVBoxLayout(bucketBox);
    auto* bt = new QLabel(tr("Open amount by aging bucket"), bucketBox);
    bt->setObjectName(QStringLiteral("sectionTitle"));
    bl->addWidget(bt);
    auto* bucketRow = new QHBoxLayout;
    m_bucketChart = new QChartView(bucketBox);
    m_bucketChart->setRenderHint(QPainter::Antialiasing);
    m_bucketChart->setMinimumHeight(200);
    bucketRow->addWidget(m_bucketChart, 4);
    auto* figures = new QGridLayout;
    figures->setVerticalSpacing(2);
    int r = 0;
    for (AgingBucket b : {AgingBucket::Current, AgingBucket::Light, AgingBucket::Moderate, AgingBucket::Serious}) {
        auto* chip = new ClickableFrame(bucketBox);
        chip->setCursor(Qt::PointingHandCursor);
        chip->setToolTip(tr("Show these invoices"));
        chip->setStyleSheet(QStringLiteral("QFrame { border-left: 4px solid %1; background: %2; border-radius: 3px; }")
                                .arg(bucketColor(b).name(), bucketTint(b).name()));
        auto* cl = new QGridLayout(chip);
        cl->setContentsMargins(8, 3, 8, 3);
        auto* name = new QLabel(bucketLabel(b), chip);
        name->setStyleSheet(QStringLiteral("border:none;background:transparent;font-weight:600"));
        m_bucketCount[int(b)] = new QLabel(chip);
        m_bucketCount[int(b)]->setObjectName(QStringLiteral("bucketCount_%1").arg(agingBucketName(b)));
        m_bucketCount[int(b)]->setStyleSheet(QStringLiteral("border:none;background:transparent;color:#4a5565"));
        m_bucketAmount[int(b)] = new QLabel(chip);
        m_bucketAmount[int(b)]->setObjectName(QStringLiteral("bucketAmount_%1").arg(agingBucketName(b)));
        m_bucketAmount[int(b)]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_bucketAmount[int(b)]->setStyleSheet(QStringLiteral("border:none;background:transparent;font-weight:600;font-size:13px"));
        cl->addWidget(name, 0, 0);
        cl->addWidget(m_bucketAmount[int(b)], 0, 1);
        cl->addWidget(m_bucketCount[int(b)], 1, 0, 1, 2);
        chip->onClick = [this, b] { Q_EMIT bucketActivated(int(b)); };
        figures->addWidget(chip, r++, 0);
    }
    figures->setRowStretch(r, 1);
    bucketRow->addLayout(figures, 2);
    bl->addLayout(bucketRow, 1);
    grid->addWidget(bucketBox, 0, 0);

    auto* trendBox = new QFrame(this);
    trendBox->setObjectName(QStringLiteral("card"));
    auto* tl = new QVBoxLayout(trendBox);
    auto* tt = new QLabel(tr("DSO trend (countback, 12 months)"), trendBox);
    tt->setObjectName(QStringLiteral("sectionTitle"));
    tl->addWidget(tt);
    m_trendChart = new QChartView(trendBox);
    m_trendChart->setRenderHint(QPainter::Antialiasing);
    m_trendChart->setMinimumHeight(200);
    tl->addWidget(m_trendChart, 1);
    grid->addWidget(trendBox, 0, 1);

    auto* topBox = new QFrame(this);
    topBox->setObjectName(QStringLiteral("card"));
    auto* xl = new QVBoxLayout(topBox);
    auto* xt = new QLabel(tr("Top overdue clients"), topBox);
    xt->setObjectName(QStringLiteral("sectionTitle"));
    xl->addWidget(xt);
    m_top = smallTable(topBox, {tr("Client"), tr("Overdue"), tr("Oldest (days)")});
    m_top->setObjectName(QStringLiteral("topOverdue"));
    m_top->setColumnWidth(1, 130);
    m_top->setColumnWidth(2, 110);
    xl->addWidget(m_top, 1);
    grid->addWidget(topBox, 1, 0);

    auto* slowBox = new QFrame(this);
    slowBox->setObjectName(QStringLiteral("card"));
    auto* sl = new QVBoxLayout(slowBox);
    auto* st = new QLabel(tr("Paying later than before"), slowBox);
    st->setObjectName(QStringLiteral("sectionTitle"));
    st->setToolTip(tr("Clients whose average delay in the last 90 days grew by 5 days or more: an early sign of difficulty."));
    sl->addWidget(st);
    m_slowing = smallTable(slowBox, {tr("Client"), tr("Recent delay (days)"), tr("Change (days)")});
    m_slowing->setColumnWidth(1, 150);
    m_slowing->setColumnWidth(2, 120);
    sl->addWidget(m_slowing, 1);
    grid->addWidget(slowBox, 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(0, 5);
    grid->setRowStretch(1, 4);

    for (QTableWidget* t : {m_top, m_slowing})
        connect(t, &QTableWidget::cellActivated, this, [this, t](int row, int) {
            Q_EMIT clientActivated(t->item(row, 0)->data(Qt::UserRole).toLongLong());
        });
}

QWidget* DashboardView::card(const QString& caption, QLabel** value, QLabel** detail)
{
    auto* f = new ClickableFrame(this);
    f->setObjectName(QStringLiteral("card"));
    auto* l = new QVBoxLayout(f);
    l->setContentsMargins(10, 6, 10, 6);
    l->setSpacing(0);
    auto* c = new QLabel(caption, f);
    c->setObjectName(QStringLiteral("cardCaption"));
    c->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    *value = new QLabel(f);
    (*value)->setObjectName(QStringLiteral("cardValue"));
    *detail = new QLabel(f);
    (*detail)->setObjectName(QStringLiteral("cardCaption"));
    (*detail)->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // long translations must not widen the window
    (*detail)->setWordWrap(true);
    f->setMinimumWidth(120);
    l->addWidget(c);
    l->addWidget(*value);
    l->addWidget(*detail);
    return f;
}

Result<void> DashboardView::reload()
{
    auto d = loadDashboard(*m_s.store, m_s.asOf, m_s.policy(), m_s.currency(), m_s.config.aging.dsoWindowDays);
    if (!d)
        return std::unexpected(d.error());
    show(std::move(*d));
    return {};
}

void DashboardView::reloadInBackground(const QString& databaseUrl)
{
    const int generation = ++m_generation;
    const QDate asOf = m_s.asOf;
    const AgingPolicy policy = m_s.policy();
    const QString currency = m_s.currency();
    const int window = m_s.config.aging.dsoWindowDays;
    // The worker opens, uses and closes its own connection, all inside its thread.
    auto future = QtConcurrent::run([databaseUrl, asOf, policy, currency, window]() -> Result<DashboardData> {
        auto db = Database::open(databaseUrl);
        if (!db)
            return std::unexpected(db.error());
        Store store(**db);
        return loadDashboard(store, asOf, policy, currency, window);
    });
    auto* watcher = new QFutureWatcher<Result<DashboardData>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer load is on its way
        Result<DashboardData> r = watcher->result();
        if (!r) {
            Q_EMIT failed(ErrorText::sentence(r.error()));
            return;
        }
        show(std::move(*r));
        Q_EMIT loaded();
    });
    watcher->setFuture(future);
}

void DashboardView::show(DashboardData data)
{
    m_data = std::move(data);
    m_loaded = true;
    const QLocale loc = reviewerLocale();
    const QString cur = m_s.currency();
    qint64 openTotal = 0, openCount = 0, overdue = 0, overdueCount = 0;
    for (const BucketTotals& b : m_data.summary.buckets) {
        const qint64 amount = b.openMinorByCurrency.value(cur);
        openTotal += amount;
        openCount += b.count;
        if (b.bucket != AgingBucket::Current) {
            overdue += amount;
            overdueCount += b.count;
        }
        m_bucketCount[int(b.bucket)]->setText(tr("%n invoice(s)", "", int(b.count)));
        QString text = formatMoney(amount, cur, loc);
        // Other currencies are shown, never converted.
        for (auto it = b.openMinorByCurrency.cbegin(); it != b.openMinorByCurrency.cend(); ++it)
            if (it.key() != cur && it.value() != 0)
                text += QStringLiteral("\n+ ") + formatMoney(it.value(), it.key(), loc);
        m_bucketAmount[int(b.bucket)]->setText(text);
    }
    m_open->setText(formatMoney(openTotal, cur, loc));
    m_openDetail->setText(tr("%n open invoice(s)", "", int(openCount)));
    m_overdue->setText(formatMoney(overdue, cur, loc));
    m_overdueDetail->setText(openTotal > 0 ? tr("%1 % of open, %n invoice(s)", "", int(overdueCount))
                                                 .arg(loc.toString(100.0 * double(overdue) / double(openTotal), 'f', 0))
                                           : tr("%n invoice(s)", "", int(overdueCount)));
    m_dso->setText(m_data.summary.dso.countback ? tr("%1 days").arg(days(m_data.summary.dso.countback)) : QStringLiteral("–"));
    m_dsoDetail->setText(tr("simple: %1 days, window %2 days").arg(days(m_data.summary.dso.simple)).arg(m_data.summary.dso.windowDays));
    m_drafts->setText(loc.toString(m_data.draftsWaiting));
    m_draftsDetail->setText(tr("to review"));
    m_sent->setText(loc.toString(m_data.sentThisWeek));
    m_sentDetail->setText(tr("since Monday"));
    m_replies->setText(loc.toString(m_data.repliesWaiting));
    m_repliesDetail->setText(tr("open follow-ups"));

    m_top->setRowCount(int(m_data.topOverdue.size()));
    for (int i = 0; i < m_data.topOverdue.size(); ++i) {
        const ClientTotal& c = m_data.topOverdue[i];
        auto* name = item(c.name);
        name->setData(Qt::UserRole, c.clientId);
        m_top->setItem(i, 0, name);
        m_top->setItem(i, 1, item(formatMoney(c.overdueMinor, cur, loc), true));
        auto* late = item(loc.toString(c.maxDaysLate), true);
        late->setBackground(bucketTint(bucketFor(c.maxDaysLate, m_s.policy())));
        m_top->setItem(i, 2, late);
    }
    m_slowing->setRowCount(int(m_data.slowingDown.size()));
    for (int i = 0; i < m_data.slowingDown.size(); ++i) {
        const ClientTotal& c = m_data.slowingDown[i];
        auto* name = item(c.name);
        name->setData(Qt::UserRole, c.clientId);
        m_slowing->setItem(i, 0, name);
        m_slowing->setItem(i, 1, item(loc.toString(c.recentDaysLate, 'f', 1), true));
        m_slowing->setItem(i, 2, item(QStringLiteral("+") + loc.toString(c.trendDays, 'f', 1), true));
    }
    m_empty->setVisible(openCount == 0);
    m_empty->setText(tr("<b>No open invoices yet.</b> Run a sync from the accounting system (or start with --demo) "
                        "to see the aging of your receivables."));
    fillCharts();
}

void DashboardView::fillCharts()
{
    const QLocale loc = reviewerLocale();
    const QString cur = m_s.currency();
    auto* chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->legend()->hide();
    // Stacked with one non-zero set per category: one full-width bar per bucket, in the bucket's colour.
    auto* series = new QStackedBarSeries(chart);
    series->setBarWidth(0.6);
    double maxValue = 0;
    QStringList categories;
    for (AgingBucket b : {AgingBucket::Current, AgingBucket::Light, AgingBucket::Moderate, AgingBucket::Serious}) {
        auto* set = new QBarSet(bucketShortLabel(b), series);
        const BucketTotals& t = m_data.summary.buckets.at(int(b));
        // Whole units for the chart scale only; the figures beside it are exact.
        const double value = double(t.openMinorByCurrency.value(cur)) / std::pow(10.0, std::max(0, currencyMinorDigits(cur))) / 1000.0;
        maxValue = std::max(maxValue, value);
        for (AgingBucket other : {AgingBucket::Current, AgingBucket::Light, AgingBucket::Moderate, AgingBucket::Serious})
            *set << (other == b ? value : 0.0);
        set->setColor(bucketColor(b));
        set->setBorderColor(bucketColor(b));
        series->append(set);
        categories << bucketShortLabel(b);
        connect(set, &QBarSet::clicked, this, [this, b](int) { Q_EMIT bucketActivated(int(b)); });
    }
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis(chart);
    x->append(categories);
    QFont axisFont = x->labelsFont();
    axisFont.setPointSizeF(axisFont.pointSizeF() * 0.85);
    x->setLabelsFont(axisFont);
    x->setLabelsVisible(false); // the coloured figures beside the chart name the buckets
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis(chart);
    y->setRange(0, maxValue > 0 ? maxValue * 1.05 : 1);
    y->setLabelFormat(QStringLiteral("%.0f"));
    //: chart axis: amounts in thousands of the currency, e.g. "CHF thousands"
    y->setTitleText(tr("%1 thousands").arg(cur));
    y->applyNiceNumbers();
    y->setLabelsFont(axisFont);
    y->setTickCount(5);
    y->setGridLineColor(QColor(0xec, 0xee, 0xf1));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    QChart* oldBar = m_bucketChart->chart();
    m_bucketChart->setChart(chart);
    delete oldBar;

    auto* trend = new QChart;
    trend->setMargins(QMargins(4, 4, 4, 4));
    trend->setBackgroundRoundness(0);
    trend->legend()->hide();
    auto* line = new QLineSeries(trend);
    auto* dots = new QScatterSeries(trend);
    dots->setMarkerSize(7);
    QStringList months;
    double maxDso = 0;
    int i = 0;
    for (const DsoPoint& p : m_data.trend) {
        months << loc.toString(p.monthEnd, QStringLiteral("MMM"));
        if (p.countback) {
            line->append(i + 0.5, *p.countback);
            dots->append(i + 0.5, *p.countback);
            maxDso = std::max(maxDso, *p.countback);
        }
        ++i;
    }
    QPen pen(QColor(0x2d, 0x5f, 0x8f));
    pen.setWidth(2);
    line->setPen(pen);
    dots->setColor(QColor(0x2d, 0x5f, 0x8f));
    dots->setBorderColor(Qt::white);
    trend->addSeries(line);
    trend->addSeries(dots);
    auto* tx = new QBarCategoryAxis(trend);
    tx->append(months.isEmpty() ? QStringList{QStringLiteral("–")} : months);
    tx->setLabelsAngle(0);
    QFont small = tx->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    tx->setLabelsFont(small);
    auto* hidden = new QValueAxis(trend);
    hidden->setRange(0, std::max<qsizetype>(1, months.size()));
    hidden->setVisible(false);
    auto* ty = new QValueAxis(trend);
    ty->setRange(0, maxDso > 0 ? std::ceil(maxDso * 1.2 / 10.0) * 10.0 : 10);
    ty->setLabelFormat(QStringLiteral("%.0f"));
    ty->applyNiceNumbers();
    ty->setTitleText(tr("days"));
    ty->setGridLineColor(QColor(0xec, 0xee, 0xf1));
    trend->addAxis(tx, Qt::AlignBottom);
    trend->addAxis(hidden, Qt::AlignTop);
    trend->addAxis(ty, Qt::AlignLeft);
    for (auto* s : {static_cast<QAbstractSeries*>(line), static_cast<QAbstractSeries*>(dots)}) {
        s->attachAxis(hidden);
        s->attachAxis(ty);
    }
    QChart* oldTrend = m_trendChart->chart();
    m_trendChart->setChart(trend);
    delete oldTrend;
}

} // namespace relance::ui
