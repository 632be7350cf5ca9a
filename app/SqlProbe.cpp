#include "app/SqlProbe.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace iha {
namespace {

SqlProbe::Result readServer(const SqlProbe::Login &login)
{
    SqlProbe::Result result;
    const QString connection =
        QStringLiteral("sql-probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(login.host);
        db.setPort(login.port);
        db.setDatabaseName(login.database);
        db.setUserName(login.user);
        db.setPassword(login.password);
        db.setConnectOptions(SqlProbe::verifiedTlsOptions(login.caFile) + QLatin1Char(';') +
                             SqlProbe::connectOptions(login.connectTimeoutSeconds));
        if (!db.open()) {
            result.error = QStringLiteral("%1:%2: %3")
                               .arg(login.host)
                               .arg(login.port)
                               .arg(db.lastError().databaseText().trimmed().isEmpty()
                                        ? db.lastError().text()
                                        : db.lastError().databaseText().simplified());
        } else {
            result.connected = true;
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT pg_is_in_recovery()")) && query.next())
                result.inRecovery = query.value(0).toBool();
            // pg_current_wal_lsn() only exists on a server that is not in recovery.
            if (result.inRecovery == false) {
                if (query.exec(QStringLiteral("SELECT ") +
                               QLatin1String(SqlProbe::kReplicaColumns))) {
                    result.replicasVisible = true;
                    while (query.next()) {
                        if (query.value(2).isNull()) {
                            result.replicasVisible = false;
                            continue;
                        }
                        result.replicas << NodeStatus::Replica{
                            query.value(0).toString(),   query.value(1).toString(),
                            query.value(2).toString(),   query.value(3).toString(),
                            query.value(4).toLongLong(), query.value(5).toLongLong()};
                    }
                }
                if (query.exec(QStringLiteral("SELECT ") + QLatin1String(SqlProbe::kSlotColumns))) {
                    while (query.next())
                        result.replicationSlots
                            << NodeStatus::Slot{query.value(0).toString(), query.value(1).toBool(),
                                                query.value(2).toLongLong()};
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

} // namespace

SqlProbe::SqlProbe(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_worker(new QObject)
{
    qRegisterMetaType<iha::SqlProbe::Result>();
    m_thread->setObjectName(QStringLiteral("sql-probe"));
    m_worker->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

SqlProbe::~SqlProbe() = default;

QString SqlProbe::connectOptions(int timeoutSeconds)
{
    // Idle for 1 s, then a probe every second; the user timeout closes the socket once
    // nothing has been acknowledged for the whole timeout, keepalives included.
    return QStringLiteral("connect_timeout=%1;keepalives=1;keepalives_idle=1;"
                          "keepalives_interval=1;keepalives_count=%1;tcp_user_timeout=%2;"
                          "application_name=inmanta-ha-admin")
        .arg(timeoutSeconds)
        .arg(timeoutSeconds * 1000);
}

QString SqlProbe::verifiedTlsOptions(const QString &caFile)
{
    // libpq 15 has no require_auth: a server that is not the one the CA vouches for must not
    // get as far as asking for the password, so TLS and the server's name are verified first.
    // (The cluster reader refuses a path that would break out of this option.)
    return QStringLiteral("sslmode=verify-full;sslrootcert=") + caFile;
}

quint64 SqlProbe::probe(const Login &login)
{
    const quint64 id = ++m_lastId;
    QMetaObject::invokeMethod(m_worker, [this, id, login] {
        const Result result = readServer(login);
        // Queued back to the probe's own thread.
        QMetaObject::invokeMethod(this, [this, id, result] { emit finished(id, result); });
    });
    return id;
}

void SqlProbe::merge(const Result &result, NodeStatus *status)
{
    status->sqlConnected = result.connected;
    status->sqlError = result.error;
    if (!result.connected)
        return;
    if (result.inRecovery)
        status->inRecovery = result.inRecovery;
    if (result.inRecovery == false)
        status->replicationSlots = result.replicationSlots;
    if (result.replicasVisible) {
        status->replicas = result.replicas;
        status->replicasFromSql = true;
    }
}

} // namespace iha
