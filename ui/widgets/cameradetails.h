#pragma once

#include <QBasicTimer>
#include <QHash>
#include <QPointer>
#include <QWidget>

class Camera;
class QLabel;

// Everything the window knows of one camera, live: its state and last error, its stream, what it costs to decode
// and to share. Read from the camera's feed once a second while shown (a copy under its lock: no waiting, no I/O),
// and at once when the camera changes. The figures are those of /api/cameras.
class CameraDetails final : public QWidget
{
    Q_OBJECT

public:
    explicit CameraDetails(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CameraDetails)

    void setCamera(Camera *camera);
    Camera *camera() const;
    // The text shown for figure `key` ("state", "stream", "fps", ...): what a user reads, for tests.
    QString figure(const QString &key) const;

protected:
    void timerEvent(QTimerEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void refresh();

    QPointer<Camera> m_camera;
    QLabel *m_title;
    QWidget *m_form; // the figures, hidden while no camera is chosen
    QHash<QString, QLabel *> m_figures;
    QBasicTimer m_timer;
};
