#pragma once

#include <QByteArray>
#include <QImage>

namespace gilde
{

/// An image from the network, decoded with a bound on its memory (no
/// decompression bombs): of an .ico, the frame closest to (not under)
/// `wantedPx`; of a PNG, GIF, JPEG or WebP its one image. Null when the bytes
/// are no image.
QImage decodeImage(const QByteArray &bytes, int wantedPx);

} // namespace gilde
