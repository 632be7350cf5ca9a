// The baseline of the start-up benchmark: the smallest Qt Widgets program with a main window,
// built with the same compiler and flags as the application, reporting the same way.
#include "app/StartupReport.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("Hello")));
    window.resize(1100, 680);
    window.show();
    iha::StartupReport::install(&window);
    return QApplication::exec();
}
