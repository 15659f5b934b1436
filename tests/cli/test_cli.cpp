// relance-cli as a script or a person uses it: exit codes, one-line reasons, the JSON shapes, and that it links no GUI.
#include "TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace relance;
using namespace Qt::StringLiterals;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& args, const QByteArray& home = {})
{
    // Without a home of its own, the CLI still gets a private one: the user's settings never leak into a test.
    static QTemporaryDir fallback;
    const test::CliRun r = test::runCli(args, home.isEmpty() ? fallback.path() : QString::fromUtf8(home));
    return {r.code, QString::fromUtf8(r.out), QString::fromUtf8(r.err)};
}

// Parses a "1234.50" decimal string into minor units without floating point.
qint64 minor(const QString& decimal)
{
    const bool negative = decimal.startsWith(u'-');
    const QStringList parts = decimal.mid(negative ? 1 : 0).split(u'.');
    const qint64 v = parts[0].toLongLong() * 100 + (parts.size() > 1 ? parts[1].leftJustified(2, u'0').toLongLong() : 0);
    return negative ? -v : v;
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString db(const QString& name) { return test::sqliteUrl(m_dir, name); }
    QByteArray home() { return m_dir.path().toUtf8() + "/home"; }

    void checkAgingAgainstInvoices(const QString& url)
    {
        const Run aging = cli({u"--database"_s, url, u"aging"_s, u"--as-of"_s, u"2026-11-23"_s, u"--json"_s}, home());
        QCOMPARE(aging.code, 0);
        const QJsonObject a = QJsonDocument::fromJson(aging.out.toUtf8()).object();
        QCOMPARE(a[u"asOf"_s].toString(), u"2026-11-23"_s);
        const QJsonArray buckets = a[u"buckets"_s].toArray();
        QCOMPARE(buckets.size(), 4);
        QStringList names;
        for (const auto& b : buckets)
            names << b.toObject()[u"name"_s].toString();
        QCOMPARE(names, (QStringList{u"current"_s, u"light"_s, u"moderate"_s, u"serious"_s}));
        QVERIFY(a[u"dso"_s].toObject().contains(u"countback"_s));
        QVERIFY(a[u"dso"_s].toObject()[u"countback"_s].isDouble());

        // The totals equal what the invoice list says, bucket by bucket, to the Rappen.
        const Run inv = cli({u"--database"_s, url, u"invoices"_s, u"--open"_s, u"--as-of"_s, u"2026-11-23"_s, u"--json"_s}, home());
        QCOMPARE(inv.code, 0);
        QMap<QString, qint64> count, chf;
        for (const auto& v : QJsonDocument::fromJson(inv.out.toUtf8()).array()) {
            const QJsonObject i = v.toObject();
            const QString bucket = i[u"bucket"_s].toString();
            ++count[bucket];
            if (i[u"currency"_s].toString() == u"CHF")
                chf[bucket] += minor(i[u"open"_s].toString());
        }
        for (const auto& v : buckets) {
            const QJsonObject b = v.toObject();
            const QString name = b[u"name"_s].toString();
            QCOMPARE(qint64(b[u"count"_s].toInteger()), count.value(name));
            QCOMPARE(minor(b[u"open"_s].toObject()[u"CHF"_s].toString(u"0.00"_s)), chf.value(name));
            QVERIFY2(count.value(name) > 0, qPrintable(u"the demo data leaves bucket "_s + name + u" empty"_s));
        }
    }

private Q_SLOTS:
    void version()
    {
        const Run r = cli({u"--version"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(u"relance-cli "_s));
    }

    void linksNoGui()
    {
#ifdef Q_OS_LINUX
        QProcess ldd;
        ldd.start(u"ldd"_s, {QStringLiteral(RELANCE_CLI_PATH)});
        QVERIFY(ldd.waitForFinished());
        const QString libs = QString::fromUtf8(ldd.readAllStandardOutput());
        QVERIFY2(libs.contains(u"libQt6Core"_s), qPrintable(libs));
        QVERIFY2(!libs.contains(u"libQt6Gui"_s) && !libs.contains(u"libQt6Widgets"_s), qPrintable(libs));
#else
        QSKIP("ldd check is Linux-only");
#endif
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("no command") << QStringList{} << 2 << u"command"_s;
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << 2 << u"unknown command 'frobnicate'"_s;
        QTest::newRow("unknown option") << QStringList{u"aging"_s, u"--colour"_s} << 2 << u"colour"_s;
        QTest::newRow("bad date") << QStringList{u"aging"_s, u"--as-of"_s, u"23.11.2026"_s} << 2 << u"YYYY-MM-DD"_s;
        QTest::newRow("unknown scheme") << QStringList{u"--database"_s, u"mysql://h/db"_s, u"clients"_s} << 2
                                        << u"mysql"_s;
        QTest::newRow("missing config") << QStringList{u"--config"_s, u"/nonexistent/relance.ini"_s, u"clients"_s} << 2
                                        << u"does not exist"_s;
        QTest::newRow("demo size zero") << QStringList{u"demo-seed"_s, u"--invoices"_s, u"0"_s} << 2 << u"--invoices"_s;
        QTest::newRow("demo size absurd") << QStringList{u"demo-seed"_s, u"--invoices"_s, u"999999999999"_s} << 2
                                          << u"--invoices"_s;
        QTest::newRow("demo size text") << QStringList{u"demo-seed"_s, u"--invoices"_s, u"many"_s} << 2 << u"many"_s;
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, says);
        const Run r = cli(QStringList{u"--database"_s, db(u"usage.db"_s)} + args, home());
        QCOMPARE(r.code, code);
        if (code == 2 && !args.isEmpty()) {
            QVERIFY2(r.err.contains(says), qPrintable(r.err));
            QCOMPARE(r.err.trimmed().count(u'\n'), 0); // one line
        }
    }

    void badConfigNamesTheKey()
    {
        const QString path = m_dir.filePath(u"bad.ini"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[llm]\nmaxConcurrency = lots\n");
        f.close();
        const Run r = cli({u"--config"_s, path, u"clients"_s}, home());
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"[llm] maxConcurrency"_s), qPrintable(r.err));
    }

    void notADatabase()
    {
        const QString path = m_dir.filePath(u"garbage.db"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray junk = QByteArray("this is a spreadsheet, not a database\n").repeated(200);
        f.write(junk);
        f.close();
        const Run r = cli({u"--database"_s, u"sqlite://"_s + path, u"clients"_s}, home());
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(u"not a database"_s), qPrintable(r.err));
        QFile back(path);
        QVERIFY(back.open(QIODevice::ReadOnly));
        QCOMPARE(back.readAll(), junk); // untouched
    }

    void unreachableDatabase()
    {
        // Nothing listens on port 1: a clear message and exit 3, quickly.
        const Run r = cli({u"--database"_s, u"postgresql://relance@127.0.0.1:1/relance?connect_timeout=3"_s, u"clients"_s},
                          home());
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(u"127.0.0.1:1/relance"_s), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(u'\n'), 0);
    }

    void demoSeedThenAgingOnSqlite()
    {
        const QString url = db(u"demo.db"_s);
        const Run seed = cli({u"--database"_s, url, u"demo-seed"_s, u"--as-of"_s, u"2026-11-23"_s}, home());
        QCOMPARE(seed.code, 0);
        QVERIFY2(seed.out.contains(u"invoices"_s), qPrintable(seed.out));
        checkAgingAgainstInvoices(url);

        // Seeding again without --replace refuses and keeps what is there.
        const Run again = cli({u"--database"_s, url, u"demo-seed"_s, u"--invoices"_s, u"10"_s}, home());
        QVERIFY(again.code != 0);
        QVERIFY2(again.err.contains(u"--replace"_s) || again.err.contains(u"already"_s), qPrintable(again.err));
        const Run clients = cli({u"--database"_s, url, u"clients"_s, u"--json"_s}, home());
        QCOMPARE(clients.code, 0);
        const QJsonArray list = QJsonDocument::fromJson(clients.out.toUtf8()).array();
        QVERIFY(list.size() >= 90);
        const QJsonObject first = list.first().toObject();
        for (const char* key : {"number", "name", "language", "reminderEmails", "mandateType", "doNotChase"})
            QVERIFY2(first.contains(QLatin1StringView(key)), key);
    }

    void demoSeedThenAgingOnPostgres()
    {
        RELANCE_REQUIRE_POSTGRES(url, u"relance_test_cli"_s);
        const Run seed = cli({u"--database"_s, url, u"demo-seed"_s, u"--as-of"_s, u"2026-11-23"_s}, home());
        QVERIFY2(seed.code == 0, qPrintable(seed.err));
        checkAgingAgainstInvoices(url);
        // Same seed, same figures as SQLite.
        const QString lite = db(u"same.db"_s);
        QCOMPARE(cli({u"--database"_s, lite, u"demo-seed"_s, u"--as-of"_s, u"2026-11-23"_s}, home()).code, 0);
        const QStringList agingArgs{u"aging"_s, u"--as-of"_s, u"2026-11-23"_s, u"--json"_s};
        QCOMPARE(cli(QStringList{u"--database"_s, url} + agingArgs, home()).out,
                 cli(QStringList{u"--database"_s, lite} + agingArgs, home()).out);
    }

    void dailyRunSendsWhatThePolicyAllowsOnce()
    {
        const QString url = db(u"daily.db"_s);
        const QString outbox = m_dir.filePath(u"outbox"_s);
        const QString ini = m_dir.filePath(u"daily.ini"_s);
        QFile f(ini);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("[mail]\noutboxDir=%1\n[reminders]\nautoSendLight=true\n").arg(outbox).toUtf8());
        f.close();
        QCOMPARE(cli({u"--config"_s, ini, u"--database"_s, url, u"demo-seed"_s}, home()).code, 0);

        const Run first = cli({u"--config"_s, ini, u"--database"_s, url, u"daily"_s, u"--json"_s}, home());
        QVERIFY2(first.code == 0, qPrintable(first.out + first.err));
        const QJsonObject report = QJsonDocument::fromJson(first.out.toUtf8()).object();
        QVERIFY(report[u"ok"_s].toBool());
        QStringList steps;
        int approved = -1;
        for (const auto& v : report[u"steps"_s].toArray()) {
            const QJsonObject step = v.toObject();
            steps << step[u"step"_s].toString();
            QCOMPARE(step[u"exitCode"_s].toInt(), 0);
            if (step[u"step"_s].toString() == u"auto-send")
                approved = step[u"approved"_s].toInt();
        }
        QCOMPARE(steps, (QStringList{u"sync"_s, u"draft"_s, u"auto-send"_s, u"send"_s}));
        QVERIFY(approved >= 1);
        const auto sent = QDir(outbox).entryList({u"*.eml"_s}, QDir::Files);
        QCOMPARE(sent.size(), approved);

        // The next morning's run finds nothing new to send: pending drafts wait for a person.
        const Run second = cli({u"--config"_s, ini, u"--database"_s, url, u"daily"_s, u"--json"_s}, home());
        QCOMPARE(second.code, 0);
        QCOMPARE(QDir(outbox).entryList({u"*.eml"_s}, QDir::Files), sent);
    }

    void emptyDatabaseAging()
    {
        const Run r = cli({u"--database"_s, db(u"empty.db"_s), u"aging"_s, u"--json"_s}, home());
        QCOMPARE(r.code, 0);
        const QJsonObject a = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(a[u"buckets"_s].toArray().size(), 4);
        QVERIFY(a[u"dso"_s].toObject()[u"countback"_s].isNull());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
