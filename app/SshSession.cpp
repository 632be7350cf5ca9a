#include "app/SshSession.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibrary>

namespace iha {
namespace {

using CreateSession = SshSession *(*)(const SshTarget *, const SshPolicy *);

struct Module
{
    CreateSession create = nullptr;
    QString error;
};

bool runsFromTheBuildTree()
{
    const QString buildTree = QFileInfo(QStringLiteral(IHA_BUILD_TREE)).canonicalFilePath();
    const QString program = QFileInfo(QCoreApplication::applicationDirPath()).canonicalFilePath();
    return !buildTree.isEmpty() &&
           (program == buildTree || program.startsWith(buildTree + QLatin1Char('/')));
}

// Loaded once, by whichever host thread connects first (a function-local static is
// initialised exactly once, even from several threads).
const Module &sshModule()
{
    static const Module module = [] {
        Module m;
        // Installed: <prefix>/<libdir>/inmanta-ha-admin next to <prefix>/bin. Where CMake built
        // it only for a program that runs from the build tree itself: an installed program
        // never loads code from a folder named at build time, which may be anyone's now.
        QStringList candidates = {
            QCoreApplication::applicationDirPath() +
            QStringLiteral("/../" IHA_INSTALL_LIBDIR "/inmanta-ha-admin/libiha_ssh.so")};
        if (runsFromTheBuildTree())
            candidates << QStringLiteral(IHA_SSH_MODULE_BUILD_PATH);
        QStringList problems;
        for (const QString &path : candidates) {
            if (!QFileInfo::exists(path)) {
                problems << QStringLiteral("%1: not found").arg(path);
                continue;
            }
            QLibrary library(path);
            if (!library.load()) {
                problems << library.errorString();
                continue;
            }
            m.create = reinterpret_cast<CreateSession>(library.resolve("iha_create_ssh_session"));
            if (m.create)
                return m;
            problems << library.errorString();
        }
        m.error = QStringLiteral("the SSH module (libiha_ssh.so) cannot be loaded: %1")
                      .arg(problems.join(QLatin1String("; ")));
        return m;
    }();
    return module;
}

} // namespace

std::unique_ptr<SshSession> createSshSession(const SshTarget &target, const SshPolicy &policy,
                                             QString *error)
{
    const Module &module = sshModule();
    if (!module.create) {
        *error = module.error;
        return nullptr;
    }
    return std::unique_ptr<SshSession>(module.create(&target, &policy));
}

} // namespace iha
