#pragma once

#include "sync/SourceFetcher.h"

#include <QPointer>

#include <memory>

namespace gilde
{

class DiscoursePacing;

/// Discourse topic lists (DiscourseStream in the source's address): the
/// first page of a forum's latest topics, a category's or a tag's, read as
/// anyone may on a public forum. Each forum's categories (names, colours,
/// parents) come from its /site.json, asked for at most once an hour and
/// only when a list is fetched, so a round over ten columns of one forum
/// makes one extra request, not ten.
class DiscourseFetcher : public SourceFetcher
{
public:
    /// Every request goes through `pacing` (and its HttpClient), not the
    /// client fetch() is given: one forum's lists and threads share one budget.
    explicit DiscourseFetcher(DiscoursePacing *pacing);
    ~DiscourseFetcher() override;

    QString kind() const override;
    void fetch(const Source &source, HttpClient &http, Done done) const override;

    /// How long a forum's categories are taken as they were.
    static constexpr qint64 CategoriesMaxAgeMs = 60 * 60 * 1000;

private:
    struct Categories;
    std::shared_ptr<Categories> m_categories;
    QPointer<DiscoursePacing> m_pacing;
};

} // namespace gilde
