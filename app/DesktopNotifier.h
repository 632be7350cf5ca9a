#pragma once

#include <QHash>
#include <QObject>

namespace iha {

// Desktop notifications through the freedesktop Notifications service on the session bus
// (GNOME, KDE, Xfce, dunst...). Calls are asynchronous: the window's thread never waits on
// the bus. Without such a service nothing is shown; the tray and the window still show every
// verdict.
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    explicit DesktopNotifier(QObject *parent = nullptr);

    // Shows a notification; one with the same `key` replaces the earlier one on screen.
    // `actionLabel` non-empty: clicking it (or the notification) emits actionInvoked(key).
    void notify(const QString &key, const QString &title, const QString &body, bool critical,
                const QString &actionLabel = {});

signals:
    void actionInvoked(const QString &key);

private slots:
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    QHash<QString, uint> m_ids; // key -> the server's id of its notification on screen
};

} // namespace iha
