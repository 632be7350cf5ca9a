#include "widgets/ByteSize.h"

#include <QCoreApplication>
#include <QLocale>

namespace iha::ByteSize {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ByteSize)
};

} // namespace

QString format(qint64 bytes)
{
    if (bytes < 0)
        return Tr::tr("unknown");
    if (bytes < 1024)
        return Tr::tr("%1 B").arg(bytes);
    static const char *const units[] = {"KiB", "MiB", "GiB", "TiB", "PiB"};
    double value = static_cast<double>(bytes) / 1024;
    int unit = 0;
    for (; value >= 1024 && unit < 4; ++unit)
        value /= 1024;
    return QStringLiteral("%1 %2").arg(QLocale().toString(value, 'f', value < 10 ? 1 : 0),
                                       QLatin1String(units[unit]));
}

} // namespace iha::ByteSize
