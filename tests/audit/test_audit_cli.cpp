// relance-cli audit verify / audit export as the firm and its auditor use them: exit codes, the first broken entry
// named on stderr, the head to keep, and an export that re-verifies on its own.
#include "AuditTests.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace relance;
using namespace relance::test;
using namespace Qt::StringLiterals;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};
} // namespace

class TestAuditCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    Run cli(const QStringList& args)
    {
        const CliRun r = runCli(args, m_dir.path() + u"/home"_s);
        return {r.code, QString::fromUtf8(r.out), QString::fromUtf8(r.err)};
    }

private Q_SLOTS:
    void verifyAndExport()
    {
        const QString url = sqliteUrl(m_dir, u"audit.db"_s);
        {
            auto db = Database::openAndMigrate(url);
            VERIFY_OK(db);
            VERIFY_OK(appendLife(**db, 12, QDateTime(QDate(2026, 3, 1), QTime(22, 0), Qt::UTC)));
        }
        // Intact: exit 0, the head to keep.
        const Run ok = cli({u"--database"_s, url, u"audit"_s, u"verify"_s});
        QCOMPARE(ok.code, 0);
        QVERIFY2(ok.out.contains(u"audit trail intact: 12 entries"_s), qPrintable(ok.out));
        QVERIFY2(ok.out.contains(u"--anchor 12:"_s), qPrintable(ok.out));
        const Run js = cli({u"--database"_s, url, u"audit"_s, u"verify"_s, u"--json"_s});
        QCOMPARE(js.code, 0);
        const QJsonObject report = QJsonDocument::fromJson(js.out.toUtf8()).object();
        QCOMPARE(report[u"intact"_s].toBool(), true);
        QCOMPARE(report[u"entries"_s].toInt(), 12);
        const QString head = report[u"head"_s].toObject()[u"hash"_s].toString();
        QCOMPARE(head.size(), 64);
        QCOMPARE(cli({u"--database"_s, url, u"audit"_s, u"verify"_s, u"--anchor"_s, u"12:"_s + head}).code, 0);

        // Export 2 March (UTC): entries 3 to 12, to a file, with the excerpt's anchor on stderr.
        const QString file = m_dir.filePath(u"march.jsonl"_s);
        const Run ex = cli({u"--database"_s, url, u"audit"_s, u"export"_s, u"--from"_s, u"2026-03-02"_s, u"--to"_s,
                            u"2026-03-02"_s, u"--output"_s, file});
        QCOMPARE(ex.code, 0);
        QVERIFY2(ex.err.contains(u"exported 10 audit entries (seq 3 to 12)"_s), qPrintable(ex.err));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 10);
        QVERIFY(lines.first().contains("\"seq\":3"));
        QVERIFY(lines.last().contains(head.toLatin1()));
        const Run offline = cli({u"audit"_s, u"verify"_s, u"--file"_s, file});
        QCOMPARE(offline.code, 0);
        QVERIFY2(offline.out.contains(u"audit export intact: 10 entries, seq 3 to 12"_s), qPrintable(offline.out));
        // CSV to stdout: header + 10 lines, nothing else on stdout.
        const Run csv = cli({u"--database"_s, url, u"audit"_s, u"export"_s, u"--from"_s, u"2026-03-02"_s, u"--to"_s,
                             u"2026-03-31"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(csv.code, 0);
        QCOMPARE(csv.out.trimmed().split(u'\n').size(), 11);
        QVERIFY(csv.out.startsWith(u"seq,id,at,actor,entity,entity_id,action,detail,prev_hash,hash"_s));

        // Bad arguments: exit 2 with the reason.
        QCOMPARE(cli({u"--database"_s, url, u"audit"_s, u"export"_s, u"--from"_s, u"2026-03-02"_s}).code, 2);
        const Run badDate = cli({u"--database"_s, url, u"audit"_s, u"export"_s, u"--from"_s, u"2.3.2026"_s, u"--to"_s,
                                 u"2026-03-02"_s});
        QCOMPARE(badDate.code, 2);
        QVERIFY2(badDate.err.contains(u"--from '2.3.2026' is not a date"_s), qPrintable(badDate.err));
        QCOMPARE(cli({u"--database"_s, url, u"audit"_s, u"export"_s, u"--from"_s, u"2026-03-02"_s, u"--to"_s,
                      u"2026-03-02"_s, u"--format"_s, u"xml"_s})
                     .code,
                 2);
        QCOMPARE(cli({u"--database"_s, url, u"audit"_s, u"verify"_s, u"--anchor"_s, u"12"_s}).code, 2);
        QCOMPARE(cli({u"--database"_s, url, u"audit"_s}).code, 2);

        // Tampered: an attacker edits entry 7 in the file; exit 4 and the entry named.
        {
            auto db = Database::open(url);
            VERIFY_OK(db);
            QCOMPARE(dropTriggers(**db), QString());
            QCOMPARE(attack(**db, u"UPDATE audit_events SET actor = 'p.keller' WHERE seq = 7"_s), QString());
        }
        const Run broken = cli({u"--database"_s, url, u"audit"_s, u"verify"_s});
        QCOMPARE(broken.code, 4);
        QVERIFY2(broken.err.contains(u"audit trail BROKEN (changed) at entry seq 7"_s), qPrintable(broken.err));
        const Run brokenJs = cli({u"--database"_s, url, u"audit"_s, u"verify"_s, u"--json"_s});
        QCOMPARE(brokenJs.code, 4);
        const QJsonObject b = QJsonDocument::fromJson(brokenJs.out.toUtf8()).object();
        QCOMPARE(b[u"intact"_s].toBool(), false);
        QCOMPARE(b[u"kind"_s].toString(), u"changed"_s);
        QCOMPARE(b[u"brokenSeq"_s].toInt(), 7);
        // The export the auditor took before still verifies, and shows the difference.
        const Run stillOk = cli({u"audit"_s, u"verify"_s, u"--file"_s, file});
        QCOMPARE(stillOk.code, 0);
        // The help documents the exit code.
        const Run help = cli({u"audit"_s, u"--help"_s});
        QCOMPARE(help.code, 0);
        QVERIFY2(help.out.contains(u"4 broken"_s), qPrintable(help.out));
    }
};

QTEST_GUILESS_MAIN(TestAuditCli)
#include "test_audit_cli.moc"
