#pragma once
// One group of Settings: the fields of one connection (or of one concern: sending, aging, the workstation), loaded
// from a Config and written back into one. Connection pages end with a "Test connection" row: the page asks,
// SettingsView runs the probe (core/probes) with the settings as typed, and the page shows the verdict in words.
#include "NotificationArea.h"
#include "ReviewSession.h"
#include "probes/ConnectionProbe.h"
#include "secrets/SecretStore.h"

#include <QGroupBox>
#include <QHash>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace relance::ui {

class SettingsPage : public QGroupBox
{
    Q_OBJECT
public:
    SettingsPage(const QString& title, ReviewSession& session, QWidget* parent = nullptr);

    virtual void load(const Config& c) = 0;
    virtual void apply(Config& c) const = 0;

    QLineEdit* field(const QString& key) const { return m_edits.value(key); }
    QSpinBox* spin(const QString& key) const { return m_spins.value(key); }
    const QHash<QString, QLineEdit*>& fields() const { return m_edits; }
    const QHash<QString, QSpinBox*>& spins() const { return m_spins; }
    QLabel* testResult() const { return m_testResult; } // null on pages without a connection
    std::optional<Connection> connection() const { return m_connection; }

    void showTesting();
    void showResult(const ProbeResult& result);
    // The verdict in the reviewer's language: the connection, the verdict and the facts, never core's English.
    static QString resultText(const ProbeResult& result);

    static QString secretLabel(Secret s);

Q_SIGNALS:
    void message(relance::ui::NotificationArea::Severity severity, const QString& text);
    void testRequested(relance::Connection connection);

protected:
    QFormLayout* form() const { return m_form; }
    QLineEdit* line(const QString& key);
    QSpinBox* spinBox(const QString& key, int lo, int hi, const QString& suffix);
    QWidget* secretRow(Secret s);
    QWidget* testRow(Connection c);
    QString text(const QString& key) const;
    QComboBox* choice(const QStringList& values); // the configuration's own words, as written in the file
    static void setChoice(QComboBox* c, const QString& value);

    ReviewSession& m_s;

private:
    QFormLayout* m_form;
    QHash<QString, QLineEdit*> m_edits;
    QHash<QString, QSpinBox*> m_spins;
    QLabel* m_testResult = nullptr;
    std::optional<Connection> m_connection;
};

} // namespace relance::ui
