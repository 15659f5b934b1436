// Fuzz target: the LLM reply parser (core/drafting/LlmClient.cpp, parseChatResponse and retryAfterFromHeaders), the
// pure function that classifies a complete chat-completions answer. Input: the HTTP body. It must never crash; an
// answer it accepts has a non-empty subject and body, and a refusal says why.
#include "FuzzCheck.h"
#include "drafting/LlmClient.h"

#include <cstdint>

using namespace relance;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QDateTime now(QDate(2025, 3, 20), QTime(8, 0), Qt::UTC);
    constexpr qint64 kDayMs = 24LL * 3600 * 1000;

    const LlmOutcome ok = parseChatResponse(200, bytes, {}, now);
    if (ok.ok()) {
        FUZZ_CHECK(!ok.reply.subject.isEmpty());
        FUZZ_CHECK(!ok.reply.body.isEmpty());
        FUZZ_CHECK(ok.reply.subject == ok.reply.subject.trimmed());
    } else {
        FUZZ_CHECK(!ok.detail.isEmpty());
    }

    // The same body as an error answer, with its first line as the wait headers.
    const QByteArray firstLine = bytes.left(bytes.indexOf('\n') < 0 ? 64 : bytes.indexOf('\n'));
    const QList<QPair<QByteArray, QByteArray>> headers = {{QByteArrayLiteral("Retry-After"), firstLine},
                                                          {QByteArrayLiteral("retry-after-ms"), firstLine}};
    for (int status : {400, 401, 429, 500, 503}) {
        const LlmOutcome o = parseChatResponse(status, bytes, headers, now);
        FUZZ_CHECK(!o.ok());
        FUZZ_CHECK(o.retryAfterMs >= -1 && o.retryAfterMs <= kDayMs);
    }
    const qint64 wait = retryAfterFromHeaders(headers, now);
    FUZZ_CHECK(wait >= -1 && wait <= kDayMs); // 6e22 once overflowed the qint64 (corpus: regression_huge_retry_after_ms)
    return 0;
}
