#pragma once

#include "sync/SourceFetcher.h"

namespace gilde
{

/// Feeds (RSS, Atom, JSON Feed): one conditional GET of the feed's address,
/// parsed with parseFeed. Relative links resolve against the answer's
/// Content-Location, else the address after redirects.
class FeedFetcher : public SourceFetcher
{
public:
    QString kind() const override;
    void fetch(const Source &source, HttpClient &http, Done done) const override;
};

} // namespace gilde
