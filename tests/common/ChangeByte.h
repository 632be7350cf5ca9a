#pragma once

#include <QFile>

// Tampers with a file the way an attacker with write access would: one byte, `offset` bytes
// after the first occurrence of `marker`, becomes `replacement`. False when the marker is
// not in the file.
inline bool changeByteAfter(const QString &path, const QByteArray &marker, int offset,
                            char replacement)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    QByteArray bytes = file.readAll();
    const qsizetype at = bytes.indexOf(marker);
    if (at < 0)
        return false;
    bytes[at + offset] = replacement;
    file.seek(0);
    return file.write(bytes) == bytes.size();
}
