#pragma once
// Verifies that a Result holds a value, and shows the error (code and detail) in the test log when it does not.
#include <QTest>

#define VERIFY_OK(expr)                                                                                                \
    do {                                                                                                               \
        const auto& r_ = (expr);                                                                                       \
        QVERIFY2(r_.has_value(), qPrintable(r_ ? QString() : r_.error().toString()));                                  \
    } while (false)
