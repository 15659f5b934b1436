#include "domain/Domain.h"

#include <nlohmann/json.hpp>

namespace relance {

namespace {
template <typename E, std::size_t N>
std::optional<E> fromTable(QStringView name, const std::array<std::pair<E, const char*>, N>& table)
{
    for (const auto& [value, text] : table)
        if (name.compare(QLatin1StringView(text), Qt::CaseInsensitive) == 0)
            return value;
    return std::nullopt;
}
template <typename E, std::size_t N>
QString toTable(E value, const std::array<std::pair<E, const char*>, N>& table)
{
    for (const auto& [v, text] : table)
        if (v == value)
            return QLatin1StringView(text).toString();
    return {};
}

constexpr std::array kMandates{
    std::pair{MandateType::Bookkeeping, "bookkeeping"}, std::pair{MandateType::Payroll, "payroll"},
    std::pair{MandateType::Tax, "tax"},                 std::pair{MandateType::Audit, "audit"},
    std::pair{MandateType::Advisory, "advisory"},       std::pair{MandateType::Other, "other"},
};
constexpr std::array kKinds{
    std::pair{InteractionKind::Call, "call"},
    std::pair{InteractionKind::Email, "email"},
    std::pair{InteractionKind::Meeting, "meeting"},
    std::pair{InteractionKind::Note, "note"},
};
constexpr std::array kDirections{
    std::pair{Direction::Inbound, "inbound"},
    std::pair{Direction::Outbound, "outbound"},
    std::pair{Direction::Internal, "internal"},
};
constexpr std::array kBuckets{
    std::pair{AgingBucket::Current, "current"},
    std::pair{AgingBucket::Light, "light"},
    std::pair{AgingBucket::Moderate, "moderate"},
    std::pair{AgingBucket::Serious, "serious"},
};
constexpr std::array kStates{
    std::pair{ReminderState::Drafted, "drafted"},   std::pair{ReminderState::NeedsReview, "needs-review"},
    std::pair{ReminderState::Approved, "approved"}, std::pair{ReminderState::Sending, "sending"},
    std::pair{ReminderState::Sent, "sent"},         std::pair{ReminderState::Failed, "failed"},
    std::pair{ReminderState::Rejected, "rejected"}, std::pair{ReminderState::Snoozed, "snoozed"},
    std::pair{ReminderState::Cancelled, "cancelled"},
};
} // namespace

QString languageCode(Language l)
{
    switch (l) {
    case Language::French: return QStringLiteral("fr");
    case Language::German: return QStringLiteral("de");
    case Language::English: return QStringLiteral("en");
    case Language::Italian: return QStringLiteral("it");
    }
    return QStringLiteral("fr");
}

std::optional<Language> languageFromCode(QStringView code)
{
    const QString c = code.trimmed().left(2).toString().toLower();
    if (c == u"fr" || c == u"f")
        return Language::French;
    if (c == u"de" || c == u"d" || c == u"ge")
        return Language::German;
    if (c == u"en" || c == u"e")
        return Language::English;
    if (c == u"it" || c == u"i")
        return Language::Italian;
    return std::nullopt;
}

QLocale clientLocale(Language l)
{
    switch (l) {
    case Language::French: return QLocale(QLocale::French, QLocale::Switzerland);
    case Language::German: return QLocale(QLocale::German, QLocale::Switzerland);
    case Language::English: return QLocale(QLocale::English, QLocale::Switzerland);
    case Language::Italian: return QLocale(QLocale::Italian, QLocale::Switzerland);
    }
    return QLocale(QLocale::French, QLocale::Switzerland);
}

QString mandateTypeName(MandateType m) { return toTable(m, kMandates); }
std::optional<MandateType> mandateTypeFromName(QStringView name) { return fromTable(name.trimmed(), kMandates); }

QString invoiceStatusName(InvoiceStatus s)
{
    switch (s) {
    case InvoiceStatus::Open: return QStringLiteral("open");
    case InvoiceStatus::PartiallyPaid: return QStringLiteral("partially-paid");
    case InvoiceStatus::Paid: return QStringLiteral("paid");
    case InvoiceStatus::Credit: return QStringLiteral("credit");
    }
    return {};
}

QString interactionKindName(InteractionKind k) { return toTable(k, kKinds); }
std::optional<InteractionKind> interactionKindFromName(QStringView n) { return fromTable(n, kKinds); }
QString directionName(Direction d) { return toTable(d, kDirections); }
std::optional<Direction> directionFromName(QStringView n) { return fromTable(n, kDirections); }
QString agingBucketName(AgingBucket b) { return toTable(b, kBuckets); }
std::optional<AgingBucket> agingBucketFromName(QStringView n) { return fromTable(n, kBuckets); }
QString reminderStateName(ReminderState s) { return toTable(s, kStates); }
std::optional<ReminderState> reminderStateFromName(QStringView n) { return fromTable(n, kStates); }

bool isPending(ReminderState s)
{
    switch (s) {
    case ReminderState::Drafted:
    case ReminderState::NeedsReview:
    case ReminderState::Approved:
    case ReminderState::Sending:
    case ReminderState::Snoozed:
        return true;
    default:
        return false;
    }
}

QString osUserName(const QString& fallback)
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? fallback : user;
}

QString findingsToJson(const QList<Finding>& findings)
{
    nlohmann::json arr = nlohmann::json::array();
    for (const auto& f : findings) {
        arr.push_back({{"code", f.code.toStdString()},
                       {"severity", f.severity == FindingSeverity::Blocking ? "blocking" : "warning"},
                       {"detail", f.detail.toStdString()},
                       {"field", f.field.toStdString()},
                       {"start", f.start},
                       {"length", f.length}});
    }
    return QString::fromStdString(arr.dump());
}

QList<Finding> findingsFromJson(const QString& json)
{
    QList<Finding> out;
    const auto arr = nlohmann::json::parse(json.toStdString(), nullptr, false);
    if (!arr.is_array())
        return out;
    for (const auto& o : arr) {
        if (!o.is_object())
            continue;
        Finding f;
        f.code = QString::fromStdString(o.value("code", std::string()));
        f.severity = o.value("severity", std::string("blocking")) == "warning" ? FindingSeverity::Warning
                                                                               : FindingSeverity::Blocking;
        f.detail = QString::fromStdString(o.value("detail", std::string()));
        f.field = QString::fromStdString(o.value("field", std::string()));
        f.start = o.value("start", -1);
        f.length = o.value("length", 0);
        out.push_back(f);
    }
    return out;
}

} // namespace relance
