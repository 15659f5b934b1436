// Every string of the workstation has a French and a German translation, finished; and the compiled
// .qm files load from the build tree: the window speaks the language asked for.
#include "Translations.h"
#include "Theme.h"
#include "models/QueueModel.h"

#include <QApplication>
#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

using namespace relance;

class TestUiTranslations : public QObject
{
    Q_OBJECT

    struct Missing
    {
        int total = 0;
        QStringList untranslated;
    };

    static Missing check(const QString& file)
    {
        Missing m;
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(file));
        QXmlStreamReader xml(&f);
        QString context, source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                ++m.total;
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type == QLatin1String("unfinished") || type == QLatin1String("vanished") || text.trimmed().isEmpty())
                    m.untranslated << QStringLiteral("%1: %2").arg(context, source);
            }
        }
        if (xml.hasError())
            qFatal("%s: %s", qPrintable(file), qPrintable(xml.errorString()));
        return m;
    }

private Q_SLOTS:
    void frenchAndGermanAreComplete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("fr") << QStringLiteral(RELANCE_TS_DIR "/relance_fr.ts");
        QTest::newRow("de") << QStringLiteral(RELANCE_TS_DIR "/relance_de.ts");
    }

    void frenchAndGermanAreComplete()
    {
        QFETCH(QString, file);
        const Missing m = check(file);
        QVERIFY2(m.total > 150, qPrintable(QStringLiteral("only %1 messages: was lupdate run?").arg(m.total)));
        QVERIFY2(m.untranslated.isEmpty(), qPrintable(QStringLiteral("%1 untranslated:\n").arg(m.untranslated.size()) +
                                                      m.untranslated.mid(0, 30).join(u'\n')));
    }

    void theWindowSpeaksTheLanguageAskedFor()
    {
        QCOMPARE(ui::installTranslation(*qApp, QStringLiteral("fr")), QStringLiteral("fr"));
        QCOMPARE(ui::stateLabel(ReminderState::Approved), QStringLiteral("Approuvé"));
        QCOMPARE(ui::QueueModel::tr("Client"), QStringLiteral("Client"));
        QCOMPARE(ui::reviewerLocale().language(), QLocale::French);
        QCOMPARE(ui::installTranslation(*qApp, QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(ui::stateLabel(ReminderState::Approved), QStringLiteral("Freigegeben"));
        QCOMPARE(ui::bucketShortLabel(AgingBucket::Serious), QStringLiteral("Schwer"));
        QCOMPARE(ui::installTranslation(*qApp, QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(ui::stateLabel(ReminderState::Approved), QStringLiteral("Approved"));
        // Unknown languages fall back to the system locale or English, never to nothing.
        QVERIFY(ui::availableLanguages().contains(ui::installTranslation(*qApp, QStringLiteral("xx"))));
    }
};

QTEST_MAIN(TestUiTranslations)
#include "test_ui_translations.moc"
