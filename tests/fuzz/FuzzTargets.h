#pragma once

#include <QByteArray>
#include <QStringList>

// Entry points for fuzzing the readers of text the product does not control: cluster files,
// known_hosts and ssh_config, the configuration files it edits on hosts, and what it reads
// back from the audit log and from hosts being imported. Each takes any bytes; a crash, a
// sanitizer report or a broken invariant (abort) is a finding. The same functions replay the
// kept corpus in the unit tests (test_fuzz_corpus).
namespace iha::fuzz {

void clusterReader(const QByteArray &data);
void knownHosts(const QByteArray &data);
void configEditors(const QByteArray &data);
void auditImport(const QByteArray &data);

// The targets by name, as the corpus folders and fuzzer executables are named.
QStringList targetNames();
void runTarget(const QString &name, const QByteArray &data);

} // namespace iha::fuzz
