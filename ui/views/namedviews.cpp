#include "namedviews.h"

#include <QJsonObject>

namespace {

QString cleanName(const QString &name)
{
    return name.simplified().left(80);
}

} // namespace

QJsonObject NamedView::toJson() const
{
    QJsonObject json {{QStringLiteral("name"), name},
                      {QStringLiteral("grid"), cellsPerSide},
                      {QStringLiteral("cameras"), QJsonArray::fromStringList(order)},
                      {QStringLiteral("page"), page}};
    if (!maximized.isEmpty())
        json.insert(QStringLiteral("maximized"), maximized);
    if (!inTour)
        json.insert(QStringLiteral("inTour"), false);
    return json;
}

std::optional<NamedView> NamedView::fromJson(const QJsonObject &json)
{
    NamedView view;
    view.name = cleanName(json.value(QStringLiteral("name")).toString());
    if (view.name.isEmpty())
        return std::nullopt;
    view.cellsPerSide = qMax(0, json.value(QStringLiteral("grid")).toInt());
    for (const QJsonValue id : json.value(QStringLiteral("cameras")).toArray()) {
        if (id.isString())
            view.order.append(id.toString());
    }
    view.page = qMax(0, json.value(QStringLiteral("page")).toInt());
    view.maximized = json.value(QStringLiteral("maximized")).toString();
    view.inTour = json.value(QStringLiteral("inTour")).toBool(true);
    return view;
}

const QList<NamedView> &NamedViews::all() const
{
    return m_views;
}

int NamedViews::count() const
{
    return int(m_views.size());
}

const NamedView &NamedViews::at(int index) const
{
    return m_views.at(index);
}

int NamedViews::indexOf(const QString &name) const
{
    const QString wanted = cleanName(name);
    for (int i = 0; i < m_views.size(); ++i) {
        if (m_views[i].name.compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

int NamedViews::save(NamedView view)
{
    view.name = cleanName(view.name);
    if (view.name.isEmpty())
        return -1;
    if (const int at = indexOf(view.name); at >= 0) {
        view.inTour = m_views[at].inTour;
        m_views[at] = view;
        Q_EMIT changed();
        return at;
    }
    if (m_views.size() >= MaxViews)
        return -1;
    m_views.append(view);
    Q_EMIT changed();
    return int(m_views.size()) - 1;
}

bool NamedViews::rename(int index, const QString &name)
{
    const QString clean = cleanName(name);
    if (index < 0 || index >= m_views.size() || clean.isEmpty())
        return false;
    if (const int other = indexOf(clean); other >= 0 && other != index)
        return false;
    m_views[index].name = clean;
    Q_EMIT changed();
    return true;
}

void NamedViews::remove(int index)
{
    if (index < 0 || index >= m_views.size())
        return;
    m_views.removeAt(index);
    Q_EMIT changed();
}

void NamedViews::setInTour(int index, bool inTour)
{
    if (index < 0 || index >= m_views.size() || m_views[index].inTour == inTour)
        return;
    m_views[index].inTour = inTour;
    Q_EMIT changed();
}

QJsonArray NamedViews::toJson() const
{
    QJsonArray json;
    for (const NamedView &view : m_views)
        json.append(view.toJson());
    return json;
}

void NamedViews::load(const QJsonArray &json)
{
    m_views.clear();
    for (const QJsonValue entry : json) {
        const std::optional<NamedView> view = NamedView::fromJson(entry.toObject());
        if (view && indexOf(view->name) < 0 && m_views.size() < MaxViews)
            m_views.append(*view);
    }
    Q_EMIT changed();
}
