#include "app/SshConnection.h"

#include <libssh/libssh.h>

// SshConnection's persistent shells (see PersistentShell): one per slot, started on first use.
namespace iha {

std::optional<CommandResult> SshConnection::execInShell(const ShellStart &start,
                                                        const QString &command, const QString &name,
                                                        const QByteArray &input, int timeoutMs,
                                                        const std::atomic_bool &cancelled,
                                                        const ChunkHandler &onChunk)
{
    const auto slot = static_cast<size_t>(start.slot);
    // A shell's text cannot carry NUL bytes: such a command gets a channel of its own.
    if (!m_session || slot >= m_shells.size() || m_noShellHere[slot] || command.contains(QChar()) ||
        input.contains('\0'))
        return std::nullopt;
    std::unique_ptr<SshShellChannel> &shell = m_shells[slot];
    CommandResult startCost;
    // None yet, or it ended while idle (the command is not sent yet): a new one.
    for (bool mayRetry = true; !shell || !shell->alive();) {
        shell = std::make_unique<SshShellChannel>(m_session, m_target, m_policy.keepaliveSeconds);
        CommandResult notStarted;
        const auto started =
            shell->start(start, name, m_policy.sudoCheckTimeoutMs, cancelled, &notStarted);
        if (started == SshShellChannel::Started::Ready) {
            startCost.roundTrips += 3;
            startCost.shellStarts += 1;
            break;
        }
        shell.reset();
        if (started == SshShellChannel::Started::Failed)
            return notStarted;
        // The server allows fewer sessions than the two shells: the other one gives way once.
        std::unique_ptr<SshShellChannel> &other = m_shells[1 - slot];
        if (started == SshShellChannel::Started::ChannelRefused && other && mayRetry) {
            other.reset();
            mayRetry = false;
            continue;
        }
        m_noShellHere[slot] = true;
        return std::nullopt;
    }
    CommandResult result = shell->run(command, name, input, timeoutMs, cancelled, onChunk);
    if (shell->unsupported()) { // the command did not run: a channel of its own runs it
        m_noShellHere[slot] = true;
        shell.reset();
        return std::nullopt;
    }
    result.roundTrips += startCost.roundTrips;
    result.shellStarts += startCost.shellStarts;
    return result;
}

} // namespace iha
