#pragma once
// Core returns an Error with a code, an English detail (for logs and the CLI) and, where the producer knows them, a
// subject (host, "section/key", file, invoice number) and an HTTP status. A person reads a sentence made here with tr(),
// in the interface's language, with only those parts filled in: a French screen is French throughout. The English
// detail goes to the tooltip, as technical information for support.
#include "domain/Error.h"

#include <QCoreApplication>
#include <QString>

namespace relance::ui {

class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
public:
    // One translated sentence for the error, e.g. "The server example.ch answered with an error (HTTP 503)."
    static QString sentence(const Error& error);
    // "<what failed>: <sentence>", with `what` already translated by the caller ("The sync failed").
    static QString failed(const QString& what, const Error& error);
    // The English detail, for a tooltip or a log; empty when there is none.
    static QString technical(const Error& error) { return error.detail; }
};

} // namespace relance::ui
