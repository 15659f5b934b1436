#pragma once
// The fake servers test_check_cli checks against. Each fake speaks its own wire structs (see tests/mail/support/
// FakeGraph.h), so each is started in its own file and the test sees only addresses.
#include <QObject>
#include <QString>
#include <functional>

namespace relance::test {

// The OData facade (key "right-key" in x-functions-key) and Dataverse (token "crm-token"); null when one did not
// listen.
QObject* startFakeFacade(QObject* parent, QString* serviceRoot);
QObject* startFakeDataverse(QObject* parent, QString* apiRoot);
// The model, requiring "Authorization: Bearer llm-key"; `requests` counts what it was asked.
QObject* startFakeModel(QObject* parent, QString* baseUrl, std::function<int()>* requests);
// Microsoft 365: accepts refresh token "rt-check" and names the account anna.buchhalterin@fiduciaire.example.
QObject* startFakeGraph(QObject* parent, QString* authority, QString* graphUrl);

} // namespace relance::test
