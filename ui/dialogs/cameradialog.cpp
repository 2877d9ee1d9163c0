#include "cameradialog.h"

#include "sources/sourceurl.h"
#include "sources/webcamdevices.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace {

// The webcam list holds each device's URL (Qt::UserRole) and the sizes it offers.
constexpr int SizesRole = Qt::UserRole + 1;

QLineEdit *lineEdit(QWidget *parent, const QString &placeholder, const QString &accessibleName)
{
    auto *edit = new QLineEdit(parent);
    edit->setPlaceholderText(placeholder);
    edit->setAccessibleName(accessibleName);
    edit->setClearButtonEnabled(true);
    return edit;
}

QLineEdit *passwordEdit(QWidget *parent)
{
    auto *edit = lineEdit(parent, {}, CameraDialog::tr("Password"));
    edit->setEchoMode(QLineEdit::Password);
    edit->setClearButtonEnabled(false);
    return edit;
}

// An address that carries `user:password@` hands them to the user and password fields, so the password is shown
// masked like one typed there.
void moveCredentialsOut(QLineEdit *address, QLineEdit *user, QLineEdit *password)
{
    QUrl url(address->text().trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.userInfo().isEmpty())
        return;
    user->setText(url.userName());
    password->setText(url.password());
    url.setUserInfo({});
    address->setText(url.toString());
}

CameraDialog::Kind kindOf(const QUrl &url)
{
    const QString kind = SourceUrl::kind(url);
    if (kind == u"rtsp")
        return CameraDialog::Kind::Rtsp;
    if (kind == u"http")
        return CameraDialog::Kind::HttpMjpeg;
    if (kind == u"ws")
        return CameraDialog::Kind::WebSocket;
    if (kind == u"webcam")
        return CameraDialog::Kind::Webcam;
    if (kind == u"file")
        return CameraDialog::Kind::File;
    return CameraDialog::Kind::TestPattern;
}

} // namespace

CameraDialog::CameraDialog(const QStringList &takenNames, QWidget *parent)
    : QDialog(parent)
    , m_takenNames(takenNames)
    , m_name(lineEdit(this, tr("e.g. Front door"), tr("Camera name")))
    , m_kind(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_thumbnail(new QLabel(this))
    , m_testButton(new QPushButton(tr("&Test connection"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add camera"));
    m_kind->setAccessibleName(tr("Kind of camera"));
    m_kind->addItems({tr("RTSP camera"), tr("HTTP MJPEG stream"), tr("WebSocket feed"), tr("Local webcam"),
                      tr("Video file or folder of pictures"), tr("Test pattern")});
    m_pages->addWidget(makeRtspPage());
    m_pages->addWidget(makeHttpPage());
    m_pages->addWidget(makeWebSocketPage());
    m_pages->addWidget(makeWebcamPage());
    m_pages->addWidget(makeFilePage());
    m_pages->addWidget(makeTestPatternPage());
    connect(m_kind, &QComboBox::currentIndexChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { m_message->clear(); });

    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Message"));
    m_thumbnail->setFixedSize(320, 180);
    m_thumbnail->setAlignment(Qt::AlignCenter);
    m_thumbnail->setStyleSheet(QStringLiteral("background:#111;color:#aaa"));
    m_thumbnail->setAccessibleName(tr("Test picture"));
    m_testButton->setObjectName(QStringLiteral("test"));
    connect(m_testButton, &QPushButton::clicked, this, [this] { m_probe ? cancelTest() : testConnection(); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CameraDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    auto *test = new QHBoxLayout;
    test->addWidget(m_thumbnail);
    test->addWidget(m_testButton, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_pages);
    layout->addLayout(test);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
}

CameraDialog::~CameraDialog() = default;

QWidget *CameraDialog::makeRtspPage()
{
    auto *page = new QWidget(this);
    m_rtspAddress = lineEdit(page, tr("192.168.1.20 or rtsp://…"), tr("Camera address"));
    m_rtspPort = new QSpinBox(page);
    m_rtspPort->setRange(1, 65535);
    m_rtspPort->setValue(554);
    m_rtspPort->setAccessibleName(tr("Port"));
    m_rtspPath = lineEdit(page, tr("e.g. /stream1"), tr("Stream path"));
    m_rtspTransport = new QComboBox(page);
    m_rtspTransport->addItems({tr("TCP (reliable)"), tr("UDP (lower delay)")});
    m_rtspTransport->setAccessibleName(tr("Transport"));
    m_rtspUser = lineEdit(page, tr("optional"), tr("User name"));
    m_rtspPassword = passwordEdit(page);
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Address:"), m_rtspAddress);
    form->addRow(tr("&Port:"), m_rtspPort);
    form->addRow(tr("Pat&h:"), m_rtspPath);
    form->addRow(tr("T&ransport:"), m_rtspTransport);
    form->addRow(tr("&User:"), m_rtspUser);
    form->addRow(tr("Pass&word:"), m_rtspPassword);
    connect(m_rtspAddress, &QLineEdit::editingFinished, this, &CameraDialog::tidyAddresses);
    return page;
}

QWidget *CameraDialog::makeHttpPage()
{
    auto *page = new QWidget(this);
    m_httpUrl = lineEdit(page, tr("http://camera/video.mjpg"), tr("Stream address"));
    m_httpUser = lineEdit(page, tr("optional"), tr("User name"));
    m_httpPassword = passwordEdit(page);
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Address:"), m_httpUrl);
    form->addRow(tr("&User:"), m_httpUser);
    form->addRow(tr("Pass&word:"), m_httpPassword);
    connect(m_httpUrl, &QLineEdit::editingFinished, this, &CameraDialog::tidyAddresses);
    return page;
}

QWidget *CameraDialog::makeWebSocketPage()
{
    auto *page = new QWidget(this);
    m_wsUrl = lineEdit(page, tr("ws://host:8000/ws/video/name/"), tr("Feed address"));
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Address:"), m_wsUrl);
    return page;
}

QWidget *CameraDialog::makeWebcamPage()
{
    auto *page = new QWidget(this);
    m_webcamDevice = new QComboBox(page);
    m_webcamDevice->setAccessibleName(tr("Device"));
    m_webcamSize = new QComboBox(page);
    m_webcamSize->setAccessibleName(tr("Resolution"));
    const QList<WebcamDevice> devices = WebcamDevices::list();
    for (const WebcamDevice &device : devices) {
        QStringList sizes;
        for (const WebcamDevice::Mode &mode : device.modes)
            sizes << QStringLiteral("%1x%2").arg(mode.size.width()).arg(mode.size.height());
        const int at = m_webcamDevice->count();
        m_webcamDevice->addItem(QStringLiteral("%1 (%2)").arg(device.description, device.devicePath),
                                device.url.toString());
        m_webcamDevice->setItemData(at, sizes, SizesRole);
        if (device.isDefault)
            m_webcamDevice->setCurrentIndex(at);
    }
    if (devices.isEmpty())
        m_webcamDevice->addItem(tr("No camera found on this computer"));
    connect(m_webcamDevice, &QComboBox::currentIndexChanged, this, [this] {
        m_webcamSize->clear();
        m_webcamSize->addItem(tr("Camera default"));
        m_webcamSize->addItems(m_webcamDevice->currentData(SizesRole).toStringList());
    });
    Q_EMIT m_webcamDevice->currentIndexChanged(m_webcamDevice->currentIndex());
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Device:"), m_webcamDevice);
    form->addRow(tr("&Resolution:"), m_webcamSize);
    return page;
}

QWidget *CameraDialog::makeFilePage()
{
    auto *page = new QWidget(this);
    m_filePath = lineEdit(page, tr("a video file, or a folder of JPEG pictures"), tr("File or folder"));
    auto *browseFile = new QPushButton(tr("&Video file…"), page);
    connect(browseFile, &QPushButton::clicked, this, [this] {
        const QString path
            = QFileDialog::getOpenFileName(this, tr("Video file"), m_filePath->text(),
                                           tr("Videos (*.mp4 *.mkv *.mov *.avi *.ts *.webm);;All files (*)"));
        if (!path.isEmpty())
            m_filePath->setText(path);
    });
    auto *browseFolder = new QPushButton(tr("F&older…"), page);
    connect(browseFolder, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getExistingDirectory(this, tr("Folder of JPEG pictures"), m_filePath->text());
        if (!path.isEmpty())
            m_filePath->setText(path);
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_filePath, 1);
    row->addWidget(browseFile);
    row->addWidget(browseFolder);
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Path:"), row);
    return page;
}

QWidget *CameraDialog::makeTestPatternPage()
{
    auto *page = new QWidget(this);
    m_patternSize = new QComboBox(page);
    m_patternSize->addItems({QStringLiteral("1280x720"), QStringLiteral("1920x1080"), QStringLiteral("640x480")});
    m_patternSize->setAccessibleName(tr("Picture size"));
    m_patternFps = new QSpinBox(page);
    m_patternFps->setRange(1, 60);
    m_patternFps->setValue(25);
    m_patternFps->setAccessibleName(tr("Frames per second"));
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Size:"), m_patternSize);
    form->addRow(tr("&Frames per second:"), m_patternFps);
    return page;
}

void CameraDialog::setKind(Kind kind)
{
    m_kind->setCurrentIndex(int(kind));
}

void CameraDialog::setConfig(const CameraConfig &config)
{
    setWindowTitle(tr("Edit camera"));
    m_editedName = config.name;
    m_name->setText(config.name);
    const Kind kind = kindOf(config.url);
    setKind(kind);
    QUrl bare = config.url;
    bare.setUserInfo({});
    switch (kind) {
    case Kind::Rtsp:
        m_rtspAddress->setText(bare.toString());
        m_rtspUser->setText(config.url.userName());
        m_rtspPassword->setText(config.url.password());
        m_rtspTransport->setCurrentIndex(QUrlQuery(config.url).queryItemValue(QStringLiteral("transport")) == u"udp");
        break;
    case Kind::HttpMjpeg:
        m_httpUrl->setText(bare.toString());
        m_httpUser->setText(config.url.userName());
        m_httpPassword->setText(config.url.password());
        break;
    case Kind::WebSocket:
        m_wsUrl->setText(config.url.toString());
        break;
    case Kind::File:
        m_filePath->setText(config.url.toLocalFile());
        break;
    case Kind::TestPattern: {
        const QSize size = SourceUrl::sizeParameter(config.url, {});
        if (size.isValid()) {
            const QString text = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
            if (m_patternSize->findText(text) < 0)
                m_patternSize->addItem(text);
            m_patternSize->setCurrentText(text);
        }
        m_patternFps->setValue(int(SourceUrl::fpsParameter(config.url, m_patternFps->value())));
        break;
    }
    case Kind::Webcam: {
        const int device = m_webcamDevice->findData(bare.adjusted(QUrl::RemoveQuery).toString());
        if (device >= 0)
            m_webcamDevice->setCurrentIndex(device);
        break;
    }
    }
}

QUrl CameraDialog::url() const
{
    switch (Kind(m_kind->currentIndex())) {
    case Kind::Rtsp: {
        const QString address = m_rtspAddress->text().trimmed();
        QUrl url;
        if (address.contains(QStringLiteral("://"))) {
            url = QUrl(address, QUrl::StrictMode);
        } else {
            url.setScheme(QStringLiteral("rtsp"));
            url.setHost(address);
            url.setPort(m_rtspPort->value());
            const QString path = m_rtspPath->text().trimmed();
            url.setPath(path.isEmpty() || path.startsWith(u'/') ? path : u'/' + path);
        }
        if (!m_rtspUser->text().isEmpty())
            url.setUserName(m_rtspUser->text());
        if (!m_rtspPassword->text().isEmpty())
            url.setPassword(m_rtspPassword->text());
        QUrlQuery query(url);
        query.removeAllQueryItems(QStringLiteral("transport"));
        if (m_rtspTransport->currentIndex() == 1)
            query.addQueryItem(QStringLiteral("transport"), QStringLiteral("udp"));
        url.setQuery(query);
        return url;
    }
    case Kind::HttpMjpeg: {
        QUrl url(m_httpUrl->text().trimmed(), QUrl::StrictMode);
        if (!m_httpUser->text().isEmpty())
            url.setUserName(m_httpUser->text());
        if (!m_httpPassword->text().isEmpty())
            url.setPassword(m_httpPassword->text());
        return url;
    }
    case Kind::WebSocket:
        return QUrl(m_wsUrl->text().trimmed(), QUrl::StrictMode);
    case Kind::Webcam: {
        QUrl url(m_webcamDevice->currentData().toString());
        if (m_webcamSize->currentIndex() > 0)
            url.setQuery(QStringLiteral("size=") + m_webcamSize->currentText());
        return url;
    }
    case Kind::File:
        return m_filePath->text().trimmed().isEmpty() ? QUrl() : QUrl::fromLocalFile(m_filePath->text().trimmed());
    case Kind::TestPattern:
        return QUrl(
            QStringLiteral("test:pattern?size=%1&fps=%2").arg(m_patternSize->currentText()).arg(m_patternFps->value()));
    }
    return {};
}

QString CameraDialog::validationError() const
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return tr("Give the camera a name.");
    if (name != m_editedName && m_takenNames.contains(name, Qt::CaseInsensitive))
        return tr("There is already a camera called \"%1\".").arg(name);
    const Kind kind = Kind(m_kind->currentIndex());
    if (kind == Kind::Rtsp && m_rtspAddress->text().trimmed().isEmpty())
        return tr("Enter the camera's address (its host name or IP address).");
    if (kind == Kind::Webcam && !m_webcamDevice->currentData().isValid())
        return tr("No local camera was found.");
    if (kind == Kind::File && m_filePath->text().trimmed().isEmpty())
        return tr("Choose a video file or a folder of pictures.");
    const QUrl address = url();
    const QString scheme = address.scheme().toLower();
    const bool schemeFits = (kind == Kind::Rtsp && (scheme == u"rtsp" || scheme == u"rtsps"))
        || (kind == Kind::HttpMjpeg && (scheme == u"http" || scheme == u"https"))
        || (kind == Kind::WebSocket && (scheme == u"ws" || scheme == u"wss")) || kind == Kind::Webcam
        || kind == Kind::File || kind == Kind::TestPattern;
    if (!address.isValid() || !schemeFits)
        return tr("This is not a valid address for this kind of camera.");
    if ((kind == Kind::Rtsp || kind == Kind::HttpMjpeg || kind == Kind::WebSocket) && address.host().isEmpty())
        return tr("The address has no host.");
    return {};
}

CameraConfig CameraDialog::config() const
{
    CameraConfig config;
    config.name = m_name->text().trimmed();
    config.url = url();
    return config;
}

void CameraDialog::tidyAddresses()
{
    moveCredentialsOut(m_rtspAddress, m_rtspUser, m_rtspPassword);
    moveCredentialsOut(m_httpUrl, m_httpUser, m_httpPassword);
}

void CameraDialog::accept()
{
    tidyAddresses();
    const QString error = validationError();
    if (!error.isEmpty()) {
        m_message->setStyleSheet(QStringLiteral("color:#c0392b"));
        m_message->setText(error);
        return;
    }
    cancelTest();
    QDialog::accept();
}

void CameraDialog::testConnection()
{
    tidyAddresses();
    const QString error = validationError();
    // The name does not matter for a test; the address does.
    if (!error.isEmpty() && !m_name->text().trimmed().isEmpty()) {
        m_message->setStyleSheet(QStringLiteral("color:#c0392b"));
        m_message->setText(error);
        return;
    }
    m_thumbnail->clear();
    m_message->setStyleSheet({});
    m_message->setText(tr("Connecting to %1…").arg(SourceUrl::redacted(url())));
    m_testButton->setText(tr("Cancel &test"));
    m_probe = std::make_unique<ConnectionProbe>(url(), m_thumbnail->size());
    connect(m_probe.get(), &ConnectionProbe::finished, this, &CameraDialog::showTestResult);
}

void CameraDialog::cancelTest()
{
    if (!m_probe)
        return;
    m_probe.reset();
    m_testButton->setText(tr("&Test connection"));
    m_message->setText(tr("Test cancelled."));
}

void CameraDialog::showTestResult(const ConnectionProbe::Result &result)
{
    m_probe.release()->deleteLater(); // it is still emitting
    m_testButton->setText(tr("&Test connection"));
    if (result.ok) {
        m_thumbnail->setPixmap(QPixmap::fromImage(result.thumbnail));
        m_message->setStyleSheet(QStringLiteral("color:#27ae60"));
        m_message->setText(
            tr("Works: %1×%2, %3.").arg(result.size.width()).arg(result.size.height()).arg(result.codec));
    } else {
        m_thumbnail->setText(tr("no picture"));
        m_message->setStyleSheet(QStringLiteral("color:#c0392b"));
        m_message->setText(tr("Does not work: %1").arg(result.error));
    }
    Q_EMIT testFinished(result.ok);
}
