#include "widgets/MainWindow.h"

#include "models/ClusterFile.h"
#include "models/NodeTableModel.h"
#include "widgets/ClusterDiagram.h"
#include "widgets/ClusterTemplate.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace iha {
namespace {

QString clusterFileFilter()
{
    return MainWindow::tr("Cluster files (*.json);;All files (*)");
}

enum Page
{
    EmptyStatePage,
    ClusterPage
};

QString formatDiagnostics(const Diagnostics &diagnostics, Diagnostic::Severity severity)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics) {
        if (d.severity == severity)
            lines << d.toString();
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_pages(new QStackedWidget(this))
    , m_nodeModel(new NodeTableModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Inmanta HA Admin"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/inmanta-ha-admin.svg")));
    m_pages->addWidget(createEmptyState());
    m_pages->addWidget(createClusterPage());
    setCentralWidget(m_pages);
    createActions();
    statusBar()->showMessage(tr("No cluster loaded"));
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *open =
        fileMenu->addAction(tr("&Open Cluster File..."), this, &MainWindow::chooseClusterFile);
    open->setObjectName(QStringLiteral("openClusterAction"));
    open->setShortcut(QKeySequence::Open);
    QAction *create = fileMenu->addAction(tr("&New Cluster File from Template..."), this,
                                          &MainWindow::createClusterFromTemplate);
    create->setObjectName(QStringLiteral("newClusterAction"));
    create->setShortcut(QKeySequence::New);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Inmanta HA Admin"), this, &MainWindow::showAbout);
}

QWidget *MainWindow::createEmptyState()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("emptyState"));
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(2);

    auto *title = new QLabel(tr("No cluster loaded"));
    title->setObjectName(QStringLiteral("emptyStateTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto *help = new QLabel(tr(
        "A cluster file describes your PostgreSQL primary, its standby and the Inmanta "
        "orchestrator: "
        "their addresses, SSH logins and where PostgreSQL keeps its data.<br><br>"
        "<b>Open</b> a cluster file you already have, or create a <b>new one from the template</b> "
        "(the runbook's defaults) and replace the example addresses with your hosts' addresses."));
    help->setObjectName(QStringLiteral("emptyStateHelp"));
    help->setWordWrap(true);
    help->setAlignment(Qt::AlignCenter);
    help->setTextFormat(Qt::RichText);
    // A fixed width lets the label compute its height for wrapped text; a maximum alone
    // collapses it to one short column and clips the second paragraph.
    help->setFixedWidth(560);

    auto *openButton = new QPushButton(tr("Open Cluster File..."));
    openButton->setObjectName(QStringLiteral("openClusterButton"));
    openButton->setDefault(true);
    connect(openButton, &QPushButton::clicked, this, &MainWindow::chooseClusterFile);
    auto *templateButton = new QPushButton(tr("New from Template..."));
    templateButton->setObjectName(QStringLiteral("newClusterButton"));
    connect(templateButton, &QPushButton::clicked, this, &MainWindow::createClusterFromTemplate);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(openButton);
    buttons->addWidget(templateButton);
    buttons->addStretch();

    layout->addWidget(title);
    layout->addSpacing(12);
    layout->addWidget(help, 0, Qt::AlignHCenter);
    layout->addSpacing(18);
    layout->addLayout(buttons);
    layout->addStretch(3);
    return page;
}

QWidget *MainWindow::createClusterPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("clusterPage"));
    auto *layout = new QVBoxLayout(page);

    m_clusterTitle = new QLabel;
    m_clusterTitle->setObjectName(QStringLiteral("clusterTitle"));
    QFont titleFont = m_clusterTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_clusterTitle->setFont(titleFont);

    m_warnings = new QLabel;
    m_warnings->setObjectName(QStringLiteral("clusterWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warnings->setVisible(false);

    m_nodeView = new QTableView;
    m_nodeView->setObjectName(QStringLiteral("nodeTable"));
    m_nodeView->setAccessibleName(tr("Nodes of the cluster"));
    m_nodeView->setModel(m_nodeModel);
    m_nodeView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_nodeView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_nodeView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_nodeView->setAlternatingRowColors(true);
    m_nodeView->verticalHeader()->hide();
    m_nodeView->horizontalHeader()->setStretchLastSection(true);
    m_nodeView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_nodeView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_nodeView->horizontalHeader()->setSectionResizeMode(NodeTableModel::ServiceColumn,
                                                         QHeaderView::Stretch);

    // The verdict in plain words, with the one action that fixes it.
    m_banner = new QFrame;
    m_banner->setObjectName(QStringLiteral("verdictBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    m_bannerText = new QLabel(tr("Reading the state of the cluster..."));
    m_bannerText->setObjectName(QStringLiteral("verdictText"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bannerAction = new QPushButton;
    m_bannerAction->setObjectName(QStringLiteral("verdictAction"));
    m_bannerAction->setVisible(false);
    m_bannerAction->setEnabled(false);
    m_bannerAction->setToolTip(
        tr("The procedure wizards are not in this version yet; the CLI runs configure-primary "
           "and configure-standby."));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_bannerAction);

    m_diagram = new ClusterDiagram;
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("clusterSplitter"));
    splitter->addWidget(m_diagram);
    splitter->addWidget(m_nodeView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    layout->addWidget(m_clusterTitle);
    layout->addWidget(m_banner);
    layout->addWidget(m_warnings);
    layout->addWidget(splitter, 1);
    return page;
}

void MainWindow::showStatus(const QHash<QString, NodeStatus> &status, const ClusterVerdict &verdict)
{
    m_diagram->setStatus(status);
    QString text = QStringLiteral("<b>%1</b>").arg(verdict.summary.toHtmlEscaped());
    if (!verdict.action.isEmpty())
        text += QStringLiteral("<br>") + verdict.action.toHtmlEscaped();
    m_bannerText->setText(text);
    QColor colour;
    switch (verdict.kind) {
    case ClusterVerdict::Kind::Healthy:
        colour = QColor(0x2e, 0xa0, 0x43);
        break;
    case ClusterVerdict::Kind::Degraded:
    case ClusterVerdict::Kind::OrchestratorDown:
    case ClusterVerdict::Kind::OrchestratorMisdirected:
    case ClusterVerdict::Kind::NotConfigured:
        colour = QColor(0xd2, 0x8c, 0x1e);
        break;
    case ClusterVerdict::Kind::PrimaryDown:
    case ClusterVerdict::Kind::SplitBrain:
        colour = QColor(0xd0, 0x3a, 0x3a);
        break;
    case ClusterVerdict::Kind::Unknown:
        colour = palette().color(QPalette::Mid);
        break;
    }
    // A tint of the verdict's colour over the window's own background: readable in light
    // and dark palettes alike.
    QColor tint = colour;
    tint.setAlpha(60);
    QPalette banner = palette();
    const QColor window = palette().color(QPalette::Window);
    banner.setColor(QPalette::Window,
                    QColor::fromRgbF(window.redF() * 0.75 + tint.redF() * 0.25,
                                     window.greenF() * 0.75 + tint.greenF() * 0.25,
                                     window.blueF() * 0.75 + tint.blueF() * 0.25));
    m_banner->setPalette(banner);
    m_banner->setStyleSheet(
        QStringLiteral("#verdictBanner { border-left: 6px solid %1; }").arg(colour.name()));
    m_bannerAction->setVisible(!verdict.procedure.isEmpty());
    m_bannerAction->setText(verdict.procedure.isEmpty() ? QString()
                                                        : tr("Run %1...").arg(verdict.procedure));
}

bool MainWindow::openClusterFile(const QString &path)
{
    const ClusterReadResult result = ClusterFile::load(path);
    if (!result.ok()) {
        // open(), not exec(): no nested event loop, and tests can inspect the box.
        auto *box =
            new QMessageBox(QMessageBox::Warning, tr("Cannot open cluster file"),
                            tr("%1 has problems; nothing was loaded. Fix them and open it again.")
                                .arg(QDir::toNativeSeparators(path)),
                            QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("clusterErrorBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setInformativeText(formatDiagnostics(result.diagnostics, Diagnostic::Severity::Error));
        box->open();
        return false;
    }
    showCluster(*result.cluster, path, result.diagnostics);
    return true;
}

void MainWindow::showCluster(const Cluster &cluster, const QString &path,
                             const Diagnostics &warnings)
{
    m_clusterPath = QFileInfo(path).absoluteFilePath();
    m_nodeModel->setCluster(cluster);
    m_diagram->setCluster(cluster);
    m_clusterTitle->setText(tr("Cluster %1").arg(cluster.name));
    const QString warningText = formatDiagnostics(warnings, Diagnostic::Severity::Warning);
    m_warnings->setText(tr("Warnings in the cluster file:\n%1").arg(warningText));
    m_warnings->setVisible(!warningText.isEmpty());
    m_pages->setCurrentIndex(ClusterPage);
    setWindowTitle(tr("%1 - Inmanta HA Admin").arg(cluster.name));
    statusBar()->showMessage(tr("Loaded from %1").arg(QDir::toNativeSeparators(m_clusterPath)));
    QSettings().setValue(QStringLiteral("lastClusterDir"), QFileInfo(path).absolutePath());
    emit clusterShown(cluster);
}

void MainWindow::chooseClusterFile()
{
    const QString dir =
        QSettings().value(QStringLiteral("lastClusterDir"), QDir::homePath()).toString();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Cluster File"), dir, clusterFileFilter());
    if (!path.isEmpty())
        openClusterFile(path);
}

void MainWindow::createClusterFromTemplate()
{
    const QString dir =
        QSettings().value(QStringLiteral("lastClusterDir"), QDir::homePath()).toString();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New Cluster File"), QDir(dir).filePath(QStringLiteral("cluster.json")),
        clusterFileFilter());
    if (path.isEmpty())
        return;
    const Cluster cluster = clusterTemplate(QFileInfo(path).completeBaseName());
    const QString error = ClusterFile::save(cluster, path);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot create cluster file"), error);
        return;
    }
    showCluster(cluster, path, {});
    statusBar()->showMessage(
        tr("Created %1: replace the example addresses (192.0.2.x) with your hosts'.")
            .arg(QDir::toNativeSeparators(path)));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Inmanta HA Admin"),
        tr("<b>Inmanta HA Admin</b> %1<br>Sets up and fails over the high-availability "
           "PostgreSQL pair behind an Inmanta orchestrator.")
            .arg(QStringLiteral(IHA_VERSION)));
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(960, 600);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    event->accept();
}

} // namespace iha
