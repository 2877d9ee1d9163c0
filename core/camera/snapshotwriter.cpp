#include "snapshotwriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QPointer>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThreadPool>

SnapshotWriter::SnapshotWriter(QString folder, QObject *parent)
    : QObject(parent)
    , m_folder(folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)
                       + QStringLiteral("/CCTV Dashboard")
                                : std::move(folder))
{ }

QString SnapshotWriter::folder() const
{
    return m_folder;
}

void SnapshotWriter::save(const Frame &frame, const QString &cameraId)
{
    Q_ASSERT(thread() == QCoreApplication::instance()->thread());
    if (frame.isNull()) {
        Q_EMIT failed(QCoreApplication::translate("SnapshotWriter", "there is no picture yet"));
        return;
    }
    const QString path = m_folder + u'/' + cameraId + u'_'
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")) + QStringLiteral(".jpg");
    QThreadPool::globalInstance()->start([self = QPointer<SnapshotWriter>(this), frame, folder = m_folder, path] {
        QString error;
        QSaveFile file(path);
        if (!QDir().mkpath(folder) || !file.open(QIODevice::WriteOnly) || file.write(frame.jpeg()) < 0
            || !file.commit())
            error = file.errorString();
        // Back to the application's thread, where `self` lives and may be checked safely.
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, path, error] {
            if (!self)
                return;
            if (error.isEmpty())
                Q_EMIT self->saved(path);
            else
                Q_EMIT self->failed(error);
        });
    });
}
