#include "FakeSource.h"

#include "FakeODataServer.h"

#include <QUrlQuery>

namespace relance::test {

struct FakeSource::Impl
{
    FakeODataServer server;
};

FakeSource::FakeSource() : d(std::make_unique<Impl>()) {}
FakeSource::~FakeSource() = default;
bool FakeSource::listen() { return d->server.listen(); }
QUrl FakeSource::serviceRoot() const { return d->server.serviceRoot(); }

void FakeSource::requireApiKey(const QByteArray& header, const QByteArray& key)
{
    d->server.options.apiKeyHeader = header;
    d->server.options.apiKey = key;
}

void FakeSource::upsert(const SourceInvoice& i)
{
    FakeInvoice v;
    v.number = i.number;
    v.customerNo = i.customerNo;
    v.customerName = i.customerName;
    v.email = i.email;
    v.currency = i.currency;
    v.amountMinor = i.amountMinor;
    v.openMinor = i.openMinor;
    v.invoiceDate = i.invoiceDate;
    v.dueDate = i.dueDate;
    d->server.upsert(v);
}

void FakeSource::remove(const QString& number) { d->server.remove(number); }

void FakeSource::setDown(Down how)
{
    d->server.failAlways(how == Down::ServerError ? Fault::ServerError : how == Down::Hang ? Fault::Hang : Fault::None);
}

int FakeSource::requestCount() const { return int(d->server.requests().size()); }

QStringList FakeSource::filters() const
{
    QStringList out;
    for (const FakeRequest& r : d->server.requests())
        out << QUrlQuery(r.url).queryItemValue(QStringLiteral("$filter"), QUrl::FullyDecoded);
    return out;
}

} // namespace relance::test
