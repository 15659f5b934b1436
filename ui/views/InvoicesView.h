#pragma once
#include "ReviewSession.h"

#include <QWidget>

class QComboBox;
class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace relance::ui {

class InvoiceModel;
class SortFilterProxy;

// Every invoice, filterable by bucket, client and text; open ones by default. Loaded when first shown.
class InvoicesView : public QWidget
{
    Q_OBJECT
public:
    explicit InvoicesView(ReviewSession& session, QWidget* parent = nullptr);
    Result<void> reload();
    // Reads the invoices on a worker thread with its own connection (100,000 rows take a while); emits loaded().
    void reloadInBackground(const QString& databaseUrl);
    bool isLoaded() const { return m_loaded; }
    void filterBucket(int bucket);
    void filterClient(qint64 clientId, const QString& name);
    InvoiceModel* model() const { return m_model; }
    SortFilterProxy* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }

Q_SIGNALS:
    void clientActivated(qint64 clientId);
    void loaded();
    void failed(const QString& detail);

private:
    ReviewSession& m_s;
    InvoiceModel* m_model;
    SortFilterProxy* m_proxy;
    QTableView* m_table;
    QLineEdit* m_search;
    QComboBox* m_bucket;
    QCheckBox* m_openOnly;
    QLabel* m_client;
    QWidget* m_clearClient = nullptr;
    QLabel* m_count;
    bool m_loaded = false;
    int m_generation = 0;
};

} // namespace relance::ui
