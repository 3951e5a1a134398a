#pragma once
// A tab in the resident detail view that another module provides (assessments, shift notes,
// referrals …). The view tells each section which resident it shows.

#include <QWidget>

namespace jinglao::ui {

class ResidentSection : public QWidget {
    Q_OBJECT

public:
    using QWidget::QWidget;
    // residentUid is empty when no resident is selected.
    virtual void setResident(const QString& residentUid) = 0;
};

} // namespace jinglao::ui
