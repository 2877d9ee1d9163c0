#pragma once

#include "camerakind.h"

#include <QCoreApplication>

// A moving test picture made in the program (`test:pattern?size=WxH&fps=N`): demo cameras, and a camera that
// works anywhere.
class TestPatternKind final : public CameraKind
{
    Q_DECLARE_TR_FUNCTIONS(TestPatternKind)

public:
    QString id() const override { return QStringLiteral("test"); }
    QString title() const override { return tr("Test pattern"); }
    QStringList schemes() const override { return {QStringLiteral("test")}; }
    QList<KindField> fields() const override;
    QList<KindChoice> choices(const QString &key, const FieldValues &values) const override;
    FieldValues fieldsOf(const QUrl &url) const override;
    QUrl urlFrom(const FieldValues &values, const QUrl &base = {}) const override;
    std::unique_ptr<FrameSource> makeSource(const QUrl &url, const SourceContext &context,
                                            QString *error) const override;

protected:
    QString kindProblem(const QUrl &url) const override;
};
