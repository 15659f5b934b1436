#include "Cli.h"

namespace relance::cli {

int CliContext::failWith(int code, const QString& reason)
{
    err << "relance-cli: " << reason << Qt::endl;
    return code;
}

int exitCodeFor(const Error& e)
{
    switch (e.code) {
    case ErrorCode::InvalidArgument:
    case ErrorCode::Config:
    case ErrorCode::UnknownScheme: return kUsage;
    case ErrorCode::Database:
    case ErrorCode::DatabaseLocked:
    case ErrorCode::NotADatabase:
    case ErrorCode::SchemaTooNew: return kDatabase;
    default: return kFailed;
    }
}

std::unique_ptr<Database> CliContext::openDatabase(int* code)
{
    auto db = Database::openAndMigrate(databaseUrl);
    if (!db) {
        *code = failWith(exitCodeFor(db.error()) == kUsage ? kUsage : kDatabase,
                         db.error().toString());
        return nullptr;
    }
    *code = kOk;
    return std::move(*db);
}

} // namespace relance::cli
