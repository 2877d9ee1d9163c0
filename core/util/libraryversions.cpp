#include "libraryversions.h"

#include <opencv2/core/utility.hpp>

#include <jconfig.h>

extern "C" {
#include <libavutil/avutil.h>
}

namespace {
#define CCTV_STRINGIFY(x) #x
#define CCTV_TEXT(x) CCTV_STRINGIFY(x)
} // namespace

namespace LibraryVersions {

QList<std::pair<QString, QString>> list()
{
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("FFmpeg"), QString::fromLatin1(av_version_info())},
        {QStringLiteral("OpenCV"), QString::fromStdString(cv::getVersionString())},
        {QStringLiteral("libjpeg-turbo"), QStringLiteral(CCTV_TEXT(LIBJPEG_TURBO_VERSION))},
    };
}

} // namespace LibraryVersions
