// Configuration: every key declared once; unknown keys, bad values and broken syntax are named with section, key or line.
#include "config/Config.h"

#include <QTemporaryDir>
#include <QTest>

using namespace relance;
using namespace Qt::StringLiterals;

class TestConfig : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString write(const QString& name, const QByteArray& text)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(text);
        return path;
    }

private Q_SLOTS:
    void readsTheSampleFile()
    {
        // The sample shipped in resources/ must always load: it documents every section.
        auto c = Config::loadFile(QStringLiteral(RELANCE_SOURCE_DIR "/resources/relance.sample.ini"));
        QVERIFY2(c.has_value(), qPrintable(c ? QString() : c.error().detail));
    }

    void readsValues()
    {
        const QString path = write(u"ok.ini"_s, "; a comment\n# another\n[database]\nurl = sqlite:///tmp/x.db\n"
                                                "[accounting]\nsource = odata\nurl = https://sage.example/odata\n"
                                                "field.InvoiceNo = Nummer\ncolumn.DueDate = Fällig\n"
                                                "[llm]\nprovider = azure\nmaxConcurrency = 8\n"
                                                "[aging]\nlight = 10\nmoderate = 30\n"
                                                "[reminders]\nautoSendCap = 1'500.00\nallowedLinks = https://pay.example/a, https://pay.example/b\n");
        auto c = Config::loadFile(path);
        QVERIFY2(c.has_value(), qPrintable(c ? QString() : c.error().detail));
        QCOMPARE(c->database.url, u"sqlite:///tmp/x.db"_s);
        QCOMPARE(c->accounting.source, AccountingSource::OData);
        QCOMPARE(c->accounting.fieldMap.value(u"InvoiceNo"_s), u"Nummer"_s);
        QCOMPARE(c->accounting.csvColumns.value(u"DueDate"_s), u"Fällig"_s);
        QCOMPARE(c->llm.provider, LlmProvider::Azure);
        QCOMPARE(c->llm.maxConcurrency, 8);
        QCOMPARE(c->aging.light, 10);
        QCOMPARE(c->aging.moderate, 30);
        QCOMPARE(c->reminders.autoSendCapMinor, 150000);
        QCOMPARE(c->reminders.allowedLinks.size(), 2);
        QCOMPARE(c->sourceFile, QFileInfo(path).absoluteFilePath());
    }

    void defaultsWithoutFile()
    {
        const Config c;
        QCOMPARE(c.accounting.source, AccountingSource::Demo);
        QCOMPARE(c.llm.provider, LlmProvider::Template);
        QCOMPARE(c.mail.transport, MailTransport::OutboxDir);
        QCOMPARE(c.aging.light, 15);
        QCOMPARE(c.aging.moderate, 45);
    }

    void reportsProblems_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("unknown key") << QByteArray("[llm]\nmaxConcurency = 4\n")
                                     << QStringList{u"[llm] maxConcurency"_s, u"unknown key"_s, u"maxConcurrency"_s};
        QTest::newRow("unknown section") << QByteArray("[mailer]\nx = 1\n") << QStringList{u"mailer"_s};
        QTest::newRow("bad choice") << QByteArray("[llm]\nprovider = gpt\n")
                                    << QStringList{u"[llm] provider"_s, u"'gpt'"_s, u"template, azure, openai-compatible"_s};
        QTest::newRow("bad number") << QByteArray("[llm]\nmaxConcurrency = lots\n")
                                    << QStringList{u"[llm] maxConcurrency"_s, u"from 1 to 64"_s};
        QTest::newRow("out of range") << QByteArray("[aging]\nlight = 0\n") << QStringList{u"[aging] light"_s};
        QTest::newRow("bad url") << QByteArray("[accounting]\nurl = ftp://sage\n")
                                 << QStringList{u"[accounting] url"_s, u"https://"_s};
        QTest::newRow("unknown scheme") << QByteArray("[database]\nurl = mysql://x/y\n") << QStringList{u"[database] url"_s};
        QTest::newRow("thresholds order") << QByteArray("[aging]\nlight = 30\nmoderate = 20\n")
                                          << QStringList{u"[aging] moderate"_s, u"greater than light"_s};
        QTest::newRow("unknown mapped field") << QByteArray("[accounting]\nfield.Foo = Bar\n")
                                              << QStringList{u"field.Foo"_s, u"InvoiceNo"_s};
        QTest::newRow("bad cap") << QByteArray("[reminders]\nautoSendCap = lots\n")
                                 << QStringList{u"[reminders] autoSendCap"_s};
        QTest::newRow("syntax") << QByteArray("[llm]\nprovider azure\n") << QStringList{u"line 2"_s, u"key = value"_s};
        QTest::newRow("section syntax") << QByteArray("[llm\n") << QStringList{u"line 1"_s, u"[name]"_s};
    }
    void reportsProblems()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, mentions);
        const QString path = write(u"bad.ini"_s, text);
        auto c = Config::loadFile(path);
        QVERIFY(!c.has_value());
        QCOMPARE(c.error().code, ErrorCode::Config);
        for (const QString& m : mentions)
            QVERIFY2(c.error().detail.contains(m), qPrintable(c.error().detail + u" lacks "_s + m));
    }

    void missingFile()
    {
        auto c = Config::loadFile(m_dir.filePath(u"nope.ini"_s));
        QVERIFY(!c.has_value());
        QVERIFY(c.error().detail.contains(u"does not exist"_s));
    }

    void saveRoundTrips()
    {
        Config c;
        c.llm.provider = LlmProvider::OpenAiCompatible;
        c.llm.endpoint = u"http://localhost:11434/v1"_s;
        c.aging.light = 12;
        c.accounting.fieldMap[u"DueDate"_s] = u"Faellig"_s;
        const QString path = m_dir.filePath(u"saved.ini"_s);
        {
            QSettings s(path, QSettings::IniFormat);
            c.save(s);
        }
        auto back = Config::loadFile(path);
        QVERIFY2(back.has_value(), qPrintable(back ? QString() : back.error().detail));
        QCOMPARE(back->llm.provider, c.llm.provider);
        QCOMPARE(back->llm.endpoint, c.llm.endpoint);
        QCOMPARE(back->aging.light, 12);
        QCOMPARE(back->accounting.fieldMap.value(u"DueDate"_s), u"Faellig"_s);
    }

    void secretsAreNotConfigKeys()
    {
        for (const ConfigKeyInfo& k : configKeys()) {
            const QString key = k.key.toLower();
            QVERIFY2(!key.contains(u"password"_s) && !key.contains(u"secret"_s) && !key.endsWith(u"token"_s) &&
                         !key.endsWith(u"apikey"_s),
                     qPrintable(k.key));
        }
    }
};

QTEST_GUILESS_MAIN(TestConfig)
#include "test_config.moc"
