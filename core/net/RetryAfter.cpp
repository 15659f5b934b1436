#include "net/RetryAfter.h"

#include <QString>
#include <cmath>
#include <optional>

namespace relance::net {

namespace {
// A non-negative decimal number (digits, at most one '.'), clamped; nullopt for anything else ("-1", "1e3", "soon").
std::optional<qint64> decimalMs(const QByteArray& v, double unitMs)
{
    if (v.isEmpty())
        return std::nullopt;
    bool dot = false;
    for (char c : v) {
        if (c == '.' && !dot)
            dot = true;
        else if (c < '0' || c > '9')
            return std::nullopt;
    }
    if (v == ".")
        return std::nullopt;
    bool ok = false;
    const double n = v.toDouble(&ok);
    if (!ok || !std::isfinite(n) || n < 0)
        return std::nullopt;
    const double ms = std::ceil(std::min(n * unitMs, double(kMaxRetryAfterMs)));
    return qint64(ms);
}
} // namespace

qint64 parseRetryAfterMs(const QByteArray& value, const QDateTime& nowUtc)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    if (auto ms = decimalMs(v, 1000.0))
        return *ms;
    // HTTP-date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT" (RFC 9110 IMF-fixdate; the obsolete forms are not sent by the
    // servers we talk to).
    QString text = QString::fromLatin1(v.left(64)).trimmed();
    if (text.endsWith(QLatin1StringView(" GMT")) || text.endsWith(QLatin1StringView(" UTC")))
        text = text.left(text.size() - 4) + QStringLiteral(" +0000");
    const QDateTime at = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!at.isValid() || !nowUtc.isValid())
        return -1;
    return qBound<qint64>(0, nowUtc.msecsTo(at), kMaxRetryAfterMs);
}

qint64 retryAfterFromHeaders(const HeaderList& headers, const QDateTime& nowUtc)
{
    auto find = [&](const char* name) -> std::optional<QByteArray> {
        for (const auto& [k, v] : headers)
            if (k.trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return v.trimmed();
        return std::nullopt;
    };
    for (const char* name : {"retry-after-ms", "x-ms-retry-after-ms"})
        if (auto v = find(name))
            if (auto ms = decimalMs(*v, 1.0))
                return *ms;
    if (auto v = find("retry-after"))
        return parseRetryAfterMs(*v, nowUtc);
    return -1;
}

} // namespace relance::net
