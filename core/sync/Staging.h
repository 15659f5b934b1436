#pragma once
// What an accounting sync fetched, validated and ready to apply in one transaction. OData pages and Sage 50 CSV rows
// both become records of the same twelve fields, checked by the same rules.
#include "domain/Domain.h"

#include <QHash>
#include <QMap>
#include <array>
#include <optional>

namespace relance::sync {

enum class Field { InvoiceNo, CustomerNo, CustomerName, Email, Language, MandateType, Currency, Amount, OpenAmount,
                   InvoiceDate, DueDate, LastModified };
inline constexpr int kFieldCount = 12;
QString fieldName(Field f);                   // "InvoiceNo", ... (the keys of [accounting] field.X / column.X)

// One record as text; nullopt: absent, null or an empty cell.
using Record = std::array<std::optional<QString>, kFieldCount>;

struct StagedClient
{
    QString number;
    std::optional<QString> name;
    std::optional<QString> email;
    std::optional<Language> language;
    std::optional<MandateType> mandateType;
};

enum class RecordFormat { OData, SwissCsv };

struct AccountingSnapshot
{
    QString source;                              // "odata", "sage50-csv": stored on each invoice
    bool complete = false;                       // the whole open-items set: stored open invoices not in it are paid
    QList<Invoice> invoices;                     // clientNumber set, clientId 0
    QHash<QString, StagedClient> clients;        // by customer number
    QStringList removed;                         // invoice numbers a delta says left the open-items set
    QHash<QString, QString> whereSeen;           // invoice number -> where it came from (duplicate detection)
    bool allowReplace = false;                   // a delta may list the same invoice twice: the later one wins

    // Validates one record and stages it. `where` names the page/row for the error ("page 3, entity 17").
    Result<void> add(const Record& r, RecordFormat format, const QString& where);
    void addRemoved(const QString& number);
};

} // namespace relance::sync
