#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace gilde {

/// One feed outline of an OPML file; folder is the path of enclosing outlines ("A/B").
struct OpmlFeed {
    QUrl xmlUrl;
    QUrl htmlUrl;
    QString title;
    QString folder;
};

struct OpmlDocument {
    bool ok = false;
    QString error; ///< translated
    QString title;
    QList<OpmlFeed> feeds;
};

OpmlDocument parseOpml(const QByteArray &bytes);
QByteArray writeOpml(const QString &title, const QList<OpmlFeed> &feeds);

} // namespace gilde
