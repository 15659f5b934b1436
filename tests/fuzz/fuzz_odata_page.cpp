// Fuzz target: the OData page parser (core/sync/OData.cpp, parseODataPage and keyFromEntityId). Input: one page body
// as a server would send it. It must never crash, and a page it accepts must have one value per requested property.
#include "FuzzCheck.h"
#include "sync/OData.h"

#include <cstdint>

using namespace relance::sync;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QStringList properties = {
        QStringLiteral("InvoiceNo"), QStringLiteral("CustomerNo"), QStringLiteral("Amount"), QStringLiteral("OpenAmount"),
        QStringLiteral("DueDate"), QStringLiteral("Paid"), QStringLiteral("Amount@OData.Community.Display.V1.FormattedValue")};
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto page = parseODataPage(bytes, properties);
    if (page) {
        for (const ODataRow& row : page->rows) {
            if (row.removed) {
                (void)keyFromEntityId(row.removedId);
                continue;
            }
            FUZZ_CHECK(row.values.size() == std::size_t(properties.size()));
            for (const ODataValue& v : row.values)
                FUZZ_CHECK(v.present() || v.text.isEmpty());
        }
        if (page->count)
            FUZZ_CHECK(*page->count >= 0);
    } else {
        FUZZ_CHECK(!page.error().detail.isEmpty());
    }
    // The key extractor also sees raw ids from the wire.
    (void)keyFromEntityId(QString::fromUtf8(bytes.left(256)));
    return 0;
}
