#include "qrcode.h"

#include <qrencode.h>

#include <memory>

namespace {
struct QrCodeDeleter
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};
constexpr int QuietZone = 4;
} // namespace

QImage QrCode::render(const QString &text, int moduleSize)
{
    const std::unique_ptr<QRcode, QrCodeDeleter> code(
        QRcode_encodeString(text.toUtf8().constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1));
    if (!code || code->width <= 0)
        return {};
    const int modules = code->width + 2 * QuietZone;
    QImage image(modules * moduleSize, modules * moduleSize, QImage::Format_RGB32);
    image.fill(Qt::white);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (!(code->data[y * code->width + x] & 1))
                continue; // bit 0 set means a dark module
            for (int dy = 0; dy < moduleSize; ++dy) {
                auto *line = reinterpret_cast<QRgb *>(image.scanLine((y + QuietZone) * moduleSize + dy));
                std::fill_n(line + (x + QuietZone) * moduleSize, moduleSize, qRgb(0, 0, 0));
            }
        }
    }
    return image;
}
