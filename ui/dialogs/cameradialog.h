#pragma once

#include "camera/cameraconfig.h"
#include "camera/connectionprobe.h"

#include <QDialog>
#include <QStringList>

#include <memory>

class QComboBox;
class KindForm;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

// Add or edit a camera: the right fields for each kind of source, checks with clear messages, and "Test
// connection", which opens the camera in the background and shows a thumbnail or the reason it failed. A new or
// changed address is tested before it is saved: OK runs the test if it has not passed, and a failure asks first
// (a wrong password saved unseen would lock the camera's account).
class CameraDialog final : public QDialog
{
    Q_OBJECT

public:
    // `takenNames`: names of the other cameras, which a new name must not repeat.
    explicit CameraDialog(const QStringList &takenNames, QWidget *parent = nullptr);
    ~CameraDialog() override;
    Q_DISABLE_COPY_MOVE(CameraDialog)

    // Fills the fields from an existing camera (Edit). Whatever the fields do not show is kept.
    void setConfig(const CameraConfig &config);
    // What the fields describe; call when validationError() is empty.
    CameraConfig config() const;
    // The first thing wrong with the fields, in words; empty when they describe a usable camera.
    QString validationError() const;

    // Shows the form of kind `id` (CameraKind::id()).
    void setKind(const QString &id);
    // The addresses of the cameras already added, which Find cameras marks.
    void setKnownCameras(const QList<QUrl> &urls);
    // Opens Find cameras; a camera chosen there fills the form (its kind, address and port).
    void findCameras();
    void testConnection();

Q_SIGNALS:
    void testFinished(bool ok);

public:
    void accept() override;

private:
    KindForm *currentForm() const;
    void showTestResult(const ConnectionProbe::Result &result);
    void cancelTest();
    void showProblem(const QString &problem);
    // The test of the address being saved failed: save anyway, or keep editing?
    void askSaveAnyway(const QString &error);

    QStringList m_takenNames;
    CameraConfig m_edited; // the camera being edited; its other settings are kept

    QLineEdit *m_name;
    QComboBox *m_kind;
    QStackedWidget *m_pages;
    QLabel *m_message;
    QLabel *m_thumbnail;
    QPushButton *m_testButton;
    QPushButton *m_findButton;
    QList<QUrl> m_known;
    QDialogButtonBox *m_buttons;
    std::unique_ptr<ConnectionProbe> m_probe;
    QUrl m_probing; // the address under test
    QUrl m_passed; // the last address whose test passed
    QUrl m_failed; // the last address whose test failed, and why
    QString m_failure;
    bool m_acceptAfterTest = false;
};
