#include "models/ShellFrames.h"

#include <QTest>

using namespace iha;

namespace {

const QByteArray kNonce = "3f9c0a7b1e2d4c5f";

struct Fed
{
    QByteArray out;
    QByteArray err;
    ShellFrameReader reader{kNonce};
};

// Feeds the streams cut at `cut` (and each piece again at its middle): the result must not
// depend on where the network cut them.
void feed(Fed &fed, const QByteArray &out, const QByteArray &err, qsizetype cut)
{
    const auto pieces = [cut](const QByteArray &all) {
        const qsizetype at = std::min(cut, all.size());
        const QByteArray a = all.left(at), b = all.mid(at);
        return QList<QByteArray>{a.left(a.size() / 2), a.mid(a.size() / 2), b.left(1), b.mid(1)};
    };
    for (const QByteArray &piece : pieces(out))
        fed.out += fed.reader.feedStdout(piece);
    for (const QByteArray &piece : pieces(err))
        fed.err += fed.reader.feedStderr(piece);
}

} // namespace

class TestShellFrames : public QObject
{
    Q_OBJECT

private slots:
    void markersAreTakenOutWhereverTheStreamIsCut_data()
    {
        QTest::addColumn<QByteArray>("out");
        QTest::addColumn<QByteArray>("err");
        QTest::addColumn<QByteArray>("expectedOut");
        QTest::addColumn<QByteArray>("expectedErr");
        QTest::addColumn<QByteArray>("exit");

        QTest::newRow("lines") << kNonce + " pid 4711\nhello\nworld\n" + kNonce + " exit 0\n"
                               << "warning\n" + kNonce + " end\n"
                               << QByteArray("hello\nworld\n") << QByteArray("warning\n")
                               << QByteArray("0");
        QTest::newRow("unfinished line")
            << kNonce + " pid 1\nno newline" + kNonce + " exit 3\n"
            << "half" + kNonce + " end\n"
            << QByteArray("no newline") << QByteArray("half") << QByteArray("3");
        QTest::newRow("nothing") << kNonce + " pid 1\n" + kNonce + " exit 0\n"
                                 << kNonce + " end\n"
                                 << QByteArray() << QByteArray() << QByteArray("0");
        // A start of the nonce that turns out to be output, also at the very end.
        QTest::newRow("lookalike")
            << kNonce + " pid 1\n3f9c0a7b!" + kNonce.left(5) + kNonce + " exit 0\n"
            << kNonce.left(3) + "x" + kNonce + " end\n"
            << "3f9c0a7b!" + kNonce.left(5) << kNonce.left(3) + "x" << QByteArray("0");
        QTest::newRow("binary") << kNonce + " pid 1\n" + QByteArray("\0\xff\n\r", 4) + kNonce +
                                       " exit 1\n"
                                << kNonce + " end\n"
                                << QByteArray("\0\xff\n\r", 4) << QByteArray() << QByteArray("1");
    }

    void markersAreTakenOutWhereverTheStreamIsCut()
    {
        QFETCH(QByteArray, out);
        QFETCH(QByteArray, err);
        QFETCH(QByteArray, expectedOut);
        QFETCH(QByteArray, expectedErr);
        QFETCH(QByteArray, exit);
        for (qsizetype cut = 0; cut <= out.size(); ++cut) {
            Fed fed;
            feed(fed, out, err, cut);
            QCOMPARE(fed.out, expectedOut);
            QCOMPARE(fed.err, expectedErr);
            QCOMPARE(fed.reader.stdoutValue("exit"), std::optional<QByteArray>(exit));
            QVERIFY(fed.reader.stderrValue("end").has_value());
        }
    }

    void outputIsHandedOnAsItComes()
    {
        ShellFrameReader reader(kNonce);
        QCOMPARE(reader.feedStdout(kNonce + " pid 7\nstep 1\n"), QByteArray("step 1\n"));
        QCOMPARE(reader.stdoutValue("pid"), std::optional<QByteArray>("7"));
        QVERIFY(!reader.stdoutValue("exit"));
        // Held back only while it may be a marker.
        QCOMPARE(reader.feedStdout("step 2 " + kNonce.left(4)), QByteArray("step 2 "));
        QCOMPARE(reader.feedStdout("zzz"), kNonce.left(4) + "zzz");
        QCOMPARE(reader.feedStdout(kNonce + " exit 0\n"), QByteArray());
        QCOMPARE(reader.stdoutMarkers().size(), 2);
    }

    void whatComesBeforeTheStartMarkerIsDropped()
    {
        // Before the ready marker, whatever a .bashrc printed; before a command's pid and
        // start markers, what an earlier command left running wrote.
        ShellFrameReader reader(kNonce, "ready", "ready");
        QCOMPARE(reader.feedStdout("Welcome to db1!\n" + kNonce.left(3)), QByteArray());
        QCOMPARE(reader.feedStdout(kNonce.mid(3) + " ready\nafter"), QByteArray("after"));
        QVERIFY(reader.stdoutValue("ready").has_value());
        QCOMPARE(reader.feedStderr("motd\n" + kNonce + " ready\n"), QByteArray());
        QCOMPARE(reader.dropped(), qint64(16 + 5));
    }

    void theLastMarkerOfAWordCounts()
    {
        ShellFrameReader reader(kNonce);
        reader.feedStdout(kNonce + " exit 0\n" + kNonce + " exit 3\n");
        QCOMPARE(reader.stdoutValue("exit"), std::optional<QByteArray>("3"));
    }

    void unsupportedIsSaid()
    {
        ShellFrameReader reader(kNonce);
        QCOMPARE(reader.feedStderr(kNonce + " unsupported setsid\n"), QByteArray());
        QCOMPARE(reader.stderrValue("unsupported"), std::optional<QByteArray>("setsid"));
    }
};

QTEST_APPLESS_MAIN(TestShellFrames)
#include "TestShellFrames.moc"
