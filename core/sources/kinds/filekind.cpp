#include "filekind.h"

#include "sources/jpegfoldersource.h"
#include "sources/libavsource.h"

QList<KindField> FileKind::fields() const
{
    using Type = KindField::Type;
    return {
        {.key = QStringLiteral("path"),
         .type = Type::LocalPath,
         .label = tr("&Path:"),
         .accessibleName = tr("File or folder"),
         .placeholder = tr("a video file, or a folder of JPEG pictures"),
         .fileFilter = tr("Videos (*.mp4 *.mkv *.mov *.avi *.ts *.webm);;All files (*)")},
        {.key = QStringLiteral("fps"),
         .type = Type::Number,
         .label = tr("Pictures per &second:"),
         .accessibleName = tr("Pictures per second"),
         .hint = tr("How fast a folder of pictures is shown; a video plays at its own rate."),
         .unsetText = tr("Default (%1)").arg(JpegFolderSource::DefaultFps),
         .maximum = 240,
         .decimals = 2},
    };
}

FieldValues FileKind::fieldsOf(const QUrl &url) const
{
    const QString fps = KindUrl::option(url, QStringLiteral("fps"));
    return {
        {QStringLiteral("path"), url.toLocalFile()},
        {QStringLiteral("fps"), fps.isEmpty() ? QStringLiteral("0") : fps},
    };
}

QUrl FileKind::urlFrom(const FieldValues &values, const QUrl &base) const
{
    const QString path = values.value(QStringLiteral("path")).trimmed();
    if (path.isEmpty())
        return QUrl(QStringLiteral("file:"));
    QUrl url = QUrl::fromLocalFile(path);
    if (handles(base))
        url.setQuery(base.query(QUrl::FullyEncoded), QUrl::StrictMode);
    const QString fps = values.value(QStringLiteral("fps"));
    KindUrl::setOption(url, QStringLiteral("fps"), fps == u"0" ? QString() : fps);
    return url;
}

QString FileKind::kindProblem(const QUrl &url) const
{
    if (url.path().isEmpty())
        return tr("choose a video file or a folder of pictures");
    return {};
}

std::unique_ptr<FrameSource> FileKind::makeSource(const QUrl &url, const SourceContext &, QString *) const
{
    if (JpegFolderSource::isFolderUrl(url))
        return std::make_unique<JpegFolderSource>(url);
    return std::make_unique<LibavSource>(url);
}
