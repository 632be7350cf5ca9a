#include "widgets/VerdictColors.h"

namespace iha {

QColor verdictColor(ClusterVerdict::Kind kind, const QPalette &palette)
{
    switch (kind) {
    case ClusterVerdict::Kind::Healthy:
        return QColor(0x2e, 0xa0, 0x43);
    case ClusterVerdict::Kind::Degraded:
    case ClusterVerdict::Kind::OrchestratorDown:
    case ClusterVerdict::Kind::OrchestratorMisdirected:
    case ClusterVerdict::Kind::NotConfigured:
        return QColor(0xd2, 0x8c, 0x1e);
    case ClusterVerdict::Kind::PrimaryDown:
    case ClusterVerdict::Kind::SplitBrain:
        return QColor(0xd0, 0x3a, 0x3a);
    case ClusterVerdict::Kind::Unknown:
        break;
    }
    return palette.color(QPalette::Mid);
}

QPalette verdictBannerPalette(ClusterVerdict::Kind kind, const QPalette &palette)
{
    const QColor colour = verdictColor(kind, palette);
    const QColor window = palette.color(QPalette::Window);
    QPalette banner = palette;
    banner.setColor(QPalette::Window,
                    QColor::fromRgbF(window.redF() * 0.75 + colour.redF() * 0.25,
                                     window.greenF() * 0.75 + colour.greenF() * 0.25,
                                     window.blueF() * 0.75 + colour.blueF() * 0.25));
    return banner;
}

} // namespace iha
