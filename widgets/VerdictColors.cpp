#include "widgets/VerdictColors.h"

namespace iha {

QColor healthColor(Health health)
{
    switch (health) {
    case Health::Good:
        return QColor(0x2e, 0xa0, 0x43);
    case Health::Warning:
        return QColor(0xd2, 0x8c, 0x1e);
    case Health::Bad:
        return QColor(0xd0, 0x3a, 0x3a);
    case Health::Unknown:
        break;
    }
    return QColor(0x8c, 0x95, 0x9f);
}

QColor blend(const QColor &under, const QColor &over, qreal share)
{
    return QColor::fromRgbF(under.redF() * (1 - share) + over.redF() * share,
                            under.greenF() * (1 - share) + over.greenF() * share,
                            under.blueF() * (1 - share) + over.blueF() * share);
}

QColor verdictColor(ClusterVerdict::Kind kind, const QPalette &palette)
{
    switch (kind) {
    case ClusterVerdict::Kind::Healthy:
        return healthColor(Health::Good);
    case ClusterVerdict::Kind::Degraded:
    case ClusterVerdict::Kind::OrchestratorDown:
    case ClusterVerdict::Kind::OrchestratorMisdirected:
    case ClusterVerdict::Kind::NotConfigured:
        return healthColor(Health::Warning);
    case ClusterVerdict::Kind::PrimaryDown:
    case ClusterVerdict::Kind::SplitBrain:
        return healthColor(Health::Bad);
    case ClusterVerdict::Kind::Unknown:
        break;
    }
    return palette.color(QPalette::Mid);
}

QPalette verdictBannerPalette(ClusterVerdict::Kind kind, const QPalette &palette)
{
    QPalette banner = palette;
    banner.setColor(QPalette::Window,
                    blend(palette.color(QPalette::Window), verdictColor(kind, palette), 0.25));
    return banner;
}

} // namespace iha
