#pragma once

#include "core/model/ThreadPost.h"

#include <QList>
#include <QString>

namespace gilde
{

/// A thread's posts as one document for the reader, in order: each headed
/// by who wrote it, when and its number, with a "replying to" line where it
/// answers another post than the one before, and its likes. The posts' own
/// HTML was sanitized when it was cached; the whole goes through the
/// sanitizer again at display, as every body does.
QString threadHtml(const QList<ThreadPost> &posts);

} // namespace gilde
