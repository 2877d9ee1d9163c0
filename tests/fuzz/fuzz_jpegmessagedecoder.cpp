// libFuzzer target for JpegMessageDecoder: every input is tried as a binary and as a text WebSocket message.
// The first byte picks which; what comes back must be a picture that starts with SOI and fits the cap, or a reason.

#include "sources/jpegmessagedecoder.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const bool binary = data[0] & 1;
    const QByteArray message(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const JpegMessageDecoder::Result result
        = binary ? JpegMessageDecoder::fromBinary(message) : JpegMessageDecoder::fromText(QByteArrayView(message));
    if (result.isValid() == !result.error.isEmpty())
        std::abort(); // exactly one of a picture and a reason
    if (result.isValid()) {
        if (result.jpeg.size() > JpegMessageDecoder::MaxJpegBytes || uchar(result.jpeg[0]) != 0xff
            || uchar(result.jpeg[1]) != 0xd8)
            std::abort();
    }
    return 0;
}
