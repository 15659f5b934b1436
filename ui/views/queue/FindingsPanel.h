#pragma once
// The validator's findings for the draft in the editor: one line per finding in the reviewer's language (by the
// finding's code; the engine's English detail is the tooltip), the text it concerns quoted below it. Choosing a
// finding asks the editor to select that text.
#include "domain/Domain.h"

#include <QWidget>

class QListWidget;

namespace relance::ui {

class FindingsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsPanel(QWidget* parent = nullptr);

    void showFindings(const Reminder& r);
    void clear();
    const QList<Finding>& findings() const { return m_findings; }

    // The finding in the reviewer's language; an unknown code (a newer engine) falls back to the English detail.
    static QString findingText(const Finding& f);

Q_SIGNALS:
    void findingChosen(const relance::Finding& finding);

private:
    QListWidget* m_list;
    QList<Finding> m_findings;
};

} // namespace relance::ui
