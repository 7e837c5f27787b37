#pragma once

#include <QCoreApplication>

namespace gilde
{

/// The translation context of the messages the feed parsers give users
/// (errors and recovery warnings).
class FeedParserText
{
    Q_DECLARE_TR_FUNCTIONS(FeedParser)
};

} // namespace gilde
