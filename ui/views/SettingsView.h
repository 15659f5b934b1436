#pragma once
#include "ReviewSession.h"
#include "secrets/SecretStore.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace relance::ui {

// Admin: the keys of the configuration file, secrets into the OS keychain (never shown back), a connection test
// per service, aging thresholds and the auto-send policy. Saving validates the whole file before writing it.
class SettingsView : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsView(ReviewSession& session, QWidget* parent = nullptr);
    void load(const Config& config);
    Config edited() const;
    bool save();
    void testConnection(const QString& service);
    QLineEdit* field(const QString& key) const { return m_edits.value(key); }
    QLabel* testResult(const QString& service) const { return m_testResults.value(service); }

Q_SIGNALS:
    void message(int severity, const QString& text);
    void configSaved();

private:
    QLineEdit* line(const QString& key);
    QWidget* secretRow(Secret s);
    QWidget* testRow(const QString& service);
    ReviewSession& m_s;
    QHash<QString, QLineEdit*> m_edits;
    QHash<QString, QLabel*> m_testResults;
    QHash<int, QLabel*> m_secretState;
    QComboBox* m_accountingSource;
    QComboBox* m_crmSource;
    QComboBox* m_llmProvider;
    QComboBox* m_mailTransport;
    QComboBox* m_language;
    QSpinBox* m_light;
    QSpinBox* m_moderate;
    QSpinBox* m_dsoWindow;
    QCheckBox* m_autoSend;
};

} // namespace relance::ui
