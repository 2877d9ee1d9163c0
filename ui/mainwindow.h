#pragma once

#include <QMainWindow>
#include <QUrl>

class CameraGrid;
class CameraRegistry;
class QLabel;

// The dashboard window: the camera grid and the share address. Behaviour lives in the widgets it holds.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(CameraRegistry *registry, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(MainWindow)

    CameraGrid *grid() const;
    // The share server's address; empty when it is not running.
    void setShareBaseUrl(const QUrl &base);
    // A problem the user must know about (an unreadable configuration, a port in use).
    void showProblem(const QString &text);

private:
    void updateShareStatus();

    CameraGrid *m_grid;
    QLabel *m_shareLabel;
    QUrl m_shareBase;
};
