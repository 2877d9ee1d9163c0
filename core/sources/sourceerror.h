#pragma once

#include <QString>

// Why a source could not deliver pictures, in the words the user is shown.
enum class SourceError {
    None,
    BadUrl,
    Unreachable,
    TimedOut,
    AuthenticationFailed,
    NotFound,
    UnsupportedFormat,
    DeviceBusy,
    DeviceMissing,
    StreamEnded,
    Stalled,
};

// A short sentence for the tile and `/api/cameras`; never contains credentials.
QString describeSourceError(SourceError error);
