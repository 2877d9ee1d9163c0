#include "sourceerror.h"

#include <QCoreApplication>

QString describeSourceError(SourceError error)
{
    switch (error) {
    case SourceError::None:
        return {};
    case SourceError::BadUrl:
        return QCoreApplication::translate("SourceError", "invalid camera address");
    case SourceError::Unreachable:
        return QCoreApplication::translate("SourceError", "camera unreachable");
    case SourceError::TimedOut:
        return QCoreApplication::translate("SourceError", "timed out");
    case SourceError::AuthenticationFailed:
        return QCoreApplication::translate("SourceError", "authentication failed");
    case SourceError::NotFound:
        return QCoreApplication::translate("SourceError", "stream not found");
    case SourceError::UnsupportedFormat:
        return QCoreApplication::translate("SourceError", "unsupported format");
    case SourceError::DeviceBusy:
        return QCoreApplication::translate("SourceError", "device busy");
    case SourceError::DeviceMissing:
        return QCoreApplication::translate("SourceError", "device missing");
    case SourceError::StreamEnded:
        return QCoreApplication::translate("SourceError", "stream ended");
    case SourceError::Stalled:
        return QCoreApplication::translate("SourceError", "no picture (stalled)");
    }
    return {};
}
