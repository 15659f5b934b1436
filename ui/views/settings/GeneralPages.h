#pragma once
// The pages that are not a connection: sending and replies, aging and the firm, the workstation.
#include "SettingsPage.h"

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace relance::ui {

class SendingPage : public SettingsPage
{
    Q_OBJECT
public:
    SendingPage(ReviewSession& session, QWidget* parent = nullptr);
    void load(const Config& c) override;
    // The auto-send cap is read in c.aging.baseCurrency: apply the aging page first. -1 when it is not an amount.
    void apply(Config& c) const override;

private:
    QCheckBox* m_autoSend;
};

class AgingPage : public SettingsPage
{
    Q_OBJECT
public:
    AgingPage(ReviewSession& session, QWidget* parent = nullptr);
    void load(const Config& c) override;
    void apply(Config& c) const override;

private:
    QSpinBox* m_light;
    QSpinBox* m_moderate;
    QSpinBox* m_dsoWindow;
};

class WorkstationPage : public SettingsPage
{
    Q_OBJECT
public:
    WorkstationPage(ReviewSession& session, QWidget* parent = nullptr);
    void load(const Config& c) override;
    void apply(Config& c) const override;

private:
    QComboBox* m_language;
};

} // namespace relance::ui
