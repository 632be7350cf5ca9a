#pragma once

#include <QString>

namespace iha::ByteSize {

// A size for people, in the unit that fits (B, KiB, MiB, GiB, ...) and the locale's digits;
// "unknown" for a negative value (not measured).
QString format(qint64 bytes);

} // namespace iha::ByteSize
