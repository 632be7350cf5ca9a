#pragma once

#include "models/KnownHosts.h"

#include <QDialog>

namespace iha {

// Asks the operator about a host key, as OpenSSH would: an unknown key is shown with its
// SHA256 fingerprint and recorded only when the operator accepts it; a changed key is shown
// as a warning with the fingerprints on record and the new one, and cannot be accepted here.
class HostKeyDialog : public QDialog
{
    Q_OBJECT

public:
    struct Question
    {
        QString host; // "db1 (10.1.0.11:22)"
        HostKey key;
        KnownHosts::Verdict verdict = KnownHosts::Verdict::Unknown;
        QStringList knownFingerprints; // when Changed
        QString source;                // the known_hosts file that decided
    };

    explicit HostKeyDialog(const Question &question, QWidget *parent = nullptr);

protected:
    void showEvent(QShowEvent *event) override;

private:
    class QPushButton *m_reject = nullptr;
};

} // namespace iha
