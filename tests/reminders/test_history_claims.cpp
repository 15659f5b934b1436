// The history-claim check: phrases that claim earlier reminders, letters or calls, in French, German, English and
// Italian, and texts that claim nothing (a first reminder, "Zahlungserinnerung", an invitation to call).
#include "reminders/HistoryClaims.h"

#include <QTest>

using namespace relance;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(relance::HistoryClaimKind)

class TestHistoryClaims : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void claims_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<HistoryClaimKind>("kind");
        QTest::addColumn<QString>("phrase"); // the claimed span must contain this
        QTest::addColumn<int>("language");
        using K = HistoryClaimKind;
        const int en = int(Language::English), fr = int(Language::French), de = int(Language::German),
                  it = int(Language::Italian);
        // English
        QTest::newRow("en previous") << u"Dear Sir,\nOur previous reminders have remained unanswered."_s
                                     << K::PreviousReminder << u"previous reminders"_s << en;
        QTest::newRow("en despite") << u"Despite our repeated reminders, invoice 2026-0001 is still open."_s
                                    << K::PreviousReminder << u"Despite our repeated reminders"_s << en;
        QTest::newRow("en reminder of") << u"We refer to our reminder of 12.11.2026."_s << K::PreviousReminder
                                        << u"our reminder of"_s << en;
        QTest::newRow("en already reminded")
            << u"We have already reminded you twice."_s << K::PreviousReminder << u"already reminded you"_s << en;
        QTest::newRow("en phone") << u"As discussed on the phone last week, please pay by Friday."_s << K::Call
                                  << u"As discussed on the phone"_s << en;
        QTest::newRow("en phone call") << u"Following our phone call, here is the statement."_s << K::Call
                                       << u"phone call"_s << en;
        QTest::newRow("en final") << u"FINAL REMINDER: invoice 2026-0001"_s << K::FinalReminder << u"FINAL REMINDER"_s
                                  << en;
        QTest::newRow("en second") << u"Second reminder for invoice 2026-0001"_s << K::NumberedReminder
                                   << u"Second reminder"_s << en;
        QTest::newRow("en letter") << u"Further to our letter dated 01.10.2026, the amount is still due."_s << K::Letter
                                   << u"our letter dated"_s << en;
        QTest::newRow("en written") << u"We have written to you several times."_s << K::Letter
                                    << u"We have written to you"_s << en;
        QTest::newRow("en earlier emails")
            << u"Our earlier emails went unanswered."_s << K::Letter << u"Our earlier emails"_s << en;
        QTest::newRow("en dated, no article")
            << u"Re: payment reminder dated 12.11.2026"_s << K::PreviousReminder << u"reminder dated"_s << en;
        // French
        QTest::newRow("fr précédents") << u"Nos rappels précédents sont restés sans réponse."_s << K::PreviousReminder
                                       << u"Nos rappels précédents"_s << fr;
        QTest::newRow("fr malgré") << u"Malgré nos rappels, la facture reste impayée."_s << K::PreviousReminder
                                   << u"Malgré nos rappels"_s << fr;
        QTest::newRow("fr rappel du") << u"Nous nous référons à notre rappel du 12.11.2026."_s << K::PreviousReminder
                                      << u"notre rappel du"_s << fr;
        QTest::newRow("fr relancé") << u"Nous vous avons relancé à plusieurs reprises."_s << K::PreviousReminder
                                    << u"Nous vous avons relancé"_s << fr;
        QTest::newRow("fr dernier") << u"Ceci est notre dernier rappel avant poursuite."_s << K::FinalReminder
                                    << u"dernier rappel"_s << fr;
        QTest::newRow("fr deuxième") << u"Deuxième rappel : facture 2026-0001"_s << K::NumberedReminder
                                     << u"Deuxième rappel"_s << fr;
        QTest::newRow("fr téléphone") << u"Comme convenu par téléphone, nous attendons votre paiement."_s << K::Call
                                      << u"Comme convenu par téléphone"_s << fr;
        QTest::newRow("fr entretien") << u"Suite à notre entretien téléphonique du 03.11.2026, voici le relevé."_s
                                      << K::Call << u"notre entretien téléphonique"_s << fr;
        QTest::newRow("fr écrit") << u"Nous vous avons déjà écrit à ce sujet."_s << K::Letter
                                  << u"Nous vous avons déjà écrit"_s << fr;
        QTest::newRow("fr courrier") << u"Notre courrier du 01.10.2026 est resté sans suite."_s << K::Letter
                                     << u"Notre courrier du"_s << fr;
        QTest::newRow("fr du, no article")
            << u"Objet : rappel du 12.11.2026"_s << K::PreviousReminder << u"rappel du"_s << fr;
        // German
        QTest::newRow("de letzte") << u"Letzte Mahnung"_s << K::FinalReminder << u"Letzte Mahnung"_s << de;
        QTest::newRow("de vom") << u"Unsere Mahnungen vom 12.11.2026 und 26.11.2026 blieben unbeantwortet."_s
                                << K::PreviousReminder << u"Unsere Mahnungen vom"_s << de;
        QTest::newRow("de trotz") << u"Trotz unserer Mahnungen ist die Rechnung offen."_s << K::PreviousReminder
                                  << u"Trotz unserer Mahnungen"_s << de;
        QTest::newRow("de bisherigen") << u"Auf unsere bisherigen Zahlungserinnerungen haben Sie nicht reagiert."_s
                                       << K::PreviousReminder << u"unsere bisherigen Zahlungserinnerungen"_s << de;
        QTest::newRow("de gemahnt") << u"Wir haben Sie bereits mehrfach gemahnt."_s << K::PreviousReminder
                                    << u"bereits mehrfach gemahnt"_s << de;
        QTest::newRow("de 2. Mahnung") << u"2. Mahnung: Rechnung 2026-0001"_s << K::NumberedReminder << u"2. Mahnung"_s
                                       << de;
        QTest::newRow("de dritte") << u"Dritte Mahnung"_s << K::NumberedReminder << u"Dritte Mahnung"_s << de;
        QTest::newRow("de telefonisch") << u"Wie telefonisch besprochen, erwarten wir Ihre Zahlung."_s << K::Call
                                        << u"Wie telefonisch besprochen"_s << de;
        QTest::newRow("de Telefongespräch") << u"Gemäss unserem Telefongespräch vom 3.11.2026 ..."_s << K::Call
                                            << u"Gemäss unserem Telefongespräch"_s << de;
        QTest::newRow("de Schreiben") << u"Bezugnehmend auf unser Schreiben vom 01.10.2026"_s << K::Letter
                                      << u"unser Schreiben vom"_s << de;
        QTest::newRow("de Zahlungserinnerung vom") << u"Unsere Zahlungserinnerung vom 12.11.2026 blieb unbeantwortet."_s
                                                   << K::PreviousReminder << u"Zahlungserinnerung vom"_s << de;
        QTest::newRow("de vom, no article")
            << u"Betreff: Mahnung vom 12.11.2026"_s << K::PreviousReminder << u"Mahnung vom"_s << de;
        // Italian
        QTest::newRow("it precedenti") << u"I nostri solleciti precedenti sono rimasti senza risposta."_s
                                       << K::PreviousReminder << u"nostri solleciti"_s << it;
        QTest::newRow("it del") << u"Facciamo riferimento al nostro sollecito del 12.11.2026."_s << K::PreviousReminder
                                << u"nostro sollecito del"_s << it;
        QTest::newRow("it secondo") << u"Secondo sollecito: fattura 2026-0001"_s << K::NumberedReminder
                                    << u"Secondo sollecito"_s << it;
        QTest::newRow("it ultimo") << u"Ultimo sollecito prima dell'esecuzione"_s << K::FinalReminder
                                   << u"Ultimo sollecito"_s << it;
        QTest::newRow("it telefono") << u"Come concordato al telefono, attendiamo il pagamento."_s << K::Call
                                     << u"Come concordato al telefono"_s << it;
        QTest::newRow("it lettera") << u"La nostra lettera del 01.10.2026 è rimasta senza risposta."_s << K::Letter
                                    << u"nostra lettera del"_s << it;
        QTest::newRow("it scritto") << u"Vi abbiamo già scritto a questo proposito."_s << K::Letter
                                    << u"Vi abbiamo già scritto"_s << it;
        QTest::newRow("it nonostante") << u"Nonostante i nostri solleciti, la fattura è aperta."_s
                                       << K::PreviousReminder << u"nostri solleciti"_s << it;
        QTest::newRow("it del, no article")
            << u"Oggetto: sollecito del 12.11.2026"_s << K::PreviousReminder << u"sollecito del"_s << it;
    }
    void claims()
    {
        QFETCH(QString, text);
        QFETCH(HistoryClaimKind, kind);
        QFETCH(QString, phrase);
        QFETCH(int, language);
        const QList<HistoryClaim> found = findHistoryClaims(text);
        QVERIFY2(found.size() == 1, qPrintable(u"%1 claims in: %2"_s.arg(found.size()).arg(text)));
        const HistoryClaim& c = found[0];
        QCOMPARE(historyClaimKindName(c.kind), historyClaimKindName(kind));
        QCOMPARE(int(c.language), language);
        QCOMPARE(text.mid(c.start, c.length), c.phrase); // the position points at the phrase
        QVERIFY2(c.phrase.contains(phrase, Qt::CaseInsensitive), qPrintable(c.phrase));
    }

    void ordinalsAndDates()
    {
        auto c = findHistoryClaims(u"3. Mahnung"_s);
        QCOMPARE(c.size(), 1);
        QCOMPARE(c[0].ordinal, 3);
        c = findHistoryClaims(u"This is our third reminder."_s);
        QCOMPARE(c.value(0).ordinal, 3);
        c = findHistoryClaims(u"zweite Mahnung"_s);
        QCOMPARE(c.value(0).ordinal, 2);
        c = findHistoryClaims(u"nos rappels du 12.11.2026 et du 26.11.2026 sont restés sans réponse"_s);
        QCOMPARE(c.size(), 1);
        QCOMPARE(c[0].dates, (QList<QDate>{QDate(2026, 11, 12), QDate(2026, 11, 26)}));
        c = findHistoryClaims(u"unser Schreiben vom 31.02.2026"_s); // not a date: no date, still a claim
        QCOMPARE(c.size(), 1);
        QVERIFY(c[0].dates.isEmpty());
    }

    void severalClaimsInOrder()
    {
        const QString text = u"Letzte Mahnung\n\nTrotz unserer Mahnungen und wie telefonisch besprochen ist die "
                             u"Rechnung offen. Unser Schreiben vom 01.10.2026 blieb unbeantwortet."_s;
        const QList<HistoryClaim> c = findHistoryClaims(text);
        QCOMPARE(c.size(), 4);
        QCOMPARE(c[0].kind, HistoryClaimKind::FinalReminder);
        QCOMPARE(c[1].kind, HistoryClaimKind::PreviousReminder);
        QCOMPARE(c[2].kind, HistoryClaimKind::Call);
        QCOMPARE(c[3].kind, HistoryClaimKind::Letter);
        QCOMPARE(c[3].dates, QList<QDate>{QDate(2026, 10, 1)});
        for (int i = 1; i < c.size(); ++i)
            QVERIFY(c[i].start >= c[i - 1].start + c[i - 1].length);
    }

    void noHistoryNoClaim_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("en friendly")
            << u"Dear Ms Muster,\n\nThis is a friendly reminder that invoice 2026-0001 of "
               u"CHF 1'200.00 was due on 30.09.2026. Please pay within 10 days. If you have "
               u"already paid, please disregard this reminder. Call us if you have questions."_s;
        QTest::newRow("en first") << u"This is our first reminder about invoice 2026-0001."_s;
        QTest::newRow("en payment reminder") << u"Payment reminder: invoice 2026-0001"_s;
        QTest::newRow("fr premier") << u"Premier rappel : facture 2026-0001"_s;
        QTest::newRow("fr amical")
            << u"Madame, Monsieur,\n\nSauf erreur de notre part, la facture 2026-0001 n'est pas encore réglée. "
               u"Nous vous rappelons qu'elle était payable au 30.09.2026. N'hésitez pas à nous appeler. "
               u"Si vous avez déjà payé, veuillez ignorer ce rappel."_s;
        QTest::newRow("de Zahlungserinnerung") << u"Zahlungserinnerung: Rechnung 2026-0001"_s;
        QTest::newRow("de freundlich")
            << u"Sehr geehrte Damen und Herren\n\nMit dieser Zahlungserinnerung möchten wir Sie freundlich darauf "
               u"hinweisen, dass die Rechnung 2026-0001 noch offen ist. Sollten Sie bereits bezahlt haben, betrachten "
               u"Sie dieses Schreiben als gegenstandslos. Rufen Sie uns bei Fragen an."_s;
        QTest::newRow("de 1. Mahnung") << u"1. Mahnung"_s;
        QTest::newRow("de vom without a date") << u"Die Mahnung vom Anwalt folgt nicht."_s;
        QTest::newRow("it primo") << u"Primo sollecito: secondo il contratto la fattura è scaduta."_s;
        QTest::newRow("empty") << QString();
    }
    void noHistoryNoClaim()
    {
        QFETCH(QString, text);
        const QList<HistoryClaim> c = findHistoryClaims(text);
        QVERIFY2(c.isEmpty(), qPrintable(c.isEmpty() ? QString() : c[0].phrase));
    }
};

QTEST_GUILESS_MAIN(TestHistoryClaims)
#include "test_history_claims.moc"
