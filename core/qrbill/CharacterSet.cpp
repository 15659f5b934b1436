#include "qrbill/CharacterSet.h"

#include <QList>

namespace relance::qrbill {

bool isInCharacterSet(char32_t cp)
{
    return (cp >= 0x20 && cp <= 0x7E) || (cp >= 0xA0 && cp <= 0x17F) || (cp >= 0x218 && cp <= 0x21B) || cp == 0x20AC;
}

namespace {

// Look-alikes with one obvious spelling inside the set. Letters are never guessed at: "ł" or "ș" are in the set,
// and a Cyrillic or Greek letter has no replacement a payment could be matched with, so it is refused.
QString replacementFor(char32_t cp, bool& dropped)
{
    dropped = false;
    switch (cp) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
        return QStringLiteral("'");
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
        return QStringLiteral("\"");
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
        return QStringLiteral("-");
    case 0x2026:
        return QStringLiteral("...");
    case 0x0009:
    case 0x2000:
    case 0x2001:
    case 0x2002:
    case 0x2003:
    case 0x2004:
    case 0x2005:
    case 0x2006:
    case 0x2007:
    case 0x2008:
    case 0x2009:
    case 0x200A:
    case 0x202F:
    case 0x205F:
    case 0x3000:
        return QStringLiteral(" ");
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0x2060:
    case 0xFEFF:
        dropped = true;
        return {};
    default:
        return {};
    }
}

} // namespace

Result<QString> cleanText(const QString& value, const QString& field)
{
    const QString composed = value.normalized(QString::NormalizationForm_C);
    QString out;
    out.reserve(composed.size());
    const QList<uint> codePoints = composed.toUcs4();
    for (const uint u : codePoints) {
        const char32_t cp = u;
        if (isInCharacterSet(cp)) {
            out.append(QString::fromUcs4(&cp, 1));
            continue;
        }
        bool dropped = false;
        const QString replacement = replacementFor(cp, dropped);
        if (dropped)
            continue;
        if (replacement.isEmpty()) {
            const QString hex = QString::number(quint32(cp), 16).toUpper().rightJustified(4, u'0');
            Error e{
                ErrorCode::InvalidArgument,
                QStringLiteral("%1: the character U+%2 is outside the QR-bill character set (IG 2.3)").arg(field, hex),
                field};
            return std::unexpected(e);
        }
        out.append(replacement);
    }
    return out.trimmed();
}

} // namespace relance::qrbill
