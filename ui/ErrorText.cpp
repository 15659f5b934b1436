#include "ErrorText.h"

namespace relance::ui {

QString ErrorText::sentence(const Error& e)
{
    const QString s = e.subject;
    const bool has = !s.isEmpty();
    switch (e.code) {
    case ErrorCode::InvalidArgument:
        return has ? tr("The value for %1 cannot be used.").arg(s) : tr("A value given cannot be used.");
    case ErrorCode::Parse:
        return has ? tr("%1 is not in the expected format.").arg(s) : tr("The data is not in the expected format.");
    case ErrorCode::Config:
        return has ? tr("The setting %1 is not valid.").arg(s) : tr("The configuration is not valid.");
    case ErrorCode::Database:
        return has ? tr("The database operation failed (%1).").arg(s) : tr("The database operation failed.");
    case ErrorCode::DatabaseLocked:
        return tr("Another program is using the database; try again in a moment.");
    case ErrorCode::NotADatabase:
        return has ? tr("%1 is not a Relance database.").arg(s) : tr("The file is not a Relance database.");
    case ErrorCode::SchemaTooNew:
        return tr("The database was written by a newer version of Relance; update this workstation.");
    case ErrorCode::UnknownScheme:
        return has ? tr("The address %1 is not supported.").arg(s) : tr("This kind of address is not supported.");
    case ErrorCode::NotFound:
        return has ? tr("%1 was not found.").arg(s) : tr("What was asked for was not found.");
    case ErrorCode::Network:
        return has ? tr("%1 could not be reached.").arg(s) : tr("The server could not be reached.");
    case ErrorCode::Timeout:
        return has ? tr("%1 did not answer in time.").arg(s) : tr("The server did not answer in time.");
    case ErrorCode::AuthRejected:
        if (e.httpStatus)
            return has ? tr("%1 refused the credentials (HTTP %2).").arg(s).arg(e.httpStatus)
                       : tr("The credentials were refused (HTTP %1).").arg(e.httpStatus);
        return has ? tr("%1 refused the credentials, or none are stored.").arg(s)
                   : tr("The credentials were refused, or none are stored.");
    case ErrorCode::RateLimited:
        return has ? tr("%1 is busy and asked us to wait; the work stays queued for the next run.").arg(s)
                   : tr("The server is busy and asked us to wait; the work stays queued for the next run.");
    case ErrorCode::Server:
        if (e.httpStatus)
            return has ? tr("%1 answered with an error (HTTP %2).").arg(s).arg(e.httpStatus)
                       : tr("The server answered with an error (HTTP %1).").arg(e.httpStatus);
        return has ? tr("%1 answered with an error.").arg(s) : tr("The server answered with an error.");
    case ErrorCode::Conflict:
        return tr("Someone else changed this meanwhile; nothing was overwritten.");
    case ErrorCode::Cancelled:
        return tr("Cancelled.");
    case ErrorCode::Io:
        return has ? tr("The file %1 could not be read or written.").arg(s) : tr("A file could not be read or written.");
    case ErrorCode::Internal:
        break;
    }
    return tr("An unexpected error occurred.");
}

QString ErrorText::failed(const QString& what, const Error& error)
{
    //: "<what failed>: <why>", e.g. "The sync failed: example.ch did not answer in time."
    return tr("%1: %2").arg(what, sentence(error));
}

} // namespace relance::ui
