#include "common/CsvReader.h"

#include <QStringDecoder>

#include <csv.h>

namespace jinglao::core {

namespace {

// What libcsv's callbacks fill in, with the line numbers it does not keep.
struct ParseState {
    QStringDecoder decoder;
    CsvReader::Result* result = nullptr;
    CsvRecord current;
    qint64 line = 1;            // the line the parser has reached
    bool previousWasCr = false; // the last record end was a CR: a LF right after it ends the same line
    bool decodingFailed = false;
    qint64 decodingLine = 0;

    void countLineBreaks(const char* text, size_t length)
    {
        for (size_t i = 0; i < length; ++i) {
            if (text[i] == '\n' && !(i > 0 && text[i - 1] == '\r'))
                ++line;
            else if (text[i] == '\r')
                ++line;
        }
    }
};

void fieldEnd(void* data, size_t length, void* userData)
{
    auto* state = static_cast<ParseState*>(userData);
    if (state->current.fields.isEmpty())
        state->current.line = state->line;
    const char* text = data ? static_cast<const char*>(data) : "";
    QString value = state->decoder.decode(QByteArrayView(text, qsizetype(length)));
    if (state->decoder.hasError() && !state->decodingFailed) {
        state->decodingFailed = true;
        state->decodingLine = state->line;
    }
    state->countLineBreaks(text, length);
    state->current.fields.append(value);
    state->previousWasCr = false;
}

void recordEnd(int terminator, void* userData)
{
    auto* state = static_cast<ParseState*>(userData);
    if (!state->current.fields.isEmpty()) {
        state->result->records.append(state->current);
        state->current = {};
    }
    if (terminator == '\n') {
        if (!state->previousWasCr)
            ++state->line;
        state->previousWasCr = false;
    } else if (terminator == '\r') {
        ++state->line;
        state->previousWasCr = true;
    }
}

int noSpaces(unsigned char)
{
    return 0;
}

qint64 lineAtOffset(const QByteArray& bytes, qsizetype offset)
{
    qint64 line = 1;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes[i] == '\n' && !(i > 0 && bytes[i - 1] == '\r'))
            ++line;
        else if (bytes[i] == '\r')
            ++line;
    }
    return line;
}

} // namespace

CsvReader::Result CsvReader::parse(const QByteArray& input, Encoding encoding)
{
    Result result;
    QByteArray bytes = input;
    static const QByteArray bom("\xEF\xBB\xBF");
    if (encoding == Encoding::Utf8 && bytes.startsWith(bom)) {
        result.byteOrderMark = true;
        bytes.remove(0, bom.size());
    }

    ParseState state;
    // Each field is decoded on its own: without ConvertInitialBom the decoder would drop a U+FEFF
    // at the start of every field, as if it were the file's byte order mark (handled above).
    state.decoder = QStringDecoder(encoding == Encoding::Utf8 ? "UTF-8" : "GB18030",
                                   QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    state.result = &result;
    if (!state.decoder.isValid()) {
        result.error =
            tr("This program cannot read the encoding %1.")
                .arg(encoding == Encoding::Utf8 ? QStringLiteral("UTF-8") : QStringLiteral("GB18030"));
        return result;
    }

    csv_parser parser;
    csv_init(&parser, CSV_STRICT | CSV_REPALL_NL | CSV_STRICT_FINI);
    csv_set_space_func(&parser, noSpaces);
    const size_t parsed =
        csv_parse(&parser, bytes.constData(), size_t(bytes.size()), fieldEnd, recordEnd, &state);
    bool broken = parsed != size_t(bytes.size());
    qint64 brokenLine = broken ? lineAtOffset(bytes, qsizetype(parsed)) : 0;
    if (!broken && csv_fini(&parser, fieldEnd, recordEnd, &state) != 0) {
        broken = true;
        brokenLine = state.current.fields.isEmpty() ? state.line : state.current.line;
        result.error =
            tr("The file ends inside a quoted field that begins on line %1: it is cut off.").arg(brokenLine);
    }
    csv_free(&parser);

    if (broken) {
        if (result.error.isEmpty())
            result.error = tr("Line %1 is not valid CSV: a quote inside a field that is not quoted, or "
                              "text after a closing quote.")
                               .arg(brokenLine);
        result.errorLine = brokenLine;
        result.records.clear();
    } else if (state.decodingFailed) {
        result.error =
            tr("Line %1 holds bytes that are not valid %2 text.")
                .arg(state.decodingLine)
                .arg(encoding == Encoding::Utf8 ? QStringLiteral("UTF-8") : QStringLiteral("GB18030"));
        result.errorLine = state.decodingLine;
        result.records.clear();
    }
    return result;
}

std::optional<CsvReader::Encoding> CsvReader::encodingNamed(const QString& name)
{
    const QString normalized = name.trimmed().toUpper();
    if (normalized == QLatin1String("UTF-8") || normalized == QLatin1String("UTF8"))
        return Encoding::Utf8;
    if (normalized == QLatin1String("GB18030"))
        return Encoding::Gb18030;
    return std::nullopt;
}

} // namespace jinglao::core
