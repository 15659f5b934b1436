#pragma once
#include "queries/ListQueries.h"

#include <QAbstractTableModel>

namespace relance::ui {

class InvoiceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NumberCol, ClientCol, IssueCol, DueCol, AmountCol, OpenCol, DaysLateCol, BucketCol, StatusCol, ColumnCount };

    InvoiceModel(QDate asOf, AgingPolicy policy, QObject* parent = nullptr);
    void setRows(QList<InvoiceRow> rows);
    void setDisputed(qint64 invoiceId, bool disputed);
    const InvoiceRow& rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QDate m_asOf;
    AgingPolicy m_policy;
    QList<InvoiceRow> m_rows;
};

class ClientModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NumberCol, NameCol, LanguageCol, MandateCol, AccountantCol, OpenInvoicesCol, OpenCol, DaysLateCol, ChaseCol, ColumnCount };

    ClientModel(QString currency, AgingPolicy policy, QObject* parent = nullptr);
    void setRows(QList<ClientRow> rows);
    void updateRow(const ClientRow& row);
    const ClientRow& rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString m_currency;
    AgingPolicy m_policy;
    QList<ClientRow> m_rows;
};

class TaskModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DoneCol, TitleCol, ClientCol, AssigneeCol, DueCol, CreatedCol, ColumnCount };

    explicit TaskModel(QObject* parent = nullptr);
    void setRows(QList<TaskRow> rows);
    const TaskRow& rowAt(int row) const { return m_rows.at(row); }
    // Edits go through these callbacks (the view wires them to ClientActions); the model changes only on success.
    std::function<bool(qint64 id, bool done)> onSetDone;
    std::function<bool(qint64 id, const QString& assignee)> onSetAssignee;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<TaskRow> m_rows;
};

} // namespace relance::ui
