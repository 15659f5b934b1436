// core/domain/Expected.h: the stand-in for std::expected that clang 14 builds (the fuzzers) use (libstdc++ 12 hides
// std::expected from clang 14). GCC builds keep std::expected, so the stand-in is checked here, side by side with it:
// every case runs against both types and must give the same answers.
#include "domain/Error.h"
#include "domain/Expected.h"

#include <QTest>
#include <memory>

namespace compat = relance::compat;

class TestExpectedShim : public QObject
{
    Q_OBJECT
private:
    template <template <class, class> class X, template <class> class U>
    void valuesAndErrors()
    {
        X<QString, int> a = QStringLiteral("Muster AG");
        QVERIFY(a.has_value());
        QVERIFY(bool(a));
        QCOMPARE(*a, QStringLiteral("Muster AG"));
        QCOMPARE(a->size(), 9);
        QCOMPARE(a.value(), QStringLiteral("Muster AG"));
        QCOMPARE(a.value_or(QStringLiteral("x")), QStringLiteral("Muster AG"));

        X<QString, int> b = U(42); // deduction from the argument, as the code's std::unexpected(e.error())
        QVERIFY(!b.has_value());
        QCOMPARE(b.error(), 42);
        QCOMPARE(b.value_or(QStringLiteral("x")), QStringLiteral("x"));

        // Switching state by assignment destroys and builds the right member (ASan watches the QStrings).
        b = a;
        QCOMPARE(*b, QStringLiteral("Muster AG"));
        a = U(5);
        QCOMPARE(a.error(), 5);
        a = QStringLiteral("again");
        QCOMPARE(*a, QStringLiteral("again"));
        b = std::move(a);
        QCOMPARE(*b, QStringLiteral("again"));

        // Equality with values, errors and other expecteds.
        X<int, QString> n = 3;
        QVERIFY(n == 3);
        QVERIFY(!(n == 4));
        X<int, QString> m = U(QStringLiteral("bad"));
        QVERIFY(m == U(QStringLiteral("bad")));
        QVERIFY(!(m == n));
        QVERIFY((n == X<int, QString>(3)));
    }

    template <template <class, class> class X, template <class> class U>
    void voidAndMoveOnly()
    {
        X<void, QString> ok;
        QVERIFY(ok.has_value());
        ok.value(); // does not throw
        X<void, QString> bad = U(QStringLiteral("no"));
        QVERIFY(!bad);
        QCOMPARE(bad.error(), QStringLiteral("no"));
        bad = X<void, QString>();
        QVERIFY(bad.has_value());
        QVERIFY(ok == bad);

        X<std::unique_ptr<int>, int> p = std::make_unique<int>(9);
        X<std::unique_ptr<int>, int> q = std::move(p);
        QCOMPARE(**q, 9);
        std::unique_ptr<int> taken = *std::move(q);
        QCOMPARE(*taken, 9);
    }

    // The monadic operations and error_or came with GCC 13's library (P2505): GCC 12's std::expected lacks them, so the
    // code does not use them yet; the stand-in has them for when it does, checked here on their own.
    template <template <class, class> class X, template <class> class U>
    void monadic()
    {
        QCOMPARE((X<QString, int>(QStringLiteral("v")).error_or(7)), 7);
        QCOMPARE((X<QString, int>(U(42)).error_or(7)), 42);
        using R = X<int, QString>;
        const R three = 3;
        const R err = U(QStringLiteral("e"));
        QCOMPARE(*three.and_then([](int v) { return R(v * 2); }), 6);
        QCOMPARE(err.and_then([](int v) { return R(v * 2); }).error(), QStringLiteral("e"));
        QCOMPARE(*three.transform([](int v) { return QString::number(v); }), QStringLiteral("3"));
        QVERIFY(three.transform([](int) {}).has_value());
        QCOMPARE(*err.or_else([](const QString& e) { return R(int(e.size())); }), 1);
        QCOMPARE(*three.or_else([](const QString&) { return R(0); }), 3);
        QCOMPARE(err.transform_error([](const QString& e) { return QString(e + u'!'); }).error(), QStringLiteral("e!"));
        QCOMPARE(*three.transform_error([](const QString& e) { return e.size(); }), 3);
        const X<void, QString> none;
        QCOMPARE(*none.and_then([] { return R(1); }), 1);
        QCOMPARE(*none.transform([] { return 2; }), 2);
    }

private Q_SLOTS:
    void sameAnswersAsStd()
    {
        valuesAndErrors<std::expected, std::unexpected>();
        valuesAndErrors<compat::expected, compat::unexpected>();
        voidAndMoveOnly<std::expected, std::unexpected>();
        voidAndMoveOnly<compat::expected, compat::unexpected>();
#if defined(__cpp_lib_expected) && __cpp_lib_expected >= 202211L
        monadic<std::expected, std::unexpected>();
#endif
        monadic<compat::expected, compat::unexpected>();
    }

    void valueOfAnErrorThrows()
    {
        compat::expected<int, QString> e = compat::unexpected(QStringLiteral("gone"));
        bool thrown = false;
        try {
            (void)e.value();
        } catch (const compat::bad_expected_access<QString>& x) {
            thrown = x.error() == u"gone";
        }
        QVERIFY(thrown);
        compat::expected<void, QString> v = compat::unexpected(QStringLiteral("gone"));
        QVERIFY_THROWS_EXCEPTION(compat::bad_expected_access<QString>, v.value());
    }

    void theProjectsOwnShapes()
    {
        // What core writes: return fail(...); return std::unexpected(r.error()); Result<T> r = value; in_place/unexpect.
        auto parse = [](int v) -> compat::expected<int, relance::Error> {
            if (v < 0)
                return compat::unexpected<relance::Error>(relance::Error{relance::ErrorCode::Parse, QStringLiteral("row 3")});
            return v;
        };
        auto outer = [&](int v) -> compat::expected<QString, relance::Error> {
            auto r = parse(v);
            if (!r)
                return compat::unexpected(r.error());
            return QString::number(*r);
        };
        QCOMPARE(*outer(12), QStringLiteral("12"));
        QCOMPARE(outer(-1).error().detail, QStringLiteral("row 3"));
        QCOMPARE(outer(-1).error().code, relance::ErrorCode::Parse);
        compat::expected<QString, int> inPlace(std::in_place, 3, u'x');
        QCOMPARE(*inPlace, QStringLiteral("xxx"));
        compat::expected<QString, int> unexp(compat::unexpect, 8);
        QCOMPARE(unexp.error(), 8);
        // Converting from another expected.
        compat::expected<qint64, int> wide = compat::expected<int, int>(5);
        QCOMPARE(*wide, 5);
    }

    void gccKeepsTheStandardType()
    {
#if defined(__cpp_lib_expected)
        static_assert(std::is_same_v<relance::Result<int>, std::expected<int, relance::Error>>);
        static_assert(!std::is_same_v<relance::Result<int>, compat::expected<int, relance::Error>>);
#else
        static_assert(std::is_same_v<relance::Result<int>, compat::expected<int, relance::Error>>);
#endif
    }
};

QTEST_APPLESS_MAIN(TestExpectedShim)
#include "test_expected_shim.moc"
