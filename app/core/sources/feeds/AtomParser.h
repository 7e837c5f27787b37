#pragma once

#include "model/ParsedFeed.h"

namespace gilde
{

class FeedXmlReader;

/// Reads an Atom 1.0 or 0.3 <feed> document whose root start element the
/// reader is on. Fills `feed` (format included) as it goes, so that a
/// document cut short still yields the entries before the cut.
void parseAtom(FeedXmlReader &reader, ParsedFeed &feed);

} // namespace gilde
