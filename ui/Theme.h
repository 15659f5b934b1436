#pragma once
// Everything visual about the domain: bucket colours, labels of states, languages and buckets, icons.
// Core gives names and codes; this is where they become colours and words for people.
#include "domain/Domain.h"

#include <QColor>
#include <QIcon>
#include <QLocale>
#include <QString>

namespace relance::ui {

QColor bucketColor(AgingBucket b);          // strong colour for bars and chips
QColor bucketTint(AgingBucket b);           // light background for table cells
QString bucketLabel(AgingBucket b);         // "Light (1-15 days)"
QString bucketShortLabel(AgingBucket b);    // "Light"
QString stateLabel(ReminderState s);
QString languageLabel(Language l);
QString mandateLabel(MandateType m);
QString interactionLabel(InteractionKind k);
QIcon icon(const QString& name);            // drawn in Icons.cpp: "approve", "reject", "queue", ...

// The reviewer's locale for numbers, money and dates (fr_CH, de_CH, en_CH), set once at start.
QLocale reviewerLocale();
void setReviewerLocale(const QLocale& locale);
QString formatDate(QDate d);

// The application style sheet: calm, dense, readable.
QString appStyleSheet();

} // namespace relance::ui
