#pragma once

#include "camerakind.h"

#include <QCoreApplication>

// A video file played in a loop, or a folder of JPEG pictures shown in name order at `?fps=` pictures a second.
class FileKind final : public CameraKind
{
    Q_DECLARE_TR_FUNCTIONS(FileKind)

public:
    QString id() const override { return QStringLiteral("file"); }
    QString title() const override { return tr("Video file or folder of pictures"); }
    QStringList schemes() const override { return {QStringLiteral("file")}; }
    QList<KindField> fields() const override;
    FieldValues fieldsOf(const QUrl &url) const override;
    QUrl urlFrom(const FieldValues &values, const QUrl &base = {}) const override;
    std::unique_ptr<FrameSource> makeSource(const QUrl &url, const SourceContext &context,
                                            QString *error) const override;

protected:
    QString kindProblem(const QUrl &url) const override;
};
