#include "libavlog.h"

#include "sourceurl.h"

#include <QRegularExpression>

#include <cstdarg>
#include <mutex>

extern "C" {
#include <libavutil/log.h>
}

Q_LOGGING_CATEGORY(lcFfmpeg, "cctv.ffmpeg")

namespace LibavLog {
namespace {

void forward(void *object, int level, const char *format, va_list args)
{
    if (level > AV_LOG_WARNING)
        return;
    // FFmpeg may print one line in several calls: gather them per thread and forward whole lines.
    thread_local int printPrefix = 1;
    thread_local QByteArray pending;
    char line[1024];
    av_log_format_line2(object, level, format, args, line, int(sizeof line), &printPrefix);
    pending.append(line);
    if (!pending.endsWith('\n') && pending.size() < 4096)
        return;
    const QString text = redactCredentials(QString::fromUtf8(pending).trimmed());
    pending.clear();
    if (text.isEmpty())
        return;
    if (level <= AV_LOG_ERROR)
        qCWarning(lcFfmpeg).noquote() << text;
    else
        qCInfo(lcFfmpeg).noquote() << text;
}

} // namespace

void install()
{
    static std::once_flag once;
    std::call_once(once, [] {
        av_log_set_level(AV_LOG_WARNING);
        av_log_set_callback(forward);
    });
}

QString redactCredentials(QString text)
{
    return SourceUrl::redactedText(std::move(text));
}

} // namespace LibavLog
