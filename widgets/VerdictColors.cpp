#include "widgets/VerdictColors.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

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

QIcon verdictDot(const QColor &colour, qreal devicePixelRatio)
{
    // A few colours, drawn once each: the cluster list asks for one at every round of every
    // cluster it shows.
    static QHash<QPair<QRgb, qreal>, QIcon> drawn;
    const QPair<QRgb, qreal> key{colour.rgba(), devicePixelRatio};
    if (const auto it = drawn.constFind(key); it != drawn.cend())
        return *it;
    // Drawn at the screen's pixel ratio: sharp on high-DPI screens too.
    QPixmap pixmap(QSize(32, 32) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(5, 5, 22, 22));
    painter.end();
    return *drawn.insert(key, QIcon(pixmap));
}

int verdictSeverity(ClusterVerdict::Kind kind)
{
    switch (kind) {
    case ClusterVerdict::Kind::Healthy:
        return 0;
    case ClusterVerdict::Kind::NotConfigured:
        return 1;
    case ClusterVerdict::Kind::Unknown:
        return 2;
    case ClusterVerdict::Kind::Degraded:
        return 3;
    case ClusterVerdict::Kind::OrchestratorDown:
        return 4;
    case ClusterVerdict::Kind::OrchestratorMisdirected:
        return 5;
    case ClusterVerdict::Kind::PrimaryDown:
        return 6;
    case ClusterVerdict::Kind::SplitBrain:
        return 7;
    }
    return 2;
}

} // namespace iha
