#pragma once

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QString>

// The test lab as the tests see it: the variables `lab/lab up` wrote, and a way to run
// lab commands (crash, isolate, ...). Tests call QSKIP when available() is false.
class LabEnvironment
{
public:
    static LabEnvironment load()
    {
        LabEnvironment lab;
        const QString dir = qEnvironmentVariable("IHA_LAB_DIR", QStringLiteral("/var/lib/iha-lab"));
        lab.readEnvFile(dir + QStringLiteral("/lab.env"));
        lab.readEnvFile(dir + QStringLiteral("/secrets.env"));
        return lab;
    }

    bool available() const { return m_values.contains(QStringLiteral("LAB_DIR")); }
    QString value(const QString &key) const { return m_values.value(key); }
    QString ip(const QString &host) const
    {
        return value(QStringLiteral("LAB_IP_") + host.toUpper());
    }
    QString dir() const { return value(QStringLiteral("LAB_DIR")); }
    // The host's ed25519 key fingerprint as ssh-keygen prints it ("SHA256:...").
    QString hostKeyFingerprint(const QString &host) const
    {
        const QByteArray keygen =
            exec(host, QStringLiteral("ssh-keygen -lf %1/hosts/%2/ssh/ssh_host_ed25519_key.pub")
                           .arg(dir(), host));
        return QString::fromUtf8(keygen).section(QLatin1Char(' '), 1, 1);
    }

    // Runs `lab/lab ARGS...`; returns its exit code. Without `output`, what a failed
    // command printed goes to the test's log: a lab that cannot be reset says why.
    static int run(const QStringList &args, QByteArray *output = nullptr)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(IHA_LAB_SCRIPT), args);
        process.waitForFinished(120000);
        const QByteArray printed = process.readAll();
        const int code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        if (output)
            *output = printed;
        else if (code != 0)
            qWarning("lab %s: exit %d\n%s", qPrintable(args.join(QLatin1Char(' '))), code,
                     printed.right(4000).constData());
        return code;
    }

    // Runs a command on a host's console (not over the network), as root.
    static QByteArray exec(const QString &host, const QString &shellCommand)
    {
        QByteArray output;
        run({QStringLiteral("exec"), host, QStringLiteral("sh"), QStringLiteral("-c"),
             shellCommand},
            &output);
        return output;
    }

private:
    void readEnvFile(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return;
        for (const QByteArray &line : file.readAll().split('\n')) {
            const qsizetype eq = line.indexOf('=');
            if (eq > 0)
                m_values.insert(QString::fromUtf8(line.left(eq)),
                                QString::fromUtf8(line.mid(eq + 1)));
        }
    }

    QHash<QString, QString> m_values;
};

// In a lab test's initTestCase(): loads the lab into `lab`, or skips the whole test when the
// lab is not up or the test keyring is not there.
#define IHA_LOAD_LAB_OR_SKIP(lab)                                                                  \
    do {                                                                                           \
        (lab) = LabEnvironment::load();                                                            \
        if (!(lab).available())                                                                    \
            QSKIP("the test lab is not up (run as root: ctest starts it)");                        \
        if (qEnvironmentVariableIsEmpty("IHA_TEST_KEYRING_PASSWORD_FILE"))                         \
            QSKIP("needs the test keyring (ctest runs this test through "                          \
                  "tests/keyring/with-keyring)");                                                  \
    } while (false)

// The same, then a fresh lab: the agent forgotten (a test sees no keys but the ones it sets
// up), every host reset to its first state, and the lab's variables read again after it.
#define IHA_RESET_LAB_OR_SKIP(lab)                                                                 \
    do {                                                                                           \
        IHA_LOAD_LAB_OR_SKIP(lab);                                                                 \
        qunsetenv("SSH_AUTH_SOCK");                                                                \
        QCOMPARE(LabEnvironment::run({QStringLiteral("reset")}), 0);                               \
        (lab) = LabEnvironment::load();                                                            \
    } while (false)
