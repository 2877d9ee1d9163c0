#pragma once

#include "sources/kinds/camerakind.h"

#include <QHash>
#include <QUrl>
#include <QWidget>

class QLabel;

// The form for one kind of camera, drawn from its CameraKind's fields: a line edit, masked edit, spin box, list
// or path chooser per field. It reads a URL into the fields and writes the fields back into that URL, so what
// no field shows is kept.
class KindForm final : public QWidget
{
    Q_OBJECT

public:
    KindForm(const CameraKind &kind, QWidget *parent = nullptr);

    const CameraKind &kind() const { return m_kind; }
    // The camera being edited; an empty URL starts a new one with the kind's defaults.
    void setUrl(const QUrl &url);
    QUrl url() const;
    // Puts what the user pasted where it belongs (CameraKind::tidied).
    void tidy();
    // The fields' labels: the dialog lines its own fields up with the form's.
    QList<QLabel *> labels() const { return m_labels; }

private:
    FieldValues values() const;
    void setValues(const FieldValues &values);
    QWidget *makeEditor(const KindField &field);
    QString valueOf(const KindField &field) const;
    void setValueOf(const KindField &field, const QString &value, const FieldValues &all);

    const CameraKind &m_kind;
    const QList<KindField> m_fields;
    QHash<QString, QWidget *> m_editors; // by field key
    QList<QLabel *> m_labels;
    QUrl m_base;
    FieldValues m_shown; // what setValues() last put in, to keep its spelling when the user left a field alone
    bool m_filling = false;
};
