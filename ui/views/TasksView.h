#pragma once
#include "NotificationArea.h"
#include "ReviewSession.h"

#include <QWidget>

class QCheckBox;
class QTableView;

namespace relance::ui {

class TaskModel;
class SortFilterProxy;

// Follow-ups for the accountants: tick to mark done (Space), edit the assignee in place (F2).
class TasksView : public QWidget
{
    Q_OBJECT
public:
    explicit TasksView(ReviewSession& session, QWidget* parent = nullptr);
    Result<void> reload();
    TaskModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

Q_SIGNALS:
    void message(relance::ui::NotificationArea::Severity severity, const QString& text);

private:
    ReviewSession& m_s;
    TaskModel* m_model;
    SortFilterProxy* m_proxy;
    QTableView* m_table;
    QCheckBox* m_showDone;
};

} // namespace relance::ui
