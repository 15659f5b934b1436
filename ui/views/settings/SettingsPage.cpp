#include "SettingsPage.h"

#include "ErrorText.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace relance::ui {

// These strings were SettingsView's: they keep its translation context, so the reviewed translations stay attached.

SettingsPage::SettingsPage(const QString& title, ReviewSession& session, QWidget* parent)
    : QGroupBox(title, parent), m_s(session), m_form(new QFormLayout(this))
{
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
}

QString SettingsPage::secretLabel(Secret s)
{
    switch (s) {
    case Secret::AccountingApiKey:
        return QCoreApplication::translate("relance::ui::SettingsView", "Accounting API key");
    case Secret::CrmAccessToken:
        return QCoreApplication::translate("relance::ui::SettingsView", "CRM access token");
    case Secret::LlmApiKey:
        return QCoreApplication::translate("relance::ui::SettingsView", "LLM API key");
    case Secret::GraphRefreshToken:
        return QCoreApplication::translate("relance::ui::SettingsView", "Mail sign-in (refresh token)");
    }
    return {};
}

QLineEdit* SettingsPage::line(const QString& key)
{
    auto* e = new QLineEdit(this);
    e->setObjectName(key);
    m_edits.insert(key, e);
    return e;
}

QComboBox* SettingsPage::choice(const QStringList& values)
{
    auto* c = new QComboBox(this);
    for (const QString& v : values)
        c->addItem(v, v);
    return c;
}

void SettingsPage::setChoice(QComboBox* c, const QString& v)
{
    const int i = c->findData(v);
    c->setCurrentIndex(i >= 0 ? i : 0);
}

QString SettingsPage::text(const QString& key) const
{
    return m_edits.value(key)->text().trimmed();
}

QSpinBox* SettingsPage::spinBox(const QString& key, int lo, int hi, const QString& suffix)
{
    auto* s = new QSpinBox(this);
    s->setObjectName(key);
    s->setRange(lo, hi);
    s->setSuffix(suffix);
    m_spins.insert(key, s);
    return s;
}

QWidget* SettingsPage::secretRow(Secret s)
{
    auto* w = new QWidget(this);
    auto* l = new QHBoxLayout(w);
    l->setContentsMargins(0, 0, 0, 0);
    auto* edit = new QLineEdit(w);
    edit->setEchoMode(QLineEdit::Password);
    edit->setObjectName(QStringLiteral("secret/") + secretKey(s));
    edit->setPlaceholderText(
        QCoreApplication::translate("relance::ui::SettingsView", "enter a new value to replace it"));
    auto* store = new QPushButton(QCoreApplication::translate("relance::ui::SettingsView", "Store in keychain"), w);
    auto* state = new QLabel(w);
    state->setObjectName(QStringLiteral("cardCaption"));
    state->setWordWrap(true); // "keychain unavailable" may take two short lines rather than push the page wider
    l->addWidget(edit, 1);
    l->addWidget(store);
    l->addWidget(state);
    if (!m_s.secrets) {
        edit->setEnabled(false);
        store->setEnabled(false);
        state->setText(QCoreApplication::translate("relance::ui::SettingsView", "keychain not available"));
        return w;
    }
    // Only whether a secret exists is shown, never its value.
    state->setText(QCoreApplication::translate("relance::ui::SettingsView", "checking…"));
    m_s.secrets->read(s, state, [state](Result<QString> r) {
        state->setText(r ? QCoreApplication::translate("relance::ui::SettingsView", "stored")
                       : r.error().code == ErrorCode::NotFound
                           ? QCoreApplication::translate("relance::ui::SettingsView", "not set")
                           : QCoreApplication::translate("relance::ui::SettingsView", "keychain unavailable"));
    });
    connect(store, &QPushButton::clicked, this, [this, s, edit, state] {
        const QString value = edit->text();
        if (value.isEmpty())
            return;
        edit->clear();
        state->setText(QCoreApplication::translate("relance::ui::SettingsView", "storing…"));
        m_s.secrets->write(s, value, state, [this, state, s](Result<void> r) {
            state->setText(r ? QCoreApplication::translate("relance::ui::SettingsView", "stored")
                             : QCoreApplication::translate("relance::ui::SettingsView", "not stored"));
            if (!r)
                Q_EMIT message(NotificationArea::Severity::Error,
                               ErrorText::failed(
                                   QCoreApplication::translate("relance::ui::SettingsView", "The keychain refused %1")
                                       .arg(secretLabel(s)),
                                   r.error()));
        });
    });
    return w;
}

QWidget* SettingsPage::testRow(Connection c)
{
    auto* w = new QWidget(this);
    auto* l = new QHBoxLayout(w);
    l->setContentsMargins(0, 0, 0, 0);
    auto* button = new QPushButton(QCoreApplication::translate("relance::ui::SettingsView", "Test connection"), w);
    button->setObjectName(QStringLiteral("test/") + connectionName(c));
    m_testResult = new QLabel(w);
    m_testResult->setWordWrap(true);
    l->addWidget(button);
    l->addWidget(m_testResult, 1);
    m_connection = c;
    connect(button, &QPushButton::clicked, this, [this, c] { Q_EMIT testRequested(c); });
    return w;
}

void SettingsPage::showTesting()
{
    if (m_testResult) {
        m_testResult->setToolTip(QString());
        m_testResult->setText(QCoreApplication::translate("relance::ui::SettingsView", "Testing…"));
    }
}

QString SettingsPage::resultText(const ProbeResult& r)
{
    if (r.verdict == ProbeVerdict::Passed) {
        switch (r.connection) {
        case Connection::Database:
            return QCoreApplication::translate("relance::ui::SettingsView", "Connected, schema version %1.")
                .arg(r.version);
        case Connection::Accounting:
            return r.count >= 0
                       ? QCoreApplication::translate("relance::ui::SettingsView",
                                                     "Readable: %n open invoice(s) in the export.", "", r.count)
                       : QCoreApplication::translate("relance::ui::SettingsView", "Connected: the facade answered.");
        case Connection::Crm:
            return QCoreApplication::translate("relance::ui::SettingsView", "Connected: the CRM answered.");
        case Connection::Llm:
            return QCoreApplication::translate("relance::ui::SettingsView", "Connected: the model answered (%1).")
                .arg(r.version);
        case Connection::Mail:
            return QCoreApplication::translate("relance::ui::SettingsView", "Connected: the mail sign-in is valid.");
        }
    }
    if (r.verdict == ProbeVerdict::NotNeeded) {
        switch (r.connection) {
        case Connection::Database:
            break;
        case Connection::Accounting:
            return QCoreApplication::translate("relance::ui::SettingsView", "The demo data set needs no connection.");
        case Connection::Crm:
            return QCoreApplication::translate("relance::ui::SettingsView",
                                               "No CRM connection is configured (demo history or none).");
        case Connection::Llm:
            return QCoreApplication::translate("relance::ui::SettingsView",
                                               "The built-in templates need no connection.");
        case Connection::Mail:
            return QCoreApplication::translate("relance::ui::SettingsView",
                                               "The outbox folder transport needs no connection.");
        }
    }
    QString why;
    if (r.issue == ProbeIssue::NoExportFile)
        why = QCoreApplication::translate("relance::ui::SettingsView", "no export file is set");
    else if (r.issue == ProbeIssue::NoKeychain)
        why = QCoreApplication::translate("relance::ui::SettingsView", "no keychain: the mail sign-in cannot be read");
    else if (r.error.code == ErrorCode::AuthRejected && r.connection != Connection::Mail)
        why = QCoreApplication::translate("relance::ui::SettingsView", "credentials rejected: %1")
                  .arg(ErrorText::sentence(r.error));
    else
        why = ErrorText::sentence(r.error);
    return QCoreApplication::translate("relance::ui::SettingsView", "Failed: %1").arg(why);
}

void SettingsPage::showResult(const ProbeResult& r)
{
    if (!m_testResult)
        return;
    const bool ok = r.ok();
    QString html = QStringLiteral("<span style='color:%1'>%2</span>")
                       .arg(ok ? QStringLiteral("#2e7d32") : QStringLiteral("#b82e2e"), resultText(r).toHtmlEscaped());
    // A file the person keeps: which row and value to fix is what they need, so the reader's words are shown too.
    if (!ok && (r.error.code == ErrorCode::Parse || r.error.code == ErrorCode::Io) && !r.error.detail.isEmpty())
        html += QStringLiteral("<br><span style='color:#5d6875'>%1</span>").arg(r.error.detail.toHtmlEscaped());
    m_testResult->setText(html);
    m_testResult->setToolTip(ok ? QString() : ErrorText::technical(r.error));
}

} // namespace relance::ui
