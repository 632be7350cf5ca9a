#include "models/KeyboardInteractive.h"
#include "models/KnownHosts.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace iha;

namespace {

// Two ed25519 public key blobs (any bytes do for matching; fingerprints are computed).
const HostKey kKeyA{
    QStringLiteral("ssh-ed25519"),
    QByteArray::fromBase64("AAAAC3NzaC1lZDI1NTE5AAAAIMKcXeWaGHWzlHCHaUB0sTMImj0R1gI6NndE4obqoUac")};
const HostKey kKeyB{
    QStringLiteral("ssh-ed25519"),
    QByteArray::fromBase64("AAAAC3NzaC1lZDI1NTE5AAAAIGf0cWjFQm0i2yC0bKvTg6n4bH1cXy3lP2t9R8wQ0mZ1")};
const HostKey kEcdsa{QStringLiteral("ecdsa-sha2-nistp256"), QByteArray("ecdsa-blob-for-tests")};

QByteArray line(const QString &hosts, const HostKey &key, const char *marker = "")
{
    QByteArray prefix(marker);
    if (!prefix.isEmpty())
        prefix += ' ';
    return prefix + hosts.toUtf8() + ' ' + key.type.toLatin1() + ' ' + key.blob.toBase64() +
           " comment\n";
}

QString hashed(const QString &token, const QByteArray &salt)
{
    const QByteArray mac =
        QMessageAuthenticationCode::hash(token.toUtf8(), salt, QCryptographicHash::Sha1);
    return QStringLiteral("|1|%1|%2")
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(mac.toBase64()));
}

} // namespace

Q_DECLARE_METATYPE(iha::KnownHosts::Verdict)

class TestKnownHosts : public QObject
{
    Q_OBJECT

private slots:
    void fingerprintIsOpenSshs()
    {
        // ssh-keygen -lf prints this for the key above.
        const QByteArray digest = QCryptographicHash::hash(kKeyA.blob, QCryptographicHash::Sha256);
        QCOMPARE(kKeyA.fingerprint(),
                 QStringLiteral("SHA256:") +
                     QString::fromLatin1(digest.toBase64(QByteArray::OmitTrailingEquals)));
        QVERIFY(!kKeyA.fingerprint().endsWith(QLatin1Char('=')));
    }

    void verdicts_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<HostKey>("key");
        QTest::addColumn<KnownHosts::Verdict>("verdict");
        using V = KnownHosts::Verdict;
        const QString h = QStringLiteral("10.1.0.11");
        QTest::newRow("empty file") << QByteArray() << h << 22 << kKeyA << V::Unknown;
        QTest::newRow("plain match") << line(h, kKeyA) << h << 22 << kKeyA << V::Known;
        QTest::newRow("other host only")
            << line(QStringLiteral("10.1.0.12"), kKeyA) << h << 22 << kKeyA << V::Unknown;
        QTest::newRow("changed key") << line(h, kKeyA) << h << 22 << kKeyB << V::Changed;
        QTest::newRow("other key type on record")
            << line(h, kEcdsa) << h << 22 << kKeyA << V::Changed;
        QTest::newRow("comma list")
            << line(QStringLiteral("db1,") + h, kKeyA) << h << 22 << kKeyA << V::Known;
        QTest::newRow("port 22 entry does not cover 2222")
            << line(h, kKeyA) << h << 2222 << kKeyA << V::Unknown;
        QTest::newRow("bracketed port")
            << line(QStringLiteral("[10.1.0.11]:2222"), kKeyA) << h << 2222 << kKeyA << V::Known;
        QTest::newRow("wildcard") << line(QStringLiteral("10.1.0.*"), kKeyA) << h << 22 << kKeyA
                                  << V::Known;
        QTest::newRow("question mark")
            << line(QStringLiteral("10.1.0.1?"), kKeyA) << h << 22 << kKeyA << V::Known;
        QTest::newRow("negation wins")
            << line(QStringLiteral("10.1.0.*,!10.1.0.11"), kKeyB) << h << 22 << kKeyA << V::Unknown;
        QTest::newRow("hashed") << line(hashed(h, "saltsaltsaltsaltsalt"), kKeyA) << h << 22
                                << kKeyA << V::Known;
        QTest::newRow("hashed other host")
            << line(hashed(QStringLiteral("10.9.9.9"), "saltsaltsaltsaltsalt"), kKeyB) << h << 22
            << kKeyA << V::Unknown;
        QTest::newRow("hashed changed")
            << line(hashed(h, "0123456789abcdefghij"), kKeyB) << h << 22 << kKeyA << V::Changed;
        QTest::newRow("hashed with port")
            << line(hashed(QStringLiteral("[10.1.0.11]:2222"), "saltsaltsaltsaltsalt"), kKeyA) << h
            << 2222 << kKeyA << V::Known;
        QTest::newRow("revoked") << line(QStringLiteral("*"), kKeyA, "@revoked") + line(h, kKeyA)
                                 << h << 22 << kKeyA << V::Revoked;
        QTest::newRow("cert authority ignored")
            << line(h, kKeyA, "@cert-authority") << h << 22 << kKeyA << V::Unknown;
        QTest::newRow("comments and junk")
            << QByteArray("# comment\n\n   \nnot-enough-fields\n") + line(h, kKeyA) << h << 22
            << kKeyA << V::Known;
        QTest::newRow("case-insensitive names")
            << line(QStringLiteral("DB1.Example.COM"), kKeyA) << QStringLiteral("db1.example.com")
            << 22 << kKeyA << V::Known;
        QTest::newRow("match among several keys")
            << line(h, kEcdsa) + line(h, kKeyA) << h << 22 << kKeyA << V::Known;
    }

    void verdicts()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(HostKey, key);
        QFETCH(KnownHosts::Verdict, verdict);
        KnownHosts knownHosts;
        knownHosts.addFile(QStringLiteral("test"), file);
        QCOMPARE(knownHosts.check(host, port, key).verdict, verdict);
    }

    void changedNamesTheKeysOnRecord()
    {
        KnownHosts knownHosts;
        knownHosts.addFile(QStringLiteral("/ours"), QByteArray());
        knownHosts.addFile(QStringLiteral("/home/op/.ssh/known_hosts"),
                           line(QStringLiteral("db1"), kKeyA));
        const KnownHosts::Match match = knownHosts.check(QStringLiteral("db1"), 22, kKeyB);
        QCOMPARE(match.verdict, KnownHosts::Verdict::Changed);
        QCOMPARE(match.source, QStringLiteral("/home/op/.ssh/known_hosts:1")); // file and line
        QCOMPARE(match.knownFingerprints,
                 QStringList{QStringLiteral("ssh-ed25519 ") + kKeyA.fingerprint()});
    }

    // A RevokedHostKeys file refuses its keys for every host, even one on record with them;
    // a binary KRL or a line that is no key is a problem, never skipped.
    void revokedHostKeysFilesRefuseTheirKeys()
    {
        KnownHosts knownHosts;
        knownHosts.addFile(QStringLiteral("/ours"), line(QStringLiteral("db1,db2"), kKeyA));
        const QByteArray revokedList = "# revoked after the breach\n" + kKeyA.type.toLatin1() +
                                       ' ' + kKeyA.blob.toBase64() + " old-db1\n";
        QCOMPARE(knownHosts.addRevokedKeys(QStringLiteral("/etc/ssh/revoked"), revokedList),
                 QString());
        const KnownHosts::Match match = knownHosts.check(QStringLiteral("db2"), 22, kKeyA);
        QCOMPARE(match.verdict, KnownHosts::Verdict::Revoked);
        QCOMPARE(match.source, QStringLiteral("/etc/ssh/revoked:2"));
        QCOMPARE(knownHosts.check(QStringLiteral("db3"), 22, kKeyB).verdict,
                 KnownHosts::Verdict::Unknown);

        QVERIFY(KnownHosts()
                    .addRevokedKeys(QStringLiteral("/k.krl"), QByteArray("SSHKRL\n\x00\x01"))
                    .contains(QStringLiteral("/k.krl is a binary key revocation list (KRL)")));
        QVERIFY(KnownHosts()
                    .addRevokedKeys(QStringLiteral("/bad"), QByteArray("ssh-ed25519\n"))
                    .contains(QStringLiteral("/bad:1: not a public key")));
    }

    // A @cert-authority line would vouch for a host in OpenSSH: here it is named, not used.
    void certificateAuthoritiesAreNamedNotTrusted()
    {
        KnownHosts knownHosts;
        knownHosts.addFile(QStringLiteral("/etc/ssh/ssh_known_hosts"),
                           "# the site's host CA\n" +
                               line(QStringLiteral("*.example.org"), kKeyB, "@cert-authority"));
        const KnownHosts::Match match =
            knownHosts.check(QStringLiteral("db1.example.org"), 22, kKeyA);
        QCOMPARE(match.verdict, KnownHosts::Verdict::Unknown);
        QCOMPARE(match.unsupportedCertificateAuthorities,
                 QStringList{QStringLiteral("/etc/ssh/ssh_known_hosts:2")});
        QVERIFY(KnownHosts::certificateAuthoritiesNote(match.unsupportedCertificateAuthorities)
                    .contains(QStringLiteral("@cert-authority line covers this host "
                                             "(/etc/ssh/ssh_known_hosts:2)")));
        QCOMPARE(KnownHosts::certificateAuthoritiesNote({}), QString());
        // Presenting the CA's own key does not make a host known either.
        QCOMPARE(knownHosts.check(QStringLiteral("db1.example.org"), 22, kKeyB).verdict,
                 KnownHosts::Verdict::Unknown);
        QVERIFY(knownHosts.check(QStringLiteral("db1.other.org"), 22, kKeyA)
                    .unsupportedCertificateAuthorities.isEmpty());
    }

    void revokedHostKeysAreReadFromSshConfig_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QStringList>("files");
        QTest::newRow("top") << QByteArray("RevokedHostKeys /etc/ssh/revoked\n")
                             << QStringList{QStringLiteral("/etc/ssh/revoked")};
        QTest::newRow("equals, any case, quoted")
            << QByteArray("revokedhostkeys = \"/etc/ssh/rev oked\"\n")
            << QStringList{QStringLiteral("/etc/ssh/rev oked")};
        QTest::newRow("Host *") << QByteArray("Host *\n    RevokedHostKeys ~/.ssh/revoked\n")
                                << QStringList{QStringLiteral("~/.ssh/revoked")};
        QTest::newRow("another host's")
            << QByteArray("Host db9\n  RevokedHostKeys /x\nHost *\n  SendEnv LANG\n")
            << QStringList{};
        QTest::newRow("none") << QByteArray("RevokedHostKeys none\n") << QStringList{};
    }

    void revokedHostKeysAreReadFromSshConfig()
    {
        QFETCH(QByteArray, config);
        QFETCH(QStringList, files);
        QCOMPARE(KnownHosts::revokedHostKeysFiles(config), files);
    }

    // Keyboard-interactive logins: the password answers a hidden password prompt, nothing
    // else (security hardening, point 11).
    void onlyAPasswordPromptGetsThePassword_data()
    {
        QTest::addColumn<QString>("prompt");
        QTest::addColumn<bool>("echo");
        QTest::addColumn<bool>("password");
        QTest::newRow("PAM") << QStringLiteral("Password: ") << false << true;
        QTest::newRow("OpenSSH's") << QStringLiteral("labop@db1's password: ") << false << true;
        QTest::newRow("German") << QStringLiteral("Passwort: ") << false << true;
        QTest::newRow("Spanish") << QStringLiteral("Contrase\u00f1a: ") << false << true;
        QTest::newRow("visible") << QStringLiteral("Password: ") << true << false;
        QTest::newRow("OTP") << QStringLiteral("One-time password (OATH) for `labop': ") << false
                             << false;
        QTest::newRow("verification code")
            << QStringLiteral("Verification code: ") << false << false;
        QTest::newRow("token") << QStringLiteral("Enter PASSCODE: ") << false << false;
        QTest::newRow("password and code")
            << QStringLiteral("Password + OTP code: ") << false << false;
        QTest::newRow("a question") << QStringLiteral("Continue? ") << false << false;
    }

    void onlyAPasswordPromptGetsThePassword()
    {
        QFETCH(QString, prompt);
        QFETCH(bool, echo);
        QFETCH(bool, password);
        QCOMPARE(KeyboardInteractive::isPasswordPrompt(prompt, echo), password);
    }

    void entryLineReadsBack()
    {
        for (int port : {22, 2200}) {
            KnownHosts knownHosts;
            knownHosts.addFile(QStringLiteral("ours"),
                               KnownHosts::entryLine(QStringLiteral("198.18.7.11"), port, kKeyA));
            QCOMPARE(knownHosts.check(QStringLiteral("198.18.7.11"), port, kKeyA).verdict,
                     KnownHosts::Verdict::Known);
        }
        QCOMPARE(KnownHosts::entryLine(QStringLiteral("h"), 2200, kKeyA).left(10),
                 QByteArray("[h]:2200 s"));
    }
};

QTEST_GUILESS_MAIN(TestKnownHosts)
#include "TestKnownHosts.moc"
