#pragma once

#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

// An arrangement of the grid the user gave a name: the layout, which camera is in which cell (the cameras' order),
// the page shown and the camera filling the grid, if one does.
struct NamedView
{
    QString name;
    int cellsPerSide = 0; // 0: automatic
    QStringList order; // camera ids, first cell first
    int page = 0;
    QString maximized; // a camera id, or empty
    bool inTour = true;

    QJsonObject toJson() const;
    // Null when the entry has no name (the rest falls back to defaults: a view is never refused for a detail).
    static std::optional<NamedView> fromJson(const QJsonObject &json);
    bool operator==(const NamedView &other) const = default;
};

// The user's views in the order they were made, names unique (compared without case), at most MaxViews.
class NamedViews final : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxViews = 64;

    using QObject::QObject;
    Q_DISABLE_COPY_MOVE(NamedViews)

    const QList<NamedView> &all() const;
    int count() const;
    const NamedView &at(int index) const;
    int indexOf(const QString &name) const;

    // Keeps `view` under its name, in place of a view of the same name; -1 when its name is empty or there
    // are MaxViews already.
    int save(NamedView view);
    // False when `name` is empty or another view has it.
    bool rename(int index, const QString &name);
    void remove(int index);
    void setInTour(int index, bool inTour);

    QJsonArray toJson() const;
    void load(const QJsonArray &json);

Q_SIGNALS:
    void changed();

private:
    QList<NamedView> m_views;
};
