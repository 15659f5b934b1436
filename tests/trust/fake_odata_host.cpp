// The fake OData facade (tests/support/FakeODataServer) in its own process: --api-key KEY (required in
// x-functions-key), --count N generated open invoices.
#include "FakeHostMain.h"
#include "FakeODataServer.h"

#include <QDate>

using namespace relance::test;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    FakeODataServer server;
    server.options.apiKeyHeader = QByteArrayLiteral("x-functions-key");
    server.options.apiKey = argValue(args, QStringLiteral("--api-key")).toUtf8();
    server.generate(argValue(args, QStringLiteral("--count"), QStringLiteral("12")).toInt(), QDate::currentDate());
    if (!server.listen())
        return 1;
    return serveUntilStdinCloses(app, server.port());
}
