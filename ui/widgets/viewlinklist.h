#pragma once

#include <QWidget>

#include <functional>
#include <memory>

class QPushButton;
class QTreeWidget;
class ViewLinks;

// The view links made so far, of one camera or of all, with when each expires and was last used, and a Revoke
// button. Links are named by their public id: a token is a secret, shown only in the address of a link just made.
class ViewLinkList final : public QWidget
{
    Q_OBJECT

public:
    using CameraName = std::function<QString(const QString &cameraId)>;

    // `cameraId` empty: every camera's links, with a column naming the camera (by `cameraName`).
    ViewLinkList(std::shared_ptr<ViewLinks> links, const QString &cameraId, CameraName cameraName = {},
                 QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ViewLinkList)

    QTreeWidget *view() const;
    void refresh();

Q_SIGNALS:
    void revoked();

private:
    void revokeSelected();

    std::shared_ptr<ViewLinks> m_links;
    QString m_cameraId;
    CameraName m_cameraName;
    QTreeWidget *m_list;
    QPushButton *m_revoke;
};
