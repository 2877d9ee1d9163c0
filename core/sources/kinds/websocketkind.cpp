#include "websocketkind.h"

#include "sources/websocketsource.h"

KindField WebSocketKind::addressField() const
{
    return {.label = tr("&Address:"),
            .accessibleName = tr("Feed address"),
            .placeholder = tr("ws://host:8000/ws/video/name/")};
}

std::unique_ptr<FrameSource> WebSocketKind::makeSource(const QUrl &url, const SourceContext &, QString *) const
{
    return std::make_unique<WebSocketSource>(url);
}
