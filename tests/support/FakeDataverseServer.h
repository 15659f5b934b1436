#pragma once
// A fake Dataverse Web API (v9.2): phonecalls, emails, appointments and annotations filtered by
// _regardingobjectid_value / _objectid_value and createdon, paged only by absolute @odata.nextLink with a
// $skiptoken paging cookie ($skip answers 400 as Dataverse does), bearer auth, and the faults of FakeHttpServer.
#include "FakeODataHttp.h"

#include <QDateTime>
#include <optional>

namespace relance::test {

struct FakeActivity
{
    QString entitySet = QStringLiteral("phonecalls"); // phonecalls | emails | appointments | annotations
    QString id;
    QString regarding;               // account id
    QString subject;
    QString description;             // notetext for annotations
    QDateTime createdOn;
    QDateTime actualEnd;
    std::optional<bool> outgoing;    // directioncode on calls and e-mails
    QString owner = QStringLiteral("Claire Dubois");
};

class FakeDataverseServer : public FakeHttpServer
{
    Q_OBJECT
public:
    explicit FakeDataverseServer(QObject* parent = nullptr);
    QByteArray token = "crm-token";
    int maxPageSize = 5000;
    QList<FakeActivity> activities;
    QUrl apiRoot() const;            // http://127.0.0.1:port/api/data/v9.2/

private:
    FakeResponse handle(const FakeRequest& r);
};

} // namespace relance::test
