#pragma once

#include "core/model/ThreadPost.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace gilde
{

/// A thread's posts as one document for the reader, in order: each headed
/// by who wrote it, when and its number, with a "replying to" line where it
/// answers another post than the one before, and its likes. The posts' own
/// HTML was sanitized when it was cached, and is again here (against `base`),
/// as every body is at display; the rest is Gilde's own, escaped.
/// `count` posts from `first` (all from there when -1), for a long thread
/// shown in parts: the parts joined are the whole.
/// With `actions`, each post ends with Reply and Like links of the scheme
/// PostActionScheme ("gilde-post:reply/N", "gilde-post:like/N"), which the
/// sanitizer never lets through from a post, so only these can be them.
QString threadHtml(const QList<ThreadPost> &posts, qsizetype first = 0, qsizetype count = -1, const QUrl &base = {},
    bool actions = false);

inline constexpr char PostActionScheme[] = "gilde-post";

/// A poll's choices as vote links ("gilde-post:vote/N", N from 0), or, once
/// voted here (`votedFor` >= 0), the choice that is on its way. Gilde's own
/// HTML, its text escaped.
QString voteHtml(const QStringList &options, int votedFor = -1);

} // namespace gilde
