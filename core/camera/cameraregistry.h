#pragma once

#include "cameraconfig.h"

#include <QList>
#include <QObject>
#include <QSet>

#include <memory>

class Camera;
class SourceFactory;

// The cameras of this run, in the user's order. Owns them; ids are unique.
class CameraRegistry final : public QObject
{
    Q_OBJECT

public:
    // Saved: kept in the configuration. ThisRunOnly: `--camera`. Demo: `--demo`, or a first start with no camera;
    // never saved, and removed when the user adds a camera of their own.
    enum class Lifetime { Saved, ThisRunOnly, Demo };

    // Cameras get their sources from `sources`; the first form's read every kind but push cameras.
    explicit CameraRegistry(QObject *parent = nullptr);
    explicit CameraRegistry(std::shared_ptr<const SourceFactory> sources, QObject *parent = nullptr);
    ~CameraRegistry() override;
    Q_DISABLE_COPY_MOVE(CameraRegistry)

    QList<Camera *> cameras() const;
    Camera *find(const QString &id) const;
    int count() const;

    // Adds and starts (when enabled) a camera; its id is made unique if taken or empty.
    // Adding a saved camera removes the demo cameras (demosRemoved()).
    Camera *add(CameraConfig config, Lifetime lifetime = Lifetime::Saved);
    bool isDemo(const QString &id) const;
    bool hasDemos() const;
    void remove(const QString &id);
    // The user edited a camera: same id, same place in the order, same lifetime. A new address means a new source,
    // so the camera is rebuilt (cameraRemoved then cameraAdded); a new name alone is applied in place.
    Camera *replace(const QString &id, CameraConfig config);
    void removeAll();
    void move(int from, int to);

    // Shares a camera without making it part of its saved configuration (`--share-all`).
    void shareForThisRun(const QString &id);
    // Exchanges the places of two cameras in the user's order.
    void swap(int first, int second);
    // The cameras of `ids` first, in that order, then the others in their order so far; unknown ids are skipped.
    void arrange(const QStringList &ids);
    QStringList order() const;

    // The configuration of the cameras to save, in order (those added for this run only are left out).
    QList<CameraConfig> savedConfigs() const;
    QString uniqueId(const QString &wanted) const;

Q_SIGNALS:
    void cameraAdded(Camera *camera);
    void cameraRemoved(const QString &id);
    // A camera was removed for good: not replaced by an edit, not closed at the end of the run.
    void cameraDeleted(const QString &id);
    void orderChanged();
    // The demo cameras went: the user added one of their own.
    void demosRemoved();
    // Anything that belongs in the configuration file changed.
    void configurationChanged();

private:
    Camera *insert(qsizetype at, const CameraConfig &config);

    std::shared_ptr<const SourceFactory> m_sources;
    QList<Camera *> m_cameras;
    QSet<QString> m_thisRunOnly; // the demos too
    QSet<QString> m_demos;
    QSet<QString> m_sharedThisRunOnly;
    bool m_closing = false; // removeAll(): the run ends, nothing is deleted for good
};
