#include "auth/IdleLock.h"

#include "auth/AuditLog.h"
#include "auth/LoginDialog.h"
#include "auth/UserService.h"
#include "common/AppContext.h"
#include "common/Error.h"
#include "common/FormDialog.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

namespace jinglao::ui {

namespace {
bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        return true;
    default:
        return false;
    }
}
} // namespace

IdleLock::IdleLock(AppContext& context, QWidget* window, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_window(window)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::lockNow);
    connect(&m_context, &AppContext::dataChanged, this, &IdleLock::reloadInterval);
    reloadInterval();
    qApp->installEventFilter(this);
}

IdleLock::~IdleLock()
{
    qApp->removeEventFilter(this);
    for (const QPointer<QWidget>& overlay : std::as_const(m_overlays))
        delete overlay.data();
    delete m_dialog.data();
}

void IdleLock::setInterval(int milliseconds)
{
    m_timer.setInterval(milliseconds);
    if (!m_locked)
        m_timer.start();
}

void IdleLock::reloadInterval()
{
    try {
        setInterval(core::UserService(m_context.database()).idleLockMinutes() * 60 * 1000);
    } catch (const core::Error&) {
        setInterval(core::UserService::DefaultIdleLockMinutes * 60 * 1000);
    }
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    if (m_locked) {
        // Keep every cover the size of the window it hides.
        if (event->type() == QEvent::Resize) {
            for (const QPointer<QWidget>& overlay : std::as_const(m_overlays)) {
                if (overlay && overlay->parent() == watched)
                    overlay->setGeometry(overlay->parentWidget()->rect());
            }
        }
    } else if (isInput(event->type())) {
        m_timer.start();
    }
    return QObject::eventFilter(watched, event);
}

void IdleLock::cover(QWidget* window)
{
    auto* overlay = new QWidget(window);
    overlay->setObjectName(QStringLiteral("lockOverlayWidget"));
    overlay->setAutoFillBackground(true);
    overlay->setAttribute(Qt::WA_NoMousePropagation);
    auto* layout = new QVBoxLayout(overlay);
    auto* label = new QLabel(tr("Locked"), overlay);
    label->setAlignment(Qt::AlignCenter);
    label->setStyleSheet(QStringLiteral("font-size: 22px; color: #666;"));
    layout->addWidget(label);
    overlay->setGeometry(window->rect());
    overlay->show();
    overlay->raise();
    m_overlays.append(overlay);
}

void IdleLock::lockNow()
{
    if (m_locked)
        return;
    m_locked = true;
    m_timer.stop();
    // Dialogs left open keep running (closing them would lose their input); they are covered.
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows) {
        const Qt::WindowType type = window->windowType();
        if (window->isVisible() && type != Qt::Popup && type != Qt::ToolTip)
            cover(window);
    }
    m_dialog = new LoginDialog(m_context.database(), LoginDialog::Mode::Unlock, m_context.actor(), m_window);
    m_dialog->setWindowModality(Qt::ApplicationModal);
    // Nothing can be typed while locked: the forms holding unsaved input now are those a switch of
    // user would discard, and the dialog names them before anyone logs in.
    QStringList unsaved;
    for (QWidget* window : windows) {
        auto* form = qobject_cast<GuardedDialog*>(window);
        if (form && form->isVisible() && form->hasUnsavedInput())
            unsaved.append(form->windowTitle());
    }
    m_dialog->setFormsWithUnsavedInput(unsaved);
    connect(m_dialog, &QDialog::accepted, this, &IdleLock::unlock);
    m_dialog->show();
    Q_EMIT locked();
}

void IdleLock::switchUser()
{
    lockNow();
    if (m_dialog)
        m_dialog->startSwitchingUser();
}

void IdleLock::closeFormsLeftOpen()
{
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows) {
        auto* form = qobject_cast<QDialog*>(window);
        if (!form || form == m_dialog || !form->isVisible())
            continue;
        // The lock dialog has warned about the unsaved input: it is not asked about again.
        if (auto* guarded = qobject_cast<GuardedDialog*>(form))
            guarded->discardInput();
        else
            form->reject();
    }
}

void IdleLock::unlock()
{
    if (m_dialog && m_dialog->actor()) {
        const core::Actor who = *m_dialog->actor();
        const bool otherPerson = who.userUid() != m_context.actor().userUid();
        if (m_dialog->isSwitchingUser() && otherPerson) {
            // The person who left is logged out; her open forms go, as the dialog said.
            try {
                if (!m_context.database().isReadOnly())
                    core::AuditLog::recordEventNow(m_context.database(), m_context.actor(),
                                                   core::AuditLog::Action::Logout,
                                                   QStringLiteral("switched to %1").arg(who.name()));
            } catch (const core::Error& error) {
                qWarning("%s", qUtf8Printable(error.message()));
            }
            closeFormsLeftOpen();
        }
        if (otherPerson || who.role() != m_context.actor().role())
            m_context.setActor(who);
    }
    for (const QPointer<QWidget>& overlay : std::as_const(m_overlays))
        delete overlay.data();
    m_overlays.clear();
    if (m_dialog) {
        m_dialog->hide();
        m_dialog->deleteLater();
    }
    m_locked = false;
    m_timer.start();
    Q_EMIT unlocked();
}

} // namespace jinglao::ui
