#pragma once

#include <QList>
#include <QString>
#include <optional>

// The Inmanta server's configuration as inmanta.config reads it: /etc/inmanta/inmanta.cfg,
// then /etc/inmanta/inmanta.d/*.cfg in sorted order, then the server user's ~/.inmanta.cfg;
// INMANTA_<SECTION>_<OPTION> environment variables (the unit's
// EnvironmentFile=/etc/sysconfig/inmanta-server) override every file. `_` and `-` are the same
// in option names. Only the [database] connection settings (never the password) and [server]
// bind-address and bind-port are read: where the server connects, and where it listens.
namespace iha::InmantaConfig {

struct Setting
{
    QString option; // [database] "host", "port", "name", "username"; "server.bind_address", ...
    QString value;
    QString source; // "PATH:LINE", or "VARIABLE in PATH:LINE"
};

struct Effective
{
    QList<Setting> settings;   // what wins, one per option
    QList<Setting> overridden; // set earlier and beaten by a later file or a variable
    bool foundAny = false;     // any configuration file at all
    QStringList files;         // the files read, in order (the environment file last)

    std::optional<Setting> winner(const QString &option) const;
};

// Shell text (run as root) that prints, for each file in the server's reading order, its
// section headers and [database] connection lines with their line numbers, then those
// variables of the environment file. Passwords never leave the host.
QString readScript();
Effective parse(const QString &output);

// Empty when setting `option` in `path` (which may not exist yet) decides; else which later
// file or variable wins, in plain words, so that an edit there is known not to take effect
// before anything changes.
QString overriddenBy(const Effective &effective, const QString &option, const QString &path);

} // namespace iha::InmantaConfig
