#pragma once

#include "addresskind.h"

#include <QCoreApplication>

// An HTTP or HTTPS MJPEG stream, or a JPEG snapshot polled with `?poll=SECONDS`.
class HttpKind final : public AddressKind
{
    Q_DECLARE_TR_FUNCTIONS(HttpKind)

public:
    QString id() const override { return QStringLiteral("http"); }
    QString title() const override { return tr("HTTP MJPEG stream"); }
    QStringList schemes() const override { return {QStringLiteral("http"), QStringLiteral("https")}; }
    std::unique_ptr<FrameSource> makeSource(const QUrl &url, const SourceContext &context,
                                            QString *error) const override;

protected:
    KindField addressField() const override;
};
