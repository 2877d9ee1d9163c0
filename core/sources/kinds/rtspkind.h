#pragma once

#include "camerakind.h"

#include <QCoreApplication>

// An RTSP camera (`rtsp://`, `rtsps://`), read by FFmpeg: host, port, stream path, transport and credentials.
// Other options (`open_timeout`, `read_timeout`, `trust`) are kept as written.
class RtspKind final : public CameraKind
{
    Q_DECLARE_TR_FUNCTIONS(RtspKind)

public:
    QString id() const override { return QStringLiteral("rtsp"); }
    QString title() const override;
    QStringList schemes() const override { return {QStringLiteral("rtsp"), QStringLiteral("rtsps")}; }
    QList<KindField> fields() const override;
    QList<KindChoice> choices(const QString &key, const FieldValues &values) const override;
    FieldValues fieldsOf(const QUrl &url) const override;
    QUrl urlFrom(const FieldValues &values, const QUrl &base = {}) const override;
    Tidied tidied(const FieldValues &values, const QUrl &base) const override;
    std::unique_ptr<FrameSource> makeSource(const QUrl &url, const SourceContext &context,
                                            QString *error) const override;

protected:
    QString kindProblem(const QUrl &url) const override;
};
