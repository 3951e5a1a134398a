#pragma once
// 交接班记录: the duty panel of the nurse on shift and the log across shifts, on two tabs.

#include "common/Page.h"

class QTabWidget;

namespace jinglao::ui {

class DutyPanel;
class PageHeader;
class ShiftLogBrowser;

class ShiftLogPage : public Page {
    Q_OBJECT

public:
    explicit ShiftLogPage(AppContext& context, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("shiftlog"); }
    QString title() const override;
    void refresh() override;
    bool showsRecordsOf(const QString& table) const override;
    bool openRecord(const core::RecordRef& record) override;

    DutyPanel* dutyPanel() const { return m_duty; }
    ShiftLogBrowser* browser() const { return m_browser; }

private:
    void correct(int row);

    PageHeader* m_header = nullptr;
    QTabWidget* m_tabs = nullptr;
    DutyPanel* m_duty = nullptr;
    ShiftLogBrowser* m_browser = nullptr;
};

} // namespace jinglao::ui
