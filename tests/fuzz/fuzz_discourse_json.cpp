// Discourse's answers on arbitrary bytes, through the decoding the fetcher
// and the forum probe use: a topic list made into items (whose excerpts go
// through the sanitizer and must come out safe), categories, an error body,
// and a forum page's head.
#include "FuzzSupport.h"
#include "HtmlSafety.h"
#include "sources/discourse/DiscourseJson.h"
#include "sources/discourse/DiscourseProbe.h"
#include "sources/discourse/TopicMeta.h"
#include "sources/discourse/TopicToItems.h"

using namespace gilde;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    const QUrl base(QStringLiteral("https://forum.example/sub"));
    QHash<qint64, DiscourseCategory> categories;
    for (const DiscourseCategory &c : discourse::categories(body))
        categories.insert(c.id, c);
    const DiscourseTopicList list = discourse::topicList(body);
    for (const Item &item : discourse::itemsFromTopics(list, base, categories, 1)) {
        fuzz::requireSafeMarkup(item.html, QString::fromUtf8(body));
        // What is stored must read back as what was written.
        const TopicMeta meta = TopicMeta::fromJson(item.meta);
        if (meta.toJson() != item.meta)
            __builtin_trap();
    }
    (void)discourse::error(body);
    (void)discourse::isTopicList(body);
    (void)discourse::forumOfPage(body, base);
    return 0;
}
