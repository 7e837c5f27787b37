// Feed parsing throughput, single thread: parseFeed over generated RSS 2.0
// and Atom 1.0 documents whose entries carry 1-2 KB of HTML each. Prints MB/s
// and entries/s for each format, and for the sanitizer and a bare
// QXmlStreamReader pass on the same bytes as points of comparison. Each figure
// is the best of several rounds (argument 1, default 5), so that other work on
// the machine disturbs it less.
#include "sources/feeds/FeedParser.h"
#include "text/HtmlSanitizer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QXmlStreamReader>

#include <algorithm>
#include <cstdio>

using namespace gilde;

namespace
{

constexpr int kFeeds = 100;
constexpr int kItemsPerFeed = 50;

QByteArray paragraph(QRandomGenerator &rng)
{
    static const char *const words[] = { "learning", "public", "notes", "feeds", "columns", "offline",
        "queue", "sanitize", "reader", "atom", "rss", "gilde", "thread", "write", "search", "index",
        "durable", "café", "naïve", "résumé" };
    QByteArray p = "<p>";
    const int n = 20 + int(rng.bounded(25));
    for (int i = 0; i < n; ++i) {
        if (i)
            p += ' ';
        const int kind = int(rng.bounded(12));
        const char *w = words[rng.bounded(int(std::size(words)))];
        if (kind == 0)
            p += QByteArray("<a href=\"https://example.org/") + w + "?a=1&amp;b=2\">" + w + "</a>";
        else if (kind == 1)
            p += QByteArray("<b>") + w + "</b>";
        else if (kind == 2)
            p += QByteArray("<em>") + w + "</em> &amp;";
        else
            p += w;
    }
    return p + "</p>\n";
}

QByteArray html(QRandomGenerator &rng)
{
    QByteArray h;
    while (h.size() < 1024 + int(rng.bounded(1024)))
        h += paragraph(rng);
    h += "<img src=\"/images/pic.jpg\" alt=\"pic\" onclick=\"x()\"><script>track()</script>";
    return h;
}

QByteArray escaped(const QByteArray &markup)
{
    QByteArray out = markup;
    out.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    return out;
}

QByteArray rssFeed(QRandomGenerator &rng, int n)
{
    QByteArray doc = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
                     "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                     "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
                     "<title>Feed "
        + QByteArray::number(n) + "</title><link>https://blog" + QByteArray::number(n)
        + ".example/</link><description>A generated feed</description>"
          "<lastBuildDate>Wed, 01 May 2024 09:30:00 GMT</lastBuildDate>\n";
    for (int i = 0; i < kItemsPerFeed; ++i) {
        const QByteArray id = QByteArray::number(n * 1000 + i);
        doc += "<item><title>Post " + id + " about things &amp; stuff</title><link>https://blog.example/p/"
            + id + "</link><guid isPermaLink=\"false\">urn:post:" + id + "</guid><pubDate>Wed, 0"
            + QByteArray::number(1 + i % 9) + " May 2024 09:" + QByteArray::number(10 + i % 50)
            + ":00 +0200</pubDate><dc:creator>Author " + QByteArray::number(i % 7)
            + "</dc:creator><category>cat" + QByteArray::number(i % 5) + "</category>";
        if (i % 2)
            doc += "<description>" + escaped(html(rng)) + "</description>";
        else
            doc += "<content:encoded><![CDATA[" + html(rng) + "]]></content:encoded>";
        doc += "</item>\n";
    }
    return doc + "</channel></rss>\n";
}

QByteArray atomFeed(QRandomGenerator &rng, int n)
{
    QByteArray doc
        = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
          "<title>Atom "
        + QByteArray::number(n) + "</title><link href=\"https://atom" + QByteArray::number(n)
        + ".example/\"/><id>tag:atom.example,2024:" + QByteArray::number(n)
        + "</id><updated>2024-05-01T09:30:00Z</updated>\n";
    for (int i = 0; i < kItemsPerFeed; ++i) {
        const QByteArray id = QByteArray::number(n * 1000 + i);
        doc += "<entry><title type=\"html\">Entry " + id
            + " &amp;amp; more</title><id>tag:atom.example,2024:e" + id
            + "</id><link rel=\"alternate\" href=\"https://atom.example/e/" + id
            + "\"/><published>2024-05-01T09:30:00+02:00</published><updated>2024-05-02T10:00:00Z</updated>"
              "<author><name>Writer</name></author><category term=\"t"
            + QByteArray::number(i % 4) + "\"/><content type=\"html\">" + escaped(html(rng))
            + "</content></entry>\n";
    }
    return doc + "</feed>\n";
}

struct Figures {
    double seconds = 0;
    qint64 bytes = 0;
    qint64 entries = 0;
};

void print(const char *what, const Figures &f)
{
    std::printf("%-28s %8.1f MB/s  %10.0f entries/s  (%lld entries, %.1f MB, %.3f s)\n", what,
        double(f.bytes) / 1e6 / f.seconds, double(f.entries) / f.seconds, static_cast<long long>(f.entries),
        double(f.bytes) / 1e6, f.seconds);
}

Figures benchParse(const QList<QByteArray> &docs)
{
    Figures f;
    QElapsedTimer timer;
    timer.start();
    for (const QByteArray &doc : docs) {
        const ParsedFeed feed = parseFeed(doc, QUrl(QStringLiteral("https://feeds.example/feed")));
        if (!feed.ok || feed.entries.size() != kItemsPerFeed)
            std::fprintf(stderr, "unexpected parse result: %s\n", qPrintable(feed.error));
        f.entries += feed.entries.size();
        f.bytes += doc.size();
    }
    f.seconds = double(timer.nsecsElapsed()) / 1e9;
    return f;
}

Figures benchXmlOnly(const QList<QByteArray> &docs)
{
    Figures f;
    QElapsedTimer timer;
    timer.start();
    for (const QByteArray &doc : docs) {
        QXmlStreamReader xml(doc);
        qsizetype chars = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::Characters)
                chars += xml.text().size();
        }
        f.entries += kItemsPerFeed;
        f.bytes += doc.size() + (chars < 0 ? 1 : 0);
    }
    f.seconds = double(timer.nsecsElapsed()) / 1e9;
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QRandomGenerator rng(42);
    QList<QByteArray> rss;
    QList<QByteArray> atom;
    QList<QString> fragments;
    for (int i = 0; i < kFeeds; ++i) {
        rss.append(rssFeed(rng, i));
        atom.append(atomFeed(rng, i));
    }
    for (int i = 0; i < kFeeds * kItemsPerFeed; ++i)
        fragments.append(QString::fromUtf8(html(rng)));

    const int rounds = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 5;
    auto best = [rounds](const auto &run) {
        Figures result = run();
        for (int i = 1; i < rounds; ++i) {
            const Figures f = run();
            if (f.seconds < result.seconds)
                result = f;
        }
        return result;
    };
    const QList<QByteArray> both = rss + atom;
    print("parseFeed RSS 2.0", best([&] { return benchParse(rss); }));
    print("parseFeed Atom 1.0", best([&] { return benchParse(atom); }));
    print("parseFeed RSS+Atom", best([&] { return benchParse(both); }));
    print("QXmlStreamReader only", best([&] { return benchXmlOnly(both); }));
    print("sanitizeHtml (UTF-16 bytes)", best([&] {
        Figures s;
        QElapsedTimer timer;
        timer.start();
        for (const QString &fragment : std::as_const(fragments)) {
            const QString out = sanitizeHtml(fragment, QUrl(QStringLiteral("https://base.example/")));
            s.bytes += fragment.size() * 2;
            s.entries += out.isEmpty() ? 0 : 1;
        }
        s.seconds = double(timer.nsecsElapsed()) / 1e9;
        return s;
    }));
    return 0;
}
