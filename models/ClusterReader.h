#pragma once

#include "models/Cluster.h"
#include "models/Diagnostic.h"

#include <QByteArray>
#include <optional>

namespace iha {

struct ClusterReadResult
{
    std::optional<Cluster> cluster; // set unless the input's shape made it impossible to read
    Diagnostics diagnostics;        // shape errors, semantic errors and warnings, in file order

    bool ok() const { return cluster.has_value() && !hasErrors(diagnostics); }
};

// Turns the JSON of a cluster file into a Cluster, reporting every problem at once with the
// field it concerns. Unknown keys are warnings and are kept, so a save round-trips them.
// The semantic checks of ClusterValidator run on the result as well.
ClusterReadResult readCluster(const QByteArray &json);

} // namespace iha
