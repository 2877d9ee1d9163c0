#pragma once

#include "camerakind.h"

#include <QCoreApplication>

// A camera on this computer (`webcam:N`, `v4l2:///dev/…`), with the picture size and rate to ask of it.
class WebcamKind final : public CameraKind
{
    Q_DECLARE_TR_FUNCTIONS(WebcamKind)

public:
    QString id() const override { return QStringLiteral("webcam"); }
    QString title() const override { return tr("Local webcam"); }
    QStringList schemes() const override { return {QStringLiteral("webcam"), QStringLiteral("v4l2")}; }
    QList<KindField> fields() const override;
    QList<KindChoice> choices(const QString &key, const FieldValues &values) const override;
    FieldValues fieldsOf(const QUrl &url) const override;
    QUrl urlFrom(const FieldValues &values, const QUrl &base = {}) const override;
    std::unique_ptr<FrameSource> makeSource(const QUrl &url, const SourceContext &context,
                                            QString *error) const override;

protected:
    QString kindProblem(const QUrl &url) const override;
};
