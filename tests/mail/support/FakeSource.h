#pragma once
// The fake OData facade (tests/support/FakeODataServer) behind a small interface for the mail tests: its header and
// FakeGraph.h both define relance::test::FakeRequest/Fault, so they cannot meet in one translation unit.
#include <QDate>
#include <QStringList>
#include <QUrl>
#include <memory>

namespace relance::test {

struct SourceInvoice
{
    QString number;
    QString customerNo;
    QString customerName;
    QString email;
    QString currency = QStringLiteral("CHF");
    qint64 amountMinor = 0;
    qint64 openMinor = 0;
    QDate invoiceDate;
    QDate dueDate;
};

class FakeSource
{
public:
    enum class Down { No, ServerError, Hang };
    FakeSource();
    ~FakeSource();
    bool listen();
    QUrl serviceRoot() const;
    void requireApiKey(const QByteArray& header, const QByteArray& key);
    void upsert(const SourceInvoice& inv);
    void remove(const QString& number);
    void setDown(Down how);
    int requestCount() const;
    QStringList filters() const; // the $filter of each request, decoded

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace relance::test
