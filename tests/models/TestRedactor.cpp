#include "models/Redactor.h"
#include "models/ShellQuote.h"

#include <QTest>

using namespace iha;

class TestRedactor : public QObject
{
    Q_OBJECT

private slots:
    void nastyValuesAreMaskedWherever_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::newRow("quotes") << QStringLiteral("it's \"quoted\"");
        QTest::newRow("backslashes") << QStringLiteral("back\\slash\\\\");
        QTest::newRow("regex metacharacters") << QStringLiteral(".*+?^${}()|[]\\1");
        QTest::newRow("colon semicolon dollars") << QStringLiteral("a:b;c$$d");
        QTest::newRow("spaces") << QStringLiteral("  two  spaces ");
        QTest::newRow("non-ascii") << QStringLiteral("pässwörd-日本-🔑");
        QTest::newRow("html") << QStringLiteral("<b>&amp;</b>");
        QTest::newRow("one letter") << QStringLiteral("e");
    }

    void nastyValuesAreMaskedWherever()
    {
        QFETCH(QString, secret);
        Redactor r;
        r.addSecret(secret);
        QString passfileForm = secret;
        passfileForm.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char(':'), QLatin1String("\\:"));
        QString sqlForm = secret;
        sqlForm.replace(QLatin1Char('\''), QLatin1String("''"));
        const QString text = QStringLiteral("p ") + passfileForm + QStringLiteral(" s ") + sqlForm +
                             QStringLiteral(" 1 ") + secret + QStringLiteral(" 2 ") +
                             shellQuote(secret) + QStringLiteral(" 3 ") + secret.toHtmlEscaped() +
                             QStringLiteral(" #") + secret;
        const QString masked = r.redact(text);
        // (The mask may itself contain a one-letter secret: look between the masks.)
        const QString unmasked = QString(masked).remove(Redactor::kMask);
        QVERIFY2(!unmasked.contains(secret) && !unmasked.contains(passfileForm) &&
                     !unmasked.contains(sqlForm),
                 qPrintable(masked));
        QVERIFY(masked.contains(Redactor::kMask));
        QVERIFY(masked.endsWith(QStringLiteral(" #") + Redactor::kMask));
    }

    // The forms other programs give a secret, written here as those programs write them
    // (Python's urllib and json, JavaScript's encodeURIComponent, base64, libpq, sh).
    void everyEncodedFormIsMasked_data()
    {
        QTest::addColumn<QString>("form");
        QTest::newRow("url-encoded, + for space")
            << QString::fromUtf8("p%C3%A4+ss%2Fw%27o%22rd%24%5C%60%F0%9F%94%91");
        QTest::newRow("url-encoded as encodeURIComponent does")
            << QString::fromUtf8("p%C3%A4%20ss%2Fw'o%22rd%24%5C%60%F0%9F%94%91");
        QTest::newRow("url-encoded, lower-case hex")
            << QString::fromUtf8("p%c3%a4%20ss%2fw%27o%22rd%24%5c%60%f0%9f%94%91");
        QTest::newRow("json, ASCII only")
            << QString::fromUtf8("p\\u00e4 ss/w'o\\\"rd$\\\\`\\ud83d\\udd11");
        QTest::newRow("json") << QString::fromUtf8("pä ss/w'o\\\"rd$\\\\`🔑");
        QTest::newRow("json, slash escaped") << QString::fromUtf8("pä ss\\/w'o\\\"rd$\\\\`🔑");
        QTest::newRow("base64") << QStringLiteral("cMOkIHNzL3cnbyJyZCRcYPCflJE=");
        QTest::newRow("base64, unpadded") << QStringLiteral("cMOkIHNzL3cnbyJyZCRcYPCflJE");
        QTest::newRow("libpq connection string") << QString::fromUtf8("pä ss/w\\'o\"rd$\\\\`🔑");
        QTest::newRow("between double quotes in sh")
            << QString::fromUtf8("pä ss/w'o\\\"rd\\$\\\\\\`🔑");
    }

    void everyEncodedFormIsMasked()
    {
        QFETCH(QString, form);
        Redactor r;
        r.addSecret(QString::fromUtf8("pä ss/w'o\"rd$\\`🔑"));
        QCOMPARE(r.redact(QStringLiteral("password=") + form + QStringLiteral("&next")),
                 QStringLiteral("password=") + Redactor::kMask + QStringLiteral("&next"));
        // Live output too, however it is cut.
        for (qsizetype cut = 1; cut < form.size(); ++cut) {
            QString held;
            QString shown = r.redactPiece(QStringLiteral("<") + form.left(cut), &held);
            shown += r.redactPiece(form.mid(cut) + QStringLiteral(">"), &held);
            shown += r.redact(held);
            QCOMPARE(shown, QStringLiteral("<") + Redactor::kMask + QStringLiteral(">"));
        }
    }

    void aSecretInsideAnotherIsMaskedWhole()
    {
        Redactor r;
        r.addSecret(QStringLiteral("pass"));
        r.addSecret(QStringLiteral("password123"));
        QCOMPARE(r.redact(QStringLiteral("x password123 y pass z")),
                 QStringLiteral("x [secret] y [secret] z"));
    }

    // A command's output arrives in pieces: a secret cut between two is masked all the same.
    void aSecretCutBetweenPiecesIsMasked_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("Hunter2-pass")
                               << QStringLiteral("pw=Hunter2-pass;");
        QTest::newRow("overlaps itself")
            << QStringLiteral("abcab") << QStringLiteral("xabcabcab y");
        QTest::newRow("quoted form")
            << QStringLiteral("it's") << QStringLiteral("say 'it'\''s' now");
    }

    void aSecretCutBetweenPiecesIsMasked()
    {
        QFETCH(QString, secret);
        QFETCH(QString, text);
        Redactor redactor;
        redactor.addSecret(secret);
        for (qsizetype size = 1; size <= text.size(); ++size) {
            QString shown;
            QString held;
            for (qsizetype at = 0; at < text.size(); at += size)
                shown += redactor.redactPiece(text.mid(at, size), &held);
            shown += redactor.redact(held);
            QCOMPARE(shown, redactor.redact(text));
            QVERIFY2(!shown.contains(secret), qPrintable(shown));
        }
    }

    void theMaskItselfIsNeverReMasked()
    {
        Redactor r;
        r.addSecret(QStringLiteral("secret"));
        r.addSecret(QStringLiteral("["));
        QCOMPARE(r.redact(QStringLiteral("a secret [b")), QStringLiteral("a [secret] [secret]b"));
    }

    void nothingToMaskChangesNothing()
    {
        Redactor r;
        QVERIFY(r.isEmpty());
        QCOMPARE(r.redact(QStringLiteral("plain")), QStringLiteral("plain"));
        r.addSecret(QString());
        QVERIFY(r.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRedactor)
#include "TestRedactor.moc"
