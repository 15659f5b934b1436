#pragma once
#include "aging/Aging.h"
#include "config/Config.h"
#include "NotificationArea.h"
#include "ReviewSession.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTextBrowser;

namespace relance::ui {

// Admin: the tone examples the model imitates, per bucket and language. Edit, preview on a chosen invoice, save.
class ToneExamplesView : public QWidget
{
    Q_OBJECT
public:
    explicit ToneExamplesView(ReviewSession& session, QWidget* parent = nullptr);
    Result<void> reload();
    QPlainTextEdit* editor() const { return m_editor; }
    void select(AgingBucket bucket, Language language);
    bool save();

Q_SIGNALS:
    void message(relance::ui::NotificationArea::Severity severity, const QString& text);

private:
    void showCurrent();
    void updatePreview();
    ReviewSession& m_s;
    QComboBox* m_bucket;
    QComboBox* m_language;
    QComboBox* m_invoice;
    QPlainTextEdit* m_editor;
    QTextBrowser* m_preview;
    QLabel* m_state;
    QList<ToneExample> m_examples;
};

// The preview the admin sees: the example with the chosen invoice's figures in place of the drafting engine's
// placeholders ({{client_name}}, {{amount}}, ...), formatted in the client's language exactly as a draft would be.
QString previewToneExample(const QString& text, const Client& client, const Invoice& invoice, QDate asOf,
                           const RemindersConfig& reminders, const AgingPolicy& policy);

} // namespace relance::ui
