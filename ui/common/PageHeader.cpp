#include "common/PageHeader.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace jinglao::ui {

PageHeader::PageHeader(const QString& title, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("pageHeader"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    auto* texts = new QVBoxLayout;
    texts->setSpacing(2);
    m_title = new QLabel(title, this);
    m_title->setObjectName(QStringLiteral("pageTitleLabel"));
    m_title->setStyleSheet(QStringLiteral("font-size: 20px; font-weight: bold;"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("pageSummaryLabel"));
    m_summary->setStyleSheet(QStringLiteral("color: #555;"));
    m_summary->setWordWrap(true);
    m_summary->hide();
    texts->addWidget(m_title);
    texts->addWidget(m_summary);
    layout->addLayout(texts, 1);
    m_actions = new QHBoxLayout;
    m_actions->setSpacing(6);
    layout->addLayout(m_actions);
}

QVBoxLayout* PageHeader::pageLayout(QWidget* page, PageHeader* header)
{
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 12, 16, 10);
    layout->setSpacing(8);
    layout->addWidget(header);
    return layout;
}

void PageHeader::setSummary(const QString& summary)
{
    m_summary->setText(summary);
    m_summary->setVisible(!summary.isEmpty());
}

void PageHeader::addAction(QWidget* action)
{
    m_actions->addWidget(action, 0, Qt::AlignBottom);
}

} // namespace jinglao::ui
