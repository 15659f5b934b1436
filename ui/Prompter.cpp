#include "Prompter.h"

#include "Theme.h"

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace relance::ui {

namespace {
// A small dialog that deletes itself and reports once.
QDialog* makeDialog(QWidget* parent, const QString& title, QFormLayout** form, QDialogButtonBox** buttons)
{
    auto* dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setWindowModality(Qt::WindowModal);
    auto* layout = new QVBoxLayout(dialog);
    *form = new QFormLayout;
    layout->addLayout(*form);
    *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    layout->addWidget(*buttons);
    QObject::connect(*buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(*buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return dialog;
}
} // namespace

void DialogPrompter::askText(QWidget* parent, const QString& title, const QString& label, const QString& initial,
                             std::function<void(std::optional<QString>)> done)
{
    QFormLayout* form = nullptr;
    QDialogButtonBox* buttons = nullptr;
    QDialog* dialog = makeDialog(parent, title, &form, &buttons);
    auto* edit = new QLineEdit(initial, dialog);
    edit->setMinimumWidth(360);
    form->addRow(label, edit);
    QObject::connect(dialog, &QDialog::finished, dialog, [dialog, edit, done](int result) {
        if (result == QDialog::Accepted && !edit->text().trimmed().isEmpty())
            done(edit->text().trimmed());
        else
            done(std::nullopt);
        Q_UNUSED(dialog);
    });
    dialog->open();
}

void DialogPrompter::askDate(QWidget* parent, const QString& title, const QString& label, QDate initial,
                             std::function<void(std::optional<QDate>)> done)
{
    QFormLayout* form = nullptr;
    QDialogButtonBox* buttons = nullptr;
    QDialog* dialog = makeDialog(parent, title, &form, &buttons);
    auto* edit = new QDateEdit(initial, dialog);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    form->addRow(label, edit);
    QObject::connect(dialog, &QDialog::finished, dialog, [edit, done](int result) {
        done(result == QDialog::Accepted ? std::optional<QDate>(edit->date()) : std::nullopt);
    });
    dialog->open();
}

void DialogPrompter::askPromise(QWidget* parent, const QString& currency, qint64 suggestedMinor, QDate suggestedDate,
                                std::function<void(std::optional<PromiseAnswer>)> done)
{
    QFormLayout* form = nullptr;
    QDialogButtonBox* buttons = nullptr;
    QDialog* dialog = makeDialog(parent, QObject::tr("Promise to pay"), &form, &buttons);
    auto* date = new QDateEdit(suggestedDate, dialog);
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    auto* amount = new QLineEdit(formatAmount(suggestedMinor, currency, reviewerLocale()), dialog);
    auto* note = new QLineEdit(dialog);
    auto* error = new QLabel(dialog);
    error->setStyleSheet(QStringLiteral("color: #b82e2e"));
    form->addRow(QObject::tr("Pays by"), date);
    form->addRow(QObject::tr("Amount (%1)").arg(currency), amount);
    form->addRow(QObject::tr("Note"), note);
    form->addRow(error);
    // Validate before closing: a bad amount keeps the dialog open with the reason.
    QObject::disconnect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, [=] {
        if (!parseMinorUnits(amount->text(), currency)) {
            error->setText(QObject::tr("The amount is not a valid amount in %1.").arg(currency));
            return;
        }
        dialog->accept();
    });
    QObject::connect(dialog, &QDialog::finished, dialog, [=](int result) {
        if (result != QDialog::Accepted)
            return done(std::nullopt);
        done(PromiseAnswer{date->date(), parseMinorUnits(amount->text(), currency).value_or(0), note->text().trimmed()});
    });
    dialog->open();
}

QVariant ScriptedPrompter::next(const QString& title)
{
    asked << title;
    return answers.isEmpty() ? QVariant() : answers.takeFirst();
}

void ScriptedPrompter::askText(QWidget*, const QString& title, const QString&, const QString&,
                               std::function<void(std::optional<QString>)> done)
{
    const QVariant v = next(title);
    done(v.isValid() ? std::optional<QString>(v.toString()) : std::nullopt);
}

void ScriptedPrompter::askDate(QWidget*, const QString& title, const QString&, QDate,
                               std::function<void(std::optional<QDate>)> done)
{
    const QVariant v = next(title);
    done(v.isValid() ? std::optional<QDate>(v.toDate()) : std::nullopt);
}

void ScriptedPrompter::askPromise(QWidget*, const QString&, qint64, QDate,
                                  std::function<void(std::optional<PromiseAnswer>)> done)
{
    const QVariant v = next(QStringLiteral("promise"));
    done(v.isValid() ? std::optional<PromiseAnswer>(v.value<PromiseAnswer>()) : std::nullopt);
}

} // namespace relance::ui
