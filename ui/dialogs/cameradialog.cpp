#include "cameradialog.h"

#include "camerafinder.h"
#include "kindform.h"
#include "sources/sourceurl.h"
#include "theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {

// "no host in the camera address" -> "No host in the camera address."
QString sentence(QString text)
{
    if (text.isEmpty())
        return text;
    text[0] = text[0].toUpper();
    if (!text.endsWith(u'.'))
        text += u'.';
    return text;
}

// "1920×1080, h264"
QString describeStream(const ConnectionProbe::Result &result)
{
    return QStringLiteral("%1×%2, %3").arg(result.size.width()).arg(result.size.height()).arg(result.codec);
}

// Whether `password` typed for `from` may go with `to`: the same account on the same camera.
bool sameAccount(const QUrl &from, const QUrl &to)
{
    return from.scheme() == to.scheme() && from.host().compare(to.host(), Qt::CaseInsensitive) == 0
        && from.port() == to.port() && from.userName() == to.userName();
}

} // namespace

CameraDialog::CameraDialog(const QStringList &takenNames, QWidget *parent)
    : QDialog(parent)
    , m_takenNames(takenNames)
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_subUrl(new QLineEdit(this))
    , m_thumbnail(new QLabel(this))
    , m_subThumbnail(new QLabel(this))
    , m_testButton(new QPushButton(tr("&Test connection"), this))
    , m_findButton(new QPushButton(tr("&Find cameras…"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add camera"));
    m_name->setPlaceholderText(tr("e.g. Front door"));
    m_name->setAccessibleName(tr("Camera name"));
    m_name->setClearButtonEnabled(true);
    m_kind->setAccessibleName(tr("Kind of camera"));
    // One form per kind of camera, drawn from its description.
    for (const CameraKind *kind : CameraKinds::all()) {
        m_kind->addItem(kind->title(), kind->id());
        m_pages->addWidget(new KindForm(*kind, m_pages));
    }
    connect(m_kind, &QComboBox::currentIndexChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { m_message->clear(); });

    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Message"));
    m_thumbnail->setFixedSize(320, 180);
    m_thumbnail->setAlignment(Qt::AlignCenter);
    m_thumbnail->setStyleSheet(QStringLiteral("background:#111;color:#aaa"));
    m_thumbnail->setAccessibleName(tr("Test picture"));
    m_subThumbnail->setFixedSize(160, 90);
    m_subThumbnail->setAlignment(Qt::AlignCenter);
    m_subThumbnail->setStyleSheet(m_thumbnail->styleSheet());
    m_subThumbnail->setAccessibleName(tr("Sub stream test picture"));
    m_subThumbnail->hide();
    m_subUrl->setPlaceholderText(tr("optional, e.g. rtsp://192.0.2.10/stream2"));
    m_subUrl->setAccessibleName(tr("Sub stream address"));
    m_subUrl->setClearButtonEnabled(true);
    m_subUrl->setToolTip(tr("Most IP cameras send a second, smaller stream beside the main one. Without a user name "
                            "of its own it uses the main address's, on the same camera only."));
    connect(m_subUrl, &QLineEdit::editingFinished, this, &CameraDialog::tidySubUrl);
    m_testButton->setObjectName(QStringLiteral("test"));
    connect(m_testButton, &QPushButton::clicked, this, [this] { m_probe ? cancelTest() : testConnection(); });
    m_findButton->setObjectName(QStringLiteral("find"));
    m_findButton->setToolTip(tr("The ONVIF cameras on the local networks: no stream address to know"));
    connect(m_findButton, &QPushButton::clicked, this, &CameraDialog::findCameras);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CameraDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    QList<QLabel *> labels {new QLabel(tr("&Name:"), this), new QLabel(tr("&Kind:"), this)};
    labels[0]->setBuddy(m_name);
    labels[1]->setBuddy(m_kind);
    form->addRow(labels[0], m_name);
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_kind, 1);
    kindRow->addWidget(m_findButton);
    form->addRow(labels[1], kindRow);
    // One column of labels for the dialog's fields and every kind's, so the fields line up.
    for (int i = 0; i < m_pages->count(); ++i)
        labels += static_cast<KindForm *>(m_pages->widget(i))->labels();
    auto *subForm = new QFormLayout;
    auto *subLabel = new QLabel(tr("S&ub stream:"), this);
    subLabel->setBuddy(m_subUrl);
    subForm->addRow(subLabel, m_subUrl);
    labels += subLabel;
    int labelWidth = 0;
    for (const QLabel *label : std::as_const(labels))
        labelWidth = std::max(labelWidth, label->sizeHint().width());
    for (QLabel *label : std::as_const(labels))
        label->setMinimumWidth(labelWidth);
    auto *test = new QHBoxLayout;
    test->addWidget(m_thumbnail);
    test->addWidget(m_subThumbnail, 0, Qt::AlignBottom);
    test->addStretch();
    test->addWidget(m_testButton, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_pages);
    layout->addLayout(subForm);
    layout->addLayout(test);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
}

CameraDialog::~CameraDialog() = default;

KindForm *CameraDialog::currentForm() const
{
    return static_cast<KindForm *>(m_pages->currentWidget());
}

void CameraDialog::setKind(const QString &id)
{
    const int index = m_kind->findData(id);
    Q_ASSERT(index >= 0);
    m_kind->setCurrentIndex(index);
}

void CameraDialog::setKnownCameras(const QList<QUrl> &urls)
{
    m_known = urls;
}

void CameraDialog::findCameras()
{
    auto *finder = new CameraFinder(m_known, this);
    finder->setAttribute(Qt::WA_DeleteOnClose);
    connect(finder, &QDialog::accepted, this, [this, finder] {
        const QUrl url = finder->chosen();
        const CameraKind *kind = CameraKinds::forUrl(url);
        if (!kind)
            return;
        setKind(kind->id());
        currentForm()->setUrl(url);
        // A camera that says what its sub stream is gets it, unless the user gave one.
        if (const QUrl sub = kind->subStreamOf(url); sub.isValid() && m_subUrl->text().trimmed().isEmpty())
            setSubUrl(sub);
    });
    finder->open();
}

void CameraDialog::setConfig(const CameraConfig &config)
{
    setWindowTitle(tr("Edit camera"));
    m_edited = config;
    m_name->setText(config.name);
    const CameraKind *kind = CameraKinds::forUrl(config.url);
    if (!kind)
        return; // an address of no kind we know: the form starts empty, and OK would have to replace it
    setKind(kind->id());
    currentForm()->setUrl(config.url);
    setSubUrl(config.subUrl);
}

void CameraDialog::setSubUrl(const QUrl &url)
{
    m_subSecret.clear();
    m_subUrl->setText(url.toString());
    tidySubUrl();
}

void CameraDialog::tidySubUrl()
{
    QUrl url(m_subUrl->text().trimmed(), QUrl::TolerantMode);
    if (url.password().isEmpty())
        return;
    m_subSecret = url;
    url.setPassword({});
    m_subUrl->setText(url.toString());
}

QUrl CameraDialog::subUrl() const
{
    const QString text = m_subUrl->text().trimmed();
    if (text.isEmpty())
        return {};
    QUrl url(text, QUrl::TolerantMode);
    if (url.password().isEmpty() && !url.userName().isEmpty() && sameAccount(m_subSecret, url))
        url.setPassword(m_subSecret.password());
    return url;
}

QString CameraDialog::subUrlProblem() const
{
    const QUrl url = subUrl();
    if (url.isEmpty())
        return {};
    if (!url.isValid() || url.scheme().isEmpty())
        return tr("The sub stream address is not an address.");
    const CameraKind *kind = CameraKinds::forUrl(url);
    if (!kind)
        return tr("The sub stream address is of no kind of camera this program reads.");
    if (const QString problem = kind->problem(url); !problem.isEmpty())
        return tr("Sub stream: %1").arg(sentence(problem));
    return {};
}

CameraDialog::Addresses CameraDialog::addresses() const
{
    const CameraConfig camera = config();
    return {camera.url, camera.subStreamUrl()};
}

QString CameraDialog::validationError() const
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return tr("Give the camera a name.");
    if (name.compare(m_edited.name, Qt::CaseInsensitive) != 0 && m_takenNames.contains(name, Qt::CaseInsensitive))
        return tr("There is already a camera called \"%1\".").arg(name);
    const KindForm *form = currentForm();
    if (const QString problem = form->kind().problem(form->url()); !problem.isEmpty())
        return sentence(problem);
    return subUrlProblem();
}

CameraConfig CameraDialog::config() const
{
    CameraConfig config = m_edited;
    config.name = m_name->text().trimmed();
    config.url = currentForm()->url();
    config.subUrl = subUrl();
    return config;
}

void CameraDialog::showProblem(const QString &problem)
{
    m_message->setStyleSheet(QStringLiteral("color:%1").arg(Theme::problemColor(palette()).name()));
    m_message->setText(problem);
}

void CameraDialog::accept()
{
    currentForm()->tidy();
    tidySubUrl();
    const QString error = validationError();
    if (!error.isEmpty()) {
        showProblem(error);
        return;
    }
    const KindForm *form = currentForm();
    const Addresses now = addresses();
    const bool unchanged = !m_edited.url.isEmpty() && now.main == m_edited.url && now.sub == m_edited.subStreamUrl();
    if (unchanged || now == m_passed || !form->kind().testsBeforeSaving()) {
        cancelTest();
        QDialog::accept();
        return;
    }
    if (now == m_failed) {
        askSaveAnyway(m_failure);
        return;
    }
    if (m_probe && m_probing == now) {
        m_acceptAfterTest = true; // the test under way decides
        return;
    }
    testConnection();
    m_acceptAfterTest = true;
    m_message->setText(tr("Testing %1 before saving…").arg(SourceUrl::redacted(now.main)));
}

void CameraDialog::askSaveAnyway(const QString &error)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Save camera"),
                                tr("The connection test failed: %1\n\nSave the camera anyway? It will keep trying, "
                                   "and after a wrong password only every few minutes.")
                                    .arg(error),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("saveAnyway"));
    QPushButton *save = box->addButton(tr("&Save anyway"), QMessageBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveAnywayButton"));
    QPushButton *keep = box->addButton(tr("&Keep editing"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepEditingButton"));
    box->setDefaultButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(save, &QPushButton::clicked, this, [this] {
        cancelTest();
        QDialog::accept();
    });
    box->open();
}

void CameraDialog::testConnection()
{
    KindForm *form = currentForm();
    form->tidy();
    tidySubUrl();
    // The name does not matter for a test; the addresses do.
    QString problem = sentence(form->kind().problem(form->url()));
    if (problem.isEmpty())
        problem = subUrlProblem();
    if (!problem.isEmpty()) {
        showProblem(problem);
        return;
    }
    cancelTest();
    m_thumbnail->clear();
    m_subThumbnail->clear();
    m_message->setStyleSheet({});
    m_message->setText(tr("Connecting to %1…").arg(SourceUrl::redacted(form->url())));
    m_testButton->setText(tr("Cancel &test"));
    m_acceptAfterTest = false;
    m_probing = addresses();
    // Both streams side by side: the test takes as long as the slower one.
    m_probe = std::make_unique<ConnectionProbe>(m_probing.main, m_thumbnail->size());
    connect(m_probe.get(), &ConnectionProbe::finished, this, [this](const ConnectionProbe::Result &result) {
        m_mainResult = result;
        onProbeFinished();
    });
    m_subThumbnail->setVisible(!m_probing.sub.isEmpty());
    if (!m_probing.sub.isEmpty()) {
        m_subProbe = std::make_unique<ConnectionProbe>(m_probing.sub, m_subThumbnail->size());
        connect(m_subProbe.get(), &ConnectionProbe::finished, this, [this](const ConnectionProbe::Result &result) {
            m_subResult = result;
            onProbeFinished();
        });
    }
}

void CameraDialog::onProbeFinished()
{
    if (!m_mainResult || (m_subProbe && !m_subResult))
        return;
    // They are still emitting.
    m_probe.release()->deleteLater();
    if (m_subProbe)
        m_subProbe.release()->deleteLater();
    const ConnectionProbe::Result main = *std::exchange(m_mainResult, std::nullopt);
    const ConnectionProbe::Result sub = std::exchange(m_subResult, std::nullopt).value_or(ConnectionProbe::Result {});
    showTestResult(main, sub);
}

void CameraDialog::cancelTest()
{
    if (!m_probe)
        return;
    m_probe.reset();
    m_subProbe.reset();
    m_mainResult.reset();
    m_subResult.reset();
    m_acceptAfterTest = false;
    m_testButton->setText(tr("&Test connection"));
    m_message->setText(tr("Test cancelled."));
}

void CameraDialog::showTestResult(const ConnectionProbe::Result &main, const ConnectionProbe::Result &sub)
{
    m_testButton->setText(tr("&Test connection"));
    const bool hasSub = !m_probing.sub.isEmpty();
    const auto showPicture = [this](QLabel *label, const ConnectionProbe::Result &result) {
        if (result.ok)
            label->setPixmap(QPixmap::fromImage(result.thumbnail));
        else
            label->setText(tr("no picture"));
    };
    showPicture(m_thumbnail, main);
    if (hasSub)
        showPicture(m_subThumbnail, sub);
    const bool ok = main.ok && (!hasSub || sub.ok);
    QString error;
    if (ok) {
        m_message->setStyleSheet(QStringLiteral("color:%1").arg(Theme::successColor(palette()).name()));
        m_message->setText(
            hasSub ? tr("Works: main stream %1; sub stream %2.").arg(describeStream(main), describeStream(sub))
                   : tr("Works: %1.").arg(describeStream(main)));
    } else {
        error = main.ok ? tr("the sub stream: %1").arg(sub.error) : main.error;
        showProblem(tr("Does not work: %1").arg(error));
    }
    (ok ? m_passed : m_failed) = m_probing;
    if (!ok)
        m_failure = error;
    Q_EMIT testFinished(ok);
    if (std::exchange(m_acceptAfterTest, false)) {
        if (ok)
            QDialog::accept();
        else
            askSaveAnyway(error);
    }
}
