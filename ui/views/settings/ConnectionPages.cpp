#include "ConnectionPages.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QLineEdit>

namespace relance::ui {

// These strings were SettingsView's: they keep its translation context, so the reviewed translations stay attached.

DatabasePage::DatabasePage(ReviewSession& session, QWidget* parent)
    : SettingsPage(QCoreApplication::translate("relance::ui::SettingsView", "Database"), session, parent)
{
    form()->addRow(QCoreApplication::translate("relance::ui::SettingsView", "URL"),
                   line(QStringLiteral("database/url")));
    field(QStringLiteral("database/url"))
        ->setPlaceholderText(
            QCoreApplication::translate("relance::ui::SettingsView", "empty: %1").arg(defaultDatabaseUrl()));
    form()->addRow(testRow(Connection::Database));
}

void DatabasePage::load(const Config& c)
{
    field(QStringLiteral("database/url"))->setText(c.database.url);
}

void DatabasePage::apply(Config& c) const
{
    c.database.url = text(QStringLiteral("database/url"));
}

AccountingPage::AccountingPage(ReviewSession& session, QWidget* parent)
    : SettingsPage(QCoreApplication::translate("relance::ui::SettingsView", "Accounting (Sage 50)"), session, parent)
{
    m_source = choice({QStringLiteral("demo"), QStringLiteral("odata"), QStringLiteral("sage50-csv")});
    form()->addRow(QCoreApplication::translate("relance::ui::SettingsView", "Source"), m_source);
    form()->addRow(QCoreApplication::translate("relance::ui::SettingsView", "OData service URL"),
                   line(QStringLiteral("accounting/url")));
    form()->addRow(QCoreApplication::translate("relance::ui::SettingsView", "Entity set"),
                   line(QStringLiteral("accounting/entitySet")));
    form()->addRow(QCoreApplication::translate("relance::ui::SettingsView", "CSV export file"),
                   line(QStringLiteral("accounting/csvFile")));
    form()->addRow(secretLabel(Secret::AccountingApiKey), secretRow(Secret::AccountingApiKey));
    form()->addRow(testRow(Connection::Accounting));
}

void AccountingPage::load(const Config& c)
{
    setChoice(m_source, choiceName(c.accounting.source));
    field(QStringLiteral("accounting/url"))->setText(c.accounting.url);
    field(QStringLiteral("accounting/entitySet"))->setText(c.accounting.entitySet);
    field(QStringLiteral("accounting/csvFile"))->setText(c.accounting.csvFile);
}

void AccountingPage::apply(Config& c) const
{
    c.accounting.source = parseChoice<AccountingSource>(m_source->currentData().toString()).value_or(c.accounting.source);
    c.accounting.url = text(QStringLiteral("accounting/url"));
    c.accounting.entitySet = text(QStringLiteral("accounting/entitySet"));
    c.accounting.csvFile = text(QStringLiteral("accounting/csvFile"));
}

CrmPage::CrmPage(ReviewSession& session, QWidget* parent)
    : SettingsPage(QCoreApplication::translate("relance::ui::SettingsView", "CRM (Dynamics 365)"), session, parent)
{
    m_source = choice({QStringLiteral("demo"), QStringLiteral("none"), QStringLiteral("dataverse")});
    form()->addRow(QCoreApplication::translate("relance::ui::SettingsView", "Source"), m_source);
    form()->addRow(QCoreApplication::translate("relance::ui::SettingsView", "Web API URL"),
                   line(QStringLiteral("crm/url")));
    form()->addRow(secretLabel(Secret::CrmAccessToken), secretRow(Secret::CrmAccessToken));
    form()->addRow(testRow(Connection::Crm));
}

void CrmPage::load(const Config& c)
{
    setChoice(m_source, choiceName(c.crm.source));
    field(QStringLiteral("crm/url"))->setText(c.crm.url);
}

void CrmPage::apply(Config& c) const
{
    c.crm.source = parseChoice<CrmSource>(m_source->currentData().toString()).value_or(c.crm.source);
    c.crm.url = text(QStringLiteral("crm/url"));
}

LlmPage::LlmPage(ReviewSession& session, QWidget* parent)
    : SettingsPage(QCoreApplication::translate("relance::ui::SettingsView", "Language model"), session, parent)
{
    m_provider = choice({QStringLiteral("template"), QStringLiteral("azure"), QStringLiteral("openai-compatible")});
    form()->addRow(QCoreApplication::translate("relance::ui::SettingsView", "Provider"), m_provider);
    form()->addRow(QCoreApplication::translate("relance::ui::SettingsView", "Endpoint"),
                   line(QStringLiteral("llm/endpoint")));
    form()->addRow(QCoreApplication::translate("relance::ui::SettingsView", "Deployment"),
                   line(QStringLiteral("llm/deployment")));
    form()->addRow(QCoreApplication::translate("relance::ui::SettingsView", "Model"),
                   line(QStringLiteral("llm/model")));
    form()->addRow(secretLabel(Secret::LlmApiKey), secretRow(Secret::LlmApiKey));
    form()->addRow(testRow(Connection::Llm));
}

void LlmPage::load(const Config& c)
{
    setChoice(m_provider, choiceName(c.llm.provider));
    field(QStringLiteral("llm/endpoint"))->setText(c.llm.endpoint);
    field(QStringLiteral("llm/deployment"))->setText(c.llm.deployment);
    field(QStringLiteral("llm/model"))->setText(c.llm.model);
}

void LlmPage::apply(Config& c) const
{
    c.llm.provider = parseChoice<LlmProvider>(m_provider->currentData().toString()).value_or(c.llm.provider);
    c.llm.endpoint = text(QStringLiteral("llm/endpoint"));
    c.llm.deployment = text(QStringLiteral("llm/deployment"));
    c.llm.model = text(QStringLiteral("llm/model"));
}

} // namespace relance::ui
