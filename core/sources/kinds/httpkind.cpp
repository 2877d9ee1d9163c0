#include "httpkind.h"

#include "sources/httpmjpegsource.h"

KindField HttpKind::addressField() const
{
    return {.label = tr("&Address:"),
            .accessibleName = tr("Stream address"),
            .placeholder = tr("http://camera/video.mjpg")};
}

std::unique_ptr<FrameSource> HttpKind::makeSource(const QUrl &url, const SourceContext &, QString *) const
{
    return std::make_unique<HttpMjpegSource>(url);
}
