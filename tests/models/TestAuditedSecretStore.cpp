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

    // Nothing to record: the audit log's own key and head, a read, a delete of what was not
    // set. A cluster called "audit" is a cluster like any other.
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
        QVERIFY(m_recorded.isEmpty());
        QVERIFY(wait([&](auto done) {
                    audited.write(QStringLiteral("audit/api-token"), QStringLiteral("t"), done);
                }).ok());
        QCOMPARE(m_recorded.size(), 1);
        QCOMPARE(m_recorded.first().cluster, QStringLiteral("audit"));
    }

    // Recorded first: a change the log cannot record is not made, and says why.
    void aChangeTheLogCannotRecordIsNotMade()
    {
        AuditedSecretStore audited = store();
        m_recordError = QStringLiteral("disk full");
        const SecretResult r = wait([&](auto done) {
            audited.write(QStringLiteral("prod/api-token"), QStringLiteral("t"), done);
        });
        QCOMPARE(r.status, SecretResult::Status::Denied);
        QVERIFY2(r.message.contains(QStringLiteral("could not record it: disk full")),
                 qPrintable(r.message));
        QVERIFY(m_keychain.values.isEmpty());
    }

    // The keychain fails after the log recorded the change: the log says it did not happen.
    void aChangeTheKeychainRefusesIsRecordedAsFailed()
    {
        AuditedSecretStore audited = store();
        m_keychain.status = SecretResult::Status::Denied;
        const SecretResult r = wait([&](auto done) {
            audited.write(QStringLiteral("prod/api-token"), QStringLiteral("t"), done);
        });
        m_keychain.status = SecretResult::Status::Ok;
        QCOMPARE(r.status, SecretResult::Status::Denied);
        QCOMPARE(m_recorded.size(), 2);
        QCOMPARE(m_recorded.at(0).outcome, QStringLiteral("secret set"));
        QCOMPARE(m_recorded.at(1).outcome, QStringLiteral("failed"));
    }

    // A change still waiting for the log when the store goes is not made.
    void nothingIsChangedOnceTheStoreIsGone()
    {
        std::function<void(const QString &)> pending;
        std::optional<SecretResult> result;
        {
            AuditedSecretStore audited(
                m_keychain, QStringLiteral("ops@laptop"),
                [&pending](const AuditEntry &, std::function<void(const QString &)> done) {
                    pending = std::move(done);
                });
            audited.write(QStringLiteral("prod/api-token"), QStringLiteral("t"),
                          [&result](const SecretResult &r) { result = r; });
        }
        QVERIFY(pending);
        pending({}); // the log answers late
        QVERIFY(result && !result->ok());
        QVERIFY(m_keychain.values.isEmpty());
    }
};

QTEST_MAIN(TestAuditedSecretStore)
#include "TestAuditedSecretStore.moc"
