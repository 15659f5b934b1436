#pragma once
#include <Qt>

namespace relance::ui {

// Roles every list model answers: the raw value to sort on, the row's id, and the values filters look at.
enum Role {
    RawRole = Qt::UserRole + 1, // the unformatted value of the cell (qint64 minor units, QDate, int, QString)
    IdRole,                     // the row's database id (any column)
    BucketRole,                 // int(AgingBucket) (any column)
    LanguageRole,               // int(Language)
    StateRole,                  // int(ReminderState)
    SearchRole,                 // the text a search matches (any column)
    ClientIdRole,
};

} // namespace relance::ui
