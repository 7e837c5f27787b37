// The stages in front of the feed parsers, each on its own: decoding to UTF-8
// under a Content-Type chosen by the last byte, the repairs of ill-formed XML
// (which parseFeed runs only when a first parse fails), and the pull reader
// over what comes out.
#include "FuzzSupport.h"
#include "sources/feeds/XmlInput.h"
#include "sources/feeds/XmlPullReader.h"

#include <QUtf8StringView>

using namespace gilde;

namespace
{

void readAll(const QByteArray &xml)
{
    XmlPullReader reader(xml);
    qsizetype sum = 0;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case XmlPullReader::Token::StartElement:
            sum += reader.name().size() + reader.namespaceUri().size();
            for (const XmlPullReader::Attribute &a : reader.attributes())
                sum += a.name.size() + a.value.size() + a.namespaceUri.size();
            sum += qsizetype(reader.namespaceDeclarations().size());
            break;
        case XmlPullReader::Token::Characters:
            sum += reader.text().size();
            break;
        default:
            break;
        }
    }
    if (reader.hasError())
        sum += reader.errorString().size() + reader.lineNumber() + reader.columnNumber();
    if (sum < 0)
        fuzz::finding("negative sizes from the pull reader");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray input = fuzz::bytes(data, size);
    QStringList warnings;
    const QByteArray utf8 = decodeToUtf8(input, fuzz::contentTypeFor(data[size - 1]), warnings);
    if (!QUtf8StringView(utf8).isValidUtf8())
        fuzz::finding("decodeToUtf8 gave invalid UTF-8", QString::fromLatin1(input.toHex().left(2000)));
    const QByteArray repaired = repairXml(utf8, warnings);
    const QByteArray declared = declareMissingPrefixes(repaired, warnings);
    const QByteArray balanced = balanceTags(declared, warnings);
    QStringList again;
    if (balanceTags(balanced, again) != balanced)
        fuzz::finding("balanceTags is not stable on its own output", QString::fromUtf8(declared.left(2000)));
    readAll(repaired);
    readAll(balanced);
    return 0;
}
