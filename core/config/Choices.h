#pragma once
// The configuration's choices as enums: code compares values, never strings. Each enum has one table of its INI
// names (the first name is the one written back; later ones are accepted aliases), used to parse, to write, to list
// what is allowed in messages, and to fill the Settings pages' combo boxes.
#include <QString>
#include <QStringList>
#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace relance {

enum class AccountingSource { Demo, OData, Sage50Csv };
enum class HttpAuth { None, ApiKey, Bearer };
enum class DeltaMode { Auto, Delta, ModifiedSince, Full };
enum class CsvDelimiter { Auto, Semicolon, Comma, Tab };
enum class CsvEncoding { Auto, Utf8, Windows1252 };
enum class CrmSource { Demo, None, Dataverse };
enum class LlmProvider { Template, Azure, OpenAiCompatible };
enum class LlmPathStyle { Auto, AzureDeployment, OpenAiV1 };
enum class LlmAuth { Auto, ApiKey, Bearer, None };
enum class LlmResponseFormat { JsonSchema, JsonObject };
enum class MailTransport { OutboxDir, Graph };

template <typename E>
struct ChoiceTable;

#define RELANCE_CHOICES(E, ...)                                                                                        \
    template <>                                                                                                        \
    struct ChoiceTable<E>                                                                                              \
    {                                                                                                                  \
        static constexpr auto values = std::to_array<std::pair<E, std::u16string_view>>({__VA_ARGS__});                \
    };

RELANCE_CHOICES(AccountingSource, {AccountingSource::Demo, u"demo"}, {AccountingSource::OData, u"odata"},
                {AccountingSource::Sage50Csv, u"sage50-csv"})
RELANCE_CHOICES(HttpAuth, {HttpAuth::None, u"none"}, {HttpAuth::ApiKey, u"api-key"}, {HttpAuth::Bearer, u"bearer"})
RELANCE_CHOICES(DeltaMode, {DeltaMode::Auto, u"auto"}, {DeltaMode::Delta, u"delta"},
                {DeltaMode::ModifiedSince, u"modified-since"}, {DeltaMode::Full, u"full"})
RELANCE_CHOICES(CsvDelimiter, {CsvDelimiter::Auto, u"auto"}, {CsvDelimiter::Semicolon, u"semicolon"},
                {CsvDelimiter::Comma, u"comma"}, {CsvDelimiter::Tab, u"tab"}, {CsvDelimiter::Semicolon, u";"},
                {CsvDelimiter::Comma, u","})
RELANCE_CHOICES(CsvEncoding, {CsvEncoding::Auto, u"auto"}, {CsvEncoding::Utf8, u"utf-8"},
                {CsvEncoding::Windows1252, u"windows-1252"})
RELANCE_CHOICES(CrmSource, {CrmSource::Demo, u"demo"}, {CrmSource::None, u"none"},
                {CrmSource::Dataverse, u"dataverse"})
RELANCE_CHOICES(LlmProvider, {LlmProvider::Template, u"template"}, {LlmProvider::Azure, u"azure"},
                {LlmProvider::OpenAiCompatible, u"openai-compatible"})
RELANCE_CHOICES(LlmPathStyle, {LlmPathStyle::Auto, u"auto"}, {LlmPathStyle::AzureDeployment, u"azure-deployment"},
                {LlmPathStyle::OpenAiV1, u"openai-v1"})
RELANCE_CHOICES(LlmAuth, {LlmAuth::Auto, u"auto"}, {LlmAuth::ApiKey, u"api-key"}, {LlmAuth::Bearer, u"bearer"},
                {LlmAuth::None, u"none"})
RELANCE_CHOICES(LlmResponseFormat, {LlmResponseFormat::JsonSchema, u"json-schema"},
                {LlmResponseFormat::JsonObject, u"json-object"})
RELANCE_CHOICES(MailTransport, {MailTransport::OutboxDir, u"outbox-dir"}, {MailTransport::Graph, u"graph"})
#undef RELANCE_CHOICES

// The INI name of a value ("odata").
template <typename E>
QString choiceName(E value)
{
    for (const auto& [e, name] : ChoiceTable<E>::values)
        if (e == value)
            return QString::fromUtf16(name.data(), qsizetype(name.size()));
    return {};
}

// The value named `text` (trimmed, case-insensitive, aliases accepted), or nothing.
template <typename E>
std::optional<E> parseChoice(const QString& text)
{
    const QString s = text.trimmed().toLower();
    for (const auto& [e, name] : ChoiceTable<E>::values)
        if (s == QStringView(name.data(), qsizetype(name.size())))
            return e;
    return std::nullopt;
}

// Every value once, in declaration order, by its written name: for "allowed: ..." messages and combo boxes.
template <typename E>
QStringList choiceNames()
{
    QStringList out;
    for (const auto& [e, name] : ChoiceTable<E>::values) {
        const QString n = choiceName(e);
        if (!out.contains(n))
            out << n;
    }
    return out;
}

} // namespace relance
