#pragma once
// 县级数据包: the county package of county-csv-spec.md. Export a full or an incremental package
// into a chosen folder (in the background, with progress and cancel); import one after a dry-run
// preview that lists per file what would happen and every refused row with its reason (saved as
// an error report on request), enabled only when nothing is refused; and the history of both.

#include "common/Page.h"
#include "county/CountyPackage.h"
#include "county/PackageImport.h"

class QLabel;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace jinglao::ui {

class PageHeader;

class SyncPage : public Page {
    Q_OBJECT

public:
    explicit SyncPage(AppContext& context, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("sync"); }
    QString title() const override;
    bool isAvailableTo(const core::Actor& actor) const override;
    void refresh() override;

    // What the buttons do once a folder is chosen (tests call these directly).
    // Exports into dir; the package's folder, or empty (after saying why) when refused.
    QString exportPackage(const QString& dir, core::CountyPackage::Mode mode);
    // Dry-runs the package in folder and shows the preview; true when it could be judged.
    bool previewImport(const QString& folder);
    // Imports the package previewed; true when it was imported.
    bool confirmImport();
    bool saveErrorReport(const QString& path);
    const core::PackageImportResult& preview() const { return m_preview; }

private:
    void chooseExportFolder();
    void choosePackage();
    void showPreview();
    void showHistory();

    PageHeader* m_header = nullptr;
    QRadioButton* m_full = nullptr;
    QRadioButton* m_incremental = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_previewButton = nullptr;
    QPushButton* m_importButton = nullptr;
    QPushButton* m_errorsButton = nullptr;
    QLabel* m_previewSummary = nullptr;
    QTableWidget* m_counts = nullptr;
    QTableWidget* m_problems = nullptr;
    QTableWidget* m_history = nullptr;
    core::PackageImportResult m_preview;
    bool m_hasPreview = false;
};

} // namespace jinglao::ui
