#include "sheets/SheetReader.h"

#include "common/CsvReader.h"
#include "common/Error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include <cmath>
#include <minizip/unzip.h>
#include <optional>

namespace jinglao::core {

namespace {

constexpr qint64 chunkBytes = 64 * 1024;

QString fileNameOf(const QString& path)
{
    return QFileInfo(path).fileName();
}

// A row is kept when one of its cells holds something.
bool isBlank(const QStringList& cells)
{
    for (const QString& cell : cells) {
        if (!cell.trimmed().isEmpty())
            return false;
    }
    return true;
}

int filledCount(const QStringList& cells)
{
    int count = 0;
    for (const QString& cell : cells) {
        if (!cell.trimmed().isEmpty())
            ++count;
    }
    return count;
}

// The header is the first row with two or more filled cells among the first rows (a roster often
// has its title, one merged cell, above the header), else the first non-empty row.
Sheet toSheet(const QString& fileName, QList<SheetRow> rows)
{
    Sheet sheet;
    sheet.fileName = fileName;
    qsizetype headerIndex = -1;
    for (qsizetype i = 0; i < rows.size() && i < 20; ++i) {
        if (filledCount(rows.at(i).cells) >= 2) {
            headerIndex = i;
            break;
        }
    }
    if (headerIndex < 0) {
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (!isBlank(rows.at(i).cells)) {
                headerIndex = i;
                break;
            }
        }
    }
    if (headerIndex < 0)
        throw Error::validation(SheetReader::fileLabel(), fileName,
                                SheetReader::tr("holds no rows; the first row must name the columns."));
    for (QString& cell : rows[headerIndex].cells)
        cell = cell.simplified();
    sheet.header = rows.at(headerIndex).cells;
    sheet.headerLine = rows.at(headerIndex).line;
    for (qsizetype i = headerIndex + 1; i < rows.size(); ++i) {
        if (isBlank(rows.at(i).cells))
            continue;
        SheetRow row = rows.at(i);
        for (QString& cell : row.cells)
            cell = cell.trimmed();
        sheet.rows.append(row);
    }
    return sheet;
}

// ---- XLSX ------------------------------------------------------------------------------------

// minizip reads the workbook through QFile, so that any file name opens (a Chinese name on
// Windows, where minizip's own fopen takes the ANSI code page). filename is the path's QString.
voidpf ZCALLBACK openFile(voidpf, const void* filename, int)
{
    auto* file = new QFile(*static_cast<const QString*>(filename));
    if (!file->open(QIODevice::ReadOnly)) {
        delete file;
        return nullptr;
    }
    return file;
}
uLong ZCALLBACK readFile(voidpf, voidpf stream, void* buffer, uLong size)
{
    const qint64 got =
        static_cast<QFile*>(stream)->read(static_cast<char*>(buffer), static_cast<qint64>(size));
    return got < 0 ? 0 : static_cast<uLong>(got);
}
uLong ZCALLBACK writeFile(voidpf, voidpf, const void*, uLong)
{
    return 0;
}
ZPOS64_T ZCALLBACK tellFile(voidpf, voidpf stream)
{
    return static_cast<ZPOS64_T>(static_cast<QFile*>(stream)->pos());
}
long ZCALLBACK seekFile(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto* file = static_cast<QFile*>(stream);
    const qint64 base = origin == ZLIB_FILEFUNC_SEEK_CUR   ? file->pos()
                        : origin == ZLIB_FILEFUNC_SEEK_END ? file->size()
                                                           : 0;
    return file->seek(base + static_cast<qint64>(offset)) ? 0 : -1;
}
int ZCALLBACK closeFile(voidpf, voidpf stream)
{
    delete static_cast<QFile*>(stream);
    return 0;
}
int ZCALLBACK fileError(voidpf, voidpf stream)
{
    return static_cast<QFile*>(stream)->error() == QFileDevice::NoError ? 0 : 1;
}

class Workbook {
public:
    explicit Workbook(const QString& path)
        : m_path(path)
    {}
    ~Workbook()
    {
        if (m_zip)
            unzClose(m_zip);
    }
    Workbook(const Workbook&) = delete;
    Workbook& operator=(const Workbook&) = delete;

    Sheet read()
    {
        zlib_filefunc64_def functions{openFile, readFile,  writeFile, tellFile,
                                      seekFile, closeFile, fileError, nullptr};
        m_zip = unzOpen2_64(&m_path, &functions);
        if (!m_zip)
            throw damaged(SheetReader::tr("is not an XLSX workbook; save it again as .xlsx or .csv."));
        const QString workbookPath = officeDocumentPath();
        const std::optional<QByteArray> workbook = part(workbookPath);
        if (!workbook)
            throw damaged(SheetReader::tr("has no workbook part; save it again as .xlsx or .csv."));
        const QString sheetId = firstSheetRelationship(*workbook);
        const QHash<QString, QString> relationships = relationshipsOf(workbookPath);
        const QString sheetPath = relationships.value(sheetId);
        if (sheetPath.isEmpty())
            throw damaged(SheetReader::tr("has no worksheet; save it again as .xlsx or .csv."));
        QString stringsPath = relationships.value(QStringLiteral("#sharedStrings"));
        if (stringsPath.isEmpty())
            stringsPath = QStringLiteral("xl/sharedStrings.xml");
        if (const std::optional<QByteArray> strings = part(stringsPath))
            readSharedStrings(*strings);
        const std::optional<QByteArray> sheetXml = part(sheetPath);
        if (!sheetXml)
            throw damaged(SheetReader::tr("has no worksheet; save it again as .xlsx or .csv."));
        return toSheet(fileNameOf(m_path), readSheet(*sheetXml));
    }

private:
    Error damaged(const QString& reason) const
    {
        return Error::invalidPath(SheetReader::fileLabel(), m_path, reason);
    }

    Error tooLarge(const QString& name) const
    {
        return damaged(SheetReader::tr("has a part (%1) larger than %2 MB when unpacked; it is not a roster, "
                                       "or it is damaged.")
                           .arg(name)
                           .arg(SheetReader::MaxPartBytes / (1024 * 1024)));
    }

    // A part's bytes, nullopt when the workbook has no such part. Refuses a part that is, or
    // unpacks to, more than MaxPartBytes.
    std::optional<QByteArray> part(const QString& name)
    {
        const QByteArray encoded = name.toUtf8();
        if (unzLocateFile(m_zip, encoded.constData(), 2 /* any case */) != UNZ_OK)
            return std::nullopt;
        unz_file_info64 info{};
        if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
            throw damaged(SheetReader::tr("cannot be unpacked (part %1).").arg(name));
        if (info.uncompressed_size > static_cast<ZPOS64_T>(SheetReader::MaxPartBytes))
            throw tooLarge(name);
        if (unzOpenCurrentFile(m_zip) != UNZ_OK)
            throw damaged(SheetReader::tr("cannot be unpacked (part %1).").arg(name));
        QByteArray bytes;
        bytes.reserve(static_cast<qsizetype>(info.uncompressed_size));
        QByteArray chunk(chunkBytes, Qt::Uninitialized);
        for (;;) {
            const int got = unzReadCurrentFile(m_zip, chunk.data(), static_cast<unsigned>(chunkBytes));
            if (got < 0) {
                unzCloseCurrentFile(m_zip);
                throw damaged(SheetReader::tr("cannot be unpacked (part %1).").arg(name));
            }
            if (got == 0)
                break;
            // The directory's size may lie: the inflated bytes are counted too.
            if (bytes.size() + got > SheetReader::MaxPartBytes) {
                unzCloseCurrentFile(m_zip);
                throw tooLarge(name);
            }
            bytes.append(chunk.constData(), got);
        }
        if (unzCloseCurrentFile(m_zip) != UNZ_OK)
            throw damaged(SheetReader::tr("is damaged (part %1 fails its checksum).").arg(name));
        return bytes;
    }

    static QString resolved(const QString& base, const QString& target)
    {
        if (target.startsWith(QLatin1Char('/')))
            return QDir::cleanPath(target.mid(1));
        const QString folder =
            base.contains(QLatin1Char('/')) ? base.left(base.lastIndexOf(QLatin1Char('/'))) : QString();
        return QDir::cleanPath(folder.isEmpty() ? target : folder + QLatin1Char('/') + target);
    }

    // Relationship id → target part; also "#sharedStrings" and "#officeDocument" by type.
    QHash<QString, QString> relationshipsOf(const QString& partName)
    {
        const int slash = static_cast<int>(partName.lastIndexOf(QLatin1Char('/')));
        const QString relsName =
            slash < 0 ? QStringLiteral("_rels/%1.rels").arg(partName)
                      : QStringLiteral("%1/_rels/%2.rels").arg(partName.left(slash), partName.mid(slash + 1));
        QHash<QString, QString> targets;
        const std::optional<QByteArray> rels = part(relsName);
        if (!rels)
            return targets;
        QXmlStreamReader xml(*rels);
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement ||
                xml.name() != QLatin1String("Relationship"))
                continue;
            const QString target =
                resolved(partName, xml.attributes().value(QLatin1String("Target")).toString());
            targets.insert(xml.attributes().value(QLatin1String("Id")).toString(), target);
            const QString type = xml.attributes().value(QLatin1String("Type")).toString();
            for (const char* kind : {"sharedStrings", "officeDocument"}) {
                if (type.endsWith(QLatin1Char('/') + QLatin1String(kind)))
                    targets.insert(QLatin1Char('#') + QLatin1String(kind), target);
            }
        }
        return targets;
    }

    QString officeDocumentPath()
    {
        const QString path = relationshipsOf(QString()).value(QStringLiteral("#officeDocument"));
        return path.isEmpty() ? QStringLiteral("xl/workbook.xml") : path;
    }

    // The relationship id of the workbook's first sheet (the first tab); notes the date system.
    QString firstSheetRelationship(const QByteArray& workbook)
    {
        QXmlStreamReader xml(workbook);
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("workbookPr")) {
                const auto value = xml.attributes().value(QLatin1String("date1904"));
                m_date1904 = value == QLatin1String("1") || value == QLatin1String("true");
            } else if (xml.name() == QLatin1String("sheet")) {
                for (const QXmlStreamAttribute& attribute : xml.attributes()) {
                    if (attribute.name() == QLatin1String("id") && !attribute.prefix().isEmpty())
                        return attribute.value().toString();
                }
            }
        }
        if (xml.hasError())
            throw damaged(SheetReader::tr("has a damaged workbook part: %1").arg(xml.errorString()));
        return {};
    }

    // The text of an <si> or <is>: its <t>, or its rich text runs' <t> joined; phonetic
    // guides (<rPh>) are not part of the text.
    static QString stringItem(QXmlStreamReader& xml)
    {
        const QString end = xml.name().toString();
        QString text;
        int phonetic = 0;
        while (!xml.atEnd()) {
            const QXmlStreamReader::TokenType token = xml.readNext();
            if (token == QXmlStreamReader::StartElement) {
                if (xml.name() == QLatin1String("rPh"))
                    ++phonetic;
                else if (xml.name() == QLatin1String("t") && phonetic == 0)
                    text += xml.readElementText();
            } else if (token == QXmlStreamReader::EndElement) {
                if (xml.name() == QLatin1String("rPh"))
                    --phonetic;
                else if (xml.name() == end)
                    break;
            }
        }
        return text;
    }

    void readSharedStrings(const QByteArray& bytes)
    {
        QXmlStreamReader xml(bytes);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("si"))
                m_strings.append(stringItem(xml));
        }
        if (xml.hasError())
            throw damaged(SheetReader::tr("has damaged shared strings: %1").arg(xml.errorString()));
    }

    // "C5" → 2 (column C); -1 when the reference has no column letters.
    static int columnOf(const QString& reference)
    {
        int column = 0;
        qsizetype i = 0;
        for (; i < reference.size() && reference.at(i).isLetter(); ++i) {
            const char16_t letter = reference.at(i).toUpper().unicode();
            if (letter < u'A' || letter > u'Z')
                return -1;
            column = column * 26 + (letter - u'A' + 1);
            if (column > 16384)
                return -1;
        }
        return i == 0 ? -1 : column - 1;
    }

    // A number as the sheet stores it; a whole number written with an exponent (1.3800138E+10)
    // is written out, as the cell shows it, when it is exact.
    static QString numberText(const QString& stored)
    {
        if (!stored.contains(QLatin1Char('E'), Qt::CaseInsensitive))
            return stored;
        bool ok = false;
        const double value = stored.toDouble(&ok);
        if (ok && std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
            return QString::number(static_cast<qint64>(value));
        return stored;
    }

    QString cellValue(const QString& type, const QString& value, const QString& inlineText) const
    {
        if (type == QLatin1String("s")) {
            bool ok = false;
            const int index = value.toInt(&ok);
            if (!ok || index < 0 || index >= m_strings.size())
                throw damaged(SheetReader::tr("refers to a shared string %1 it does not have.").arg(value));
            return m_strings.at(index);
        }
        if (type == QLatin1String("inlineStr"))
            return inlineText;
        if (type == QLatin1String("b"))
            return value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        if (type == QLatin1String("str") || type == QLatin1String("e") || type == QLatin1String("d"))
            return value;
        return numberText(value);
    }

    QList<SheetRow> readSheet(const QByteArray& bytes)
    {
        QList<SheetRow> rows;
        QXmlStreamReader xml(bytes);
        SheetRow row;
        int nextColumn = 0;
        bool inRow = false;
        while (!xml.atEnd()) {
            const QXmlStreamReader::TokenType token = xml.readNext();
            if (token == QXmlStreamReader::StartElement && xml.name() == QLatin1String("row")) {
                bool ok = false;
                const qint64 number = xml.attributes().value(QLatin1String("r")).toLongLong(&ok);
                // A larger number is no row of a spreadsheet, and the next row's number would overflow.
                if (ok && number > SheetReader::MaxRowNumber)
                    throw damaged(
                        SheetReader::tr("has a row numbered %1, beyond the %2 rows a sheet can have.")
                            .arg(number)
                            .arg(SheetReader::MaxRowNumber));
                row = SheetRow{ok && number > row.line ? number : row.line + 1, {}};
                nextColumn = 0;
                inRow = true;
            } else if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("row")) {
                if (!isBlank(row.cells)) {
                    if (rows.size() > SheetReader::MaxRows)
                        throw damaged(SheetReader::tr("has more than %1 rows; it is not a roster.")
                                          .arg(SheetReader::MaxRows));
                    rows.append(row);
                }
                inRow = false;
            } else if (token == QXmlStreamReader::StartElement && xml.name() == QLatin1String("c") && inRow) {
                const QString reference = xml.attributes().value(QLatin1String("r")).toString();
                const QString type = xml.attributes().value(QLatin1String("t")).toString();
                const int column = reference.isEmpty() ? nextColumn : columnOf(reference);
                if (column < 0)
                    throw damaged(SheetReader::tr("has a cell with the bad reference %1.").arg(reference));
                QString value;
                QString inlineText;
                while (!xml.atEnd()) {
                    const QXmlStreamReader::TokenType inner = xml.readNext();
                    if (inner == QXmlStreamReader::StartElement && xml.name() == QLatin1String("v"))
                        value = xml.readElementText();
                    else if (inner == QXmlStreamReader::StartElement && xml.name() == QLatin1String("is"))
                        inlineText = stringItem(xml);
                    else if (inner == QXmlStreamReader::EndElement && xml.name() == QLatin1String("c"))
                        break;
                }
                nextColumn = column + 1;
                const QString text = cellValue(type, value, inlineText);
                if (text.isEmpty())
                    continue;
                if (column >= SheetReader::MaxColumns)
                    throw damaged(SheetReader::tr("has a value in column %1, beyond the %2 columns a roster "
                                                  "may have.")
                                      .arg(reference)
                                      .arg(SheetReader::MaxColumns));
                while (row.cells.size() <= column)
                    row.cells.append(QString());
                row.cells[column] = text;
            }
        }
        if (xml.hasError())
            throw damaged(SheetReader::tr("has a damaged worksheet: %1").arg(xml.errorString()));
        return rows;
    }

    QString m_path;
    unzFile m_zip = nullptr;
    QStringList m_strings;
    bool m_date1904 = false;

public:
    bool date1904() const { return m_date1904; }
};

} // namespace

QString SheetReader::fileLabel()
{
    return tr("Spreadsheet");
}

Sheet SheetReader::read(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv"))
        throw Error::invalidPath(
            fileLabel(), path,
            tr("is not an .xlsx or .csv file; save the sheet as one of these in Excel or "
               "WPS."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error::storage(tr("The spreadsheet %1 cannot be read: %2")
                                 .arg(QDir::toNativeSeparators(path), file.errorString()));
    if (suffix == QLatin1String("xlsx")) {
        file.close();
        return readXlsx(path);
    }
    if (file.size() > MaxPartBytes)
        throw Error::invalidPath(
            fileLabel(), path,
            tr("is larger than %1 MB; it is not a roster.").arg(MaxPartBytes / (1024 * 1024)));
    const QByteArray bytes = file.read(MaxPartBytes + 1);
    if (bytes.size() > MaxPartBytes)
        throw Error::invalidPath(
            fileLabel(), path,
            tr("is larger than %1 MB; it is not a roster.").arg(MaxPartBytes / (1024 * 1024)));
    return readCsv(bytes, fileNameOf(path));
}

Sheet SheetReader::readXlsx(const QString& path)
{
    Workbook workbook(path);
    Sheet sheet = workbook.read();
    sheet.date1904 = workbook.date1904();
    return sheet;
}

Sheet SheetReader::readCsv(const QByteArray& bytes, const QString& fileName)
{
    // UTF-8 unless the bytes are not valid UTF-8: then GB18030 (WPS and older Excel save GBK).
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = utf8(bytes);
    Q_UNUSED(decoded);
    const CsvReader::Encoding encoding =
        utf8.hasError() ? CsvReader::Encoding::Gb18030 : CsvReader::Encoding::Utf8;
    const CsvReader::Result result = CsvReader::parse(bytes, encoding);
    if (!result.ok())
        throw Error::validation(
            fileLabel(), fileName,
            tr("cannot be read as CSV at line %1: %2").arg(result.errorLine).arg(result.error));
    if (result.records.size() > MaxRows)
        throw Error::validation(fileLabel(), fileName,
                                tr("has more than %1 rows; it is not a roster.").arg(MaxRows));
    QList<SheetRow> rows;
    rows.reserve(result.records.size());
    for (const CsvRecord& record : result.records) {
        if (record.fields.size() > MaxColumns)
            throw Error::validation(
                fileLabel(), fileName,
                tr("has more than %1 columns on line %2.").arg(MaxColumns).arg(record.line));
        rows.append(SheetRow{record.line, record.fields});
    }
    return toSheet(fileName, rows);
}

QDate SheetReader::dateFromSerial(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial >= 2958466)
        return {};
    const qint64 day = static_cast<qint64>(std::floor(serial));
    if (date1904)
        return QDate(1904, 1, 1).addDays(day);
    // Excel counts 1900-02-29, day 60, which never was: days before it are one later than real.
    if (day < 1 || day == 60)
        return {};
    return day < 60 ? QDate(1899, 12, 31).addDays(day) : QDate(1899, 12, 30).addDays(day);
}

QDate SheetReader::parseDate(const QString& text, bool date1904)
{
    const QString value = text.trimmed();
    if (value.isEmpty())
        return {};
    static const QRegularExpression written(
        QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
                       "(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?$"));
    const QRegularExpressionMatch match = written.match(value);
    if (match.hasMatch())
        return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    const QRegularExpressionMatch digits = compact.match(value);
    if (digits.hasMatch())
        return QDate(digits.captured(1).toInt(), digits.captured(2).toInt(), digits.captured(3).toInt());
    static const QRegularExpression serial(QStringLiteral("^\\d{1,7}(?:\\.\\d+)?$"));
    if (serial.match(value).hasMatch())
        return dateFromSerial(value.toDouble(), date1904);
    return {};
}

} // namespace jinglao::core
