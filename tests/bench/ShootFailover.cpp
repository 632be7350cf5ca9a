// Not a test: takes the README's screenshots of a failover from the real application against
// the lab. The pair is set up with the CLI, imported with the import wizard, db1 is crashed, and
// once the verdict says the primary is down the main window and every page of the failover wizard
// are saved as PNGs, clicked through as an operator would. Run it under a display with the theme to
// show:
//   xvfb-run -s '-screen 0 1400x900x24' env QT_QPA_PLATFORMTHEME=gtk3 [GTK_THEME=Adwaita:dark]
//     tests/keyring/with-keyring build/tests/bench/iha-shoot-failover OUT_DIR SUFFIX
#include "app/GuiController.h"
#include "common/LabEnvironment.h"
#include "common/TestKeychain.h"
#include "widgets/MainWindow.h"
#include "widgets/import/ImportWizard.h"
#include "widgets/wizards/ProcedureWizard.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace iha;

namespace {

bool cli(const QTemporaryDir &dir, const QStringList &args)
{
    QProcess process;
    process.start(
        QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/inmanta-ha-cli"),
        QStringList{QStringLiteral("--cluster"), dir.filePath(QStringLiteral("c.json")),
                    QStringLiteral("--audit-db"), dir.filePath(QStringLiteral("a.db")),
                    QStringLiteral("--known-hosts"), dir.filePath(QStringLiteral("known_hosts"))} +
            args);
    process.waitForFinished(600000);
    if (process.exitCode() != 0)
        std::fprintf(stderr, "%s\n", process.readAllStandardError().constData());
    return process.exitCode() == 0;
}

bool waitFor(const std::function<bool()> &condition, int ms = 60000)
{
    return QTest::qWaitFor(condition, ms);
}

// The import wizard on the running pair: the hosts typed, read, and what was found.
bool shootImport(MainWindow &window, const LabEnvironment &lab,
                 const std::function<void(QWidget *, const char *)> &save)
{
    window.findChild<QAction *>(QStringLiteral("importClusterAction"))->trigger();
    ImportWizard *wizard = nullptr;
    if (!waitFor([&] { return (wizard = window.findChild<ImportWizard *>()) != nullptr; }))
        return false;
    const auto set = [wizard](const char *field, const QString &text) {
        wizard->currentPage()->findChild<QLineEdit *>(QLatin1String(field))->setText(text);
    };
    const auto ip = [&lab](const char *host) {
        return lab.ip(QLatin1String(host));
    };
    set("importName", QStringLiteral("lab"));
    set("importDatabaseHosts", QStringLiteral("%1, %2, %3").arg(ip("db1"), ip("db2"), ip("db3")));
    set("importOrchestratorHosts", QStringLiteral("%1, %2").arg(ip("orch1"), ip("orch2")));
    set("importSshUser", QStringLiteral("root"));
    set("importIdentityFile", lab.value(QStringLiteral("LAB_SSH_KEY")));
    save(wizard, "import-1-hosts");
    wizard->next();
    if (!waitFor([wizard] { return wizard->button(QWizard::NextButton)->isEnabled(); }))
        return false;
    save(wizard, "import-2-read");
    wizard->next();
    set("importFilePath", QStringLiteral("/home/operator/clusters/lab.json"));
    save(wizard, "import-3-review");
    wizard->reject();
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: iha-shoot-failover OUT_DIR SUFFIX (e.g. '' or -dark)\n");
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    const QString suffix = QString::fromLocal8Bit(argv[2]);
    QStandardPaths::setTestModeEnabled(true);
    qunsetenv("SSH_AUTH_SOCK");
    if (LabEnvironment::run({QStringLiteral("reset")}) != 0)
        return 1;
    const LabEnvironment lab = LabEnvironment::load();
    QTemporaryDir dir;
    QFile::copy(lab.value(QStringLiteral("LAB_CLUSTER_FILE")),
                dir.filePath(QStringLiteral("c.json")));
    storeSecret(dir.filePath(QStringLiteral("c.json")), QStringLiteral("replication-password"),
                QStringLiteral("shot-Repl-1"), 15000);
    storeSecret(dir.filePath(QStringLiteral("c.json")), QStringLiteral("database-password"),
                lab.value(QStringLiteral("LAB_INMANTA_DB_PASSWORD")), 15000);
    if (!cli(dir, {QStringLiteral("check"), QStringLiteral("--accept-new-host-keys")}) ||
        !cli(dir, {QStringLiteral("run"), QStringLiteral("configure-primary")}) ||
        !cli(dir,
             {QStringLiteral("run"), QStringLiteral("configure-standby"), QStringLiteral("--yes")}))
        return 1;

    MainWindow window;
    GuiController::Options options;
    options.intervalMs = 1000;
    options.auditPath = dir.filePath(QStringLiteral("a.db"));
    options.knownHostsFile = dir.filePath(QStringLiteral("known_hosts"));
    GuiController controller(&window, options);
    window.resize(1280, 800);
    window.show();
    window.openClusterFile(dir.filePath(QStringLiteral("c.json")));
    auto *banner = window.findChild<QLabel *>(QStringLiteral("verdictText"));
    const auto save = [&](QWidget *widget, const char *name) {
        QTest::qWait(300); // the last repaint
        const QString path = QStringLiteral("%1/%2%3.png").arg(out, QLatin1String(name), suffix);
        widget->grab().save(path);
        std::printf("%s\n", qPrintable(path));
    };
    if (!waitFor([&] { return banner->text().contains(QStringLiteral("Healthy")); }))
        return 1;
    save(&window, "healthy");
    if (!shootImport(window, lab, save))
        return 1;
    LabEnvironment::run({QStringLiteral("crash"), QStringLiteral("db1")});
    if (!waitFor(
            [&] { return banner->text().contains(QStringLiteral("writes are not possible")); }))
        return 1;
    save(&window, "primary-down");

    window.findChild<QPushButton *>(QStringLiteral("verdictAction"))->click();
    ProcedureWizard *wizard = nullptr;
    if (!waitFor([&] { return (wizard = window.findChild<ProcedureWizard *>()) != nullptr; }))
        return 1;
    wizard->resize(900, 720);
    const auto next = [&](QWizard::WizardButton which = QWizard::NextButton) {
        QAbstractButton *button = wizard->button(which);
        waitFor([button] { return button->isEnabled(); }, 120000);
        button->click();
    };
    save(wizard, "failover-1-intro");
    next();
    save(wizard, "failover-2-parameters");
    next();
    waitFor([&] { return wizard->button(QWizard::NextButton)->isEnabled(); }, 120000);
    save(wizard, "failover-3-preflight");
    next();
    wizard->findChild<QCheckBox *>(QStringLiteral("attest-db1"))->setChecked(true);
    wizard->findChild<QLineEdit *>(QStringLiteral("confirmNode"))->setText(QStringLiteral("db2"));
    save(wizard, "failover-4-preview");
    next(QWizard::CommitButton);
    waitFor([&] { return wizard->draft().outcome.has_value(); }, 300000);
    save(wizard, "failover-5-run");
    next();
    save(wizard, "failover-6-summary");
    next(QWizard::FinishButton);
    waitFor([&] { return banner->text().contains(QStringLiteral("db2")); });
    QTest::qWait(3000);
    save(&window, "after-failover");
    LabEnvironment::run({QStringLiteral("reset")});
    return 0;
}
