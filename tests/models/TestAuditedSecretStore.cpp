#include "common/MemorySecretStore.h"
#include "models/AuditedSecretStore.h"

#include <QTest>

using namespace iha;

// The keychain decorator's logic with a fake keychain (the real one, through the CLI, is in
// test_cli_audit): which changes are recorded, what an entry says, and a change the audit log
// could not record.
class TestAuditedSecretStore : public QObject
{
    Q_OBJECT

private:
    MemorySecretStore m_keychain;
    QList<AuditEntry> m_recorded;
    QString m_recordError;

    AuditedSecretStore store()
    {
        return AuditedSecretStore(
            m_keychain, QStringLiteral("ops@laptop"),
            [this](const AuditEntry &entry, std::function<void(const QString &)> done) {
                if (m_recordError.isEmpty())
                    m_recorded << entry;
                done(m_recordError);
            });
    }

    SecretResult wait(const std::function<void(SecretStore::Callback)> &call)
    {
        std::optional<SecretResult> result;
        call([&result](const SecretResult &r) { result = r; });
        [&] {
            QTRY_VERIFY(result.has_value());
        }();
        return result.value_or(SecretResult{});
    }

private slots:
    void init()
    {
        m_keychain.values.clear();
        m_recorded.clear();
        m_recordError.clear();
    }

    void aClustersSecretSetAndDeletedIsRecordedWithoutItsValue()
    {
        AuditedSecretStore audited = store();
        const QString key = QStringLiteral("prod/sudo-password:db2");
        QVERIFY(wait([&](auto done) { audited.write(key, QStringLiteral("hunter2"), done); }).ok());
        QCOMPARE(m_keychain.values.value(key), QStringLiteral("hunter2"));
        QVERIFY(wait([&](auto done) { audited.remove(key, done); }).ok());
        QCOMPARE(m_recorded.size(), 2);
        const AuditEntry &set = m_recorded.at(0);
        QCOMPARE(set.outcome, QStringLiteral("secret set"));
        QCOMPARE(m_recorded.at(1).outcome, QStringLiteral("secret deleted"));
        QCOMPARE(set.cluster, QStringLiteral("prod"));
        QCOMPARE(set.host, QStringLiteral("db2"));
        QCOMPARE(set.operatorName, QStringLiteral("ops@laptop"));
        QVERIFY(set.step.contains(QStringLiteral("sudo-password:db2")));
        QVERIFY(set.runId.isEmpty()); // outside any run
        for (const AuditEntry &e : std::as_const(m_recorded))
            QVERIFY(
                !(e.step + e.output + e.command + e.decision).contains(QStringLiteral("hunter2")));
    }

    // Nothing to record: the audit log's own key and head, a read, a delete of what was not set,
    // and a change the keychain refused.
    void onlyChangesOfAClustersSecretsAreRecorded()
    {
        AuditedSecretStore audited = store();
        QVERIFY(wait([&](auto done) {
                    audited.write(QStringLiteral("audit/0a1b/head"), QStringLiteral("3:ab"), done);
                }).ok());
        QVERIFY(
            wait([&](auto done) { audited.read(QStringLiteral("audit/0a1b/head"), done); }).ok());
        QCOMPARE(
            wait([&](auto done) { audited.remove(QStringLiteral("prod/api-token"), done); }).status,
            SecretResult::Status::NotFound);
        m_keychain.status = SecretResult::Status::Denied;
        QCOMPARE(wait([&](auto done) {
                     audited.write(QStringLiteral("prod/api-token"), QStringLiteral("t"), done);
                 }).status,
                 SecretResult::Status::Denied);
        m_keychain.status = SecretResult::Status::Ok;
        QVERIFY(m_recorded.isEmpty());
    }

    // The keychain has the change: it is reported done, with why the log does not say so.
    void aChangeTheLogCouldNotRecordSaysSo()
    {
        AuditedSecretStore audited = store();
        m_recordError = QStringLiteral("disk full");
        const SecretResult r = wait([&](auto done) {
            audited.write(QStringLiteral("prod/api-token"), QStringLiteral("t"), done);
        });
        QVERIFY(r.ok());
        QVERIFY2(r.message.contains(QStringLiteral("not recorded in the audit log: disk full")),
                 qPrintable(r.message));
    }
};

QTEST_MAIN(TestAuditedSecretStore)
#include "TestAuditedSecretStore.moc"
