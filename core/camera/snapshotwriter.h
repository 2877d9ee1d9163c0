#pragma once

#include "media/frame.h"

#include <QObject>
#include <QString>

// Saves a camera's picture as a timestamped JPEG file, off the calling thread (the GUI thread does no I/O).
class SnapshotWriter final : public QObject
{
    Q_OBJECT

public:
    // `folder` empty: "CCTV Dashboard" in the user's Pictures folder.
    explicit SnapshotWriter(QString folder = {}, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SnapshotWriter)

    QString folder() const;
    // Returns at once; saved() or failed() follows on this object's thread.
    void save(const Frame &frame, const QString &cameraId);

Q_SIGNALS:
    void saved(const QString &path);
    void failed(const QString &reason);

private:
    QString m_folder;
};
