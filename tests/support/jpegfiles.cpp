#include "jpegfiles.h"

#include "media/jpegcodec.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>

QList<QByteArray> writeJpegFiles(const QString &folder, int count, QSize size)
{
    QList<QByteArray> frames;
    for (int i = 0; i < count; ++i) {
        QImage image(size, QImage::Format_RGB32);
        QPainter painter(&image);
        painter.fillRect(image.rect(), QColor::fromHsv(i * 360 / qMax(count, 1) % 360, 200, 200));
        painter.fillRect(size.width() * i / qMax(count, 1), size.height() / 3, size.width() / 8, size.height() / 6,
                         Qt::white);
        painter.end();
        const QByteArray jpeg = JpegCodec::forThisThread().encode(image, 80);
        QFile file(QDir(folder).filePath(QStringLiteral("frame%1.jpg").arg(i)));
        if (jpeg.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(jpeg) != jpeg.size())
            return {};
        frames.append(jpeg);
    }
    return frames;
}

QByteArray jpegClaimingSize(QSize claimed)
{
    QImage tiny(16, 16, QImage::Format_RGB32);
    tiny.fill(Qt::darkGreen);
    QByteArray jpeg = JpegCodec::forThisThread().encode(tiny, 80);
    // The start-of-frame segment: FF C0, length (2), precision (1), height (2), width (2).
    const qsizetype sof = jpeg.indexOf("\xff\xc0");
    if (sof < 0)
        return {};
    jpeg[sof + 5] = char(claimed.height() >> 8);
    jpeg[sof + 6] = char(claimed.height() & 0xff);
    jpeg[sof + 7] = char(claimed.width() >> 8);
    jpeg[sof + 8] = char(claimed.width() & 0xff);
    return jpeg;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}
