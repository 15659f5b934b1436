#include "domain/Error.h"

namespace relance {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument: return QStringLiteral("invalid argument");
    case ErrorCode::Parse: return QStringLiteral("parse error");
    case ErrorCode::Config: return QStringLiteral("configuration error");
    case ErrorCode::Database: return QStringLiteral("database error");
    case ErrorCode::DatabaseLocked: return QStringLiteral("database locked");
    case ErrorCode::NotADatabase: return QStringLiteral("not a database");
    case ErrorCode::SchemaTooNew: return QStringLiteral("database schema too new");
    case ErrorCode::UnknownScheme: return QStringLiteral("unknown URL scheme");
    case ErrorCode::NotFound: return QStringLiteral("not found");
    case ErrorCode::Network: return QStringLiteral("network error");
    case ErrorCode::Timeout: return QStringLiteral("timeout");
    case ErrorCode::AuthRejected: return QStringLiteral("credentials rejected");
    case ErrorCode::RateLimited: return QStringLiteral("rate limited");
    case ErrorCode::Server: return QStringLiteral("server error");
    case ErrorCode::Conflict: return QStringLiteral("conflict");
    case ErrorCode::Cancelled: return QStringLiteral("cancelled");
    case ErrorCode::Io: return QStringLiteral("i/o error");
    case ErrorCode::Internal: return QStringLiteral("internal error");
    }
    return QStringLiteral("error");
}

} // namespace relance
