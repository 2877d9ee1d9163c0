#include "httpkind.h"

#include "sources/httpmjpegsource.h"

KindField HttpKind::addressField() const
{
    KindField address;
    address.label = tr("&Address:");
    address.accessibleName = tr("Stream address");
    address.placeholder = tr("http://camera/video.mjpg");
    return address;
}

std::unique_ptr<FrameSource> HttpKind::makeSource(const QUrl &url, const SourceContext &, QString *) const
{
    return std::make_unique<HttpMjpegSource>(url);
}
