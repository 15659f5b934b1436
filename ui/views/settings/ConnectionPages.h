#pragma once
// The pages of the connections without a sign-in: the database, the accounting, the CRM and the language model.
// (The mail page, with the Microsoft 365 sign-in, is MailPage.)
#include "SettingsPage.h"

class QComboBox;

namespace relance::ui {

class DatabasePage : public SettingsPage
{
    Q_OBJECT
public:
    DatabasePage(ReviewSession& session, QWidget* parent = nullptr);
    void load(const Config& c) override;
    void apply(Config& c) const override;
};

class AccountingPage : public SettingsPage
{
    Q_OBJECT
public:
    AccountingPage(ReviewSession& session, QWidget* parent = nullptr);
    void load(const Config& c) override;
    void apply(Config& c) const override;

private:
    QComboBox* m_source;
};

class CrmPage : public SettingsPage
{
    Q_OBJECT
public:
    CrmPage(ReviewSession& session, QWidget* parent = nullptr);
    void load(const Config& c) override;
    void apply(Config& c) const override;

private:
    QComboBox* m_source;
};

class LlmPage : public SettingsPage
{
    Q_OBJECT
public:
    LlmPage(ReviewSession& session, QWidget* parent = nullptr);
    void load(const Config& c) override;
    void apply(Config& c) const override;

private:
    QComboBox* m_provider;
};

} // namespace relance::ui
