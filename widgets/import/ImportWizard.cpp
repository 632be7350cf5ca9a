#include "widgets/import/ImportWizard.h"

#include "widgets/import/ImportHostsPage.h"
#include "widgets/import/ImportReadPage.h"
#include "widgets/import/ImportReviewPage.h"

namespace iha {

ImportWizard::ImportWizard(ImportService *service, QWidget *parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import a Running Cluster"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, false);
    setPage(HostsPageId, new ImportHostsPage(&m_draft, this));
    setPage(ReadPageId, new ImportReadPage(&m_draft, service, this));
    auto *review = new ImportReviewPage(&m_draft, this);
    setPage(ReviewPageId, review);
    resize(900, 600);
    connect(this, &QWizard::accepted, this, [this, review] {
        if (!m_draft.path.isEmpty())
            emit imported(m_draft.path, review->cluster(),
                          m_draft.keepSudoPassword ? m_draft.order.sudoPassword : QString());
    });
}

} // namespace iha
