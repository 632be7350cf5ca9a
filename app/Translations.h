#pragma once

class QCoreApplication;

namespace iha {

// Installs the application's and Qt's own translations for the system locale.
void installTranslations(QCoreApplication &app);

} // namespace iha
