#pragma once

#include "camerakind.h"

#include <QCoreApplication>

// Pictures that a sender pushes to the share server (`push:ID`, fed by `/ws/video/ID/`).
class PushKind final : public CameraKind
{
    Q_DECLARE_TR_FUNCTIONS(PushKind)

public:
    QString id() const override { return QStringLiteral("push"); }
    QString title() const override { return tr("Pictures pushed to this program"); }
    QStringList schemes() const override { return {QStringLiteral("push")}; }
    QList<KindField> fields() const override;
    bool testsBeforeSaving() const override { return false; } // it waits for a sender that may come later
    FieldValues fieldsOf(const QUrl &url) const override;
    QUrl urlFrom(const FieldValues &values, const QUrl &base = {}) const override;
    std::unique_ptr<FrameSource> makeSource(const QUrl &url, const SourceContext &context,
                                            QString *error) const override;

    // A sender's name for its camera: lowercase letters, digits and dashes, at most 40.
    static bool isPushId(const QString &id);

protected:
    QString kindProblem(const QUrl &url) const override;
};
