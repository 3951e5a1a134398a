#pragma once
// Locks the session after a period without keyboard or mouse input (setting
// "idle_lock_minutes", default 10). Open windows and dialogs are covered, not closed, so what was
// typed survives; an application-modal unlock dialog asks for the password of the same user or
// an administrator.

#include "auth/LoginDialog.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QWidget;

namespace jinglao::ui {

class AppContext;

class IdleLock : public QObject {
    Q_OBJECT

public:
    // Watches the whole application's input from now on.
    IdleLock(AppContext& context, QWidget* window, QObject* parent = nullptr);
    ~IdleLock() override;

    // Milliseconds without input before locking; reloadInterval() reads the setting again.
    int interval() const { return m_timer.interval(); }
    void setInterval(int milliseconds);
    void reloadInterval();

    bool isLocked() const { return m_locked; }
    void lockNow();
    // Locks and asks for another person's login at once (File ▸ Log out / switch user).
    void switchUser();
    // The unlock dialog while locked (tests fill it and call submit()), otherwise nullptr.
    LoginDialog* unlockDialog() const { return m_dialog; }

Q_SIGNALS:
    void locked();
    void unlocked();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void cover(QWidget* window);
    void closeFormsLeftOpen();
    void unlock();

    AppContext& m_context;
    QPointer<QWidget> m_window;
    QTimer m_timer;
    bool m_locked = false;
    QPointer<LoginDialog> m_dialog;
    QList<QPointer<QWidget>> m_overlays;
};

} // namespace jinglao::ui
