#include "models/SaslPrep.h"

#include <QList>

namespace iha {
namespace {

bool isAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0x7f)
            return false;
    }
    return true;
}

// RFC 3454 table B.1.
bool mapsToNothing(char32_t c)
{
    return c == 0x00AD || c == 0x034F || c == 0x1806 || (c >= 0x180B && c <= 0x180D) ||
           (c >= 0x200B && c <= 0x200D) || c == 0x2060 || (c >= 0xFE00 && c <= 0xFE0F) ||
           c == 0xFEFF;
}

// RFC 3454 table C.1.2 (non-ASCII space characters).
bool isNonAsciiSpace(char32_t c)
{
    return c == 0x00A0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F ||
           c == 0x205F || c == 0x3000;
}

// RFC 3454 tables C.1.2 to C.9, and unassigned code points (A.1), as Qt's Unicode data sees them.
bool isProhibited(char32_t c)
{
    if (isNonAsciiSpace(c))
        return true;
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_PrivateUse:
    case QChar::Other_Surrogate:
    case QChar::Other_NotAssigned:
        return true;
    default:
        break;
    }
    return (c >= 0x0340 && c <= 0x0341) || c == 0x06DD || c == 0x070F || c == 0x180E ||
           (c >= 0x200C && c <= 0x200F) || (c >= 0x2028 && c <= 0x202E) ||
           (c >= 0x2060 && c <= 0x2063) || (c >= 0x206A && c <= 0x206F) ||
           (c >= 0x2FF0 && c <= 0x2FFB) || (c >= 0xFDD0 && c <= 0xFDEF) ||
           (c >= 0xFFF9 && c <= 0xFFFD) || (c & 0xFFFE) == 0xFFFE || c == 0xFEFF || c == 0xE0001 ||
           (c >= 0xE0020 && c <= 0xE007F) || (c >= 0x1D173 && c <= 0x1D17A);
}

bool isRandAL(char32_t c)
{
    const QChar::Direction d = QChar::direction(c);
    return d == QChar::DirR || d == QChar::DirAL;
}

} // namespace

QByteArray saslPrep(const QString &password)
{
    if (isAscii(password))
        return password.toUtf8();
    const QList<uint> input = password.toUcs4();
    QList<uint> mapped;
    for (const uint c : input) {
        if (mapsToNothing(c))
            continue;
        mapped << (isNonAsciiSpace(c) ? 0x20u : c);
    }
    const QString normalised =
        QString::fromUcs4(reinterpret_cast<const char32_t *>(mapped.constData()), mapped.size())
            .normalized(QString::NormalizationForm_KC);
    const QList<uint> output = normalised.toUcs4();
    bool hasRandAL = false;
    bool hasL = false;
    for (const uint c : output) {
        if (isProhibited(c))
            return password.toUtf8();
        hasRandAL = hasRandAL || isRandAL(c);
        hasL = hasL || QChar::direction(c) == QChar::DirL;
    }
    if (hasRandAL && (hasL || !isRandAL(output.constFirst()) || !isRandAL(output.constLast())))
        return password.toUtf8();
    return normalised.toUtf8();
}

} // namespace iha
