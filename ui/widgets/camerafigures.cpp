#include "camerafigures.h"

#include <QTextDocument>

QString CameraFigures::tooltip(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(text.toHtmlEscaped());
}

QString CameraFigures::name(const QString &name, bool demo)
{
    return demo ? tr("%1 (demo)").arg(name) : name;
}

QString CameraFigures::age(qint64 ms)
{
    if (ms < 0)
        return {};
    if (ms < 60'000)
        return tr("%1 s ago").arg(ms / 1000);
    if (ms < 3'600'000)
        return tr("%1 min ago").arg(ms / 60'000);
    return tr("%1 h ago").arg(ms / 3'600'000);
}

QString CameraFigures::codec(const QString &codec)
{
    if (codec == u"h264")
        return QStringLiteral("H.264");
    if (codec == u"hevc")
        return QStringLiteral("H.265");
    return codec.toUpper();
}

QString CameraFigures::stream(const QString &codecName, QSize size)
{
    QString text = codec(codecName);
    if (size.isValid())
        text = (text + u' ' + QStringLiteral("%1×%2").arg(size.width()).arg(size.height())).trimmed();
    return text;
}

QString CameraFigures::bitrate(qint64 bitsPerSecond)
{
    if (bitsPerSecond >= 1'000'000)
        return tr("%1 Mbit/s").arg(QString::number(double(bitsPerSecond) / 1e6, 'f', 1));
    return tr("%1 kbit/s").arg(QString::number(double(bitsPerSecond) / 1e3, 'f', 0));
}

QString CameraFigures::rate(double framesPerSecond)
{
    return tr("%1 fps").arg(QString::number(framesPerSecond, 'f', 1));
}

QString CameraFigures::milliseconds(double ms)
{
    return tr("%1 ms").arg(QString::number(ms, 'f', 1));
}
