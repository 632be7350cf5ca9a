#include "models/UnifiedDiff.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace iha;

namespace {

// Applies a unified diff to `before` strictly (every context and removed line must match):
// what the diff claims, checked against the text it was made from.
QString apply(const QString &before, const QString &patch, QString *error)
{
    QStringList lines = before.split(QLatin1Char('\n'));
    const bool endedWithNewline = before.endsWith(QLatin1Char('\n'));
    if (endedWithNewline || before.isEmpty())
        lines.removeLast();
    QStringList out;
    bool outEndsWithNewline = endedWithNewline || before.isEmpty();
    int next = 0; // next line of `before` not copied yet
    const QStringList patchLines = patch.split(QLatin1Char('\n'));
    static const QRegularExpression header(QStringLiteral("^@@ -(\\d+)(?:,(\\d+))? \\+\\d+"));
    QChar lastOp;
    for (int i = 2; i < patchLines.size(); ++i) {
        const QString &line = patchLines.at(i);
        if (line.isEmpty())
            continue;
        if (const auto m = header.match(line); m.hasMatch()) {
            int start = m.captured(1).toInt();
            const int count = m.captured(2).isEmpty() ? 1 : m.captured(2).toInt();
            if (count > 0)
                --start;
            while (next < start)
                out << lines.at(next++);
            continue;
        }
        if (line == QLatin1String("\\ No newline at end of file")) {
            if (lastOp != QLatin1Char('-'))
                outEndsWithNewline = false;
            continue;
        }
        lastOp = line.at(0);
        const QString text = line.mid(1);
        if (lastOp == QLatin1Char('+')) {
            out << text;
            outEndsWithNewline = true;
            continue;
        }
        if (next >= lines.size() || lines.at(next) != text) {
            *error = QStringLiteral("line %1 does not match: %2").arg(next + 1).arg(line);
            return {};
        }
        if (lastOp == QLatin1Char(' '))
            out << lines.at(next);
        ++next;
    }
    while (next < lines.size())
        out << lines.at(next++);
    if (next == lines.size() && next > 0 && !patch.contains(QStringLiteral("No newline")))
        outEndsWithNewline = endedWithNewline;
    QString text = out.join(QLatin1Char('\n'));
    if (!out.isEmpty() && outEndsWithNewline)
        text += QLatin1Char('\n');
    return text;
}

QString gnuDiff(const QString &before, const QString &after)
{
    QTemporaryDir dir;
    const auto write = [&](const QString &name, const QString &text) {
        QFile f(dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(text.toUtf8());
    };
    write(QStringLiteral("a"), before);
    write(QStringLiteral("b"), after);
    QProcess diff;
    diff.start(QStringLiteral("diff"),
               {QStringLiteral("-u"), QStringLiteral("--label"), QStringLiteral("before"),
                QStringLiteral("--label"), QStringLiteral("after"),
                dir.filePath(QStringLiteral("a")), dir.filePath(QStringLiteral("b"))});
    diff.waitForFinished();
    return QString::fromUtf8(diff.readAllStandardOutput());
}

QString numbered(int from, int to, const QString &prefix = QStringLiteral("line"))
{
    QString text;
    for (int i = from; i <= to; ++i)
        text += QStringLiteral("%1 %2\n").arg(prefix).arg(i);
    return text;
}

} // namespace

class TestUnifiedDiff : public QObject
{
    Q_OBJECT

private slots:
    void equalTextsHaveNoDiff()
    {
        QCOMPARE(UnifiedDiff::diff(numbered(1, 50), numbered(1, 50), QStringLiteral("a"),
                                   QStringLiteral("b")),
                 QString());
    }

    // Where the shortest script is unambiguous, the output is diff -u's, byte for byte.
    void asDiffPrintsIt_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        const QString conf = numbered(1, 40);
        QString oneChanged = conf;
        oneChanged.replace(QStringLiteral("line 20\n"), QStringLiteral("wal_level = replica\n"));
        QTest::newRow("one line changed") << conf << oneChanged;
        QTest::newRow("line added at the end")
            << conf << conf + QStringLiteral("hot_standby = on\n");
        QTest::newRow("line added at the start") << conf << QStringLiteral("# first\n") + conf;
        QString twoApart = oneChanged;
        twoApart.replace(QStringLiteral("line 3\n"), QStringLiteral("listen_addresses = '*'\n"));
        QTest::newRow("two hunks") << conf << twoApart;
        QString close = oneChanged;
        close.replace(QStringLiteral("line 25\n"), QStringLiteral("x\n"));
        QTest::newRow("two changes merged in one hunk") << conf << close;
        QString removed = conf;
        removed.remove(QStringLiteral("line 7\nline 8\n"));
        QTest::newRow("lines removed") << conf << removed;
        QTest::newRow("from nothing") << QString() << numbered(1, 3);
        QTest::newRow("to nothing") << numbered(1, 3) << QString();
        QTest::newRow("no newline at the end, before")
            << QStringLiteral("a\nb") << QStringLiteral("a\nb\n");
        QTest::newRow("no newline at the end, after")
            << QStringLiteral("a\nb\n") << QStringLiteral("a\nc");
    }

    void asDiffPrintsIt()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QCOMPARE(
            UnifiedDiff::diff(before, after, QStringLiteral("before"), QStringLiteral("after")),
            gnuDiff(before, after));
    }

    // Random edits of a config-like file: the diff applied to the old text gives the new one.
    void applyingTheDiffGivesTheNewText()
    {
        QRandomGenerator random(42);
        for (int round = 0; round < 200; ++round) {
            QStringList lines = numbered(1, int(random.bounded(1, 60))).split(QLatin1Char('\n'));
            lines.removeLast();
            const QString before = lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
            const int edits = int(random.bounded(1, 8));
            for (int e = 0; e < edits; ++e) {
                const int at = int(random.bounded(lines.size() + 1));
                switch (random.bounded(3)) {
                case 0:
                    lines.insert(at, QStringLiteral("added %1").arg(e));
                    break;
                case 1:
                    if (at < lines.size())
                        lines.removeAt(at);
                    break;
                default:
                    if (at < lines.size())
                        lines[at] = QStringLiteral("# ") + lines.at(at);
                }
            }
            const QString after =
                lines.isEmpty() ? QString() : lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
            const QString patch =
                UnifiedDiff::diff(before, after, QStringLiteral("before"), QStringLiteral("after"));
            QString error;
            const QString applied = apply(before, patch, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error + QLatin1Char('\n') + patch));
            QVERIFY2(applied == after, qPrintable(patch));
        }
    }

    // A file changed everywhere: one hunk replacing it, made without quadratic work.
    void aWhollyDifferentFileIsOneReplacement()
    {
        const QString before = numbered(1, 5000, QStringLiteral("old"));
        const QString after = numbered(1, 5000, QStringLiteral("new"));
        const QString patch =
            UnifiedDiff::diff(before, after, QStringLiteral("before"), QStringLiteral("after"));
        QVERIFY(patch.contains(QStringLiteral("@@ -1,5000 +1,5000 @@\n")));
        QCOMPARE(patch.count(QStringLiteral("\n-old ")), 5000);
        QCOMPARE(patch.count(QStringLiteral("\n+new ")), 5000);
        QString error;
        QCOMPARE(apply(before, patch, &error), after);
    }
};

QTEST_GUILESS_MAIN(TestUnifiedDiff)
#include "TestUnifiedDiff.moc"
