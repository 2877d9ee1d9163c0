#include "kindform.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

KindForm::KindForm(const CameraKind &kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_fields(kind.fields())
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins({});
    for (const KindField &field : m_fields) {
        QWidget *editor = makeEditor(field);
        editor->setAccessibleName(field.accessibleName);
        editor->setToolTip(field.hint);
        m_editors.insert(field.key, editor);
        auto *label = new QLabel(field.label, this);
        label->setBuddy(editor);
        m_labels.append(label);
        if (field.type == KindField::Type::LocalPath) {
            auto *row = new QHBoxLayout;
            row->addWidget(editor, 1);
            auto *file = new QPushButton(tr("&File…"), this);
            auto *folder = new QPushButton(tr("F&older…"), this);
            auto *edit = static_cast<QLineEdit *>(editor);
            connect(file, &QPushButton::clicked, this, [this, edit, field] {
                const QString path
                    = QFileDialog::getOpenFileName(this, field.accessibleName, edit->text(), field.fileFilter);
                if (!path.isEmpty())
                    edit->setText(path);
            });
            connect(folder, &QPushButton::clicked, this, [this, edit, field] {
                const QString path = QFileDialog::getExistingDirectory(this, field.accessibleName, edit->text());
                if (!path.isEmpty())
                    edit->setText(path);
            });
            row->addWidget(file);
            row->addWidget(folder);
            form->addRow(label, row);
        } else {
            form->addRow(label, editor);
        }
    }
    setUrl({});
}

QWidget *KindForm::makeEditor(const KindField &field)
{
    switch (field.type) {
    case KindField::Type::Text:
    case KindField::Type::Secret:
    case KindField::Type::LocalPath: {
        auto *edit = new QLineEdit(this);
        edit->setPlaceholderText(field.placeholder);
        if (field.type == KindField::Type::Secret)
            edit->setEchoMode(QLineEdit::Password);
        else
            edit->setClearButtonEnabled(true);
        connect(edit, &QLineEdit::editingFinished, this, &KindForm::tidy);
        return edit;
    }
    case KindField::Type::Number: {
        QAbstractSpinBox *box = nullptr;
        if (field.decimals > 0) {
            auto *spin = new QDoubleSpinBox(this);
            spin->setDecimals(field.decimals);
            spin->setRange(field.minimum, field.maximum);
            box = spin;
        } else {
            auto *spin = new QSpinBox(this);
            spin->setRange(field.minimum, field.maximum);
            box = spin;
        }
        box->setSpecialValueText(field.unsetText);
        return box;
    }
    case KindField::Type::Choice: {
        auto *box = new QComboBox(this);
        box->setEditable(field.editable);
        // A choice can change what the others offer (a webcam's sizes).
        connect(box, &QComboBox::activated, this, [this] { setValues(values()); });
        return box;
    }
    }
    return nullptr;
}

void KindForm::setUrl(const QUrl &url)
{
    m_base = url;
    setValues(m_kind.fieldsOf(url));
}

QUrl KindForm::url() const
{
    return m_kind.urlFrom(values(), m_base);
}

void KindForm::tidy()
{
    if (m_filling)
        return;
    const FieldValues now = values();
    const CameraKind::Tidied tidied = m_kind.tidied(now, m_base);
    m_base = tidied.base;
    if (tidied.values != now)
        setValues(tidied.values);
}

FieldValues KindForm::values() const
{
    FieldValues values;
    for (const KindField &field : m_fields)
        values.insert(field.key, valueOf(field));
    return values;
}

void KindForm::setValues(const FieldValues &values)
{
    m_filling = true;
    for (const KindField &field : m_fields)
        setValueOf(field, values.value(field.key), values);
    m_shown = values;
    m_filling = false;
}

QString KindForm::valueOf(const KindField &field) const
{
    QWidget *editor = m_editors.value(field.key);
    const QString shown = m_shown.value(field.key);
    switch (field.type) {
    case KindField::Type::Text:
    case KindField::Type::Secret:
    case KindField::Type::LocalPath:
        return static_cast<QLineEdit *>(editor)->text();
    case KindField::Type::Number: {
        double value = 0;
        if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor))
            value = spin->value();
        else
            value = static_cast<QSpinBox *>(editor)->value();
        // "30.0" stays "30.0" unless the user changed it.
        return shown.toDouble() == value ? shown : QString::number(value, 'g', 10);
    }
    case KindField::Type::Choice: {
        auto *box = static_cast<QComboBox *>(editor);
        if (!box->isEditable())
            return box->currentData().toString();
        // What is typed counts, an entry's value when it names one.
        const int entry = box->findText(box->currentText());
        return entry < 0 ? box->currentText().trimmed() : box->itemData(entry).toString();
    }
    }
    return {};
}

void KindForm::setValueOf(const KindField &field, const QString &value, const FieldValues &all)
{
    QWidget *editor = m_editors.value(field.key);
    switch (field.type) {
    case KindField::Type::Text:
    case KindField::Type::Secret:
    case KindField::Type::LocalPath: {
        auto *edit = static_cast<QLineEdit *>(editor);
        if (edit->text() != value)
            edit->setText(value);
        break;
    }
    case KindField::Type::Number:
        if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor))
            spin->setValue(value.toDouble());
        else
            static_cast<QSpinBox *>(editor)->setValue(value.toInt());
        break;
    case KindField::Type::Choice: {
        auto *box = static_cast<QComboBox *>(editor);
        box->clear();
        const QList<KindChoice> choices = m_kind.choices(field.key, all);
        for (const KindChoice &choice : choices)
            box->addItem(choice.label, choice.value);
        if (choices.isEmpty() && !field.unsetText.isEmpty())
            box->addItem(field.unsetText, QString());
        box->setCurrentIndex(std::max(0, box->findData(value)));
        break;
    }
    }
}
