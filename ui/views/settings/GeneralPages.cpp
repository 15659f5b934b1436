#include "GeneralPages.h"

#include "domain/Money.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace relance::ui {

// These strings were SettingsView's: they keep its translation context, so the reviewed translations stay attached.

SendingPage::SendingPage(ReviewSession& session, QWidget* parent)
    : SettingsPage(QCoreApplication::translate("relance::ui::SettingsView", "Sending and replies"), session, parent)
{
    form()->addRow(QCoreApplication::translate("relance::ui::SettingsView", "Sending rate"),
                   spinBox(QStringLiteral("mail/sendsPerMinute"), 1, 10000,
                           QCoreApplication::translate("relance::ui::SettingsView", " per minute")));
    spin(QStringLiteral("mail/sendsPerMinute"))
        ->setToolTip(QCoreApplication::translate(
            "relance::ui::SettingsView",
            "At most this many reminders a minute; Exchange accepts about 30 a minute from one sender."));
    form()->addRow(QCoreApplication::translate("relance::ui::SettingsView", "Accounting data age"),
                   spinBox(QStringLiteral("accounting/maxSyncAgeMinutes"), 1, 10080,
                           QCoreApplication::translate("relance::ui::SettingsView", " minutes at most")));
    spin(QStringLiteral("accounting/maxSyncAgeMinutes"))
        ->setToolTip(QCoreApplication::translate(
            "relance::ui::SettingsView",
            "Right before sending, the accounting data (the last sync, or the source's own answer) must be no "
            "older than this; otherwise the reminder waits."));
    form()->addRow(QCoreApplication::translate("relance::ui::SettingsView", "Pause after a reply"),
                   spinBox(QStringLiteral("mail/replyPauseDays"), 1, 365,
                           QCoreApplication::translate("relance::ui::SettingsView", " days")));
    spin(QStringLiteral("mail/replyPauseDays"))
        ->setToolTip(QCoreApplication::translate(
            "relance::ui::SettingsView",
            "When a client answers a reminder, chasing that client pauses this many days and the accountant "
            "gets a task."));
    m_autoSend = new QCheckBox(
        QCoreApplication::translate("relance::ui::SettingsView", "Send light-bucket reminders without review"), this);
    form()->addRow(m_autoSend); // the whole row: the sentence is long in German
    form()->addRow(QCoreApplication::translate("relance::ui::SettingsView", "Auto-send cap"),
                   line(QStringLiteral("reminders/autoSendCap")));
}

void SendingPage::load(const Config& c)
{
    m_autoSend->setChecked(c.reminders.autoSendLight);
    spin(QStringLiteral("mail/sendsPerMinute"))->setValue(c.mail.sendsPerMinute);
    spin(QStringLiteral("accounting/maxSyncAgeMinutes"))->setValue(c.accounting.maxSyncAgeMinutes);
    spin(QStringLiteral("mail/replyPauseDays"))->setValue(c.mail.replyPauseDays);
    field(QStringLiteral("reminders/autoSendCap"))
        ->setText(toDecimalString(c.reminders.autoSendCapMinor, c.aging.baseCurrency));
}

void SendingPage::apply(Config& c) const
{
    c.reminders.autoSendLight = m_autoSend->isChecked();
    c.mail.sendsPerMinute = spin(QStringLiteral("mail/sendsPerMinute"))->value();
    c.accounting.maxSyncAgeMinutes = spin(QStringLiteral("accounting/maxSyncAgeMinutes"))->value();
    c.mail.replyPauseDays = spin(QStringLiteral("mail/replyPauseDays"))->value();
    if (auto cap = parseMinorUnits(text(QStringLiteral("reminders/autoSendCap")), c.aging.baseCurrency))
        c.reminders.autoSendCapMinor = *cap;
    else
        c.reminders.autoSendCapMinor = -1; // refused by SettingsView::save()
}

AgingPage::AgingPage(ReviewSession& session, QWidget* parent)
    : SettingsPage(QCoreApplication::translate("relance::ui::SettingsView", "Aging"), session, parent)
{
    m_light = new QSpinBox(this);
    m_light->setRange(1, 365);
    m_light->setSuffix(QCoreApplication::translate("relance::ui::SettingsView", " days"));
    m_moderate = new QSpinBox(this);
    m_moderate->setRange(2, 730);
    m_moderate->setSuffix(QCoreApplication::translate("relance::ui::SettingsView", " days"));
    m_dsoWindow = new QSpinBox(this);
    m_dsoWindow->setRange(30, 365);
    m_dsoWindow->setSuffix(QCoreApplication::translate("relance::ui::SettingsView", " days"));
    form()->addRow(QCoreApplication::translate("relance::ui::SettingsView", "Light up to"), m_light);
    form()->addRow(QCoreApplication::translate("relance::ui::SettingsView", "Moderate up to"), m_moderate);
    form()->addRow(QCoreApplication::translate("relance::ui::SettingsView", "DSO window"), m_dsoWindow);
    form()->addRow(QCoreApplication::translate("relance::ui::SettingsView", "Base currency"),
                   line(QStringLiteral("aging/baseCurrency")));
    form()->addRow(QCoreApplication::translate("relance::ui::SettingsView", "Payment IBAN"),
                   line(QStringLiteral("reminders/paymentIban")));
    form()->addRow(QCoreApplication::translate("relance::ui::SettingsView", "Firm name"),
                   line(QStringLiteral("reminders/firmName")));
}

void AgingPage::load(const Config& c)
{
    m_light->setValue(c.aging.light);
    m_moderate->setValue(c.aging.moderate);
    m_dsoWindow->setValue(c.aging.dsoWindowDays);
    field(QStringLiteral("aging/baseCurrency"))->setText(c.aging.baseCurrency);
    field(QStringLiteral("reminders/paymentIban"))->setText(c.reminders.paymentIban);
    field(QStringLiteral("reminders/firmName"))->setText(c.reminders.firmName);
}

void AgingPage::apply(Config& c) const
{
    c.aging.light = m_light->value();
    c.aging.moderate = m_moderate->value();
    c.aging.dsoWindowDays = m_dsoWindow->value();
    c.aging.baseCurrency = text(QStringLiteral("aging/baseCurrency")).toUpper();
    c.reminders.paymentIban = text(QStringLiteral("reminders/paymentIban"));
    c.reminders.firmName = text(QStringLiteral("reminders/firmName"));
}

WorkstationPage::WorkstationPage(ReviewSession& session, QWidget* parent)
    : SettingsPage(QCoreApplication::translate("relance::ui::SettingsView", "Workstation"), session, parent)
{
    m_language = new QComboBox(this);
    m_language->addItem(QCoreApplication::translate("relance::ui::SettingsView", "System language"), QString());
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    form()->addRow(QCoreApplication::translate("relance::ui::SettingsView", "Language"), m_language);
}

void WorkstationPage::load(const Config& c)
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(c.ui.language)));
}

void WorkstationPage::apply(Config& c) const
{
    c.ui.language = m_language->currentData().toString();
}

} // namespace relance::ui
