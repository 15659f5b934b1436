#pragma once
// The printed words of the reminder PDF in the client's language. The payment part's headings are the IG's own
// wording (IG 2.3 annex, multilingual headings), so they are fixed here rather than translated with the UI: the
// document speaks the client's language whatever language the workstation runs in.
#include "domain/Domain.h"

#include <QString>

namespace relance::documents {

struct Labels
{
    // IG 2.3 headings
    QString receipt, paymentPart, accountPayableTo, reference, additionalInformation, payableBy, payableByNameAddress,
        currency, amount, acceptancePoint;
    // the letter's invoice table
    QString invoice, dueDate, openAmount, total;
};

const Labels& labels(Language language);

} // namespace relance::documents
