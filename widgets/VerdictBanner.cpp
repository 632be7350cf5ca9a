#include "widgets/VerdictBanner.h"

#include "models/Procedure.h"
#include "widgets/VerdictColors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace iha {

VerdictBanner::VerdictBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel)
    , m_action(new QPushButton)
{
    setObjectName(QStringLiteral("verdictBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setObjectName(QStringLiteral("verdictText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action->setObjectName(QStringLiteral("verdictAction"));
    m_action->setVisible(false);
    m_action->setEnabled(false);
    connect(m_action, &QPushButton::clicked, this, [this] { emit actionRequested(m_procedure); });
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
}

void VerdictBanner::setActionEnabled(bool enabled)
{
    m_action->setEnabled(enabled);
}

void VerdictBanner::showVerdict(const ClusterVerdict &verdict, bool checked)
{
    const QPalette base = parentWidget() ? parentWidget()->palette() : QPalette();
    if (!checked) {
        m_text->setText(tr("Reading the state of the cluster..."));
        m_action->setVisible(false);
        setStyleSheet({});
        return;
    }
    QString text = QStringLiteral("<b>%1</b>").arg(verdict.summary.toHtmlEscaped());
    if (!verdict.action.isEmpty())
        text += QStringLiteral("<br>") + verdict.action.toHtmlEscaped();
    m_text->setText(text);
    // In the style sheet, not the palette: a widget with a style sheet keeps the palette it
    // had when the sheet was first set, and the banner would stay the colour of its first verdict.
    setStyleSheet(QStringLiteral("#verdictBanner { background: %1; border-left: 6px solid %2; }")
                      .arg(verdictBannerPalette(verdict.kind, base).color(QPalette::Window).name(),
                           verdictColor(verdict.kind, base).name()));
    m_procedure = verdict.procedure;
    const auto info = procedureByCliName(verdict.procedure);
    m_action->setVisible(info.has_value());
    m_action->setText(info ? tr("%1...").arg(info->title) : QString());
    m_action->setToolTip(info ? tr("Opens the wizard: checks first, a preview of every step, "
                                   "nothing runs before you confirm.")
                              : QString());
}

void VerdictBanner::showRunGoingOn(const QString &procedureTitle)
{
    m_text->setText(
        tr("<b>%1 is running on this cluster.</b><br>Monitoring is paused until it ends: the "
           "run reads the hosts itself, and a restart it makes is not an outage. The diagram "
           "shows the cluster as it was before the run; a failure of the run's hosts stops the "
           "run and is said there.")
            .arg(procedureTitle.toHtmlEscaped()));
    const QPalette base = parentWidget() ? parentWidget()->palette() : QPalette();
    setStyleSheet(QStringLiteral("#verdictBanner { background: %1; border-left: 6px solid %2; }")
                      .arg(base.color(QPalette::AlternateBase).name(),
                           base.color(QPalette::Highlight).name()));
    m_procedure.clear();
    m_action->setVisible(false);
}

} // namespace iha
