#pragma once

#include <QByteArray>
#include <QList>
#include <QSize>
#include <QString>

// Distinct JPEG pictures written as `frameN.jpg` into a folder, for peers that send files (WebSocket cameras,
// seed 000's sender). Returns their bytes in file order, empty on failure.
QList<QByteArray> writeJpegFiles(const QString &folder, int count, QSize size);

// A small, well-formed JPEG whose header claims `claimed` (up to 65535 a side): decoded as it says, it would take
// claimed.width() × claimed.height() × 4 bytes. For tests of the bound every picture entry point keeps.
QByteArray jpegClaimingSize(QSize claimed);

// Writes `bytes` to `path` whole; false on any failure.
bool writeFile(const QString &path, const QByteArray &bytes);
