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
/// `count` posts from `first` (all from there when -1), for a long thread
/// shown in parts: the parts joined are the whole.
QString threadHtml(const QList<ThreadPost> &posts, qsizetype first = 0, qsizetype count = -1);

} // namespace gilde
