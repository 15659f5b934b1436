#pragma once
// A generated, realistic data set of a Geneva/Vaud advisory firm: clients in French, German and English, mandate
// types, invoices over all aging buckets (and paid ones for DSO), CRM interactions, tone examples for every bucket
// and language. Deterministic for a given seed and as-of date (an invalid asOf is the clock's today); no std::
// distributions (their output differs between standard libraries).
#include "domain/Domain.h"
#include "net/Clock.h"
#include "storage/Store.h"

namespace relance {

struct DemoOptions
{
    int invoices = 600;            // 1 .. kMaxDemoInvoices; about one client per six invoices (at least 10 clients)
    quint64 seed = 42;
    QDate asOf;                    // invalid: today. Due dates and history are placed relative to it.
    QString admin;                 // set: this OS account is made an administrator (the demo's own user), audited
};
inline constexpr int kMaxDemoInvoices = 1'000'000;

struct DemoInteraction
{
    int clientIndex = 0;           // index into DemoDataSet::clients (ids do not exist before saving)
    Interaction interaction;
};

struct DemoDataSet
{
    QList<Client> clients;
    QList<Invoice> invoices;       // clientNumber set, clientId 0
    QList<DemoInteraction> interactions;
    QList<ToneExample> toneExamples;
};

Result<DemoDataSet> generateDemoData(const DemoOptions& options, const net::Clock& clock = net::systemClock());

struct DemoSeedReport
{
    qint64 clients = 0;
    qint64 invoices = 0;
    qint64 interactions = 0;
    qint64 toneExamples = 0;
};

// Generates and stores the data set in one transaction. Refuses (ErrorCode::InvalidArgument) when the database
// already holds clients, unless `replace` is true, in which case everything is replaced in that same transaction.
Result<DemoSeedReport> seedDemoData(Store& store, const DemoOptions& options, bool replace);

// The demo's own user gets `role` ("admin" or "reviewer"), added when missing, audited as entity "user" with actor
// "demo". Demo only: it bypasses the admin check that workflow/Roles applies to everyone else. Call inside a transaction.
Result<void> setDemoUserRole(Store& store, const QString& account, const QString& role);

} // namespace relance
