// The fake forum's /site.json and /categories.json: the site's settings an
// anonymous visitor sees, with every property the getSite schema requires,
// and its categories in the two shapes Discourse has for them.
#include "DiscourseServer.h"

#include "DiscourseServerSupport.h"

#include <QDateTime>
#include <QJsonArray>

namespace gilde::test
{

namespace
{

struct CategoryStats {
    int topics = 0;
    int posts = 0;
    int day = 0;
    int week = 0;
    int month = 0;
    int year = 0;
    int all = 0;
    QList<int> subcategoryIds;
};

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

// What both shapes of a category have. Its topic_url is its "About" topic's
// path, with the forum's subfolder as Discourse writes topic paths.
QJsonObject categoryJson(const DiscourseServer::Category &c, int position, const CategoryStats &stats, const QString &subfolder)
{
    return QJsonObject {
        { QStringLiteral("id"), c.id },
        { QStringLiteral("name"), c.name },
        { QStringLiteral("color"), c.color },
        { QStringLiteral("text_color"), QStringLiteral("FFFFFF") },
        { QStringLiteral("style_type"), QStringLiteral("square") },
        { QStringLiteral("emoji"), QJsonValue() },
        { QStringLiteral("icon"), QJsonValue() },
        { QStringLiteral("slug"), c.slug },
        { QStringLiteral("topic_count"), stats.topics },
        { QStringLiteral("post_count"), stats.posts },
        { QStringLiteral("position"), position },
        { QStringLiteral("description"), c.description.isEmpty() ? QJsonValue() : QJsonValue(QStringLiteral("<p>%1</p>").arg(c.description.toHtmlEscaped())) },
        { QStringLiteral("description_text"), orNull(c.description) },
        { QStringLiteral("description_excerpt"), orNull(c.description) },
        { QStringLiteral("topic_url"), QStringLiteral("%1/t/about-the-%2-category/%3").arg(subfolder, c.slug).arg(c.id) },
        { QStringLiteral("read_restricted"), false },
        { QStringLiteral("permission"), 1 },
        { QStringLiteral("notification_level"), 1 },
        { QStringLiteral("can_edit"), false },
        { QStringLiteral("topic_template"), QJsonValue() },
        { QStringLiteral("topic_title_placeholder"), QJsonValue() },
        { QStringLiteral("has_children"), !stats.subcategoryIds.isEmpty() },
        { QStringLiteral("subcategory_count"), stats.subcategoryIds.isEmpty() ? QJsonValue() : QJsonValue(int(stats.subcategoryIds.size())) },
        { QStringLiteral("sort_order"), QJsonValue() },
        { QStringLiteral("sort_ascending"), QJsonValue() },
        { QStringLiteral("show_subcategory_list"), false },
        { QStringLiteral("num_featured_topics"), 3 },
        { QStringLiteral("default_view"), QJsonValue() },
        { QStringLiteral("subcategory_list_style"), QStringLiteral("rows_with_featured_topics") },
        { QStringLiteral("default_top_period"), QStringLiteral("all") },
        { QStringLiteral("default_list_filter"), QStringLiteral("all") },
        { QStringLiteral("minimum_required_tags"), 0 },
        { QStringLiteral("navigate_to_first_post_after_read"), false },
        { QStringLiteral("uploaded_logo"), QJsonValue() },
        { QStringLiteral("uploaded_logo_dark"), QJsonValue() },
        { QStringLiteral("uploaded_background"), QJsonValue() },
        { QStringLiteral("uploaded_background_dark"), QJsonValue() },
    };
}

QJsonArray strings(std::initializer_list<const char *> list)
{
    QJsonArray out;
    for (const char *s : list)
        out.append(QLatin1String(s));
    return out;
}

QJsonObject numbered(std::initializer_list<std::pair<const char *, int>> list)
{
    QJsonObject out;
    for (const auto &[name, value] : list)
        out.insert(QLatin1String(name), value);
    return out;
}

QJsonObject flagType(int id, const char *key, const char *name, bool isFlag, const QJsonArray &appliesTo)
{
    return QJsonObject { { QStringLiteral("id"), id },
        { QStringLiteral("name_key"), QLatin1String(key) },
        { QStringLiteral("name"), QLatin1String(name) },
        { QStringLiteral("description"), QStringLiteral("%1.").arg(QLatin1String(name)) },
        { QStringLiteral("short_description"), QLatin1String(name) },
        { QStringLiteral("is_flag"), isFlag },
        { QStringLiteral("require_message"), qstrcmp(key, "notify_moderators") == 0 },
        { QStringLiteral("enabled"), true },
        { QStringLiteral("applies_to"), appliesTo },
        { QStringLiteral("is_used"), false },
        { QStringLiteral("position"), id },
        { QStringLiteral("auto_action_type"), false },
        { QStringLiteral("system"), true } };
}

QJsonObject group(int id, const char *name)
{
    return QJsonObject { { QStringLiteral("id"), id },
        { QStringLiteral("name"), QLatin1String(name) },
        { QStringLiteral("flair_url"), QJsonValue() },
        { QStringLiteral("flair_bg_color"), QJsonValue() },
        { QStringLiteral("flair_color"), QJsonValue() },
        { QStringLiteral("automatic"), true } };
}

QJsonObject notificationTypes()
{
    return numbered({ { "mentioned", 1 }, { "replied", 2 }, { "quoted", 3 }, { "edited", 4 }, { "liked", 5 },
        { "private_message", 6 }, { "invited_to_private_message", 7 }, { "invitee_accepted", 8 }, { "posted", 9 },
        { "moved_post", 10 }, { "linked", 11 }, { "granted_badge", 12 }, { "invited_to_topic", 13 }, { "custom", 14 },
        { "group_mentioned", 15 }, { "group_message_summary", 16 }, { "watching_first_post", 17 },
        { "topic_reminder", 18 }, { "liked_consolidated", 19 }, { "post_approved", 20 },
        { "code_review_commit_approved", 21 }, { "membership_request_accepted", 22 },
        { "membership_request_consolidated", 23 }, { "bookmark_reminder", 24 }, { "reaction", 25 },
        { "votes_released", 26 }, { "event_reminder", 27 }, { "event_invitation", 28 }, { "chat_mention", 29 },
        { "chat_message", 30 }, { "chat_invitation", 31 }, { "chat_group_mention", 32 }, { "chat_quoted", 33 },
        { "assigned", 34 }, { "question_answer_user_commented", 35 }, { "watching_category_or_tag", 36 },
        { "new_features", 37 }, { "admin_problems", 38 }, { "linked_consolidated", 39 },
        { "chat_watched_thread", 40 } });
}

} // namespace

QJsonObject DiscourseServer::siteLocked() const
{
    QJsonArray categories;
    QJsonArray categoryIds;
    for (qsizetype i = 0; i < m_categories.size(); ++i) {
        const Category &c = m_categories.at(i);
        CategoryStats stats;
        for (const Topic &t : m_topics) {
            if (t.categoryId == c.id) {
                ++stats.topics;
                stats.posts += t.postsCount;
            }
        }
        for (const Category &sub : m_categories) {
            if (sub.parentId == c.id)
                stats.subcategoryIds.append(sub.id);
        }
        QJsonObject o = categoryJson(c, int(i), stats, m_subfolder);
        o.insert(QStringLiteral("allow_global_tags"), false);
        o.insert(QStringLiteral("required_tag_groups"), QJsonArray());
        o.insert(QStringLiteral("read_only_banner"), QJsonValue());
        o.insert(QStringLiteral("form_template_ids"), QJsonArray());
        if (c.parentId != 0)
            o.insert(QStringLiteral("parent_category_id"), c.parentId);
        categories.append(o);
        categoryIds.append(c.id);
    }
    const QJsonArray postFlags = strings({ "Post", "Chat::Message" });
    return QJsonObject {
        { QStringLiteral("default_archetype"), QStringLiteral("regular") },
        { QStringLiteral("notification_types"), notificationTypes() },
        { QStringLiteral("post_types"), numbered({ { "regular", 1 }, { "moderator_action", 2 }, { "small_action", 3 }, { "whisper", 4 } }) },
        { QStringLiteral("trust_levels"), numbered({ { "newuser", 0 }, { "basic", 1 }, { "member", 2 }, { "regular", 3 }, { "leader", 4 } }) },
        { QStringLiteral("user_tips"), numbered({ { "first_notification", 1 }, { "topic_timeline", 2 }, { "post_menu", 3 }, { "topic_notification_levels", 4 }, { "suggested_topics", 5 } }) },
        { QStringLiteral("groups"), QJsonArray { group(1, "admins"), group(2, "moderators"), group(3, "staff"), group(10, "trust_level_0"), group(11, "trust_level_1") } },
        { QStringLiteral("filters"), strings({ "latest", "unread", "new", "unseen", "top", "read", "posted", "bookmarks" }) },
        { QStringLiteral("homepage_choices"), strings({ "latest", "categories", "top" }) },
        { QStringLiteral("periods"), strings({ "all", "yearly", "quarterly", "monthly", "weekly", "daily" }) },
        { QStringLiteral("top_menu_items"), strings({ "latest", "unread", "new", "unseen", "top", "categories", "read", "posted", "bookmarks" }) },
        { QStringLiteral("anonymous_top_menu_items"), strings({ "latest", "top", "categories" }) },
        // Uncategorized's id on a new forum; add it with addCategory to have it listed.
        { QStringLiteral("uncategorized_category_id"), 1 },
        { QStringLiteral("user_field_max_length"), 2048 },
        { QStringLiteral("post_action_types"), QJsonArray { flagType(2, "like", "Like", false, postFlags),
                                                   flagType(3, "off_topic", "It's Off-Topic", true, postFlags),
                                                   flagType(8, "spam", "It's Spam", true, postFlags),
                                                   flagType(7, "notify_moderators", "Something Else", true, postFlags) } },
        { QStringLiteral("topic_flag_types"), QJsonArray { flagType(4, "inappropriate", "It's Inappropriate", true, strings({ "Topic" })),
                                                  flagType(8, "spam", "It's Spam", true, strings({ "Topic" })),
                                                  flagType(7, "notify_moderators", "Something Else", true, strings({ "Topic" })) } },
        { QStringLiteral("can_create_tag"), false },
        { QStringLiteral("can_tag_topics"), false },
        { QStringLiteral("can_tag_pms"), false },
        { QStringLiteral("tags_filter_regexp"), QStringLiteral("[/\\?#\\[\\]@!\\$&'\\(\\)\\*\\+,;=\\.%\\\\`^\\s|\\{\\}\"<>]+") },
        { QStringLiteral("top_tags"), tagsJsonLocked(m_tags) },
        { QStringLiteral("wizard_required"), false },
        { QStringLiteral("can_associate_groups"), false },
        { QStringLiteral("topic_featured_link_allowed_category_ids"), categoryIds },
        { QStringLiteral("user_themes"), QJsonArray { QJsonObject { { QStringLiteral("theme_id"), 2 },
                                             { QStringLiteral("name"), QStringLiteral("Default") },
                                             { QStringLiteral("default"), true },
                                             { QStringLiteral("color_scheme_id"), QJsonValue() } } } },
        { QStringLiteral("user_color_schemes"), QJsonArray() },
        { QStringLiteral("default_light_color_scheme"), QJsonValue() },
        { QStringLiteral("default_dark_color_scheme"), QJsonValue() },
        { QStringLiteral("censored_regexp"), QJsonArray() },
        { QStringLiteral("custom_emoji_translation"), QJsonObject() },
        { QStringLiteral("watched_words_replace"), QJsonValue() },
        { QStringLiteral("watched_words_link"), QJsonValue() },
        { QStringLiteral("markdown_additional_options"), QJsonObject() },
        { QStringLiteral("displayed_about_plugin_stat_groups"), QJsonArray() },
        { QStringLiteral("categories"), categories },
        { QStringLiteral("archetypes"), QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("regular") },
                                            { QStringLiteral("name"), QStringLiteral("Regular Topic") },
                                            { QStringLiteral("options"), QJsonArray() } },
                                            QJsonObject { { QStringLiteral("id"), QStringLiteral("banner") },
                                                { QStringLiteral("name"), QStringLiteral("Banner Topic") },
                                                { QStringLiteral("options"), QJsonArray() } } } },
        { QStringLiteral("user_fields"), QJsonArray() },
        { QStringLiteral("auth_providers"), QJsonArray() },
        { QStringLiteral("whispers_allowed_groups_names"), QJsonArray() },
        { QStringLiteral("denied_emojis"), QJsonArray() },
        { QStringLiteral("navigation_menu_site_top_tags"), QJsonArray() },
        { QStringLiteral("full_name_required_for_signup"), false },
        { QStringLiteral("full_name_visible_in_signup"), true },
        { QStringLiteral("email_configured"), true },
    };
}

QJsonObject DiscourseServer::categoriesLocked() const
{
    // Top-level categories only; each names its subcategories by id.
    const QHash<int, Times> times = timesLocked();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 day = 24LL * 3600 * 1000;
    QJsonArray categories;
    int position = 0;
    for (const Category &c : m_categories) {
        if (c.parentId != 0)
            continue;
        CategoryStats stats;
        for (const Category &sub : m_categories) {
            if (sub.parentId == c.id)
                stats.subcategoryIds.append(sub.id);
        }
        for (const Topic &t : m_topics) {
            if (t.categoryId != c.id && !stats.subcategoryIds.contains(t.categoryId))
                continue;
            if (t.categoryId == c.id) {
                ++stats.topics;
                stats.posts += t.postsCount;
            }
            const qint64 age = now - times.value(t.id).createdAtMs;
            stats.day += age <= day;
            stats.week += age <= 7 * day;
            stats.month += age <= 30 * day;
            stats.year += age <= 365 * day;
            ++stats.all;
        }
        QJsonObject o = categoryJson(c, position++, stats, m_subfolder);
        QJsonArray subIds;
        for (int id : std::as_const(stats.subcategoryIds))
            subIds.append(id);
        o.insert(QStringLiteral("topics_day"), stats.day);
        o.insert(QStringLiteral("topics_week"), stats.week);
        o.insert(QStringLiteral("topics_month"), stats.month);
        o.insert(QStringLiteral("topics_year"), stats.year);
        o.insert(QStringLiteral("topics_all_time"), stats.all);
        o.insert(QStringLiteral("subcategory_ids"), subIds);
        o.insert(QStringLiteral("is_uncategorized"), c.id == 1);
        categories.append(o);
    }
    return QJsonObject { { QStringLiteral("category_list"),
        QJsonObject { { QStringLiteral("can_create_category"), false },
            { QStringLiteral("can_create_topic"), false },
            { QStringLiteral("categories"), categories } } } };
}

} // namespace gilde::test
