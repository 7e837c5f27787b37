#include "ImageDecode.h"

#include <QBuffer>
#include <QImageReader>

namespace gilde
{

QImage decodeImage(const QByteArray &bytes, int wantedPx)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAllocationLimit(16); // MiB
    QImage best;
    for (int i = 0; i < 16; ++i) {
        QImage frame = reader.read();
        if (frame.isNull())
            break;
        const bool bestTooSmall = best.width() < wantedPx;
        if (best.isNull() || (bestTooSmall && frame.width() > best.width())
            || (!bestTooSmall && frame.width() >= wantedPx && frame.width() < best.width()))
            best = frame;
        if (!reader.jumpToNextImage())
            break;
    }
    return best;
}

} // namespace gilde
