#include "CheckFakes.h"
#include "FakeGraph.h"

namespace relance::test {

QObject* startFakeGraph(QObject* parent, QString* authority, QString* graphUrl)
{
    auto* s = new FakeGraph(parent);
    if (!s->listen())
        return nullptr;
    s->addRefreshToken(QStringLiteral("rt-check"));
    s->setAccount(QStringLiteral("anna.buchhalterin@fiduciaire.example"));
    *authority = s->authority();
    *graphUrl = s->graphUrl();
    return s;
}

} // namespace relance::test
