#pragma once

#include "models/ClusterStatus.h"

#include <QColor>
#include <QPalette>

namespace iha {

// The colour that says how bad a verdict is: green, amber, red, or the palette's grey.
QColor verdictColor(ClusterVerdict::Kind kind, const QPalette &palette);
// The banner's palette: a tint of that colour over the window's own background, so that text
// in the palette's own colour stays readable in light and dark themes alike.
QPalette verdictBannerPalette(ClusterVerdict::Kind kind, const QPalette &palette);

} // namespace iha
