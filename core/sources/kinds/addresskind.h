#pragma once

#include "camerakind.h"

// A kind read from a whole address plus a user name and password (HTTP, WebSocket): the address field holds
// the URL without its credentials, every option in it as written.
class AddressKind : public CameraKind
{
public:
    QList<KindField> fields() const override;
    FieldValues fieldsOf(const QUrl &url) const override;
    QUrl urlFrom(const FieldValues &values, const QUrl &base = {}) const override;
    Tidied tidied(const FieldValues &values, const QUrl &base) const override;

protected:
    // The address field's label, accessible name and placeholder.
    virtual KindField addressField() const = 0;
    QString kindProblem(const QUrl &url) const override;
};
