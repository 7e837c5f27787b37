#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace gilde::test
{

/// Checks `value` against a JSON Schema of the subset that Discourse's API
/// schemas use: "type" (a name or a list of them; "integer" is a number
/// without a fractional part), "properties", "required",
/// "additionalProperties" (a boolean or a schema) and "items". Any other
/// assertion keyword is reported as an error instead of being ignored, so a
/// schema this does not understand cannot pass by accident. Returns one
/// message per problem, each starting with the JSON path
/// ("topic_list.topics[3].bumped_at: expected string, got null"); empty when
/// the value is valid.
QStringList validateJson(const QJsonValue &value, const QJsonObject &schema);

/// The schema tests/fixtures/discourse/schemas/<name>.json
/// ("listLatestTopics.response_200"); empty when there is none.
QJsonObject loadSchema(const QString &name);

} // namespace gilde::test
