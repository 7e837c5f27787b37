#include "EntryEditor.h"

#include "core/sources/discourse/DiscourseWrites.h"
#include "ui/compose/ComposerDialog.h"
#include "ui/compose/ForumComposerDialog.h"

namespace gilde::entryEditor
{

namespace
{

const QString MastodonPost = QStringLiteral("mastodon.post");

} // namespace

bool handles(const QString &action)
{
    return action == MastodonPost || action == QLatin1String(discourse::ReplyAction)
        || action == QLatin1String(discourse::TopicAction);
}

QDialog *create(Engine &engine, const OutboxEntry &entry, QWidget *parent)
{
    QDialog *dialog = nullptr;
    if (entry.action == MastodonPost) {
        auto *composer = new ComposerDialog(engine, parent);
        composer->setEditedEntry(entry);
        dialog = composer;
    } else if (handles(entry.action)) {
        auto *composer = new ForumComposerDialog(engine, entry.accountId, discourse::draftOf(entry.payload), parent);
        composer->setEditedEntry(entry.id, entry.lastError);
        dialog = composer;
    }
    if (dialog)
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

} // namespace gilde::entryEditor
