#pragma once
// The character set of IG 2.3 (in force since 22 November 2025): Basic Latin U+0020-007E, Latin-1 Supplement and
// Latin Extended-A U+00A0-017F, U+0218-021B (Ș ș Ț ț) and U+20AC (€). Everything in a payload must be in it.
#include "domain/Error.h"

#include <QString>

namespace relance::qrbill {

bool isInCharacterSet(char32_t codePoint);

// The value as it may go into the payload: composed (NFC, so a decomposed "u + ¨" becomes "ü"), trimmed, with the
// typographic look-alikes of permitted characters replaced (curly quotes and apostrophes, dashes and minus, special
// spaces, the ellipsis; zero-width characters dropped). Any other character outside the set is refused: the Error
// names `field` as its subject and the character in its detail. The caller checks lengths on the result.
Result<QString> cleanText(const QString& value, const QString& field);

} // namespace relance::qrbill
