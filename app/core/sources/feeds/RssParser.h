#pragma once

#include "model/ParsedFeed.h"

namespace gilde
{

class FeedXmlReader;

/// Reads an RSS 0.9x/2.0 <rss> or RSS 0.90/1.0 <rdf:RDF> document whose root
/// start element the reader is on. Fills `feed` (format included) as it goes,
/// so that a document cut short still yields the entries before the cut.
void parseRss(FeedXmlReader &reader, ParsedFeed &feed);

} // namespace gilde
