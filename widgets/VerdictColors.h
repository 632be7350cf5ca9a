#pragma once

#include "models/ClusterStatus.h"

#include <QColor>
#include <QIcon>
#include <QPalette>

namespace iha {

// How a node, an arrow or a whole cluster is doing, as a colour: the diagram and the verdicts
// share one palette of green, amber, red and grey.
enum class Health
{
    Good,
    Warning,
    Bad,
    Unknown
};
QColor healthColor(Health health);
// `share` of `over` laid on `under`: tints that keep the palette's own lightness (light and
// dark themes alike).
QColor blend(const QColor &under, const QColor &over, qreal share);

// The colour that says how bad a verdict is: green, amber, red, or the palette's grey.
QColor verdictColor(ClusterVerdict::Kind kind, const QPalette &palette);
// The banner's palette: a tint of that colour over the window's own background, so that text
// in the palette's own colour stays readable in light and dark themes alike.
QPalette verdictBannerPalette(ClusterVerdict::Kind kind, const QPalette &palette);
// A dot of that colour, for the cluster list and the tray.
QIcon verdictDot(const QColor &colour, qreal devicePixelRatio);
// How much a verdict asks for attention, the worst highest: the tray shows the worst cluster.
int verdictSeverity(ClusterVerdict::Kind kind);

} // namespace iha
