#pragma once

#include <QByteArray>
#include <QList>
#include <QSize>
#include <QString>

// Distinct JPEG pictures written as `frameN.jpg` into a folder, for peers that send files (WebSocket cameras,
// seed 000's sender). Returns their bytes in file order, empty on failure.
QList<QByteArray> writeJpegFiles(const QString &folder, int count, QSize size);
