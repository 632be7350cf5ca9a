#include "widgets/HostKeyDialog.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace iha;

// The host key dialog, driven offscreen by objectName.
class TestHostKeyDialog : public QObject
{
    Q_OBJECT

private:
    static HostKeyDialog::Question question(KnownHosts::Verdict verdict)
    {
        HostKeyDialog::Question q;
        q.host = QStringLiteral("db1 (10.1.0.11:22)");
        q.key = {QStringLiteral("ssh-ed25519"), QByteArray("new key blob")};
        q.verdict = verdict;
        q.source = QStringLiteral("/home/op/.local/share/Inmanta/inmanta-ha-admin/known_hosts");
        if (verdict == KnownHosts::Verdict::Changed)
            q.knownFingerprints = {QStringLiteral("ssh-ed25519 ") +
                                   HostKey{QStringLiteral("ssh-ed25519"), "old"}.fingerprint()};
        return q;
    }

private slots:
    void anUnknownKeyCanBeAcceptedOrRejected()
    {
        HostKeyDialog dialog(question(KnownHosts::Verdict::Unknown));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("hostKeyFingerprint"))->text(),
                 HostKey({QStringLiteral("ssh-ed25519"), "new key blob"}).fingerprint());
        auto *reject = dialog.findChild<QPushButton *>(QStringLiteral("rejectHostKeyButton"));
        QVERIFY(reject->isDefault()); // Enter rejects
        if (const QString dir = qEnvironmentVariable("IHA_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog.grab().save(dir + QStringLiteral("/host-key-unknown.png"));
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));

        HostKeyDialog again(question(KnownHosts::Verdict::Unknown));
        again.show();
        QTest::mouseClick(again.findChild<QPushButton *>(QStringLiteral("acceptHostKeyButton")),
                          Qt::LeftButton);
        QCOMPARE(again.result(), int(QDialog::Accepted));
    }

    void aChangedKeyShowsBothFingerprintsAndCannotBeAccepted()
    {
        HostKeyDialog dialog(question(KnownHosts::Verdict::Changed));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("acceptHostKeyButton")));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("hostKeyKnownFingerprints"))
                    ->text()
                    .contains(QStringLiteral("SHA256:")));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("hostKeyIntro"))
                    ->text()
                    .contains(QStringLiteral("has changed")));
        QVERIFY(dialog.windowTitle().contains(QStringLiteral("refused")));
        // For a look at it: IHA_SCREENSHOT_DIR=... saves what the dialog shows.
        if (const QString dir = qEnvironmentVariable("IHA_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog.grab().save(dir + QStringLiteral("/host-key-changed.png"));
    }
};

QTEST_MAIN(TestHostKeyDialog)
#include "TestHostKeyDialog.moc"
