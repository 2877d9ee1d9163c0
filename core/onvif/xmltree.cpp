#include "xmltree.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

const XmlElement *XmlElement::child(QStringView localName) const
{
    for (const XmlElement &element : children) {
        if (element.name == localName)
            return &element;
    }
    return nullptr;
}

const XmlElement *XmlElement::find(QStringView localName) const
{
    for (const XmlElement &element : children) {
        if (element.name == localName)
            return &element;
        if (const XmlElement *below = element.find(localName))
            return below;
    }
    return nullptr;
}

QList<const XmlElement *> XmlElement::findAll(QStringView localName) const
{
    QList<const XmlElement *> found;
    for (const XmlElement &element : children) {
        if (element.name == localName)
            found.append(&element);
        else
            found.append(element.findAll(localName));
    }
    return found;
}

QString XmlElement::textAt(std::initializer_list<QStringView> path) const
{
    const XmlElement *at = this;
    for (const QStringView step : path) {
        at = at->child(step);
        if (!at)
            return {};
    }
    return at->text;
}

QString XmlElement::attribute(QStringView localName) const
{
    for (const auto &[attributeName, value] : attributes) {
        if (attributeName == localName)
            return value;
    }
    return {};
}

namespace XmlTree {

std::optional<XmlElement> parse(QByteArrayView xml, QString *error, const Limits &limits)
{
    const auto fail = [error](const char *why) -> std::optional<XmlElement> {
        if (error)
            *error = QCoreApplication::translate("XmlTree", why);
        return std::nullopt;
    };
    if (xml.size() > limits.maxBytes)
        return fail(QT_TRANSLATE_NOOP("XmlTree", "the answer is too large"));

    QXmlStreamReader reader(xml.toByteArray());
    reader.setNamespaceProcessing(true);
    reader.setEntityExpansionLimit(0);
    std::vector<XmlElement> open; // the elements being read, root first
    std::optional<XmlElement> root;
    int elements = 0;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::DTD:
            return fail(QT_TRANSLATE_NOOP("XmlTree", "the answer declares a document type, which devices never need"));
        case QXmlStreamReader::EntityReference:
            return fail(QT_TRANSLATE_NOOP("XmlTree", "the answer refers to an undeclared entity"));
        case QXmlStreamReader::StartElement: {
            if (root)
                return fail(QT_TRANSLATE_NOOP("XmlTree", "the answer is not XML"));
            if (int(open.size()) >= limits.maxDepth)
                return fail(QT_TRANSLATE_NOOP("XmlTree", "the answer is nested too deeply"));
            if (++elements > limits.maxElements)
                return fail(QT_TRANSLATE_NOOP("XmlTree", "the answer has too many elements"));
            XmlElement element;
            element.name = reader.name().toString();
            for (const QXmlStreamAttribute &attribute : reader.attributes())
                element.attributes.append({attribute.name().toString(), attribute.value().toString()});
            open.push_back(std::move(element));
            break;
        }
        case QXmlStreamReader::Characters:
            if (!open.empty())
                open.back().text += reader.text();
            break;
        case QXmlStreamReader::EndElement: {
            XmlElement done = std::move(open.back());
            open.pop_back();
            done.text = done.text.trimmed();
            if (open.empty())
                root = std::move(done);
            else
                open.back().children.push_back(std::move(done));
            break;
        }
        default:
            break;
        }
    }
    if (reader.hasError() || !root)
        return fail(QT_TRANSLATE_NOOP("XmlTree", "the answer is not XML"));
    return root;
}

} // namespace XmlTree
