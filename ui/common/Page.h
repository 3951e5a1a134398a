#pragma once
// One page of the main window's navigation. Each domain adds its page in ui/<domain>/ and
// registers it in MainWindow::createPages().

#include "auth/Actor.h"
#include "modules/Alert.h"

#include <QIcon>
#include <QString>
#include <QWidget>

namespace jinglao::ui {

class AppContext;

class Page : public QWidget {
    Q_OBJECT

public:
    Page(AppContext& context, QWidget* parent = nullptr);

    // Stable name for --page and tests: "home", "beds", "residents" …
    virtual QString pageId() const = 0;
    // Translated title shown in the navigation list.
    virtual QString title() const = 0;
    virtual QIcon icon() const { return {}; }
    // Whether the navigation lists the page for this actor (e.g. the audit log for administrators).
    virtual bool isAvailableTo(const core::Actor& actor) const
    {
        Q_UNUSED(actor);
        return true;
    }
    // Reloads what the page shows from core; called when the page is shown and after writes.
    virtual void refresh() {}
    // Whether the page shows records of this table ("residents", "roster" …; core::RecordRef), so
    // that a record an alert is about can be opened on it (MainWindow::openRecord).
    virtual bool showsRecordsOf(const QString& table) const
    {
        Q_UNUSED(table);
        return false;
    }
    // Selects the record on the page, already shown and refreshed, clearing filters that hide it.
    // False when the page does not have it (another table, a record it cannot find).
    virtual bool openRecord(const core::RecordRef& record)
    {
        Q_UNUSED(record);
        return false;
    }

protected:
    AppContext& context() const { return m_context; }

private:
    AppContext& m_context;
};

} // namespace jinglao::ui
