#pragma once

#include "onvif/onvifmessages.h"
#include "util/workerthread.h"

#include <QDialog>
#include <QUrl>

class OnvifDiscovery;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// "Find cameras": the ONVIF cameras that answer on the local networks, listed as they answer (name, model,
// address; those already added are marked), searched again on demand, and one address asked directly for a camera
// on another subnet or where multicast is blocked. The search runs on a thread of its own; the dialog only lists.
class CameraFinder final : public QDialog
{
    Q_OBJECT

public:
    // `known`: the addresses of the cameras already added.
    explicit CameraFinder(const QList<QUrl> &known, QWidget *parent = nullptr);
    ~CameraFinder() override;
    Q_DISABLE_COPY_MOVE(CameraFinder)

    // The camera chosen, as an onvif:// address without credentials; empty before a choice.
    QUrl chosen() const;
    // Searches the local networks, and the address in the "ask" field when there is one.
    void search();

Q_SIGNALS:
    void searchFinished();

private:
    void addDevice(const Onvif::DiscoveredDevice &device);
    void finishSearch(const QString &error);

    QList<QUrl> m_known;
    WorkerThread m_thread;
    OnvifDiscovery *m_discovery; // lives on m_thread
    QListWidget *m_list;
    QLabel *m_status;
    QLineEdit *m_address;
    QPushButton *m_searchButton;
    QPushButton *m_useButton;
};
