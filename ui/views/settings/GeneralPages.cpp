#include "GeneralPages.h"

#include "domain/Money.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace relance::ui {

SendingPage::SendingPage(ReviewSession& session, QWidget* parent)
    : SettingsPage(tr("Sending and replies"), session, parent)
{
    form()->addRow(tr("Sending rate"), spinBox(QStringLiteral("mail/sendsPerMinute"), 1, 10000, tr(" per minute")));
    spin(QStringLiteral("mail/sendsPerMinute"))
        ->setToolTip(tr("At most this many reminders a minute; Exchange accepts about 30 a minute from one sender."));
    form()->addRow(tr("Accounting data age"),
                   spinBox(QStringLiteral("accounting/maxSyncAgeMinutes"), 1, 10080, tr(" minutes at most")));
    spin(QStringLiteral("accounting/maxSyncAgeMinutes"))
        ->setToolTip(
            tr("Right before sending, the accounting data (the last sync, or the source's own answer) must be no "
               "older than this; otherwise the reminder waits."));
    form()->addRow(tr("Pause after a reply"), spinBox(QStringLiteral("mail/replyPauseDays"), 1, 365, tr(" days")));
    spin(QStringLiteral("mail/replyPauseDays"))
        ->setToolTip(
            tr("When a client answers a reminder, chasing that client pauses this many days and the accountant "
               "gets a task."));
    m_autoSend = new QCheckBox(tr("Send light-bucket reminders without review"), this);
    form()->addRow(m_autoSend); // the whole row: the sentence is long in German
    form()->addRow(tr("Auto-send cap"), line(QStringLiteral("reminders/autoSendCap")));
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

AgingPage::AgingPage(ReviewSession& session, QWidget* parent) : SettingsPage(tr("Aging"), session, parent)
{
    m_light = new QSpinBox(this);
    m_light->setRange(1, 365);
    m_light->setSuffix(tr(" days"));
    m_moderate = new QSpinBox(this);
    m_moderate->setRange(2, 730);
    m_moderate->setSuffix(tr(" days"));
    m_dsoWindow = new QSpinBox(this);
    m_dsoWindow->setRange(30, 365);
    m_dsoWindow->setSuffix(tr(" days"));
    form()->addRow(tr("Light up to"), m_light);
    form()->addRow(tr("Moderate up to"), m_moderate);
    form()->addRow(tr("DSO window"), m_dsoWindow);
    form()->addRow(tr("Base currency"), line(QStringLiteral("aging/baseCurrency")));
    form()->addRow(tr("Payment IBAN"), line(QStringLiteral("reminders/paymentIban")));
    form()->addRow(tr("Firm name"), line(QStringLiteral("reminders/firmName")));
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
    : SettingsPage(tr("Workstation"), session, parent)
{
    m_language = new QComboBox(this);
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    form()->addRow(tr("Language"), m_language);
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
