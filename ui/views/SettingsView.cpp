#include "SettingsView.h"

#include "ErrorText.h"
#include "Theme.h"
#include "settings/ConnectionPages.h"
#include "settings/GeneralPages.h"
#include "settings/MailPage.h"
#include "workflow/AdminActions.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QVBoxLayout>

namespace relance::ui {

SettingsView::SettingsView(ReviewSession& session, QWidget* parent) : QWidget(parent), m_s(session)
{
    setObjectName(QStringLiteral("page"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(12, 8, 12, 8);
    auto* head = new QHBoxLayout;
    auto* title = new QLabel(tr("Settings"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    auto* where = new QLabel(
        m_s.configFile.isEmpty() ? tr("Saved in your user settings") : tr("Saved in %1").arg(m_s.configFile), this);
    where->setObjectName(QStringLiteral("cardCaption"));
    auto* saveButton = new QPushButton(icon(QStringLiteral("save")), tr("Save settings"), this);
    head->addWidget(title);
    head->addWidget(where, 1);
    head->addWidget(saveButton);
    outer->addLayout(head);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("page"));
    auto* grid = new QGridLayout(content);
    grid->setSpacing(10);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    auto place = [&](SettingsPage* page, int row, int col) {
        grid->addWidget(page, row, col);
        m_pages << page;
        connect(page, &SettingsPage::message, this, &SettingsView::message);
        connect(page, &SettingsPage::testRequested, this, qOverload<Connection>(&SettingsView::testConnection));
    };
    place(new AccountingPage(m_s, content), 0, 0);
    place(new CrmPage(m_s, content), 0, 1);
    place(new LlmPage(m_s, content), 1, 0);
    m_mail = new MailPage(m_s, content);
    place(m_mail, 1, 1);
    place(new AgingPage(m_s, content), 2, 0);
    place(new SendingPage(m_s, content), 2, 1);
    place(new WorkstationPage(m_s, content), 3, 0);
    place(new DatabasePage(m_s, content), 3, 1);
    grid->setRowStretch(4, 1);

    connect(saveButton, &QPushButton::clicked, this, &SettingsView::save);
    if (!m_s.isAdmin()) {
        saveButton->setEnabled(false); // core refuses it too (AdminActions::saveSettings)
        saveButton->setToolTip(tr("Only an administrator may change the settings."));
    }
    load(m_s.config);
}

QLineEdit* SettingsView::field(const QString& key) const
{
    for (SettingsPage* p : m_pages)
        if (QLineEdit* e = p->field(key))
            return e;
    return nullptr;
}

QSpinBox* SettingsView::spin(const QString& key) const
{
    for (SettingsPage* p : m_pages)
        if (QSpinBox* s = p->spin(key))
            return s;
    return nullptr;
}

QLabel* SettingsView::testResult(const QString& service) const
{
    for (SettingsPage* p : m_pages)
        if (p->connection() && connectionName(*p->connection()) == service)
            return p->testResult();
    return nullptr;
}

void SettingsView::testConnection(const QString& service)
{
    if (auto c = connectionFromName(service))
        testConnection(*c);
}

void SettingsView::testConnection(Connection connection)
{
    SettingsPage* page = nullptr;
    for (SettingsPage* p : m_pages)
        if (p->connection() == connection)
            page = p;
    if (!page)
        return;
    page->showTesting();
    // The settings as typed, saved or not. The probe answers once (at once for local checks), then goes.
    auto* probe = new ConnectionProbe(edited(), m_s.secrets, this);
    connect(probe, &ConnectionProbe::signInNeeded, m_mail, &MailPage::signInNeeded);
    connect(probe, &ConnectionProbe::accountChanged, m_mail, &MailPage::rememberAccount);
    probe->check(connection, page, [probe, page](const ProbeResult& r) {
        page->showResult(r);
        probe->deleteLater();
    });
}

void SettingsView::signIn()
{
    m_mail->signIn();
}
void SettingsView::signOut()
{
    m_mail->signOut();
}
QLabel* SettingsView::signInState() const
{
    return m_mail->signInState();
}
void SettingsView::setUrlOpener(UrlOpener opener)
{
    MailPage::setUrlOpener(std::move(opener));
}

void SettingsView::load(const Config& c)
{
    for (SettingsPage* p : m_pages)
        p->load(c);
}

Config SettingsView::edited() const
{
    Config c = m_s.config;
    for (SettingsPage* p : m_pages)
        p->apply(c);
    return c;
}

bool SettingsView::save()
{
    const Config c = edited();
    if (c.reminders.autoSendCapMinor < 0) {
        error(tr("Not saved: the auto-send cap is not an amount in %1.").arg(c.aging.baseCurrency));
        return false;
    }
    if (c.aging.moderate <= c.aging.light) {
        error(tr("Not saved: the moderate bucket must end after the light one."));
        return false;
    }
    // Core validates the whole file, checks the administrator role in the database, writes and audits the changes.
    std::unique_ptr<QSettings> target = m_s.configFile.isEmpty()
                                            ? std::make_unique<QSettings>()
                                            : std::make_unique<QSettings>(m_s.configFile, QSettings::IniFormat);
    AdminActions admin(*m_s.store, m_s.actor);
    auto saved = admin.saveSettings(m_s.config, c, *target);
    if (!saved) {
        error(saved.error().code == ErrorCode::AuthRejected
                  ? tr("Not saved: only an administrator may change the settings.")
                  : ErrorText::failed(tr("Not saved"), saved.error()));
        return false;
    }
    m_s.config = c;
    Q_EMIT message(NotificationArea::Severity::Info, tr("Settings saved. Aging thresholds apply after a restart."));
    Q_EMIT configSaved();
    return true;
}

} // namespace relance::ui
