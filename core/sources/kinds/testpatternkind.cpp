#include "testpatternkind.h"

#include "sources/testpatternsource.h"

namespace {

QString sizeText(QSize size)
{
    return QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
}

} // namespace

QList<KindField> TestPatternKind::fields() const
{
    using Type = KindField::Type;
    return {
        {.key = QStringLiteral("size"),
         .type = Type::Choice,
         .label = tr("&Size:"),
         .accessibleName = tr("Picture size"),
         .editable = true},
        {.key = QStringLiteral("fps"),
         .type = Type::Number,
         .label = tr("&Frames per second:"),
         .accessibleName = tr("Frames per second"),
         .minimum = 1,
         .maximum = 60},
    };
}

QList<KindChoice> TestPatternKind::choices(const QString &key, const FieldValues &values) const
{
    if (key != u"size")
        return {};
    QList<KindChoice> choices;
    for (const char *size : {"1280x720", "1920x1080", "640x480"})
        choices.append({QString::fromLatin1(size), QString::fromLatin1(size)});
    const QString current = values.value(key);
    if (!current.isEmpty() && !choices.contains(KindChoice {current, current}))
        choices.append({current, current});
    return choices;
}

FieldValues TestPatternKind::fieldsOf(const QUrl &url) const
{
    const QString size = KindUrl::option(url, QStringLiteral("size"));
    const QString fps = KindUrl::option(url, QStringLiteral("fps"));
    return {
        {QStringLiteral("size"), size.isEmpty() ? sizeText(TestPatternSource::DefaultSize) : size},
        {QStringLiteral("fps"), fps.isEmpty() ? QString::number(TestPatternSource::DefaultFps) : fps},
    };
}

QUrl TestPatternKind::urlFrom(const FieldValues &values, const QUrl &base) const
{
    // A new camera says its size and rate; an edited one leaves them implicit when they were.
    const bool editing = handles(base);
    QUrl url = editing ? base : QUrl(QStringLiteral("test:pattern"));
    KindUrl::setOption(url, QStringLiteral("size"), values.value(QStringLiteral("size")),
                       editing ? sizeText(TestPatternSource::DefaultSize) : QString());
    KindUrl::setOption(url, QStringLiteral("fps"), values.value(QStringLiteral("fps")),
                       editing ? QString::number(TestPatternSource::DefaultFps) : QString());
    return url;
}

QString TestPatternKind::kindProblem(const QUrl &url) const
{
    if (url.path() != u"pattern")
        return tr("unknown test source (use test:pattern)");
    return {};
}

std::unique_ptr<FrameSource> TestPatternKind::makeSource(const QUrl &url, const SourceContext &, QString *) const
{
    return std::make_unique<TestPatternSource>(url);
}
