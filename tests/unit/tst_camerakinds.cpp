// Camera kinds: every kind's address read into fields and written back unchanged, through the configuration
// file too; an edited field changes only itself; the words a broken address gets.

#include "camera/configstore.h"
#include "kindexamples.h"
#include "sources/kinds/camerakind.h"
#include "sources/pushhub.h"
#include "sources/sourcefactory.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_CameraKinds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyKindIsFoundByItsSchemesAndId()
    {
        QStringList ids;
        for (const CameraKind *kind : CameraKinds::all()) {
            QVERIFY(!ids.contains(kind->id()));
            ids << kind->id();
            QCOMPARE(CameraKinds::byId(kind->id()), kind);
            QVERIFY(!kind->title().isEmpty());
            for (const QString &scheme : kind->schemes())
                QCOMPARE(CameraKinds::forUrl(QUrl(scheme + u":x"_s)), kind);
            // Every field can be found by a screen reader and has a value for a new camera.
            const FieldValues fresh = kind->fieldsOf(QUrl());
            for (const KindField &field : kind->fields()) {
                QVERIFY2(!field.accessibleName.isEmpty() && !field.label.isEmpty(), qPrintable(field.key));
                QVERIFY2(fresh.contains(field.key), qPrintable(kind->id() + u'.' + field.key));
            }
        }
        QCOMPARE(
            ids,
            QStringList({u"rtsp"_s, u"onvif"_s, u"http"_s, u"ws"_s, u"webcam"_s, u"file"_s, u"push"_s, u"test"_s}));
        QCOMPARE(CameraKinds::forUrl(QUrl(u"gopher://x"_s)), nullptr);
    }

    void anAddressSurvivesItsFields_data() { examples(); }
    void anAddressSurvivesItsFields()
    {
        QFETCH(QString, kindId);
        QFETCH(QUrl, url);
        const CameraKind *kind = CameraKinds::forUrl(url);
        QVERIFY(kind);
        QCOMPARE(kind->id(), kindId);
        QCOMPARE(kind->problem(url), QString());
        const QUrl back = kind->urlFrom(kind->fieldsOf(url), url);
        QCOMPARE(back.toString(QUrl::FullyEncoded), url.toString(QUrl::FullyEncoded));
        const CameraKind::Tidied tidied = kind->tidied(kind->fieldsOf(url), url);
        QCOMPARE(kind->urlFrom(tidied.values, tidied.base), url);
    }

    void anAddressSurvivesTheConfigurationFile_data() { examples(); }
    void anAddressSurvivesTheConfigurationFile()
    {
        QFETCH(QUrl, url);
        QTemporaryDir dir;
        const ConfigStore store(dir.filePath(u"cameras.json"_s));
        AppConfig config;
        CameraConfig camera;
        camera.name = u"Cam"_s;
        camera.url = url;
        config.cameras = {camera};
        QString error;
        QVERIFY2(store.save(config, &error), qPrintable(error));
        const ConfigStore::Loaded loaded = store.load();
        QVERIFY2(loaded.problem.isEmpty(), qPrintable(loaded.problem));
        QCOMPARE(loaded.config.cameras.size(), 1);
        QCOMPARE(loaded.config.cameras.first().url.toString(QUrl::FullyEncoded), url.toString(QUrl::FullyEncoded));
    }

    void changingOneFieldKeepsEveryOtherOption()
    {
        const QUrl url(u"rtsps://admin:pw@cam.example:8322/live?open_timeout=5&transport=udp&trust=sha256:ab"_s);
        const CameraKind *rtsp = CameraKinds::byId(u"rtsp"_s);
        FieldValues values = rtsp->fieldsOf(url);
        QCOMPARE(values.value(u"address"_s), u"cam.example"_s);
        QCOMPARE(values.value(u"port"_s), u"8322"_s);
        QCOMPARE(values.value(u"password"_s), u"pw"_s);
        values[u"transport"_s] = QString(); // back to TCP
        values[u"port"_s] = u"9000"_s;
        QCOMPARE(rtsp->urlFrom(values, url),
                 QUrl(u"rtsps://admin:pw@cam.example:9000/live?open_timeout=5&trust=sha256:ab"_s));

        const CameraKind *webcam = CameraKinds::byId(u"webcam"_s);
        const QUrl camera(u"webcam:0?size=640x480&fps=15&exposure=auto"_s);
        values = webcam->fieldsOf(camera);
        values[u"size"_s] = QString(); // camera default
        QCOMPARE(webcam->urlFrom(values, camera), QUrl(u"webcam:0?fps=15&exposure=auto"_s));

        // A new test pattern says its size and rate; changing the rate of an implicit one adds only the rate.
        const CameraKind *pattern = CameraKinds::byId(u"test"_s);
        QCOMPARE(pattern->urlFrom(pattern->fieldsOf(QUrl())), QUrl(u"test:pattern?size=1280x720&fps=25"_s));
        values = pattern->fieldsOf(QUrl(u"test:pattern"_s));
        values[u"fps"_s] = u"5"_s;
        QCOMPARE(pattern->urlFrom(values, QUrl(u"test:pattern"_s)), QUrl(u"test:pattern?fps=5"_s));
    }

    void aPastedPasswordMovesToItsField()
    {
        for (const QString &id : {u"rtsp"_s, u"http"_s, u"ws"_s}) {
            const CameraKind *kind = CameraKinds::byId(id);
            FieldValues values = kind->fieldsOf(QUrl());
            values[u"address"_s] = id + u"://root:se%40cret@192.0.2.4/live"_s;
            const CameraKind::Tidied tidied = kind->tidied(values, {});
            // An RTSP camera's address field holds the host: the port and path have fields of their own.
            QCOMPARE(tidied.values.value(u"address"_s), id == u"rtsp" ? u"192.0.2.4"_s : id + u"://192.0.2.4/live"_s);
            QCOMPARE(tidied.values.value(u"user"_s), u"root"_s);
            QCOMPARE(tidied.values.value(u"password"_s), u"se@cret"_s);
            QCOMPARE(kind->urlFrom(tidied.values, tidied.base), QUrl(id + u"://root:se%40cret@192.0.2.4/live"_s));
        }
    }

    // The port field said 554 while a pasted address said 8554: the fields now take what the address says.
    void aPastedRtspAddressFillsEveryField()
    {
        const CameraKind *rtsp = CameraKinds::byId(u"rtsp"_s);
        FieldValues values = rtsp->fieldsOf(QUrl());
        QCOMPARE(values.value(u"port"_s), u"554"_s);
        values[u"address"_s] = u"rtsp://admin:pw@192.0.2.11:8554/live?transport=udp&vendor=1"_s;
        const CameraKind::Tidied tidied = rtsp->tidied(values, {});
        QCOMPARE(tidied.values.value(u"address"_s), u"192.0.2.11"_s);
        QCOMPARE(tidied.values.value(u"port"_s), u"8554"_s);
        QCOMPARE(tidied.values.value(u"path"_s), u"/live"_s);
        QCOMPARE(tidied.values.value(u"transport"_s), u"udp"_s);
        QCOMPARE(tidied.values.value(u"password"_s), u"pw"_s);
        QCOMPARE(rtsp->urlFrom(tidied.values, tidied.base),
                 QUrl(u"rtsp://admin:pw@192.0.2.11:8554/live?transport=udp&vendor=1"_s));
        // Then the fields rule: a new port is the address's port.
        FieldValues edited = tidied.values;
        edited[u"port"_s] = u"9554"_s;
        QCOMPARE(rtsp->urlFrom(edited, tidied.base),
                 QUrl(u"rtsp://admin:pw@192.0.2.11:9554/live?transport=udp&vendor=1"_s));
    }

    void aBrokenAddressIsExplainedInWords_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("problem");
        QTest::newRow("empty") << QString() << u"not a valid camera address"_s;
        QTest::newRow("unknown scheme") << u"gopher://cam/"_s << u"unknown address scheme \"gopher\""_s;
        QTest::newRow("rtsp without host") << u"rtsp:///live"_s << u"enter the camera's address"_s;
        QTest::newRow("http without host") << u"http:///x"_s << u"no host in the camera address"_s;
        QTest::newRow("webcam garbage") << u"webcam:front"_s << u"not a webcam address"_s;
        QTest::newRow("test other") << u"test:bars"_s << u"unknown test source (use test:pattern)"_s;
        QTest::newRow("push uppercase") << u"push:Porch"_s << u"a push camera needs a name"_s;
        QTest::newRow("file without path") << u"file:"_s << u"choose a video file"_s;
    }
    void aBrokenAddressIsExplainedInWords()
    {
        QFETCH(QString, url);
        QFETCH(QString, problem);
        QString error;
        QVERIFY(!SourceFactory(std::make_shared<PushHub>()).isSupported(QUrl(url), &error));
        QVERIFY2(error.startsWith(problem), qPrintable(error));
        QCOMPARE(SourceFactory().create(QUrl(url), &error), nullptr);
    }

    void everyExampleMakesASource_data() { examples(); }
    void everyExampleMakesASource()
    {
        QFETCH(QUrl, url);
        QString error;
        const auto source = SourceFactory(std::make_shared<PushHub>()).create(url, &error);
        QVERIFY2(source, qPrintable(error));
    }

private:
    static void examples()
    {
        QTest::addColumn<QString>("kindId");
        QTest::addColumn<QUrl>("url");
        for (const KindExamples::Example &example : KindExamples::all())
            QTest::newRow(example.name) << QString::fromLatin1(example.kind) << QUrl(example.url, QUrl::StrictMode);
    }
};

QTEST_GUILESS_MAIN(tst_CameraKinds)
#include "tst_camerakinds.moc"
