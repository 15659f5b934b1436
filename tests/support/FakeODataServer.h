#pragma once
// A fake Sage OData v4 facade: entity set OpenInvoices with server-driven paging (@odata.nextLink with $skiptoken,
// relative or absolute), Prefer: odata.maxpagesize, $select, a "LastModified gt" $filter, change tracking
// (@odata.deltaLink, $deletedEntity or @removed entries, 410 Gone for expired tokens), API-key or bearer auth,
// decimals as strings or as JSON numbers, and the faults of FakeHttpServer.
#include "FakeODataHttp.h"

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QSet>

namespace relance::test {

struct FakeInvoice
{
    QString number;
    QString customerNo;
    QString customerName;
    QString email;
    QString language = QStringLiteral("fr");
    QString mandateType = QStringLiteral("bookkeeping");
    QString currency = QStringLiteral("CHF");
    qint64 amountMinor = 0;
    qint64 openMinor = 0;
    QDate invoiceDate;
    QDate dueDate;
    QDateTime lastModified;
    int version = 0;                 // server-side change counter (not sent)
    QByteArray rawOpenAmount;        // when set, sent verbatim as OpenAmount (bad input on demand)
    QString sentNumber;              // when set, sent as InvoiceNo instead of number (duplicates on demand)
};

class FakeODataServer : public FakeHttpServer
{
    Q_OBJECT
public:
    struct Options
    {
        QString root = QStringLiteral("/odata/");
        QString entitySet = QStringLiteral("OpenInvoices");
        int maxPageSize = 1000;       // the server's own cap
        bool decimalsAsNumbers = false;
        bool absoluteNextLinks = false;
        bool offerDelta = true;       // answer Prefer: odata.track-changes with a delta link
        bool removedAs401 = false;    // deletions as 4.01 {"@removed":...} instead of 4.0 $deletedEntity
        bool loopNextLink = false;    // the second page links back to the first
        bool offsetPaging = false;    // $skiptoken is a row offset, as SAP CAP does: a row leaving the set between two
                                      // pages shifts the rest, so a reader skips one without knowing
        QString leavesBeforePage2;    // this invoice leaves the set just before a second page is served (once)
        QByteArray apiKeyHeader;      // when set, requests need this header with apiKey
        QByteArray apiKey;
        QByteArray bearer;            // when set, requests need Authorization: Bearer <bearer>
        QMap<QString, QString> rename; // field -> facade property name
    };

    explicit FakeODataServer(QObject* parent = nullptr);
    Options options;

    QUrl serviceRoot() const;
    void upsert(const FakeInvoice& inv);  // bumps the version and LastModified
    void remove(const QString& number);
    QList<FakeInvoice> invoices() const;  // the open items, by number
    void expireDeltaTokens();             // every token issued so far now answers 410 Gone
    // Deterministic invoice number i (i >= 1) of a generated set, relative to asOf.
    static FakeInvoice makeInvoice(int i, QDate asOf);
    void generate(int count, QDate asOf);
    int fullReads() const { return m_fullReads; }
    int deltaReads() const { return m_deltaReads; }

private:
    FakeResponse handle(const FakeRequest& r);
    QByteArray entityJson(const FakeInvoice& inv, const QSet<QString>& select) const;
    QString prop(const QString& field) const { return options.rename.value(field, field); }

    mutable QMutex m_dataMutex;
    QMap<QString, FakeInvoice> m_invoices;
    QMap<QString, int> m_removed;        // number -> version of the removal
    mutable QHash<QString, QByteArray> m_jsonCache; // rendered entities (the benchmark serves 100,000 of them)
    mutable QByteArray m_jsonCacheKey;
    int m_version = 1;
    int m_minDeltaToken = 0;
    int m_fullReads = 0;
    int m_deltaReads = 0;
};

} // namespace relance::test
