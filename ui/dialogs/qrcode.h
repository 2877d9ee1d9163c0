#pragma once

#include <QImage>
#include <QString>

// QR code pictures (libqrencode), so a phone can open a share address without typing a token.
class QrCode final
{
public:
    // Black modules on white with the standard four-module quiet zone; null when the text does not fit a QR code.
    static QImage render(const QString &text, int moduleSize = 6);
};
