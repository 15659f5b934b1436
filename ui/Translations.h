#pragma once
// Loads the workstation's translation (fr, de or en) for `[ui] language`, or the system locale when it is empty,
// and sets the reviewer's locale for numbers, money and dates to the Swiss variant of that language.
// The .qm files are files, not resources. They are looked for, in this order, in
//   <directory of the executable>/../share/relance/translations   (the installed program: .deb, tarball, Windows)
//   the build tree's share/relance/translations                     (running from a build directory, tests)
// The file loaded is logged ("translation: loaded <path>"); a missing one is logged as a warning and the interface
// stays in English, the language of the sources.
#include <QString>

class QCoreApplication;

namespace relance::ui {

// Returns the language actually used ("fr", "de" or "en").
QString installTranslation(QCoreApplication& app, const QString& language);
QStringList availableLanguages();
// The directories searched for relance_<lang>.qm, in order.
QStringList translationSearchPath();
// The .qm file the last installTranslation() loaded; empty when none was found (or for English without a file).
QString loadedTranslationFile();

} // namespace relance::ui
