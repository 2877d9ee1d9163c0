#pragma once

#include "camera/cameraconfig.h"
#include "camera/connectionprobe.h"

#include <QDialog>
#include <QStringList>

#include <memory>
#include <optional>

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
    // The addresses a test covers: the main stream's and the sub stream's (empty when there is none).
    struct Addresses
    {
        QUrl main, sub;
        friend bool operator==(const Addresses &, const Addresses &) = default;
    };

    KindForm *currentForm() const;
    Addresses addresses() const;
    // The sub stream's address as typed, with the password kept aside given back (to the same host only).
    QUrl subUrl() const;
    void setSubUrl(const QUrl &url);
    // Moves a password typed into the sub stream's address out of sight.
    void tidySubUrl();
    QString subUrlProblem() const;
    void onProbeFinished();
    void showTestResult(const ConnectionProbe::Result &main, const ConnectionProbe::Result &sub);
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
    QLineEdit *m_subUrl;
    QUrl m_subSecret; // the sub address whose password the field no longer shows
    QLabel *m_thumbnail;
    QLabel *m_subThumbnail; // shown while the camera has a sub stream
    QPushButton *m_testButton;
    QPushButton *m_findButton;
    QList<QUrl> m_known;
    QDialogButtonBox *m_buttons;
    std::unique_ptr<ConnectionProbe> m_probe;
    std::unique_ptr<ConnectionProbe> m_subProbe;
    std::optional<ConnectionProbe::Result> m_mainResult, m_subResult;
    Addresses m_probing; // the addresses under test
    Addresses m_passed; // the last addresses whose test passed
    Addresses m_failed; // the last addresses whose test failed, and why
    QString m_failure;
    bool m_acceptAfterTest = false;
};
