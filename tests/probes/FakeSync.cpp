#include "CheckFakes.h"
#include "FakeDataverseServer.h"
#include "FakeODataServer.h"

namespace relance::test {

QObject* startFakeFacade(QObject* parent, QString* serviceRoot)
{
    auto* s = new FakeODataServer(parent);
    s->options.apiKeyHeader = "x-functions-key";
    s->options.apiKey = "right-key";
    if (!s->listen())
        return nullptr;
    *serviceRoot = s->serviceRoot().toString();
    return s;
}

QObject* startFakeDataverse(QObject* parent, QString* apiRoot)
{
    auto* s = new FakeDataverseServer(parent);
    if (!s->listen())
        return nullptr;
    *apiRoot = s->apiRoot().toString();
    return s;
}

} // namespace relance::test
