#include "testclip.h"

#include <QProcess>
#include <QTemporaryDir>

QString makeTestClip(const QTemporaryDir &dir, const QString &seconds, const QStringList &extra)
{
    const QString clip = dir.filePath(QStringLiteral("clip.mp4"));
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"),
                 QStringList {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-f"),
                              QStringLiteral("lavfi"), QStringLiteral("-i"),
                              QStringLiteral("testsrc=size=320x240:rate=10"), QStringLiteral("-t"), seconds,
                              QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p")}
                     + extra + QStringList {clip});
    return ffmpeg.waitForFinished(20000) && ffmpeg.exitCode() == 0 ? clip : QString();
}
