// One libFuzzer executable per target (IHA_FUZZ_TARGET names it); see tests/fuzz/run-fuzzers.
#include "fuzz/FuzzTargets.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    iha::fuzz::runTarget(QStringLiteral(IHA_FUZZ_TARGET),
                         QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
