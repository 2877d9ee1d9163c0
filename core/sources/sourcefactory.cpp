#include "sourcefactory.h"

#include <QCoreApplication>

SourceFactory::SourceFactory(std::shared_ptr<PushHub> pushHub)
    : m_context {std::move(pushHub)}
{ }

bool SourceFactory::isSupported(const QUrl &url, QString *error) const
{
    QString problem;
    if (const CameraKind *kind = CameraKinds::forUrl(url))
        problem = kind->problem(url);
    else if (!url.isValid() || url.scheme().isEmpty())
        problem = QCoreApplication::translate("SourceFactory", "not a valid camera address");
    else
        problem = QCoreApplication::translate("SourceFactory", "unknown address scheme \"%1\"").arg(url.scheme());
    if (error)
        *error = problem;
    return problem.isEmpty();
}

std::unique_ptr<FrameSource> SourceFactory::create(const QUrl &url, QString *error) const
{
    if (!isSupported(url, error))
        return nullptr;
    return CameraKinds::forUrl(url)->makeSource(url, m_context, error);
}
