#include "viewlinklist.h"

#include "share/viewlinks.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>

namespace {

QString when(const QDateTime &time, const QString &otherwise)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : otherwise;
}

} // namespace

ViewLinkList::ViewLinkList(std::shared_ptr<ViewLinks> links, const QString &cameraId, CameraName cameraName,
                           QWidget *parent)
    : QWidget(parent)
    , m_links(std::move(links))
    , m_cameraId(cameraId)
    , m_cameraName(std::move(cameraName))
    , m_list(new QTreeWidget(this))
    , m_revoke(new QPushButton(tr("&Revoke"), this))
{
    QStringList headers {tr("Link"), tr("Expires"), tr("Last used")};
    if (m_cameraId.isEmpty())
        headers.prepend(tr("Camera"));
    m_list->setHeaderLabels(headers);
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAccessibleName(m_cameraId.isEmpty() ? tr("View links") : tr("Links to this camera"));
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->setMinimumHeight(90);
    m_revoke->setObjectName(QStringLiteral("revokeLink"));
    m_revoke->setEnabled(false);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_revoke->setEnabled(!m_list->selectedItems().isEmpty()); });
    connect(m_revoke, &QPushButton::clicked, this, &ViewLinkList::revokeSelected);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(m_list, 1);
    layout->addWidget(m_revoke, 0, Qt::AlignTop);
    refresh();
}

QTreeWidget *ViewLinkList::view() const
{
    return m_list;
}

void ViewLinkList::refresh()
{
    m_list->clear();
    if (!m_links)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int first = m_cameraId.isEmpty() ? 1 : 0;
    for (const ViewLink &link : m_links->list(m_cameraId)) {
        auto *item = new QTreeWidgetItem(m_list);
        if (first)
            item->setText(0, m_cameraName ? m_cameraName(link.camera) : link.camera);
        item->setText(first, link.id);
        item->setText(first + 1, link.isExpired(now) ? tr("expired") : when(link.expires, tr("never")));
        item->setText(first + 2, when(link.lastUsed, tr("not yet")));
        item->setData(0, Qt::UserRole, link.id);
    }
}

void ViewLinkList::revokeSelected()
{
    for (QTreeWidgetItem *item : m_list->selectedItems())
        m_links->revoke(item->data(0, Qt::UserRole).toString());
    refresh();
    Q_EMIT revoked();
}
