#include "Cli.h"

namespace relance::cli {

int CliContext::failWith(int code, const QString& reason)
{
    err << "relance-cli: " << reason << Qt::endl;
    return code;
}

std::unique_ptr<Database> CliContext::openDatabase(int* code)
{
    auto db = Database::openAndMigrate(databaseUrl);
    if (!db) {
        const ErrorCode c = db.error().code;
        *code = failWith(c == ErrorCode::UnknownScheme || c == ErrorCode::InvalidArgument ? kUsage : kDatabase,
                         db.error().toString());
        return nullptr;
    }
    *code = kOk;
    return std::move(*db);
}

} // namespace relance::cli
