// Discourse's answers on arbitrary bytes, through the decoding the fetcher,
// the thread loader, the sign-in and the forum probe use: a topic list made
// into items (whose excerpts go through the sanitizer and must come out
// safe), a thread's posts (their cooked HTML sanitized, and safe), categories,
// an error body, the signed-in user, a pasted sign-in payload, a forum
// page's head, and what the outbox and the notifications column read: one
// post, a user's activity, notifications made into items.
#include "FuzzSupport.h"
#include "HtmlSafety.h"
#include "sources/discourse/DiscourseJson.h"
#include "sources/discourse/DiscourseProbe.h"
#include "sources/discourse/DiscourseUserApiKey.h"
#include "sources/discourse/NotificationToItems.h"
#include "sources/discourse/TopicMeta.h"
#include "sources/discourse/TopicToItems.h"
#include "text/HtmlSanitizer.h"

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
    DiscourseThread thread = discourse::thread(body);
    thread.posts << discourse::posts(body);
    for (const DiscoursePost &post : std::as_const(thread.posts))
        fuzz::requireSafeMarkup(sanitizeHtml(post.cooked, base), QString::fromUtf8(body));
    (void)discourse::currentUser(body);
    if (const auto post = discourse::singlePost(body))
        fuzz::requireSafeMarkup(sanitizeHtml(post->cooked, base), QString::fromUtf8(body));
    (void)discourse::userActions(body);
    for (const Item &item : discourse::itemsFromNotifications(discourse::notifications(body), base, 1)) {
        // Its address stays on the forum, whatever the names in it.
        if (!item.url.startsWith(QStringLiteral("https://forum.example/sub/")))
            __builtin_trap();
    }
    // One key pair for the run: making one is far slower than decoding.
    static const auto signIn = DiscourseUserApiKey::create();
    if (signIn)
        (void)signIn->keyFromPayload(QString::fromUtf8(body));
    (void)discourse::error(body);
    (void)discourse::isTopicList(body);
    (void)discourse::forumOfPage(body, base);
    return 0;
}
