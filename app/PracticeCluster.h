#pragma once

#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QStringList>
#include <functional>

namespace iha {

struct Cluster;
class SecretStore;

// The local practice cluster, for the CLI (`inmanta-ha-cli practice`) and the application
// alike: real hosts of the lab (lab/practice, shipped with the product) that a new user tries
// every procedure on. Its own key, cluster file and keychain scope.
// Rootless where the machine allows it (the helper, run as the operator, says so). Otherwise
// only the helper runs as root, through the elevation the caller chose, and only once the
// caller has shown rootNeeded()'s notice and called continueAsRoot().
// Every step runs a process asynchronously: nothing here blocks the calling thread.
class PracticeCluster : public QObject
{
    Q_OBJECT

public:
    enum class Elevation
    {
        None,   // already root
        Sudo,   // a terminal: sudo asks for the password there
        Pkexec, // the desktop: polkit's agent asks
    };

    PracticeCluster(SecretStore &secrets, Elevation elevation, QObject *parent = nullptr);
    ~PracticeCluster() override;

    // Root runs the helper itself; others go through sudo (terminal) or pkexec (desktop).
    static Elevation elevationFor(bool graphical);
    // The helper: installed beside the programs, else the source tree's (a build not installed).
    static QString helperPath();
    // The operator's own files of the practice cluster (key, cluster file), removed by down().
    static QString folder();
    static QString clusterFile();

    void up();
    void down();
    void status();
    // After rootNeeded(): the step goes on through the elevation (sudo or pkexec asks).
    void continueAsRoot();

signals:
    // What is about to run as root, and why, for the operator to read before being asked.
    // Nothing goes on until continueAsRoot(); the caller may as well drop this object.
    void rootNeeded(const QString &notice);
    void progress(const QString &message);
    void output(const QString &text); // the helper's own report (status)
    // ok: the command did what it says; message: what to tell the operator (a warning on
    // success, the reason on failure).
    void finished(bool ok, const QString &message);

private:
    using Next = std::function<void(int exitCode, const QByteArray &out, const QByteArray &err)>;
    void start(const QString &program, const QStringList &arguments, const QByteArray &input,
               Next next);
    void runHelper(const QString &command, const QByteArray &input, Next next);
    // Runs `then` as it is when root is at hand, else once the operator agreed to elevation.
    void whenRoot(const QString &command, const QString &why, std::function<void()> then);
    QString elevationNotice(const QString &command, const QString &why) const;
    QString helperFailure(const QString &command, int exitCode, const QByteArray &err) const;
    void makeKeyAndStart();
    void writeClusterFile(const QString &helperClusterFile, const QString &password);
    // After the helper's `up`: the hosts go down again, then `problem` is reported.
    void takeDownAfter(const QString &problem);
    // Runs the helper as the operator, then (the cluster being root's) with root once granted.
    void runHelperAsOwner(const QString &command, Next next);
    void afterDown(int code, const QByteArray &err);
    void removeSecrets(const Cluster &cluster, QStringList names, const QString &warning);
    void removeOwnFiles(const QString &warning);
    void fail(const QString &message);

    SecretStore &m_secrets;
    Elevation m_elevation;
    bool m_elevated = false;            // the helper goes through m_elevation from now on
    std::function<void()> m_afterGrant; // what continueAsRoot() goes on with
    bool m_comingUp = false;
    QString m_upWarning;          // what the helper's `up` warned of
    QPointer<QProcess> m_process; // the one running; deletes itself when it ends
};

} // namespace iha
