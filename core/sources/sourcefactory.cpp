#include "sourcefactory.h"

#include "libavsource.h"
#include "sourceurl.h"
#include "testpatternsource.h"

#include <QCoreApplication>
#include <QFileInfo>

bool SourceFactory::isSupported(const QUrl &url, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!url.isValid() || url.scheme().isEmpty())
        return fail(QCoreApplication::translate("SourceFactory", "not a valid camera address"));
    const QString kind = SourceUrl::kind(url);
    if (kind == u"test") {
        if (url.path() != u"pattern")
            return fail(QCoreApplication::translate("SourceFactory", "unknown test source (use test:pattern)"));
        return true;
    }
    if (kind == u"rtsp")
        return url.host().isEmpty() ? fail(QCoreApplication::translate("SourceFactory", "the address has no host"))
                                    : true;
    if (kind == u"file" && !QFileInfo(url.toLocalFile()).isDir())
        return true;
    if (kind.isEmpty())
        return fail(QCoreApplication::translate("SourceFactory", "unknown address scheme \"%1\"").arg(url.scheme()));
    return fail(QCoreApplication::translate("SourceFactory", "%1 cameras are not supported yet").arg(kind));
}

std::unique_ptr<FrameSource> SourceFactory::create(const QUrl &url, QString *error)
{
    if (!isSupported(url, error))
        return nullptr;
    const QString kind = SourceUrl::kind(url);
    if (kind == u"rtsp" || (kind == u"file" && !QFileInfo(url.toLocalFile()).isDir()))
        return std::make_unique<LibavSource>(url);
    return std::make_unique<TestPatternSource>(url);
}
