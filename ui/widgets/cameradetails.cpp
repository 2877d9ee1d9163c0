#include "cameradetails.h"

#include "camera/camera.h"
#include "camera/camerafeed.h"
#include "sources/sourceurl.h"
#include "theme.h"
#include "widgets/camerafigures.h"

#include <QDateTime>
#include <QFormLayout>
#include <QLabel>
#include <QTimerEvent>
#include <QVBoxLayout>

namespace {
constexpr int RefreshMs = 1000;
}

CameraDetails::CameraDetails(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    m_form = new QWidget(this);
    auto *form = new QFormLayout(m_form);
    form->setContentsMargins({});
    form->setLabelAlignment(Qt::AlignRight);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->addWidget(m_form);
    layout->addStretch();

    const auto add = [this, form](const QString &key, const QString &label) {
        auto *value = new QLabel(m_form);
        value->setObjectName(key);
        value->setTextFormat(Qt::PlainText);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setAccessibleName(QString(label).remove(u'&'));
        form->addRow(label, value);
        m_figures.insert(key, value);
    };
    add(QStringLiteral("state"), tr("State"));
    add(QStringLiteral("lastError"), tr("Last error"));
    add(QStringLiteral("address"), tr("Address"));
    add(QStringLiteral("subAddress"), tr("Sub stream"));
    add(QStringLiteral("stream"), tr("Stream"));
    add(QStringLiteral("fps"), tr("Received"));
    add(QStringLiteral("bitrate"), tr("Bitrate"));
    add(QStringLiteral("decode"), tr("Decoding"));
    add(QStringLiteral("frameAge"), tr("Last picture"));
    add(QStringLiteral("frames"), tr("Pictures"));
    add(QStringLiteral("drops"), tr("Dropped"));
    add(QStringLiteral("reconnects"), tr("Reconnects"));
    add(QStringLiteral("viewers"), tr("Viewers"));
    add(QStringLiteral("fpsOut"), tr("Sent"));
    setCamera(nullptr);
}

void CameraDetails::setCamera(Camera *camera)
{
    if (m_camera)
        m_camera->disconnect(this);
    m_camera = camera;
    if (camera) {
        connect(camera, &Camera::stateChanged, this, &CameraDetails::refresh);
        connect(camera, &Camera::configChanged, this, &CameraDetails::refresh);
    }
    refresh();
}

Camera *CameraDetails::camera() const
{
    return m_camera;
}

QString CameraDetails::figure(const QString &key) const
{
    const QLabel *label = m_figures.value(key);
    return label ? label->text() : QString();
}

void CameraDetails::refresh()
{
    m_form->setVisible(!m_camera.isNull());
    if (!m_camera) {
        m_title->setText(tr("No camera selected. Choose one in the camera list or click a tile."));
        for (QLabel *value : std::as_const(m_figures))
            value->clear();
        return;
    }
    const CameraConfig config = m_camera->config();
    const CameraStatus status = m_camera->feed()->status();
    const bool live = status.state == CameraState::Live;
    m_title->setText(config.name);

    QString state = cameraStateText(status.state);
    if (!status.error.isEmpty())
        state += QStringLiteral(": ") + status.error;
    m_figures[QStringLiteral("state")]->setText(state);
    QPalette statePalette = palette();
    statePalette.setColor(QPalette::WindowText,
                          status.state == CameraState::Error ? Theme::problemColor(palette())
                                                             : palette().color(QPalette::WindowText));
    m_figures[QStringLiteral("state")]->setPalette(statePalette);
    if (status.lastError.isEmpty()) {
        m_figures[QStringLiteral("lastError")]->setText(tr("none"));
    } else {
        const QDateTime at = QDateTime::currentDateTime().addMSecs(-status.lastErrorAgeMs);
        m_figures[QStringLiteral("lastError")]->setText(
            tr("%1 (at %2)").arg(status.lastError, QLocale().toString(at, QLocale::ShortFormat)));
    }
    m_figures[QStringLiteral("address")]->setText(SourceUrl::redacted(config.url));
    m_figures[QStringLiteral("subAddress")]->setText(config.hasSubStream() ? SourceUrl::redacted(config.subUrl)
                                                                           : tr("none"));
    const QString stream = CameraFigures::stream(status.codec, status.size);
    m_figures[QStringLiteral("stream")]->setText(stream.isEmpty() ? tr("not known yet") : stream);
    m_figures[QStringLiteral("fps")]->setText(CameraFigures::rate(status.fps));
    m_figures[QStringLiteral("bitrate")]->setText(status.bitrate > 0 ? CameraFigures::bitrate(status.bitrate)
                                                                     : tr("not measured"));
    m_figures[QStringLiteral("decode")]->setText(
        live ? tr("%1 per picture").arg(CameraFigures::milliseconds(status.decodeMs)) : QStringLiteral("–"));
    m_figures[QStringLiteral("frameAge")]->setText(status.frameAgeMs < 0 ? tr("none yet")
                                                                         : CameraFigures::age(status.frameAgeMs));
    m_figures[QStringLiteral("frames")]->setText(QLocale().toString(status.frames));
    m_figures[QStringLiteral("drops")]->setText(QLocale().toString(status.drops));
    m_figures[QStringLiteral("reconnects")]->setText(QLocale().toString(status.reconnects));
    m_figures[QStringLiteral("viewers")]->setText(QLocale().toString(status.viewers));
    m_figures[QStringLiteral("fpsOut")]->setText(CameraFigures::rate(status.fpsOut));
}

void CameraDetails::timerEvent(QTimerEvent *event)
{
    if (event->timerId() == m_timer.timerId())
        refresh();
    else
        QWidget::timerEvent(event);
}

void CameraDetails::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_timer.start(RefreshMs, this);
    refresh();
}

void CameraDetails::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer.stop();
}
