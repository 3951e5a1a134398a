#include "roster/FillPatternDialog.h"

#include "common/DateEdit.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace jinglao::ui {

FillPatternDialog::FillPatternDialog(const QDate& from, const QDate& to, int staffCount, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("fillPatternDialog"));
    setWindowTitle(tr("Fill a rotating pattern"));
    auto* layout = new QFormLayout(this);
    auto* intro = new QLabel(tr("Fills %n selected person(s). One entry per day, separated by commas; "
                                "\"-\" is a rest day.",
                                nullptr, staffCount),
                             this);
    intro->setWordWrap(true);
    layout->addRow(intro);
    m_pattern = new QLineEdit(QStringLiteral("D,D,E,E,N,N,-,-"), this);
    m_pattern->setObjectName(QStringLiteral("patternLineEdit"));
    layout->addRow(tr("Pattern"), m_pattern);
    m_from = makeDateEdit(this, from, QStringLiteral("fromDateEdit"));
    layout->addRow(tr("From"), m_from);
    m_to = makeDateEdit(this, to, QStringLiteral("toDateEdit"));
    layout->addRow(tr("To"), m_to);
    m_stagger = new QSpinBox(this);
    m_stagger->setObjectName(QStringLiteral("staggerSpinBox"));
    m_stagger->setRange(0, 31);
    m_stagger->setValue(2);
    m_stagger->setToolTip(tr("Each further person starts the pattern this many days later."));
    layout->addRow(tr("Offset per person (days)"), m_stagger);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("fillButtonBox"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addRow(buttons);
}

QString FillPatternDialog::pattern() const
{
    return m_pattern->text();
}
QDate FillPatternDialog::from() const
{
    return m_from->date();
}
QDate FillPatternDialog::to() const
{
    return m_to->date();
}
int FillPatternDialog::stagger() const
{
    return m_stagger->value();
}

} // namespace jinglao::ui
