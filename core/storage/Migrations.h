#pragma once
#include "storage/Database.h"

#include <QStringList>
#include <vector>

namespace relance {

struct Migration
{
    int version;
    QString description;
    QStringList statements; // dialect-neutral SQL with {{ID}} for an auto-increment primary key
};

// Forward-only, in order. Never edit a migration that has shipped: add a new one.
const std::vector<Migration>& migrations();
QString dialectSql(const QString& sql, Dialect dialect);

} // namespace relance
