// libFuzzer target for MjpegParser: the first byte picks the chunk size and the content type, the rest is the
// stream. Finds crashes, hangs and unbounded memory (the limits are small, so breaking them is cheap to reach).

#include "sources/mjpegparser.h"

#include <QtGlobal>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static constexpr const char *ContentTypes[] = {
        "multipart/x-mixed-replace; boundary=frame",
        "multipart/x-mixed-replace; boundary=\"--frame\"",
        "multipart/x-mixed-replace",
        "application/octet-stream",
    };
    const uint8_t control = data[0];
    const QByteArrayView stream(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));

    MjpegParser::Limits limits;
    limits.maxPartBytes = 8192;
    limits.maxHeaderLine = 512;
    limits.maxHeaders = 16;
    limits.maxJunkBytes = 2048;
    MjpegParser parser(ContentTypes[control % 4], limits);
    // Fed whole, byte by byte, or in chunks of up to 63 bytes.
    const qsizetype chunk = (control >> 2) == 0 ? stream.size() : qsizetype(control >> 2);
    const qsizetype bound = limits.maxPartBytes + limits.maxJunkBytes + 4096 + 256;
    qsizetype total = 0;
    for (qsizetype at = 0; at < stream.size(); at += chunk) {
        const auto parts = parser.feed(stream.sliced(at, qMin(chunk, stream.size() - at)));
        for (const auto &part : parts) {
            total += part.body.size();
            if (part.body.size() > limits.maxPartBytes)
                __builtin_trap();
        }
        if (parser.bufferedBytes() > bound)
            __builtin_trap();
    }
    if (total > stream.size())
        __builtin_trap(); // parts are made of input bytes, never of more
    return 0;
}
