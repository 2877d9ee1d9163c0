#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

// A link that lets whoever holds it watch one camera (its page, stream and snapshot) and nothing else.
struct ViewLink
{
    QString id; // public: names the link in lists and in the API
    QString camera;
    QString token; // secret: the credential the link carries
    QDateTime created;
    QDateTime expires; // invalid: never
    QDateTime lastUsed; // invalid: never used

    bool isExpired(const QDateTime &now) const { return expires.isValid() && now >= expires; }
};

// The view links the admin made. Shared by the window, which makes, lists and revokes them, and the share thread,
// which checks them on every request: every call is thread-safe. Saved in the configuration (`share.links`).
class ViewLinks final : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    // At most this many links at once, so that no client can make the list grow without end.
    static constexpr int MaxLinks = 256;

    explicit ViewLinks(Clock clock = {}, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ViewLinks)

    // A new link to `camera` that lasts `lifetimeSeconds` (none: for ever); nullopt when MaxLinks are in use.
    std::optional<ViewLink> create(const QString &camera, std::optional<qint64> lifetimeSeconds);
    // Ends link `id` at once; false when there is none.
    bool revoke(const QString &id);
    // Ends every link to `camera` (the camera was removed).
    void revokeCamera(const QString &camera);
    // The links to `camera` (every link when empty), expired ones included, oldest first.
    QList<ViewLink> list(const QString &camera = {}) const;
    // The link whose token is `token`, when it is valid now; notes its use.
    std::optional<ViewLink> use(QByteArrayView token);

    QJsonArray toJson() const;
    void loadJson(const QJsonArray &links);

Q_SIGNALS:
    // A link was made or revoked (emitted on the calling thread): time to save.
    void changed();

private:
    QDateTime now() const;

    Clock m_clock;
    mutable QMutex m_mutex;
    QList<ViewLink> m_links;
};
