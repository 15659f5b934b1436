#pragma once
// Asking the reviewer for a reason, a date or a promise, without a nested event loop: the answer comes back
// through a callback. Tests install a ScriptedPrompter (the seam for dialogs) instead of real dialogs.
#include "domain/Money.h"

#include <QDate>
#include <QList>
#include <QPointer>
#include <QString>
#include <QVariant>
#include <functional>
#include <optional>

class QWidget;

namespace relance::ui {

struct PromiseAnswer
{
    QDate date;
    qint64 amountMinor = 0;
    QString note;
};

class Prompter
{
public:
    virtual ~Prompter() = default;
    virtual void askText(QWidget* parent, const QString& title, const QString& label, const QString& initial,
                         std::function<void(std::optional<QString>)> done) = 0;
    virtual void askDate(QWidget* parent, const QString& title, const QString& label, QDate initial,
                         std::function<void(std::optional<QDate>)> done) = 0;
    virtual void askPromise(QWidget* parent, const QString& currency, qint64 suggestedMinor, QDate suggestedDate,
                            std::function<void(std::optional<PromiseAnswer>)> done) = 0;
};

// Real dialogs, opened window-modal with open() (never exec()): the answer arrives when the dialog is accepted.
class DialogPrompter : public Prompter
{
public:
    void askText(QWidget* parent, const QString& title, const QString& label, const QString& initial,
                 std::function<void(std::optional<QString>)> done) override;
    void askDate(QWidget* parent, const QString& title, const QString& label, QDate initial,
                 std::function<void(std::optional<QDate>)> done) override;
    void askPromise(QWidget* parent, const QString& currency, qint64 suggestedMinor, QDate suggestedDate,
                    std::function<void(std::optional<PromiseAnswer>)> done) override;
};

// Answers from a queue, immediately; an empty queue answers "cancelled". For tests.
class ScriptedPrompter : public Prompter
{
public:
    QList<QVariant> answers;        // QString, QDate, or QVariant::fromValue(PromiseAnswer); invalid QVariant: cancel
    QStringList asked;              // the titles asked, in order
    void askText(QWidget*, const QString& title, const QString&, const QString&,
                 std::function<void(std::optional<QString>)> done) override;
    void askDate(QWidget*, const QString& title, const QString&, QDate,
                 std::function<void(std::optional<QDate>)> done) override;
    void askPromise(QWidget*, const QString&, qint64, QDate,
                    std::function<void(std::optional<PromiseAnswer>)> done) override;

private:
    QVariant next(const QString& title);
};

} // namespace relance::ui

Q_DECLARE_METATYPE(relance::ui::PromiseAnswer)
