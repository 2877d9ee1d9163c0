#pragma once

#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcFfmpeg)

// FFmpeg's own messages, routed into Qt logging with any `user:password@` in them redacted: FFmpeg prints the
// URLs it was given, and nothing it prints may show a camera's password.
namespace LibavLog {

// Installs the process-wide av_log callback (once; later calls do nothing). Warnings and errors are forwarded to
// the `cctv.ffmpeg` category, anything less is dropped.
void install();
// `rtsp://user:secret@host` → `rtsp://user:***@host`, wherever such an authority appears in the text; query values
// named like secrets (`password=`, `token=`, `key=`…) likewise.
QString redactCredentials(QString text);

} // namespace LibavLog
