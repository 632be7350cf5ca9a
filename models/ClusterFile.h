#pragma once

#include "models/Cluster.h"
#include "models/ClusterReader.h"

#include <QByteArray>
#include <QString>

namespace iha {

// The cluster file on disk: JSON in the shape documented in README.md.
namespace ClusterFile {

// Reads and checks a file; a file that cannot be read is one diagnostic naming it.
ClusterReadResult load(const QString &path);

// The JSON text of a cluster, unknown keys included, so load + save round-trips them.
QByteArray toJson(const Cluster &cluster);

// Writes atomically (temporary file, then rename): a crash never leaves half a file. A file
// that is replaced is first copied to <path>.bak.
// Returns an empty string on success, else the reason.
QString save(const Cluster &cluster, const QString &path);

} // namespace ClusterFile
} // namespace iha
