#pragma once
// A sender wired to the fake Graph server on a virtual clock: the mail tests' common setup (test_graph_send,
// test_graph_throttle). Header-only, in relance::test.
#include "FakeGraph.h"
#include "MailFixture.h"
#include "mail/GraphAuth.h"
#include "mail/GraphClient.h"
#include "mail/Sender.h"

#include <QSignalSpy>
#include <QTest>
#include <memory>

namespace relance::test {

struct GraphHarness
{
    FakeGraph fake;
    MailFixture f;
    Config config;
    mail::VirtualClock clock;
    std::unique_ptr<mail::GraphAuth> auth;
    std::unique_ptr<mail::GraphClient> graph;

    bool start(const QString& databaseUrl = {})
    {
        if (!fake.listen() || !f.open(databaseUrl))
            return false;
        fake.addRefreshToken(QStringLiteral("rt-start"));
        qputenv("RELANCE_GRAPH_REFRESH_TOKEN", "rt-start");
        config = f.graphConfig(fake);
        rebuild();
        return true;
    }
    void rebuild()
    {
        graph.reset();
        auth = std::make_unique<mail::GraphAuth>(mail::AuthOptions::fromConfig(config.mail), nullptr);
        graph = std::make_unique<mail::GraphClient>(config.mail, auth.get(), clock);
    }
    mail::SendReport run()
    {
        mail::Sender sender(*f.db, config, clock, graph.get());
        QSignalSpy spy(&sender, &mail::Sender::finished);
        sender.run();
        if (!spy.wait(20000))
            qFatal("the sender did not finish");
        return spy.at(0).at(0).value<mail::SendReport>();
    }
    QString tag(qint64 id) { return *mail::databaseInstance(*f.store) + u'-' + QString::number(id); }
    QStringList actions(qint64 id)
    {
        QStringList out;
        const auto events = f.store->auditEvents(QStringLiteral("reminder"), QString::number(id));
        for (const AuditEvent& e : *events)
            out << e.action +
                       (e.detail.contains(QStringLiteral("recovered")) ? QStringLiteral(" (recovered)") : QString());
        return out;
    }
};

} // namespace relance::test
