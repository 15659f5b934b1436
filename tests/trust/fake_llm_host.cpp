// The fake OpenAI-compatible server (tests/drafting/FakeLlmServer) in its own process: --api-key KEY (required in
// the api-key header, as Azure takes it).
#include "FakeHostMain.h"
#include "FakeLlmServer.h"

#include <QUrl>

using namespace relance::test;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    FakeLlmServer server;
    server.requireHeader("api-key", argValue(app.arguments(), QStringLiteral("--api-key")).toUtf8());
    if (!server.listen())
        return 1;
    return serveUntilStdinCloses(app, server.port());
}
