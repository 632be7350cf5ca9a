#pragma once

#include "models/ImportService.h"

namespace iha {

// What the import wizard's pages share: the hosts asked for, what they told, where it goes.
struct ImportDraft
{
    ImportOrder order;
    std::optional<ClusterImport::Result> result; // set once every host answered
    QStringList failedHosts;
    QString path;                  // the cluster file to write
    bool keepSudoPassword = false; // in the keychain, for every node, once the file is written
};

} // namespace iha
