#pragma once
// The prompt: instructions per bucket, the facts as placeholders, the firm's tone examples for that bucket and
// language, and the client's recent CRM history in a delimited data block that the instructions call data, not orders.
// Nothing secret (API keys, the IBAN) and nothing about any other client goes in.
#include "drafting/DraftFacts.h"

namespace relance {

struct PromptInput
{
    DraftFacts facts;
    QList<ToneExample> toneExamples;      // all of them: the prompt picks the bucket's and language's
    QList<Interaction> interactions;      // this client's only
    QString reviewerInstruction;          // when regenerating: what the reviewer asked for
    int maxInteractions = 8;
    int historyDays = 180;
};

struct Prompt
{
    QString system;
    QString user;
    QStringList untrustedTexts;           // the CRM texts shown, for the validator's copy check
    QList<qint64> toneExampleIds;         // which examples were used
};

Prompt buildPrompt(const PromptInput& input);

// The JSON schema of the answer: {"subject": string, "body": string}, no other keys.
QByteArray reminderJsonSchema();

// A rough token count (about 3.5 characters per token for these languages, rounded up): what the rate limiter reserves.
int estimateTokens(const QString& text);

} // namespace relance
