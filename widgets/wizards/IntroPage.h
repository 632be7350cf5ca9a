#pragma once

#include <QWizardPage>

class QLabel;

namespace iha {

struct RunDraft;

// What will happen and why, naming the runbook's section; for a resumed run, which one.
class IntroPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit IntroPage(RunDraft *draft, QWidget *parent = nullptr);
    void initializePage() override;

private:
    RunDraft *m_draft;
    QLabel *m_text;
};

} // namespace iha
