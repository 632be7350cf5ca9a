#pragma once

#include <QString>
#include <QStringList>

namespace iha {

// Edits of the configuration files the runbook touches, as pure text-to-text functions: the
// result keeps everything it does not need to change (comments, layout, order) and an edit
// that is already in place returns the text unchanged, byte for byte.
namespace PostgresqlConf {

// The value as it must be written: bare when PostgreSQL reads it bare, else single-quoted.
QString quoteValue(const QString &value);
// The effective value of a parameter (the last active line wins), unquoted; empty when unset.
QString value(const QString &text, const QString &name);
// Sets a parameter. The last active line is edited in place when nothing after it (an
// include) could override it; otherwise the setting is appended at the end of the file.
QString set(const QString &text, const QString &name, const QString &value);
// Comments out every active line of a parameter.
QString commentOut(const QString &text, const QString &name);

} // namespace PostgresqlConf

namespace PgHba {

struct Rule
{
    QString type = QStringLiteral("host");
    QString database;
    QString user;
    QString address; // with its mask ("10.1.0.11/32"); empty for "local"
    QString method;

    QString line() const;
};

// Appends the rule unless a line with the same type, database, user, address and method is
// already there (whatever its spacing), so that running twice adds it once.
QString addRule(const QString &text, const Rule &rule);
bool hasRule(const QString &text, const Rule &rule);
// "10.1.0.11" -> "10.1.0.11/32", "fd00::1" -> "fd00::1/128"; empty when not an IP address.
QString hostAddress(const QString &ip);

} // namespace PgHba

namespace Conninfo {

// libpq's "key=value key='quoted value'" strings.
QList<QPair<QString, QString>> parse(const QString &conninfo);
QString format(const QList<QPair<QString, QString>> &pairs);

} // namespace Conninfo

namespace AutoConf {

// Adds or replaces application_name in primary_conninfo (the GUC string and the conninfo
// inside it each quoted by their own rules).
QString setApplicationName(const QString &text, const QString &applicationName);

} // namespace AutoConf

namespace InmantaConfig {

// Sets [database] host, keeping everything else; adds the key or the section when missing.
QString setDatabaseHost(const QString &text, const QString &host);
QString databaseHost(const QString &text);

} // namespace InmantaConfig
} // namespace iha
