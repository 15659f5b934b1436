#pragma once
#include "NotificationArea.h"
#include "ReviewSession.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTextBrowser;

namespace relance::ui {

class ClientModel;
class InvoiceModel;
class SortFilterProxy;

// The client list and, on Enter or double-click, a client's page: invoices, CRM history, payment behaviour.
class ClientsView : public QWidget
{
    Q_OBJECT
public:
    explicit ClientsView(ReviewSession& session, QWidget* parent = nullptr);
    Result<void> reload();
    bool isLoaded() const { return m_loaded; }
    void showClient(qint64 clientId);
    void showList();
    bool showingClient() const;
    ClientModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QString clientName(qint64 id) const;

Q_SIGNALS:
    void openQueueFor(qint64 clientId, const QString& name);
    void message(relance::ui::NotificationArea::Severity severity, const QString& text);

private:
    QWidget* buildPage();
    ReviewSession& m_s;
    ClientModel* m_model;
    SortFilterProxy* m_proxy;
    QTableView* m_table;
    QLineEdit* m_search;
    QLabel* m_count;
    QStackedWidget* m_stack;
    // the client's page
    qint64 m_clientId = 0;
    QLabel* m_pageTitle = nullptr;
    QLabel* m_pageFacts = nullptr;
    QLabel* m_behaviour = nullptr;
    InvoiceModel* m_pageInvoices = nullptr;
    QTableView* m_pageTable = nullptr;
    QTextBrowser* m_pageHistory = nullptr;
    bool m_loaded = false;
};

} // namespace relance::ui
