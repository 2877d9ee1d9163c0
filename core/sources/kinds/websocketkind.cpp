#include "websocketkind.h"

#include "sources/websocketsource.h"

KindField WebSocketKind::addressField() const
{
    KindField address;
    address.label = tr("&Address:");
    address.accessibleName = tr("Feed address");
    address.placeholder = tr("ws://host:8000/ws/video/name/");
    return address;
}

std::unique_ptr<FrameSource> WebSocketKind::makeSource(const QUrl &url, const SourceContext &, QString *) const
{
    return std::make_unique<WebSocketSource>(url);
}
