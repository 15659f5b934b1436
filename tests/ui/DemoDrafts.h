#pragma once
// The fixture of the GUI tests and bench_ui: the demo data set of core/demo, then real drafts written by the
// drafting service with the built-in templates (as `relance --demo` does), waited for with QSignalSpy.
#include "config/Config.h"
#include "demo/DemoData.h"
#include "drafting/DraftingService.h"
#include "storage/Store.h"

#include <QSignalSpy>

namespace relance::test {

// Seeds `invoices` demo invoices as of `asOf` and drafts up to `limit` reminders (0: every client due).
// Returns the number of drafts stored as needs-review.
inline Result<int> seedDemoDrafts(Store& store, QDate asOf, int invoices, int limit, int timeoutMs = 120000)
{
    DemoOptions demo;
    demo.invoices = invoices;
    demo.asOf = asOf;
    if (auto seeded = seedDemoData(store, demo, false); !seeded)
        return std::unexpected(seeded.error());
    Config config;
    config.llm.provider = LlmProvider::Template;
    DraftingService drafting(store, config, QString());
    QSignalSpy finished(&drafting, &DraftingService::finished);
    drafting.run({.asOf = asOf, .limit = limit, .actor = QStringLiteral("test")});
    if (finished.isEmpty() && !finished.wait(timeoutMs))
        return fail(ErrorCode::Timeout, QStringLiteral("the drafting run did not finish"));
    const auto summary = finished.first().first().value<DraftRunSummary>();
    if (summary.error)
        return std::unexpected(*summary.error);
    return summary.drafted;
}

} // namespace relance::test
