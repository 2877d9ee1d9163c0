#pragma once

#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>
#include <vector>

// An XML answer from a device we do not trust, read into a small tree of elements named by their local names:
// ONVIF devices write any namespace prefix (s:, SOAP-ENV:, env:, ns1:), so the reader never looks at one.
// Hostile input gets an error, never a crash or unbounded memory: a document type (and with it every entity
// declaration, the "billion laughs") is refused, and the size, the depth and the number of elements are capped.
class XmlElement
{
public:
    QString name; // the local name, no prefix
    QString text; // the element's own character data, trimmed
    QList<QPair<QString, QString>> attributes; // local name, value
    std::vector<XmlElement> children;

    // The first child called `localName`; nullptr when there is none.
    const XmlElement *child(QStringView localName) const;
    // The first element called `localName` at any depth below this one (depth first); nullptr when there is none.
    const XmlElement *find(QStringView localName) const;
    // Every element called `localName` at any depth below this one, in document order (not below a match).
    QList<const XmlElement *> findAll(QStringView localName) const;
    // The text of the element at `path` below this one (each step a child's local name); empty when absent.
    QString textAt(std::initializer_list<QStringView> path) const;
    QString attribute(QStringView localName) const;
};

namespace XmlTree {

struct Limits
{
    qsizetype maxBytes = 1 << 20;
    int maxDepth = 32;
    int maxElements = 20000;
};

// The document's root element, or nothing with `error` saying why in words (not XML, a document type, too large,
// too deep, too many elements).
std::optional<XmlElement> parse(QByteArrayView xml, QString *error = nullptr, const Limits &limits = {});

} // namespace XmlTree
