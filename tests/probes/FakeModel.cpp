#include "CheckFakes.h"
#include "FakeLlmServer.h"

namespace relance::test {

QObject* startFakeModel(QObject* parent, QString* baseUrl, std::function<int()>* requests)
{
    auto* s = new FakeLlmServer(parent);
    if (!s->listen())
        return nullptr;
    s->requireHeader("Authorization", "Bearer llm-key");
    *baseUrl = s->baseUrl();
    *requests = [s] { return int(s->requests().size()); };
    return s;
}

} // namespace relance::test
