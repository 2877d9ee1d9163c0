#include "pushkind.h"

#include "sources/pushsource.h"

#include <algorithm>

bool PushKind::isPushId(const QString &id)
{
    return !id.isEmpty() && id.size() <= 40 && std::all_of(id.begin(), id.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
    });
}

QList<KindField> PushKind::fields() const
{
    return {{.key = QStringLiteral("id"),
             .label = tr("&Sender's name:"),
             .accessibleName = tr("Sender's name"),
             .placeholder = tr("e.g. porch"),
             .hint = tr("A sender pushes this camera's pictures to /ws/video/NAME/ on the share server.")}};
}

FieldValues PushKind::fieldsOf(const QUrl &url) const
{
    return {{QStringLiteral("id"), url.path()}};
}

QUrl PushKind::urlFrom(const FieldValues &values, const QUrl &) const
{
    return QUrl(QStringLiteral("push:") + values.value(QStringLiteral("id")).trimmed());
}

QString PushKind::kindProblem(const QUrl &url) const
{
    if (!isPushId(url.path()))
        return tr("a push camera needs a name of lowercase letters, digits and dashes (push:NAME)");
    return {};
}

std::unique_ptr<FrameSource> PushKind::makeSource(const QUrl &url, const SourceContext &context, QString *error) const
{
    if (!context.pushHub) {
        if (error)
            *error = tr("nothing can push pictures in this program");
        return nullptr;
    }
    return std::make_unique<PushSource>(context.pushHub, url.path());
}
