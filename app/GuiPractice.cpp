#include "app/GuiPractice.h"

#include "app/PracticeCluster.h"
#include "widgets/MainWindow.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace iha {

GuiPractice::GuiPractice(MainWindow *window, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_secrets(secrets)
{}

GuiPractice::~GuiPractice() = default;

void GuiPractice::start()
{
    if (m_practice) // coming up already
        return;
    if (QFileInfo::exists(PracticeCluster::clusterFile())) {
        m_window->openClusterFile(PracticeCluster::clusterFile());
        return;
    }
    m_practice = std::make_unique<PracticeCluster>(m_secrets, PracticeCluster::elevationFor(true));
    // Asked only where the practice cluster cannot run without root.
    connect(m_practice.get(), &PracticeCluster::rootNeeded, this, &GuiPractice::askForRoot);
    bringUp();
}

void GuiPractice::askForRoot(const QString &notice)
{
    auto *question = new QMessageBox(QMessageBox::Information, tr("Practice Cluster"),
                                     tr("Start a practice cluster on this machine?"),
                                     QMessageBox::NoButton, m_window);
    question->setObjectName(QStringLiteral("practiceQuestion"));
    question->setAttribute(Qt::WA_DeleteOnClose);
    question->setWindowModality(Qt::WindowModal);
    question->setInformativeText(notice);
    QPushButton *go = question->addButton(tr("Start It"), QMessageBox::AcceptRole);
    question->addButton(QMessageBox::Cancel);
    question->setDefaultButton(go);
    // finished, not buttonClicked: closing the question by its title bar is a "no" too.
    connect(question, &QDialog::finished, this, [this, question, go] {
        if (!m_practice)
            return;
        if (question->clickedButton() == go)
            return m_practice->continueAsRoot();
        m_window->statusBar()->clearMessage();
        m_practice.reset();
    });
    question->open();
}

void GuiPractice::bringUp()
{
    connect(m_practice.get(), &PracticeCluster::progress, this, [this](const QString &message) {
        m_window->statusBar()->showMessage(message + QStringLiteral("..."));
    });
    connect(m_practice.get(), &PracticeCluster::finished, this,
            [this](bool ok, const QString &message) {
                m_practice.release()->deleteLater();
                if (!ok) {
                    m_window->statusBar()->clearMessage();
                    auto *box = new QMessageBox(QMessageBox::Warning, tr("Practice Cluster"),
                                                tr("The practice cluster could not be started."),
                                                QMessageBox::Ok, m_window);
                    box->setObjectName(QStringLiteral("practiceFailed"));
                    box->setAttribute(Qt::WA_DeleteOnClose);
                    box->setInformativeText(message);
                    return box->open();
                }
                m_window->openClusterFile(PracticeCluster::clusterFile());
                if (!message.isEmpty())
                    m_window->statusBar()->showMessage(message);
            });
    m_practice->up();
}

} // namespace iha
