#pragma once

#include "camera/cameraconfig.h"
#include "camera/connectionprobe.h"

#include <QDialog>
#include <QStringList>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

// Add or edit a camera: the right fields for each kind of source, checks with clear messages, and "Test
// connection", which opens the camera in the background and shows a thumbnail or the reason it failed.
class CameraDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Rtsp, HttpMjpeg, WebSocket, Webcam, File, TestPattern };

    // `takenNames`: names of the other cameras, which a new name must not repeat.
    explicit CameraDialog(const QStringList &takenNames, QWidget *parent = nullptr);
    ~CameraDialog() override;
    Q_DISABLE_COPY_MOVE(CameraDialog)

    // Fills the fields from an existing camera (Edit).
    void setConfig(const CameraConfig &config);
    // What the fields describe; call when validationError() is empty.
    CameraConfig config() const;
    // The first thing wrong with the fields, in words; empty when they describe a usable camera.
    QString validationError() const;

    void setKind(Kind kind);
    void testConnection();

Q_SIGNALS:
    void testFinished(bool ok);

public:
    void accept() override;

private:
    QWidget *makeRtspPage();
    QWidget *makeHttpPage();
    QWidget *makeWebSocketPage();
    QWidget *makeWebcamPage();
    QWidget *makeFilePage();
    QWidget *makeTestPatternPage();
    QUrl url() const;
    void showTestResult(const ConnectionProbe::Result &result);
    void cancelTest();
    // A password typed into an address moves to the (masked) password field.
    void tidyAddresses();

    QStringList m_takenNames;
    QString m_editedName;

    QLineEdit *m_name;
    QComboBox *m_kind;
    QStackedWidget *m_pages;

    QLineEdit *m_rtspAddress = nullptr; // host or a whole rtsp:// URL
    QSpinBox *m_rtspPort = nullptr;
    QLineEdit *m_rtspPath = nullptr;
    QComboBox *m_rtspTransport = nullptr;
    QLineEdit *m_rtspUser = nullptr;
    QLineEdit *m_rtspPassword = nullptr;
    QLineEdit *m_httpUrl = nullptr;
    QLineEdit *m_httpUser = nullptr;
    QLineEdit *m_httpPassword = nullptr;
    QLineEdit *m_wsUrl = nullptr;
    QComboBox *m_webcamDevice = nullptr;
    QComboBox *m_webcamSize = nullptr;
    QLineEdit *m_filePath = nullptr;
    QComboBox *m_patternSize = nullptr;
    QSpinBox *m_patternFps = nullptr;

    QLabel *m_message;
    QLabel *m_thumbnail;
    QPushButton *m_testButton;
    QDialogButtonBox *m_buttons;
    std::unique_ptr<ConnectionProbe> m_probe;
};
