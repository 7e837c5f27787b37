<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>FeedParser</name>
    <message numerus="yes">
        <source>The document ends too early (truncated?); entries recovered: %n.</source>
        <translation>
            <numerusform>The document ends too early (truncated?); entries recovered: %n.</numerusform>
            <numerusform>The document ends too early (truncated?); entries recovered: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The document is not well-formed XML (%1); entries kept from before that point: %n.</source>
        <translation>
            <numerusform>The document is not well-formed XML (%1); entries kept from before that point: %n.</numerusform>
            <numerusform>The document is not well-formed XML (%1); entries kept from before that point: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entities declared in terms of other entities or files were not expanded (a safety measure): %n.</source>
        <translation>
            <numerusform>Entities declared in terms of other entities or files were not expanded (a safety measure): %n.</numerusform>
            <numerusform>Entities declared in terms of other entities or files were not expanded (a safety measure): %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>HTML entities that XML does not know, replaced by their characters: %n.</source>
        <translation>
            <numerusform>HTML entities that XML does not know, replaced by their characters: %n.</numerusform>
            <numerusform>HTML entities that XML does not know, replaced by their characters: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undefined entities kept as text: %n (%1).</source>
        <translation>
            <numerusform>Undefined entities kept as text: %n (%1).</numerusform>
            <numerusform>Undefined entities kept as text: %n (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bare &apos;&amp;&apos; characters escaped: %n.</source>
        <translation>
            <numerusform>Bare &apos;&amp;&apos; characters escaped: %n.</numerusform>
            <numerusform>Bare &apos;&amp;&apos; characters escaped: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Characters that XML does not allow, removed: %n.</source>
        <translation>
            <numerusform>Characters that XML does not allow, removed: %n.</numerusform>
            <numerusform>Characters that XML does not allow, removed: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mismatched, unclosed or stray tags repaired: %n.</source>
        <translation>
            <numerusform>Mismatched, unclosed or stray tags repaired: %n.</numerusform>
            <numerusform>Mismatched, unclosed or stray tags repaired: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MastodonWrites</name>
    <message numerus="yes">
        <source>A post takes at most %n pictures.</source>
        <translation>
            <numerusform>A post takes at most %n picture.</numerusform>
            <numerusform>A post takes at most %n pictures.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n s</source>
        <translation>
            <numerusform>in %n s</numerusform>
            <numerusform>in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>in %n min</numerusform>
            <numerusform>in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>in %n h</numerusform>
            <numerusform>in %n h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusToItems</name>
    <message numerus="yes">
        <source>Poll closed · %n vote(s)</source>
        <translation>
            <numerusform>Poll closed · %n vote</numerusform>
            <numerusform>Poll closed · %n votes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Poll · %n vote(s)</source>
        <translation>
            <numerusform>Poll · %n vote</numerusform>
            <numerusform>Poll · %n votes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThreadHtml</name>
    <message numerus="yes">
        <source>♥ %n like(s)</source>
        <translation>
            <numerusform>♥ %n like</numerusform>
            <numerusform>♥ %n likes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gilde::AddFeedDialog</name>
    <message numerus="yes">
        <source>This page offers %n feed(s). Tick the ones to add:</source>
        <translation>
            <numerusform>This page offers %n feed. Tick it to add it:</numerusform>
            <numerusform>This page offers %n feeds. Tick the ones to add:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This Discourse forum offers %n list(s) of topics: its latest and its categories. Tick the ones to follow:</source>
        <translation>
            <numerusform>This Discourse forum offers %n list of topics: its latest. Tick it to follow it:</numerusform>
            <numerusform>This Discourse forum offers %n lists of topics: its latest and its categories. Tick the ones to follow:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gilde::ColumnWidget</name>
    <message numerus="yes">
        <source>%n feed(s)</source>
        <translation>
            <numerusform>%n feed</numerusform>
            <numerusform>%n feeds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n muted</source>
        <translation>
            <numerusform>%n muted</numerusform>
            <numerusform>%n muted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n muted</source>
        <translation>
            <numerusform>%1 · %n muted</numerusform>
            <numerusform>%1 · %n muted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %1 of %n feed(s) failed · %2</source>
        <translation>
            <numerusform>⚠ %1 of %n feed failed · %2</numerusform>
            <numerusform>⚠ %1 of %n feeds failed · %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s) hidden</source>
        <translation>
            <numerusform>%n kind hidden</numerusform>
            <numerusform>%n kinds hidden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gilde::ComposerAttachments</name>
    <message numerus="yes">
        <source>A post takes at most %n pictures; left out: %1</source>
        <translation>
            <numerusform>A post takes at most %n picture; left out: %1</numerusform>
            <numerusform>A post takes at most %n pictures; left out: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gilde::ComposerPoll</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gilde::Dashboard</name>
    <message numerus="yes">
        <source>Remove the tab “%1” and its %n column(s)? The items stay in the cache.</source>
        <translation>
            <numerusform>Remove the tab “%1” and its %n column? The items stay in the cache.</numerusform>
            <numerusform>Remove the tab “%1” and its %n columns? The items stay in the cache.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gilde::DiscoursePacing</name>
    <message numerus="yes">
        <source>The forum asked Gilde to slow down; Gilde asks again in %n second(s).</source>
        <translation>
            <numerusform>The forum asked Gilde to slow down; Gilde asks again in %n second.</numerusform>
            <numerusform>The forum asked Gilde to slow down; Gilde asks again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gilde::ImportOpmlCommand</name>
    <message numerus="yes">
        <source>Imported %n feed(s) (%1 already subscribed)</source>
        <translation>
            <numerusform>Imported %n feed (%1 already subscribed)</numerusform>
            <numerusform>Imported %n feeds (%1 already subscribed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n feed(s)</source>
        <translation>
            <numerusform>Imported %n feed</numerusform>
            <numerusform>Imported %n feeds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gilde::ItemDelegate</name>
    <message numerus="yes">
        <source>%n replies</source>
        <translation>
            <numerusform>%n reply</numerusform>
            <numerusform>%n replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gilde::ItemListModel</name>
    <message numerus="yes">
        <source>%1, %n replies, last activity %2</source>
        <comment>category or forum, replies, time</comment>
        <translation>
            <numerusform>%1, %n reply, last activity %2</numerusform>
            <numerusform>%1, %n replies, last activity %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gilde::ItemListView</name>
    <message numerus="yes">
        <source>↑ %n new</source>
        <translation>
            <numerusform>↑ %n new</numerusform>
            <numerusform>↑ %n new</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gilde::LibraryMenu</name>
    <message numerus="yes">
        <source>Exported %n link(s) to %1</source>
        <translation>
            <numerusform>Exported %n link to %1</numerusform>
            <numerusform>Exported %n links to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new link(s).</source>
        <translation>
            <numerusform>Imported %n new link.</numerusform>
            <numerusform>Imported %n new links.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) were already saved; their tags were joined.</source>
        <translation>
            <numerusform>%n link was already saved; its tags were joined.</numerusform>
            <numerusform>%n links were already saved; their tags were joined.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: not a web address.</source>
        <translation>
            <numerusform>%n skipped: not a web address.</numerusform>
            <numerusform>%n skipped: not web addresses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed: %1</source>
        <translation>
            <numerusform>%n failed: %1</numerusform>
            <numerusform>%n failed: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gilde::LinksCommand</name>
    <message numerus="yes">
        <source>%n already saved, updated</source>
        <translation>
            <numerusform>%n already saved, updated</numerusform>
            <numerusform>%n already saved, updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a web address, skipped</source>
        <translation>
            <numerusform>%n without a web address, skipped</numerusform>
            <numerusform>%n without a web address, skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n link(s)</source>
        <translation>
            <numerusform>Imported %n link</numerusform>
            <numerusform>Imported %n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n link(s) (%1)</source>
        <translation>
            <numerusform>Imported %n link (%1)</numerusform>
            <numerusform>Imported %n links (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n link(s) to %1</source>
        <translation>
            <numerusform>Exported %n link to %1</numerusform>
            <numerusform>Exported %n links to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gilde::MainWindow</name>
    <message numerus="yes">
        <source>%n new item(s)</source>
        <translation>
            <numerusform>%n new item</numerusform>
            <numerusform>%n new items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshed %n feed(s): %1, %2 failed</source>
        <translation>
            <numerusform>Refreshed %n feed: %1, %2 failed</numerusform>
            <numerusform>Refreshed %n feeds: %1, %2 failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshed %n feed(s): %1</source>
        <translation>
            <numerusform>Refreshed %n feed: %1</numerusform>
            <numerusform>Refreshed %n feeds: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshing %n feed(s)…</source>
        <translation>
            <numerusform>Refreshing %n feed…</numerusform>
            <numerusform>Refreshing %n feeds…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) failing</source>
        <translation>
            <numerusform>%n feed failing</numerusform>
            <numerusform>%n feeds failing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new feed(s) (%1 already subscribed)</source>
        <translation>
            <numerusform>Imported %n new feed (%1 already subscribed)</numerusform>
            <numerusform>Imported %n new feeds (%1 already subscribed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new feed(s)</source>
        <translation>
            <numerusform>Imported %n new feed</numerusform>
            <numerusform>Imported %n new feeds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n feed(s) to %1</source>
        <translation>
            <numerusform>Exported %n feed to %1</numerusform>
            <numerusform>Exported %n feeds to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gilde::MentionAlerts</name>
    <message numerus="yes">
        <source>%n new mentions</source>
        <translation>
            <numerusform>%n new mention</numerusform>
            <numerusform>%n new mentions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gilde::OutboxDialog</name>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be sent</source>
        <translation>
            <numerusform>%n could not be sent</numerusform>
            <numerusform>%n could not be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n sent</numerusform>
            <numerusform>%n sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gilde::OutboxSend</name>
    <message numerus="yes">
        <source>Sent %n change(s)</source>
        <translation>
            <numerusform>Sent %n change</numerusform>
            <numerusform>Sent %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wait(s) to be tried again</source>
        <translation>
            <numerusform>%n waits to be tried again</numerusform>
            <numerusform>%n wait to be tried again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still on the way (sent again next time)</source>
        <translation>
            <numerusform>%n still on the way (sent again next time)</numerusform>
            <numerusform>%n still on the way (sent again next time)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gilde::OutboxStatus</name>
    <message numerus="yes">
        <source>%n change(s) could not be sent</source>
        <translation>
            <numerusform>%n change could not be sent</numerusform>
            <numerusform>%n changes could not be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to send</source>
        <translation>
            <numerusform>%n waiting to send</numerusform>
            <numerusform>%n waiting to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n waiting in the outbox</source>
        <translation>
            <numerusform>Offline · %n waiting in the outbox</numerusform>
            <numerusform>Offline · %n waiting in the outbox</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gilde::PendingPosts</name>
    <message numerus="yes">
        <source>and %n more in the outbox</source>
        <translation>
            <numerusform>and %n more in the outbox</numerusform>
            <numerusform>and %n more in the outbox</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gilde::RefreshCommand</name>
    <message numerus="yes">
        <source>Refreshed %n feed(s) in %1 s: %2 changed, %3 unchanged, %4 failed, %5</source>
        <translation>
            <numerusform>Refreshed %n feed in %1 s: %2 changed, %3 unchanged, %4 failed, %5</numerusform>
            <numerusform>Refreshed %n feeds in %1 s: %2 changed, %3 unchanged, %4 failed, %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new item(s)</source>
        <translation>
            <numerusform>%Ln new item</numerusform>
            <numerusform>%Ln new items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gilde::ShaarliSync</name>
    <message numerus="yes">
        <source>None of the %n links synced before is on this Shaarli: nothing was removed here.</source>
        <translation>
            <numerusform>The %n link synced before is not on this Shaarli: nothing was removed here.</numerusform>
            <numerusform>None of the %n links synced before is on this Shaarli: nothing was removed here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) deleted on the Shaarli were removed here.</source>
        <translation>
            <numerusform>%n link deleted on the Shaarli was removed here.</numerusform>
            <numerusform>%n links deleted on the Shaarli were removed here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) deleted on the Shaarli were kept, as they changed here since the last sync: they go back to the Shaarli.</source>
        <translation>
            <numerusform>%n link deleted on the Shaarli was kept, as it changed here since the last sync: it goes back to the Shaarli.</numerusform>
            <numerusform>%n links deleted on the Shaarli were kept, as they changed here since the last sync: they go back to the Shaarli.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pulled %n link(s) from the Shaarli: %1 new, %2 changed there, %3 merged.</source>
        <translation>
            <numerusform>Pulled %n link from the Shaarli: %1 new, %2 changed there, %3 merged.</numerusform>
            <numerusform>Pulled %n links from the Shaarli: %1 new, %2 changed there, %3 merged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gilde::SourceTableModel</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failed %n time(s) in a row.</source>
        <translation>
            <numerusform>Failed %n time in a row.</numerusform>
            <numerusform>Failed %n times in a row.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gilde::SourcesDialog</name>
    <message numerus="yes">
        <source>Move %n feed(s) to the folder (empty for none, “A/B” nests):</source>
        <translation>
            <numerusform>Move %n feed to the folder (empty for none, “A/B” nests):</numerusform>
            <numerusform>Move %n feeds to the folder (empty for none, “A/B” nests):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not move %n feed(s).</source>
        <translation>
            <numerusform>Could not move %n feed.</numerusform>
            <numerusform>Could not move %n feeds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribe from %n feeds?</source>
        <translation>
            <numerusform>Unsubscribe from %n feed?</numerusform>
            <numerusform>Unsubscribe from %n feeds?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not delete %n feed(s).</source>
        <translation>
            <numerusform>Could not delete %n feed.</numerusform>
            <numerusform>Could not delete %n feeds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n feed(s).</source>
        <translation>
            <numerusform>Deleted %n feed.</numerusform>
            <numerusform>Deleted %n feeds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshing %n feed(s)…</source>
        <translation>
            <numerusform>Refreshing %n feed…</numerusform>
            <numerusform>Refreshing %n feeds…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s)</source>
        <translation>
            <numerusform>%n new item</numerusform>
            <numerusform>%n new items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshed %n feed(s): %1, %2 failed (see Status).</source>
        <translation>
            <numerusform>Refreshed %n feed: %1, %2 failed (see Status).</numerusform>
            <numerusform>Refreshed %n feeds: %1, %2 failed (see Status).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshed %n feed(s): %1.</source>
        <translation>
            <numerusform>Refreshed %n feed: %1.</numerusform>
            <numerusform>Refreshed %n feeds: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import failed: %1 (%n feed(s) added before the error.)</source>
        <translation>
            <numerusform>Import failed: %1 (%n feed added before the error.)</numerusform>
            <numerusform>Import failed: %1 (%n feeds added before the error.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n feed(s), %1 already present.</source>
        <translation>
            <numerusform>Added %n feed, %1 already present.</numerusform>
            <numerusform>Added %n feeds, %1 already present.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n feed(s) to %1.</source>
        <translation>
            <numerusform>Exported %n feed to %1.</numerusform>
            <numerusform>Exported %n feeds to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s)</source>
        <translation>
            <numerusform>%n feed</numerusform>
            <numerusform>%n feeds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n feed(s)</source>
        <translation>
            <numerusform>%1 of %n feed</numerusform>
            <numerusform>%1 of %n feeds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gilde::SubscribeCommand</name>
    <message numerus="yes">
        <source>This page offers %n feed(s); follow one of them, or all with --all:</source>
        <translation>
            <numerusform>This page offers %n feed; follow it, or all with --all:</numerusform>
            <numerusform>This page offers %n feeds; follow one of them, or all with --all:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Following “%1” (source %2): %n new item(s).</source>
        <translation>
            <numerusform>Following “%1” (source %2): %n new item.</numerusform>
            <numerusform>Following “%1” (source %2): %n new items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Following “%1”. The forum offers %n more list(s) of topics:</source>
        <translation>
            <numerusform>Following “%1”. The forum offers %n more list of topics:</numerusform>
            <numerusform>Following “%1”. The forum offers %n more lists of topics:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gilde::TagBrowserDialog</name>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged “%1” into “%2”: it is on %n link(s) now.</source>
        <translation>
            <numerusform>Merged “%1” into “%2”: it is on %n link now.</numerusform>
            <numerusform>Merged “%1” into “%2”: it is on %n links now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the tag “%1” from %n link(s)? The links stay in the library.</source>
        <translation>
            <numerusform>Remove the tag “%1” from %n link? The link stays in the library.</numerusform>
            <numerusform>Remove the tag “%1” from %n links? The links stay in the library.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gilde::TagCompletionModel</name>
    <message numerus="yes">
        <source>%1, %n link(s)</source>
        <translation>
            <numerusform>%1, %n link</numerusform>
            <numerusform>%1, %n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On %n link(s)</source>
        <translation>
            <numerusform>On %n link</numerusform>
            <numerusform>On %n links</numerusform>
        </translation>
    </message>
</context>
</TS>
