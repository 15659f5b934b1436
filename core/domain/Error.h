#pragma once
// Errors returned by core functions. Core returns codes and details; people-facing messages are made in ui/app.
#include <QString>
#include <expected>

namespace relance {

enum class ErrorCode {
    InvalidArgument, // a value the caller gave cannot be used
    Parse,           // text that should have had a format did not
    Config,          // a configuration key or value is wrong
    Database,        // a database operation failed
    DatabaseLocked,  // another process holds the database
    NotADatabase,    // the file exists but is not a database
    SchemaTooNew,    // the database was written by a newer program
    UnknownScheme,   // a URL scheme the program does not handle
    NotFound,
    Network,
    Timeout,
    AuthRejected,    // credentials were refused (401/403): do not retry
    RateLimited,
    Server,          // the remote side failed (5xx)
    Conflict,        // someone else changed the row meanwhile
    Cancelled,
    Io,
    Internal,
};

QString errorCodeName(ErrorCode code);

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString detail; // what went wrong, in English, for logs and the command line: names the key, row, file or URL concerned
    // Structured parts for a translated sentence (ui/ErrorText.h): what the error is about (a host, "section/key",
    // a file, an invoice number) and, for an HTTP answer, its status. Empty/0 when the producer did not set them.
    QString subject;
    int httpStatus = 0;

    Error() = default;
    Error(ErrorCode c, QString d, QString s = {}, int status = 0)
        : code(c), detail(std::move(d)), subject(std::move(s)), httpStatus(status)
    {
    }

    QString toString() const { return errorCodeName(code) + QStringLiteral(": ") + detail; }
};

template <typename T>
using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(ErrorCode code, QString detail)
{
    return std::unexpected<Error>(Error{code, std::move(detail)});
}

} // namespace relance
