#include "widgets/wizards/IntroPage.h"

#include "widgets/wizards/ProcedureGuide.h"
#include "widgets/wizards/RunDraft.h"

#include <QLabel>
#include <QVBoxLayout>

namespace iha {

IntroPage::IntroPage(RunDraft *draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_text(new QLabel)
{
    setObjectName(QStringLiteral("introPage"));
    m_text->setObjectName(QStringLiteral("introText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addStretch();
}

void IntroPage::initializePage()
{
    setTitle(m_draft->procedure.title);
    setSubTitle(tr("Cluster %1. Runbook section: \"%2\".")
                    .arg(m_draft->cluster.name, m_draft->procedure.runbookSection));
    QString text = QStringLiteral("<p>%1</p>")
                       .arg(ProcedureGuide::intro(m_draft->procedure.id).toHtmlEscaped());
    text += QStringLiteral("<p>%1</p>")
                .arg(tr("Nothing changes until you confirm on the preview page: first the "
                        "pre-flight checks, read-only, then every step with its exact "
                        "command.")
                         .toHtmlEscaped());
    if (!m_draft->resumeRunId.isEmpty())
        text += QStringLiteral("<p><b>%1</b></p>")
                    .arg(tr("This goes on with run %1, which did not finish. Every step is "
                            "checked again: what is done already is skipped.")
                             .arg(m_draft->resumeRunId)
                             .toHtmlEscaped());
    m_text->setText(text);
}

} // namespace iha
