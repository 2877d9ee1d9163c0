#pragma once

#include "sources/framesource.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

class PushHub;

// One thing a form asks about a camera of some kind. A plain description, free of widgets: the window's camera
// dialog renders it, and so can a page in a browser.
struct KindField
{
    enum class Type {
        Text, // one line: a host, an address, a name
        Secret, // one line, shown masked
        Number, // a whole number between minimum and maximum; `unsetText` names 0 when 0 means "not given"
        Choice, // one of CameraKind::choices(); an editable choice also takes a typed value
        LocalPath, // a file or folder on this computer
    };

    QString key {}; // "host", "port", "password", …: the name in FieldValues
    Type type = Type::Text;
    QString label {}; // "&Address:", translated, with the mnemonic
    QString accessibleName {}; // "Camera address", translated: what a screen reader says and tests find it by
    QString placeholder {}; // grey text in an empty field
    QString hint {}; // a tool tip, when the label is not enough
    QString unsetText {}; // what the empty (Choice) or zero (Number) value means: "Camera default"
    QString fileFilter {}; // LocalPath: the file types a file chooser offers
    int minimum = 0;
    int maximum = 0;
    int decimals = 0; // Number: digits after the point
    bool editable = false; // Choice: typed values too
};

// One entry of a Choice field: the value stored and what the user reads.
struct KindChoice
{
    QString value;
    QString label;

    friend bool operator==(const KindChoice &, const KindChoice &) = default;
};

// The values of a camera's fields by KindField::key, as text: what a form shows and what the user typed.
using FieldValues = QMap<QString, QString>;

// What a source may need from the rest of the program.
struct SourceContext
{
    std::shared_ptr<PushHub> pushHub; // where push cameras read from; null when nothing can push
};

// Everything the program knows of one kind of camera, in one place: its URL schemes, the URL read into named
// fields and written back without losing an option, what makes a URL unusable in words, and the source that
// reads it. Adding a kind is a subclass and a line in CameraKinds.
class CameraKind
{
public:
    virtual ~CameraKind() = default;

    virtual QString id() const = 0; // "rtsp": stable, in API answers and the configuration page
    virtual QString title() const = 0; // "RTSP camera", translated
    virtual QStringList schemes() const = 0; // lowercase; the first is the one a new camera gets
    virtual QList<KindField> fields() const = 0;
    // The entries of Choice field `key`, given the other values (a webcam's sizes depend on the device). The
    // current value is always among them, so editing a camera never changes what was not touched.
    virtual QList<KindChoice> choices(const QString &key, const FieldValues &values) const;

    // The URL's fields; every field has a value (its default when the URL does not say).
    virtual FieldValues fieldsOf(const QUrl &url) const = 0;
    // The URL the fields describe. `base` is the URL being edited (empty for a new camera): whatever no field
    // shows (other query options, the scheme's variant, a port left implicit) is kept from it, so that
    // urlFrom(fieldsOf(url), url) == url.
    virtual QUrl urlFrom(const FieldValues &values, const QUrl &base = {}) const = 0;
    // The fields put straight after the user edited them, and the URL being edited from then on: a user name and
    // password pasted into an address move to their own fields (where the password is masked); a whole address
    // pasted where a host was asked for is read into the fields, and its other options kept. By default nothing
    // changes.
    struct Tidied
    {
        FieldValues values;
        QUrl base;
    };
    virtual Tidied tidied(const FieldValues &values, const QUrl &base) const { return {values, base}; }

    // Why `url` cannot be a camera of this kind, in words; empty when it can.
    QString problem(const QUrl &url) const;
    // A source for a URL without problem(); null with `error` set when the context lacks what it needs.
    virtual std::unique_ptr<FrameSource> makeSource(const QUrl &url, const SourceContext &context,
                                                    QString *error) const = 0;

    bool handles(const QUrl &url) const;
    // Whether a new address is tried before it is saved (a camera that only waits for pictures has nothing to try).
    virtual bool testsBeforeSaving() const { return true; }
    // The address of the same camera's sub stream, when this kind can tell it from the main address alone (an
    // ONVIF camera: its smallest profile); invalid otherwise.
    virtual QUrl subStreamOf(const QUrl &) const { return {}; }

protected:
    // The checks of this kind once the scheme fits.
    virtual QString kindProblem(const QUrl &url) const = 0;
};

// The kinds this program knows, in the order a user is offered them.
namespace CameraKinds {

QList<const CameraKind *> all();
// The kind whose schemes include the URL's; null when none does.
const CameraKind *forUrl(const QUrl &url);
const CameraKind *byId(const QString &id);

} // namespace CameraKinds

// Small pieces the kinds share.
namespace KindUrl {

// Sets query option `key` in place (its position kept), removes it when `value` is empty, and leaves the URL
// untouched when it lacks the option and `value` is `implicitValue` (what the source assumes without it).
void setOption(QUrl &url, const QString &key, const QString &value, const QString &implicitValue = {});
QString option(const QUrl &url, const QString &key);
// A field of user name and password, as kinds with an address show them.
QList<KindField> credentialFields();
// Puts `user` and `password` from the values into the URL (removing what the fields leave empty).
void setCredentials(QUrl &url, const FieldValues &values);
// Moves `user:password@` from address field `addressKey` into the user and password fields.
FieldValues credentialsMovedOut(FieldValues values, const QString &addressKey);
// For kinds whose form splits an address into fields: when field `addressKey` of `values` (credentials already
// moved out) holds a whole address of `kind`, its fields read from it, the user name and password kept from
// `values`, and the address as the new base; nothing otherwise.
std::optional<CameraKind::Tidied> pastedAddress(const CameraKind &kind, const FieldValues &values,
                                                const QString &addressKey);

} // namespace KindUrl
