// The fake Microsoft Graph and Entra ID token endpoint (tests/mail/support/FakeGraph) in its own process:
// --refresh-token TOKEN (the one the token endpoint accepts), and one client e-mail waiting in the inbox.
#include "FakeGraph.h"
#include "FakeHostMain.h"

#include <QDateTime>

using namespace relance::test;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    FakeGraph graph;
    graph.addRefreshToken(argValue(app.arguments(), QStringLiteral("--refresh-token")));
    FakeMessage m;
    m.subject = QStringLiteral("Re: Rappel");
    m.from = QStringLiteral("compta@client.example");
    m.to = QStringLiteral("ar@fiduciaire-demo.ch");
    m.body = QStringLiteral("Bonjour, nous payerons la semaine prochaine.");
    m.received = QDateTime::currentDateTimeUtc();
    m.internetMessageId = QStringLiteral("<reply-1@client.example>");
    m.conversationId = QStringLiteral("conv-1");
    graph.addInboxMessage(m);
    if (!graph.listen())
        return 1;
    return serveUntilStdinCloses(app, graph.port());
}
