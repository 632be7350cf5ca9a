#pragma once

#include "models/ClusterStatus.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace iha {

// The shown cluster's verdict in plain words, in its colour, with the one procedure that fixes
// it as a button that opens its wizard.
class VerdictBanner : public QFrame
{
    Q_OBJECT

public:
    explicit VerdictBanner(QWidget *parent = nullptr);

    // `checked`: a verdict arrived (until then the banner says it is reading the cluster).
    void showVerdict(const ClusterVerdict &verdict, bool checked);
    // A procedure runs on the cluster, and the monitor is paused until it ends.
    void showRunGoingOn(const QString &procedureTitle);
    // Without a way to run procedures the button stays disabled.
    void setActionEnabled(bool enabled);

signals:
    void actionRequested(const QString &procedure);

private:
    QLabel *m_text;
    QPushButton *m_action;
    QString m_procedure;
};

} // namespace iha
