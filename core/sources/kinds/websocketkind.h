#pragma once

#include "addresskind.h"

#include <QCoreApplication>

// A WebSocket feed of JPEG pictures (`ws://`, `wss://`): binary frames or base64 text, as the seed servers send.
class WebSocketKind final : public AddressKind
{
    Q_DECLARE_TR_FUNCTIONS(WebSocketKind)

public:
    QString id() const override { return QStringLiteral("ws"); }
    QString title() const override { return tr("WebSocket feed"); }
    QStringList schemes() const override { return {QStringLiteral("ws"), QStringLiteral("wss")}; }
    std::unique_ptr<FrameSource> makeSource(const QUrl &url, const SourceContext &context,
                                            QString *error) const override;

protected:
    KindField addressField() const override;
};
