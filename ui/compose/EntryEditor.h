#pragma once

#include "core/model/OutboxEntry.h"

class QDialog;
class QWidget;

namespace gilde
{

class Engine;

/// Writes the user can change after queueing them: Mastodon posts and forum
/// replies and topics. The composer they were written in opens again with
/// the entry's text and the server's refusal, and replaces the entry.
namespace entryEditor
{

/// Whether the outbox has a composer for the entry's action.
bool handles(const QString &action);
/// The composer editing `entry`, not shown yet; nullptr when handles() is
/// false. Deleted when closed.
QDialog *create(Engine &engine, const OutboxEntry &entry, QWidget *parent);

} // namespace entryEditor
} // namespace gilde
