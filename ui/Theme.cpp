#include "Theme.h"

#include <QCoreApplication>

namespace relance::ui {

namespace {
QLocale& localeRef()
{
    static QLocale l(QLocale::English, QLocale::Switzerland);
    return l;
}
} // namespace

QLocale reviewerLocale() { return localeRef(); }
void setReviewerLocale(const QLocale& locale) { localeRef() = locale; }
QString formatDate(QDate d) { return d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : QString(); }

QColor bucketColor(AgingBucket b)
{
    switch (b) {
    case AgingBucket::Current: return QColor(0x5b, 0x8d, 0xb8);
    case AgingBucket::Light: return QColor(0xd9, 0xa4, 0x1b);
    case AgingBucket::Moderate: return QColor(0xe0, 0x6c, 0x1f);
    case AgingBucket::Serious: return QColor(0xb8, 0x2e, 0x2e);
    }
    return Qt::gray;
}

QColor bucketTint(AgingBucket b)
{
    switch (b) {
    case AgingBucket::Current: return QColor(0xe8, 0xf0, 0xf8);
    case AgingBucket::Light: return QColor(0xfd, 0xf3, 0xd6);
    case AgingBucket::Moderate: return QColor(0xfc, 0xe4, 0xd2);
    case AgingBucket::Serious: return QColor(0xf6, 0xd5, 0xd5);
    }
    return Qt::white;
}

QString bucketShortLabel(AgingBucket b)
{
    switch (b) {
    //: aging bucket: invoices not yet due
    case AgingBucket::Current: return QCoreApplication::translate("Labels", "Not yet due");
    //: aging bucket: 1 to 15 days late
    case AgingBucket::Light: return QCoreApplication::translate("Labels", "Light");
    //: aging bucket: 16 to 45 days late
    case AgingBucket::Moderate: return QCoreApplication::translate("Labels", "Moderate");
    //: aging bucket: over 45 days late
    case AgingBucket::Serious: return QCoreApplication::translate("Labels", "Serious");
    }
    return {};
}

QString bucketLabel(AgingBucket b)
{
    switch (b) {
    case AgingBucket::Current: return QCoreApplication::translate("Labels", "Not yet due");
    case AgingBucket::Light: return QCoreApplication::translate("Labels", "Light (1-15 days)");
    case AgingBucket::Moderate: return QCoreApplication::translate("Labels", "Moderate (16-45 days)");
    case AgingBucket::Serious: return QCoreApplication::translate("Labels", "Serious (over 45 days)");
    }
    return {};
}

QString stateLabel(ReminderState s)
{
    switch (s) {
    //: state of a reminder draft
    case ReminderState::Drafted: return QCoreApplication::translate("Labels", "Drafted");
    case ReminderState::NeedsReview: return QCoreApplication::translate("Labels", "Needs review");
    case ReminderState::Approved: return QCoreApplication::translate("Labels", "Approved");
    case ReminderState::Sending: return QCoreApplication::translate("Labels", "Sending");
    case ReminderState::Sent: return QCoreApplication::translate("Labels", "Sent");
    case ReminderState::Failed: return QCoreApplication::translate("Labels", "Failed");
    case ReminderState::Rejected: return QCoreApplication::translate("Labels", "Rejected");
    case ReminderState::Snoozed: return QCoreApplication::translate("Labels", "Snoozed");
    case ReminderState::Cancelled: return QCoreApplication::translate("Labels", "Cancelled");
    }
    return {};
}

QString languageLabel(Language l)
{
    switch (l) {
    case Language::French: return QCoreApplication::translate("Labels", "French");
    case Language::German: return QCoreApplication::translate("Labels", "German");
    case Language::English: return QCoreApplication::translate("Labels", "English");
    case Language::Italian: return QCoreApplication::translate("Labels", "Italian");
    }
    return {};
}

QString mandateLabel(MandateType m)
{
    switch (m) {
    case MandateType::Bookkeeping: return QCoreApplication::translate("Labels", "Bookkeeping");
    case MandateType::Payroll: return QCoreApplication::translate("Labels", "Payroll");
    case MandateType::Tax: return QCoreApplication::translate("Labels", "Tax");
    case MandateType::Audit: return QCoreApplication::translate("Labels", "Audit");
    case MandateType::Advisory: return QCoreApplication::translate("Labels", "Advisory");
    case MandateType::Other: return QCoreApplication::translate("Labels", "Other");
    }
    return {};
}

QString interactionLabel(InteractionKind k)
{
    switch (k) {
    case InteractionKind::Call: return QCoreApplication::translate("Labels", "Call");
    case InteractionKind::Email: return QCoreApplication::translate("Labels", "E-mail");
    case InteractionKind::Meeting: return QCoreApplication::translate("Labels", "Meeting");
    case InteractionKind::Note: return QCoreApplication::translate("Labels", "Note");
    }
    return {};
}



QString appStyleSheet()
{
    return QStringLiteral(R"(
QMainWindow, QWidget#page { background: #f5f6f8; }
QListWidget#navigation { background: #1f2a37; color: #d6dde6; border: none; font-size: 13px; padding-top: 8px; }
QListWidget#navigation::item { padding: 9px 14px; border-left: 3px solid transparent; }
QListWidget#navigation::item:selected { background: #2d3b4c; color: white; border-left: 3px solid #e0a526; }
QLabel#pageTitle { font-size: 18px; font-weight: 600; color: #1f2a37; padding: 2px 0 6px 0; }
QLabel#sectionTitle { font-size: 12px; font-weight: 600; color: #4a5565; }
QFrame#card { background: white; border: 1px solid #dde1e6; border-radius: 6px; }
QLabel#cardValue { font-size: 19px; font-weight: 600; color: #1f2a37; }
QLabel#cardCaption { color: #5d6875; font-size: 11px; }
QTableView { background: white; alternate-background-color: #f8f9fb; gridline-color: #eceef1;
             selection-background-color: #cfe0f3; selection-color: #111; border: 1px solid #dde1e6; }
QHeaderView::section { background: #eef0f3; color: #2c3643; padding: 4px 6px; border: none;
                       border-right: 1px solid #dde1e6; border-bottom: 1px solid #d3d8de; font-weight: 600; }
QLineEdit, QPlainTextEdit, QComboBox, QDateEdit, QSpinBox { background: white; border: 1px solid #c9cfd6;
             border-radius: 4px; padding: 3px 5px; }
QPlainTextEdit { font-size: 13px; }
QToolBar { background: #ffffff; border-bottom: 1px solid #dde1e6; spacing: 4px; padding: 3px; }
QToolButton { padding: 4px 8px; border-radius: 4px; }
QToolButton:hover { background: #e9eef4; }
QFrame#banner { border-radius: 4px; padding: 2px; }
QFrame#banner[severity="error"] { background: #fbe3e1; border: 1px solid #e3a7a2; }
QFrame#banner[severity="info"] { background: #e4effa; border: 1px solid #a9c7e6; }
QFrame#banner[severity="warning"] { background: #fff4d6; border: 1px solid #e6cf8a; }
QTextBrowser { background: white; border: 1px solid #dde1e6; }
QTabWidget::pane { border: 1px solid #dde1e6; background: white; }
QStatusBar { background: #eef0f3; color: #3b4654; }
)");
}

} // namespace relance::ui
