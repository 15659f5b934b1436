#pragma once
// Small helpers for the sync tests.
#include "domain/Error.h"

#include <QByteArray>

namespace relance::test {

// The error text of a failed Result, or "" (QVERIFY2 evaluates its message even when the check passes).
template <typename T>
QByteArray why(const Result<T>& r)
{
    return r ? QByteArray() : r.error().toString().toUtf8();
}

} // namespace relance::test

#define RL_VERIFY_OK(r) QVERIFY2(bool(r), relance::test::why(r).constData())
