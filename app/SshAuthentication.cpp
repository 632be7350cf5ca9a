// SshConnection's login (authenticate()), apart from its connection and commands: the order
// of methods and what each tried is said in one place.
#include "app/SshConnection.h"
#include "models/KeyboardInteractive.h"
#include "models/WipedBytes.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcessEnvironment>
#include <libssh/libssh.h>

namespace iha {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(SshConnection)
};

// A server's question as messages show it: no control characters (a terminal would obey
// them), and not more than a line.
QString shownPrompt(const QString &prompt)
{
    QString shown;
    for (const QChar c : prompt.trimmed())
        shown += c.isPrint() ? c : QChar(u'?');
    return shown.size() > 80 ? shown.left(79) + QChar(u'\u2026') : shown;
}

} // namespace

ConnectReport SshConnection::authenticate()
{
    ConnectReport report;
    QStringList tried;
    int rc = ssh_userauth_none(m_session, nullptr);
    if (rc == SSH_AUTH_SUCCESS) {
        report.authMethod = QStringLiteral("none");
        return report;
    }
    const int methods = ssh_userauth_list(m_session, nullptr);

    if (methods & SSH_AUTH_METHOD_PUBLICKEY) {
        const auto agent = [&] {
            if (!QProcessEnvironment::systemEnvironment().contains(QStringLiteral("SSH_AUTH_SOCK")))
                return false;
            if (ssh_userauth_agent(m_session, nullptr) == SSH_AUTH_SUCCESS) {
                report.authMethod = QStringLiteral("ssh-agent");
                return true;
            }
            tried << Tr::tr("ssh-agent: no key accepted");
            return false;
        };
        // IdentitiesOnly (~/.ssh/config): the key file before the agent's keys, so that they do
        // not use up the server's MaxAuthTries (the agent may still hold that very key).
        const bool agentLast = m_target.identitiesOnly && !m_target.identityFile.isEmpty();
        if (!agentLast && agent())
            return report;
        if (!m_target.identityFile.isEmpty()) {
            ssh_key key = nullptr;
            const QByteArray path = QFile::encodeName(m_target.identityFile);
            const WipedBytes passphrase(m_target.keyPassphrase);
            rc = ssh_pki_import_privkey_file(path.constData(), passphrase.orNull(), nullptr,
                                             nullptr, &key);
            if (rc == SSH_EOF) {
                tried << Tr::tr("key %1: cannot be read").arg(m_target.identityFile);
            } else if (rc != SSH_OK) {
                tried << (m_target.keyPassphrase.isEmpty()
                              ? Tr::tr(
                                    "key %1: needs its passphrase (store it as key-passphrase:%2)")
                                    .arg(m_target.identityFile, m_target.nodeName)
                              : Tr::tr("key %1: wrong passphrase").arg(m_target.identityFile));
            } else {
                rc = ssh_userauth_publickey(m_session, nullptr, key);
                ssh_key_free(key);
                if (rc == SSH_AUTH_SUCCESS) {
                    report.authMethod = QStringLiteral("publickey");
                    return report;
                }
                tried << Tr::tr("key %1: refused by the server").arg(m_target.identityFile);
            }
            if (agentLast && agent())
                return report;
        } else {
            const WipedBytes passphrase(m_target.keyPassphrase);
            rc = ssh_userauth_publickey_auto(m_session, nullptr, passphrase.orNull());
            if (rc == SSH_AUTH_SUCCESS) {
                report.authMethod = QStringLiteral("publickey");
                return report;
            }
            tried << Tr::tr("default keys (~/.ssh/id_*): none accepted");
        }
    }
    if (!m_target.password.isEmpty()) {
        const WipedBytes password(m_target.password);
        if (methods & SSH_AUTH_METHOD_PASSWORD) {
            rc = ssh_userauth_password(m_session, nullptr, password.constData());
            if (rc == SSH_AUTH_SUCCESS) {
                report.authMethod = QStringLiteral("password");
                return report;
            }
            tried << Tr::tr("password: wrong password");
        }
        if (methods & SSH_AUTH_METHOD_INTERACTIVE) {
            // The password goes to one password prompt only; any other question ends the
            // login (see KeyboardInteractive.h), as does a server that keeps asking.
            bool passwordSent = false;
            QString refusal;
            rc = ssh_userauth_kbdint(m_session, nullptr, nullptr);
            for (int round = 1; rc == SSH_AUTH_INFO && refusal.isEmpty(); ++round) {
                if (round > KeyboardInteractive::kMaxRounds) {
                    refusal = Tr::tr("keyboard-interactive: the server asked more than %1 rounds "
                                     "of questions")
                                  .arg(KeyboardInteractive::kMaxRounds);
                    break;
                }
                const int prompts = ssh_userauth_kbdint_getnprompts(m_session);
                for (int i = 0; i < prompts && refusal.isEmpty(); ++i) {
                    char echo = 0;
                    const QString prompt = QString::fromUtf8(ssh_userauth_kbdint_getprompt(
                        m_session, static_cast<unsigned int>(i), &echo));
                    if (!KeyboardInteractive::isPasswordPrompt(prompt, echo != 0))
                        refusal = Tr::tr("keyboard-interactive: the server asked \"%1\", which "
                                         "is not the password; it was not answered")
                                      .arg(shownPrompt(prompt));
                    else if (passwordSent)
                        refusal = Tr::tr("keyboard-interactive: wrong password");
                    else
                        passwordSent =
                            ssh_userauth_kbdint_setanswer(m_session, static_cast<unsigned int>(i),
                                                          password.constData()) == 0;
                }
                if (refusal.isEmpty())
                    rc = ssh_userauth_kbdint(m_session, nullptr, nullptr);
            }
            if (refusal.isEmpty() && rc == SSH_AUTH_SUCCESS) {
                report.authMethod = QStringLiteral("keyboard-interactive");
                return report;
            }
            tried << (refusal.isEmpty() ? Tr::tr("keyboard-interactive: wrong password") : refusal);
        }
    } else if (methods & (SSH_AUTH_METHOD_PASSWORD | SSH_AUTH_METHOD_INTERACTIVE)) {
        tried << Tr::tr("password: none stored (secret ssh-password:%1)").arg(m_target.nodeName);
    }
    report.failure = ConnectReport::Failure::Authentication;
    report.message = m_target.describe(Tr::tr("authentication as %1 failed: %2")
                                           .arg(m_target.user, tried.join(QLatin1String("; "))));
    return report;
}

} // namespace iha
