#pragma once
// The domain of accounts-receivable reminders: clients, invoices, their CRM history, reminders and what people did.
#include "domain/Money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace relance {

enum class Language { French, German, English, Italian };
QString languageCode(Language l);                               // "fr", "de", "en", "it"
std::optional<Language> languageFromCode(QStringView code);     // accepts "fr", "FR", "fr_CH", "fr-CH", "F", "D", "E", "I"
QLocale clientLocale(Language l);                               // fr_CH, de_CH, en_CH, it_CH

enum class MandateType { Bookkeeping, Payroll, Tax, Audit, Advisory, Other };
QString mandateTypeName(MandateType m);                          // "bookkeeping", ...
std::optional<MandateType> mandateTypeFromName(QStringView name);

struct Client
{
    qint64 id = 0;
    QString number;               // the accounting system's customer number, unique
    QString name;
    Language language = Language::French;
    QStringList reminderEmails;   // the dunning contact(s); may differ from the invoice contact
    QString invoiceEmail;
    QString contactPerson;
    MandateType mandateType = MandateType::Other;
    QString accountant;           // the responsible accountant (user name), receives follow-up tasks
    QString crmAccountId;         // the CRM's account id, for matching interactions
    bool doNotChase = false;
    QString doNotChaseReason;
    QDate doNotChaseUntil;        // null: until lifted by hand

    bool isChaseBlocked(QDate asOf) const
    {
        return doNotChase && (doNotChaseUntil.isNull() || asOf <= doNotChaseUntil);
    }
};

enum class InvoiceStatus { Open, PartiallyPaid, Paid, Credit };
QString invoiceStatusName(InvoiceStatus s);

struct Invoice
{
    qint64 id = 0;
    QString number;               // unique
    qint64 clientId = 0;
    QString clientNumber;         // filled when loaded, used when importing before ids exist
    QDate issueDate;
    QDate dueDate;
    qint64 amountMinor = 0;
    qint64 openMinor = 0;
    QString currency = QStringLiteral("CHF");
    QDate paidOn;                 // when the open amount reached zero (null while open)
    bool disputed = false;
    QString source;               // "demo", "odata", "sage50-csv"
    QDateTime lastModified;       // UTC, from the accounting system

    Money amount() const { return {amountMinor, currency}; }
    Money open() const { return {openMinor, currency}; }
    // Status is derived from the open amount, never stored on its own.
    InvoiceStatus status() const
    {
        if (openMinor < 0)
            return InvoiceStatus::Credit;
        if (openMinor == 0)
            return InvoiceStatus::Paid;
        return openMinor < amountMinor ? InvoiceStatus::PartiallyPaid : InvoiceStatus::Open;
    }
    int daysLate(QDate asOf) const { return int(dueDate.daysTo(asOf)); }
};

enum class InteractionKind { Call, Email, Meeting, Note };
QString interactionKindName(InteractionKind k);
std::optional<InteractionKind> interactionKindFromName(QStringView name);
enum class Direction { Inbound, Outbound, Internal };
QString directionName(Direction d);
std::optional<Direction> directionFromName(QStringView name);

struct Interaction
{
    qint64 id = 0;
    qint64 clientId = 0;
    QString externalId;           // the CRM's activity id; empty for local notes
    InteractionKind kind = InteractionKind::Note;
    QDateTime occurredAt;         // UTC
    QString subject;
    QString summary;
    Direction direction = Direction::Internal;
    QString author;
};

enum class AgingBucket { Current, Light, Moderate, Serious };
QString agingBucketName(AgingBucket b);                          // "current", "light", "moderate", "serious"
std::optional<AgingBucket> agingBucketFromName(QStringView name);

enum class ReminderState { Drafted, NeedsReview, Approved, Sending, Sent, Failed, Rejected, Snoozed, Cancelled };
QString reminderStateName(ReminderState s);                      // "drafted", "needs-review", ...
std::optional<ReminderState> reminderStateFromName(QStringView name);
// A reminder still waiting for someone or something: it blocks a new draft for the same client.
bool isPending(ReminderState s);

enum class FindingSeverity { Blocking, Warning };

// A validator finding: what is wrong, and where in the subject or body.
struct Finding
{
    QString code;                 // e.g. "amount-mismatch", "unknown-iban", "leftover-placeholder"
    FindingSeverity severity = FindingSeverity::Blocking;
    QString detail;
    QString field;                // "subject" or "body"
    int start = -1;               // character offset in that field, -1 when the finding is about the whole text
    int length = 0;

    friend bool operator==(const Finding&, const Finding&) = default;
};
QString findingsToJson(const QList<Finding>& findings);
QList<Finding> findingsFromJson(const QString& json);

struct ReminderLine
{
    qint64 invoiceId = 0;
    QString invoiceNumber;
    qint64 openMinor = 0;         // the open amount when the reminder was drafted: re-checked before sending
    QString currency;
    QDate dueDate;
    int daysLate = 0;
};

struct Reminder
{
    qint64 id = 0;
    qint64 clientId = 0;
    QList<ReminderLine> lines;    // one reminder groups all overdue invoices of one client
    AgingBucket bucket = AgingBucket::Light;
    Language language = Language::French;
    QString subject;
    QString body;
    ReminderState state = ReminderState::Drafted;
    QList<Finding> findings;
    QString provider;             // "template", "azure", "openai-compatible"
    QString model;
    int promptTokens = 0;
    int completionTokens = 0;
    QDate snoozedUntil;
    QString reason;               // why rejected, cancelled or failed
    int version = 1;              // optimistic concurrency
    QDateTime createdAt;
    QString createdBy;
    QDateTime updatedAt;
    QString updatedBy;
    QDateTime approvedAt;
    QString approvedBy;
    QDateTime sentAt;
    QString messageId;            // the mail system's id of the draft/sent message
    QString internetMessageId;

    bool hasBlockingFinding() const
    {
        for (const auto& f : findings)
            if (f.severity == FindingSeverity::Blocking)
                return true;
        return false;
    }
};

struct ToneExample
{
    qint64 id = 0;
    AgingBucket bucket = AgingBucket::Light;
    Language language = Language::French;
    QString text;
    QDateTime updatedAt;
    QString updatedBy;
};

struct Task
{
    qint64 id = 0;
    qint64 clientId = 0;          // 0: none
    qint64 reminderId = 0;        // 0: none
    QString title;
    QString body;
    QString assignee;
    QDate dueDate;
    bool done = false;
    QDateTime createdAt;
    QDateTime doneAt;
    QString externalId;           // e.g. the reply's internetMessageId or a To Do task id
};

// The OS account running the program (USER, or USERNAME on Windows): the actor of audited actions.
// `fallback` when neither is set.
QString osUserName(const QString& fallback);

struct AuditEvent
{
    qint64 id = 0;
    QDateTime at;                 // UTC
    QString actor;                // OS user, "system" for the worker
    QString entity;               // "reminder", "settings", "client", "invoice", "tone-example", "task"
    QString entityId;
    QString action;               // "created", "approved", "state:drafted->approved", "setting-changed", ...
    QString detail;               // JSON object
};

} // namespace relance
