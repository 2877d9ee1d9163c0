#pragma once

#include "camerakind.h"

#include <QCoreApplication>

// An ONVIF camera (`onvif://user:pass@host[:port][?profile=TOKEN]`, `?stream=sub` for its smallest profile): its RTSP
// address is asked of the camera each time it connects (OnvifSource), so the user never types a stream path and a
// firmware update that moves it breaks nothing. Fields: host, port (of its web services, 80 by default), profile
// (empty: the largest, the main stream) and credentials.
class OnvifKind final : public CameraKind
{
    Q_DECLARE_TR_FUNCTIONS(OnvifKind)

public:
    static constexpr int DefaultPort = 80;

    QString id() const override { return QStringLiteral("onvif"); }
    QString title() const override { return tr("ONVIF camera"); }
    QStringList schemes() const override { return {QStringLiteral("onvif")}; }
    QList<KindField> fields() const override;
    FieldValues fieldsOf(const QUrl &url) const override;
    QUrl urlFrom(const FieldValues &values, const QUrl &base = {}) const override;
    Tidied tidied(const FieldValues &values, const QUrl &base) const override;
    // The same address with `stream=sub`: the camera's smallest profile (no credentials: the sub stream takes the
    // main address's, on the same camera).
    QUrl subStreamOf(const QUrl &url) const override;
    std::unique_ptr<FrameSource> makeSource(const QUrl &url, const SourceContext &context,
                                            QString *error) const override;

protected:
    QString kindProblem(const QUrl &url) const override;
};
