#pragma once

// Synthetic feed content for the store benchmarks: words with a Zipf-like
// spread (so full-text indexes look like real ones), items of 1-2 KB HTML,
// and RSS 2.0 documents made of them. Deterministic for a given seed.

#include "model/Item.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <algorithm>
#include <random>
#include <time.h>

namespace gilde::bench
{

class ContentGenerator
{
public:
    explicit ContentGenerator(quint32 seed = 1)
        : m_rng(seed)
    {
        static const char *const syllables[] = { "ka", "lo", "mi", "ne", "ru", "ta", "ve", "zo", "pri", "sta",
            "gen", "dor", "bel", "fin", "qua", "tri", "mon", "sel" };
        std::uniform_int_distribution<int> count(2, 4);
        std::uniform_int_distribution<int> pick(0, int(std::size(syllables)) - 1);
        for (int i = 0; i < 20000; ++i) {
            QString w;
            for (int n = count(m_rng); n > 0; --n)
                w += QLatin1String(syllables[pick(m_rng)]);
            m_words << w + QString::number(i);
        }
        // Cumulative Zipf weights for word choice.
        double sum = 0;
        for (int i = 0; i < m_words.size(); ++i) {
            sum += 1.0 / (i + 1);
            m_cumulative.push_back(sum);
        }
    }

    QString word()
    {
        std::uniform_real_distribution<double> u(0, m_cumulative.back());
        const double x = u(m_rng);
        const auto it = std::lower_bound(m_cumulative.begin(), m_cumulative.end(), x);
        return m_words.at(int(it - m_cumulative.begin()));
    }

    QString sentence(int words)
    {
        QStringList out;
        for (int i = 0; i < words; ++i)
            out << word();
        QString s = out.join(QLatin1Char(' '));
        s[0] = s[0].toUpper();
        return s + QLatin1Char('.');
    }

    /// An item of 1-2 KB HTML with its plain text.
    Item item(const QString &remoteId, qint64 publishedMs)
    {
        Item it;
        it.remoteId = remoteId;
        it.title = sentence(6);
        it.url = QStringLiteral("https://blog%1.example.org/posts/").arg(m_rng() % 1000) + remoteId;
        it.author = sentence(2);
        it.publishedMs = publishedMs;
        std::uniform_int_distribution<int> paragraphs(3, 6);
        QString html;
        QString text;
        for (int p = paragraphs(m_rng); p > 0; --p) {
            const QString s1 = sentence(14);
            const QString s2 = sentence(12);
            const QString linkWord = word();
            html += QStringLiteral("<p>%1 <a href=\"https://example.org/%2\">%2</a> <em>%3</em></p>\n")
                        .arg(s1, linkWord, s2);
            text += s1 + QLatin1Char(' ') + linkWord + QLatin1Char(' ') + s2 + QLatin1Char('\n');
        }
        it.html = html;
        it.text = text;
        return it;
    }

    /// `count` items of one feed, newest first as feeds list them.
    QList<Item> feedItems(int feed, int count, qint64 baseMs)
    {
        QList<Item> out;
        for (int i = 0; i < count; ++i)
            out << item(
                QStringLiteral("f%1-e%2").arg(feed).arg(i), baseMs - qint64(i) * 3600000 - feed * 1000);
        return out;
    }

    /// An RSS 2.0 document carrying the items.
    static QByteArray rss(int feed, const QList<Item> &items)
    {
        QString x;
        x.reserve(items.size() * 2600);
        x += QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                            "<title>Feed %1</title><link>https://blog%1.example.org/</link>"
                            "<description>Bench feed</description>\n")
                 .arg(feed);
        for (const Item &it : items) {
            x += QStringLiteral("<item><title>%1</title><link>%2</link><guid>%3</guid><author>%4</author>"
                                "<pubDate>%5</pubDate><description>%6</description></item>\n")
                     .arg(it.title.toHtmlEscaped(), it.url.toHtmlEscaped(), it.remoteId,
                         it.author.toHtmlEscaped(),
                         QDateTime::fromMSecsSinceEpoch(it.publishedMs, Qt::UTC).toString(Qt::RFC2822Date),
                         it.html.toHtmlEscaped());
        }
        x += QStringLiteral("</channel></rss>\n");
        return x.toUtf8();
    }

private:
    std::mt19937 m_rng;
    QStringList m_words;
    std::vector<double> m_cumulative;
};

/// Resident memory of this process in MiB, from /proc/self/status.
inline double residentMiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

/// CPU time of the whole process (all threads) in seconds: on a busy machine
/// items per CPU-second says more than wall-clock time.
inline double processCpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

} // namespace gilde::bench
