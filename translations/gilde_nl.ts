<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Accessibility</name>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
</context>
<context>
    <name>AccessibleText</name>
    <message>
        <source>Read, starred</source>
        <translation>Gelezen, met ster</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelezen</translation>
    </message>
    <message>
        <source>Unread, starred</source>
        <translation>Ongelezen, met ster</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ongelezen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>title — detail</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>state. row</comment>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: gilde [--profile DIR] COMMAND [options] [--json]</source>
        <translation>Gebruik: gilde [--profile MAP] OPDRACHT [opties] [--json]</translation>
    </message>
    <message>
        <source>Without a command, gilde opens its window.</source>
        <translation>Zonder opdracht opent gilde het venster.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Opdrachten:</translation>
    </message>
    <message>
        <source>Common options:
  --profile DIR   the data folder (default: $GILDE_PROFILE or %1)
  --json          print JSON instead of text
  -h, --help      help for a command: gilde COMMAND --help
  -v, --version   the version of gilde
</source>
        <translation>Algemene opties:
  --profile MAP   de gegevensmap (standaard: $GILDE_PROFILE of %1)
  --json          JSON in plaats van tekst
  -h, --help      hulp bij een opdracht: gilde OPDRACHT --help
  -v, --version   de versie van gilde
</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Geen opdracht opgegeven.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Onbekende opdracht: %1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Toon deze hulp.</translation>
    </message>
    <message>
        <source>The data folder to use.</source>
        <translation>De te gebruiken gegevensmap.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>MAP</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Uitvoer in JSON.</translation>
    </message>
    <message>
        <source>No profile folder: give one with --profile DIR.</source>
        <translation>Geen profielmap: geef er een op met --profile MAP.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The profile database “%1” is damaged or is not a Gilde database (%2). Gilde has not changed it. Move the file aside to start with an empty profile, or open another profile with --profile.</source>
        <translation>De profieldatabase “%1” is beschadigd of is geen Gilde-database (%2). Gilde heeft er niets aan veranderd. Zet het bestand opzij om met een leeg profiel te beginnen, of open een ander profiel met --profile.</translation>
    </message>
    <message>
        <source>The profile database “%1” was written by a newer version of Gilde (schema %2; this version understands up to %3). Gilde has not changed it. Update Gilde, or open another profile with --profile.</source>
        <translation>De profieldatabase “%1” is geschreven door een nieuwere versie van Gilde (schema %2; deze versie kent schema’s tot en met %3). Gilde heeft er niets aan veranderd. Werk Gilde bij, of open een ander profiel met --profile.</translation>
    </message>
    <message>
        <source>Cannot open the profile database “%1”: %2</source>
        <translation>Kan de profieldatabase “%1” niet openen: %2</translation>
    </message>
    <message>
        <source>could not write the backup copy “%1” before upgrading (%2)</source>
        <translation>kon vóór het bijwerken de reservekopie “%1” niet schrijven (%2)</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>de map bestaat niet</translation>
    </message>
    <message>
        <source>the folder is not writable</source>
        <translation>er kan niet in de map worden geschreven</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>het is geen bestand</translation>
    </message>
    <message>
        <source>not an SQLite database</source>
        <translation>geen SQLite-database</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>het bestand is alleen-lezen</translation>
    </message>
    <message>
        <source>upgrading it to schema %1 failed (%2); it was left at schema %3</source>
        <translation>het bijwerken naar schema %1 is mislukt (%2); schema %3 is behouden</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>De schijf is vol: er is niets opgeslagen. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The profile database is read-only: nothing was saved.</source>
        <translation>De profieldatabase is alleen-lezen: er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The profile database is busy in another program: nothing was saved. Try again.</source>
        <translation>De profieldatabase is bezet door een ander programma: er is niets opgeslagen. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The profile database is damaged: nothing was saved. Move it aside and restart.</source>
        <translation>De profieldatabase is beschadigd: er is niets opgeslagen. Zet het bestand opzij en start opnieuw.</translation>
    </message>
    <message>
        <source>The profile database could not be written (%1): nothing was saved.</source>
        <translation>Kon niet naar de profieldatabase schrijven (%1): er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Saving failed (%1): nothing was saved.</source>
        <translation>Opslaan mislukt (%1): er is niets opgeslagen.</translation>
    </message>
</context>
<context>
    <name>DiscourseAccountSetup</name>
    <message>
        <source>New · %1</source>
        <translation>Nieuw · %1</translation>
    </message>
    <message>
        <source>Unread · %1</source>
        <translation>Ongelezen · %1</translation>
    </message>
    <message>
        <source>Messages · %1</source>
        <translation>Berichten · %1</translation>
    </message>
    <message>
        <source>Latest · %1</source>
        <translation>Nieuwste · %1</translation>
    </message>
    <message>
        <source>Notifications · %1</source>
        <translation>Meldingen · %1</translation>
    </message>
</context>
<context>
    <name>DiscourseDeliverer</name>
    <message>
        <source>The account of this write is gone.</source>
        <translation>Het account van deze schrijfactie bestaat niet meer.</translation>
    </message>
    <message>
        <source>The sign-in of this forum is not in the keychain: %1. Sign in again.</source>
        <translation>De aanmelding bij dit forum staat niet in de sleutelhanger: %1. Meld je opnieuw aan.</translation>
    </message>
    <message>
        <source>Gilde cannot send this kind of write: %1</source>
        <translation>Gilde kan dit soort schrijfactie niet versturen: %1</translation>
    </message>
    <message>
        <source>The forum refused it: %1</source>
        <translation>Het forum weigerde het: %1</translation>
    </message>
    <message>
        <source>The forum no longer accepts this account&apos;s sign-in: sign in again.</source>
        <translation>Het forum accepteert de aanmelding van dit account niet meer: meld je opnieuw aan.</translation>
    </message>
    <message>
        <source>The topic or post is no longer on the forum.</source>
        <translation>Het onderwerp of bericht staat niet meer op het forum.</translation>
    </message>
</context>
<context>
    <name>DiscourseFetcher</name>
    <message>
        <source>Not the address of a Discourse topic list: %1</source>
        <translation>Geen adres van een Discourse-onderwerpenlijst: %1</translation>
    </message>
    <message>
        <source>Not a Discourse topic list: %1</source>
        <translation>Geen Discourse-onderwerpenlijst: %1</translation>
    </message>
    <message>
        <source>Not a list of Discourse notifications: %1</source>
        <translation>Geen lijst met Discourse-meldingen: %1</translation>
    </message>
    <message>
        <source>Not a Discourse topic: %1</source>
        <translation>Geen Discourse-onderwerp: %1</translation>
    </message>
</context>
<context>
    <name>DiscourseHttp</name>
    <message>
        <source>The forum has no such list (any more): the category or tag may have been removed, renamed or made private.</source>
        <translation>Het forum heeft deze lijst niet (meer): de categorie of tag is misschien verwijderd, hernoemd of afgeschermd.</translation>
    </message>
    <message>
        <source>The forum has no such topic (any more): it may have been deleted or made private.</source>
        <translation>Het forum heeft dit onderwerp niet (meer): het is misschien verwijderd of afgeschermd.</translation>
    </message>
    <message>
        <source>The forum shows this only to signed-in members.</source>
        <translation>Het forum toont dit alleen aan aangemelde leden.</translation>
    </message>
    <message>
        <source>The forum shows this topic only to signed-in members.</source>
        <translation>Het forum toont dit onderwerp alleen aan aangemelde leden.</translation>
    </message>
    <message>
        <source>The forum said: %1</source>
        <translation>Het forum meldt: %1</translation>
    </message>
    <message>
        <source>The forum no longer accepts your sign-in (the key was revoked?): sign in to it again with the + on the left edge.</source>
        <translation>Het forum accepteert je aanmelding niet meer (is de sleutel ingetrokken?): meld je opnieuw aan met de + aan de linkerrand.</translation>
    </message>
</context>
<context>
    <name>DiscourseJson</name>
    <message>
        <source>expected a JSON object</source>
        <translation>een JSON-object verwacht</translation>
    </message>
    <message>
        <source>no topic list in the answer</source>
        <translation>geen onderwerpenlijst in het antwoord</translation>
    </message>
    <message>
        <source>no categories in the answer</source>
        <translation>geen categorieën in het antwoord</translation>
    </message>
    <message>
        <source>no posts in the answer</source>
        <translation>geen berichten in het antwoord</translation>
    </message>
    <message>
        <source>expected a list of notifications</source>
        <translation>een lijst met meldingen verwacht</translation>
    </message>
</context>
<context>
    <name>DiscourseNotifications</name>
    <message>
        <source>Someone</source>
        <translation>Iemand</translation>
    </message>
    <message>
        <source>a topic</source>
        <translation>een onderwerp</translation>
    </message>
    <message>
        <source>%1 mentioned you in “%2”</source>
        <translation>%1 noemde je in “%2”</translation>
    </message>
    <message>
        <source>%1 mentioned your group in “%2”</source>
        <translation>%1 noemde je groep in “%2”</translation>
    </message>
    <message>
        <source>%1 replied to you in “%2”</source>
        <translation>%1 reageerde op je in “%2”</translation>
    </message>
    <message>
        <source>%1 quoted you in “%2”</source>
        <translation>%1 citeerde je in “%2”</translation>
    </message>
    <message>
        <source>%1 edited your post in “%2”</source>
        <translation>%1 bewerkte je bericht in “%2”</translation>
    </message>
    <message>
        <source>%1 liked your post in “%2”</source>
        <translation>%1 vond je bericht in “%2” leuk</translation>
    </message>
    <message>
        <source>%1 sent you a message: “%2”</source>
        <translation>%1 stuurde je een bericht: “%2”</translation>
    </message>
    <message>
        <source>%1 invited you to “%2”</source>
        <translation>%1 nodigde je uit voor “%2”</translation>
    </message>
    <message>
        <source>%1 posted in “%2”</source>
        <translation>%1 schreef in “%2”</translation>
    </message>
    <message>
        <source>%1 linked to your post in “%2”</source>
        <translation>%1 linkte naar je bericht in “%2”</translation>
    </message>
    <message>
        <source>You earned the badge “%1”</source>
        <translation>Je hebt de badge “%1” verdiend</translation>
    </message>
    <message>
        <source>Reminder: “%1”</source>
        <translation>Herinnering: “%1”</translation>
    </message>
    <message>
        <source>%1 in “%2”</source>
        <translation>%1 in “%2”</translation>
    </message>
</context>
<context>
    <name>DiscourseProbe</name>
    <message>
        <source>Latest · %1</source>
        <translation>Nieuwste · %1</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <source>%1 looks like a Discourse forum but does not answer as one: %2</source>
        <translation>%1 lijkt een Discourse-forum, maar antwoordt niet als een: %2</translation>
    </message>
    <message>
        <source>This Discourse forum lets only its signed-in members read it.</source>
        <translation>Dit Discourse-forum is alleen te lezen voor aangemelde leden.</translation>
    </message>
    <message>
        <source>Could not load the forum&apos;s categories from %1.</source>
        <translation>Kon de categorieën van het forum niet laden van %1.</translation>
    </message>
</context>
<context>
    <name>DiscourseSession</name>
    <message>
        <source>The answer from %1 is not a Discourse forum&apos;s.</source>
        <translation>Het antwoord van %1 komt niet van een Discourse-forum.</translation>
    </message>
    <message>
        <source>The forum does not accept this key.</source>
        <translation>Het forum accepteert deze sleutel niet.</translation>
    </message>
    <message>
        <source>The forum does not accept this key: %1</source>
        <translation>Het forum accepteert deze sleutel niet: %1</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>Kon %1 niet bereiken: %2</translation>
    </message>
</context>
<context>
    <name>DiscourseUserApiKey</name>
    <message>
        <source>Could not make a key pair for signing in to the forum.</source>
        <translation>Kon geen sleutelpaar maken om bij het forum in te loggen.</translation>
    </message>
    <message>
        <source>That is not the text the forum showed: it is not base64.</source>
        <translation>Dat is niet de tekst die het forum liet zien: het is geen base64.</translation>
    </message>
    <message>
        <source>The forum&apos;s answer could not be decrypted.</source>
        <translation>Het antwoord van het forum kon niet worden ontsleuteld.</translation>
    </message>
    <message>
        <source>The forum&apos;s answer is not for this sign-in: it was made for another request.</source>
        <translation>Het antwoord van het forum hoort niet bij deze aanmelding: het is voor een ander verzoek gemaakt.</translation>
    </message>
    <message>
        <source>The forum&apos;s answer holds no key.</source>
        <translation>Het antwoord van het forum bevat geen sleutel.</translation>
    </message>
</context>
<context>
    <name>DiscourseWrites</name>
    <message>
        <source>it is not a forum topic.</source>
        <translation>het is geen forumonderwerp.</translation>
    </message>
    <message>
        <source>the topic is closed: the forum takes no more replies.</source>
        <translation>het onderwerp is gesloten: het forum neemt geen reacties meer aan.</translation>
    </message>
    <message>
        <source>a new topic goes in a category: follow the forum&apos;s category and start it there.</source>
        <translation>een nieuw onderwerp hoort in een categorie: volg die categorie van het forum en begin het daar.</translation>
    </message>
</context>
<context>
    <name>FeedFetcher</name>
    <message>
        <source>Not a feed: %1</source>
        <translation>Geen feed: %1</translation>
    </message>
</context>
<context>
    <name>FeedParser</name>
    <message>
        <source>This is a web page, not a feed.</source>
        <translation>Dit is een webpagina, geen feed.</translation>
    </message>
    <message>
        <source>Unknown feed format: the document&apos;s root element is &lt;%1&gt;.</source>
        <translation>Onbekend feedformaat: het hoofdelement van het document is &lt;%1&gt;.</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>regel %1, kolom %2: %3</translation>
    </message>
    <message>
        <source>The document is not readable XML (%1).</source>
        <translation>Het document is geen leesbare XML (%1).</translation>
    </message>
    <message>
        <source>The document has no content.</source>
        <translation>Het document heeft geen inhoud.</translation>
    </message>
    <message numerus="yes">
        <source>The document ends too early (truncated?); entries recovered: %n.</source>
        <translation>
            <numerusform>Het document houdt te vroeg op (afgekapt?); %n bericht hersteld.</numerusform>
            <numerusform>Het document houdt te vroeg op (afgekapt?); %n berichten hersteld.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The document is not well-formed XML (%1); entries kept from before that point: %n.</source>
        <translation>
            <numerusform>Het document is geen welgevormde XML (%1); %n bericht van vóór die plek is behouden.</numerusform>
            <numerusform>Het document is geen welgevormde XML (%1); %n berichten van vóór die plek zijn behouden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The document is empty.</source>
        <translation>Het document is leeg.</translation>
    </message>
    <message>
        <source>The document is not valid JSON (%1 at offset %2).</source>
        <translation>Het document is geen geldige JSON (%1 op positie %2).</translation>
    </message>
    <message>
        <source>The document is JSON, but not a JSON Feed.</source>
        <translation>Het document is JSON, maar geen JSON Feed.</translation>
    </message>
    <message>
        <source>Some bytes were not valid in the document&apos;s encoding and were replaced.</source>
        <translation>Sommige bytes waren ongeldig in de tekencodering van het document en zijn vervangen.</translation>
    </message>
    <message>
        <source>Unknown character encoding &quot;%1&quot;; read as UTF-8.</source>
        <translation>Onbekende tekencodering &quot;%1&quot;; gelezen als UTF-8.</translation>
    </message>
    <message>
        <source>The document is not valid UTF-8; it was read as windows-1252.</source>
        <translation>Het document is geen geldige UTF-8; het is gelezen als windows-1252.</translation>
    </message>
    <message>
        <source>Some bytes were not valid UTF-8 and were replaced.</source>
        <translation>Sommige bytes waren geen geldige UTF-8 en zijn vervangen.</translation>
    </message>
    <message>
        <source>entity declarations are not accepted</source>
        <translation>entiteitsdeclaraties worden niet geaccepteerd</translation>
    </message>
    <message>
        <source>Ignored text before the start of the document.</source>
        <translation>Tekst vóór het begin van het document is genegeerd.</translation>
    </message>
    <message numerus="yes">
        <source>Entities declared in terms of other entities or files were not expanded (a safety measure): %n.</source>
        <translation>
            <numerusform>Entiteiten die naar andere entiteiten of bestanden verwijzen, zijn niet vervangen (een veiligheidsmaatregel): %n.</numerusform>
            <numerusform>Entiteiten die naar andere entiteiten of bestanden verwijzen, zijn niet vervangen (een veiligheidsmaatregel): %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The document&apos;s DOCTYPE declares entities; only plain-text ones were used.</source>
        <translation>De DOCTYPE van het document declareert entiteiten; alleen die met gewone tekst zijn gebruikt.</translation>
    </message>
    <message numerus="yes">
        <source>HTML entities that XML does not know, replaced by their characters: %n.</source>
        <translation>
            <numerusform>HTML-entiteiten die XML niet kent, vervangen door hun tekens: %n.</numerusform>
            <numerusform>HTML-entiteiten die XML niet kent, vervangen door hun tekens: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undefined entities kept as text: %n (%1).</source>
        <translation>
            <numerusform>Ongedefinieerde entiteiten als tekst behouden: %n (%1).</numerusform>
            <numerusform>Ongedefinieerde entiteiten als tekst behouden: %n (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bare &apos;&amp;&apos; characters escaped: %n.</source>
        <translation>
            <numerusform>Losse &apos;&amp;&apos;-tekens geëscapet: %n.</numerusform>
            <numerusform>Losse &apos;&amp;&apos;-tekens geëscapet: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Characters that XML does not allow, removed: %n.</source>
        <translation>
            <numerusform>Tekens die XML niet toestaat, verwijderd: %n.</numerusform>
            <numerusform>Tekens die XML niet toestaat, verwijderd: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Namespace prefixes used without a declaration, declared: %1.</source>
        <translation>Naamruimteprefixen gebruikt zonder declaratie, alsnog gedeclareerd: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Mismatched, unclosed or stray tags repaired: %n.</source>
        <translation>
            <numerusform>Niet-passende, niet-gesloten of losse tags gerepareerd: %n.</numerusform>
            <numerusform>Niet-passende, niet-gesloten of losse tags gerepareerd: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Cannot read the starter feeds (%1).</source>
        <translation>Kan de startfeeds niet lezen (%1).</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>Cannot create the welcome tab.</source>
        <translation>Kan het welkomsttabblad niet maken.</translation>
    </message>
    <message>
        <source>All unread</source>
        <translation>Alle ongelezen</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Met ster</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Leren</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Technologie</translation>
    </message>
    <message>
        <source>Nederlands</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Feeds</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>Gilde</source>
        <translation>Gilde</translation>
    </message>
    <message>
        <source>Gilde cannot open this profile.</source>
        <translation>Gilde kan dit profiel niet openen.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Open Another Profile…</source>
        <translation>Ander profiel openen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Choose a profile folder</source>
        <translation>Kies een profielmap</translation>
    </message>
</context>
<context>
    <name>HtmlSanitizer</name>
    <message>
        <source>Video: %1</source>
        <translation>Video: %1</translation>
    </message>
</context>
<context>
    <name>LinkStore</name>
    <message>
        <source>This is not a web address: %1</source>
        <translation>Dit is geen webadres: %1</translation>
    </message>
    <message>
        <source>Another saved link has this address already: %1</source>
        <translation>Een andere bewaarde link heeft dit adres al: %1</translation>
    </message>
</context>
<context>
    <name>MastodonDeliverer</name>
    <message>
        <source>The server no longer accepts this account&apos;s sign-in: sign in again.</source>
        <translation>De server accepteert de aanmelding van dit account niet meer: meld je opnieuw aan.</translation>
    </message>
    <message>
        <source>The post is no longer on the server.</source>
        <translation>Het bericht staat niet meer op de server.</translation>
    </message>
    <message>
        <source>The server refused it: %1</source>
        <translation>De server weigerde het: %1</translation>
    </message>
    <message>
        <source>The account of this write is gone.</source>
        <translation>Het account van deze wijziging bestaat niet meer.</translation>
    </message>
    <message>
        <source>The sign-in of this account is not in the keychain: %1. Sign in again.</source>
        <translation>De aanmelding van dit account staat niet in de sleutelbos: %1. Meld je opnieuw aan.</translation>
    </message>
    <message>
        <source>Gilde cannot send this kind of write: %1</source>
        <translation>Gilde kan dit soort wijziging niet versturen: %1</translation>
    </message>
    <message>
        <source>The account&apos;s server could not find the post at %1.</source>
        <translation>De server van het account kon het bericht op %1 niet vinden.</translation>
    </message>
    <message>
        <source>The server did not say who this account is; Gilde tries again later.</source>
        <translation>De server zei niet wie dit account is; Gilde probeert het later opnieuw.</translation>
    </message>
    <message>
        <source>Waits until its time, %1.</source>
        <translation>Wacht tot het zover is: %1.</translation>
    </message>
    <message>
        <source>The post has no poll on the account&apos;s server.</source>
        <translation>Het bericht heeft geen peiling op de server van het account.</translation>
    </message>
    <message>
        <source>Too late: the scheduled post has appeared already.</source>
        <translation>Te laat: het ingeplande bericht is al verschenen.</translation>
    </message>
    <message>
        <source>The post it answers was cancelled before it went out.</source>
        <translation>Het bericht waarop het reageert, is geannuleerd voordat het verstuurd werd.</translation>
    </message>
    <message>
        <source>Waits for the post it answers, which the server refused: edit or cancel that one first.</source>
        <translation>Wacht op het bericht waarop het reageert, dat de server weigerde: bewerk of annuleer dat eerst.</translation>
    </message>
    <message>
        <source>Waits for the post it answers to go out first.</source>
        <translation>Wacht tot het bericht waarop het reageert eerst verstuurd is.</translation>
    </message>
    <message>
        <source>Waits for the post it answers to appear, %1.</source>
        <translation>Wacht tot het bericht waarop het reageert verschijnt, %1.</translation>
    </message>
    <message>
        <source>Waits for the post it answers to appear.</source>
        <translation>Wacht tot het bericht waarop het reageert verschijnt.</translation>
    </message>
    <message>
        <source>The post has a poll now: edit it in your server&apos;s web client.</source>
        <translation>Het bericht heeft nu een peiling: bewerk het in de webclient van je server.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a post.</source>
        <translation>Het antwoord van de server is geen bericht.</translation>
    </message>
</context>
<context>
    <name>MastodonFetcher</name>
    <message>
        <source>This server shows this timeline only to signed-in users (%1).</source>
        <translation>Deze server toont deze tijdlijn alleen aan aangemelde gebruikers (%1).</translation>
    </message>
    <message>
        <source>Not a Mastodon timeline: %1</source>
        <translation>Geen Mastodon-tijdlijn: %1</translation>
    </message>
    <message>
        <source>Not the address of a Mastodon timeline: %1</source>
        <translation>Geen adres van een Mastodon-tijdlijn: %1</translation>
    </message>
    <message>
        <source>The sign-in of this account is not in the keychain: %1. Sign in again.</source>
        <translation>De aanmelding van dit account staat niet in de sleutelbos: %1. Meld je opnieuw aan.</translation>
    </message>
    <message>
        <source>no token</source>
        <translation>geen token</translation>
    </message>
</context>
<context>
    <name>MastodonHttp</name>
    <message>
        <source>The server no longer accepts this account&apos;s sign-in: sign in again.</source>
        <translation>De server accepteert de aanmelding van dit account niet meer: meld je opnieuw aan.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>De server zei: %1</translation>
    </message>
</context>
<context>
    <name>MastodonJson</name>
    <message>
        <source>The server&apos;s answer is not JSON (%1).</source>
        <translation>Het antwoord van de server is geen JSON (%1).</translation>
    </message>
    <message>
        <source>The server answered with something other than a list.</source>
        <translation>De server antwoordde met iets anders dan een lijst.</translation>
    </message>
    <message>
        <source>The server answered with something other than an object.</source>
        <translation>De server antwoordde met iets anders dan een object.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a post.</source>
        <translation>Het antwoord van de server is geen bericht.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not an account.</source>
        <translation>Het antwoord van de server is geen account.</translation>
    </message>
    <message>
        <source>The server did not say how the account stands to them.</source>
        <translation>De server zei niet hoe het account tot hen staat.</translation>
    </message>
</context>
<context>
    <name>MastodonLists</name>
    <message>
        <source>The server does not let this post be edited.</source>
        <translation>De server laat dit bericht niet bewerken.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not the post&apos;s text.</source>
        <translation>Het antwoord van de server is niet de tekst van het bericht.</translation>
    </message>
</context>
<context>
    <name>MastodonMedia</name>
    <message>
        <source>The picture %1 is no longer there.</source>
        <translation>De afbeelding %1 is er niet meer.</translation>
    </message>
    <message>
        <source>%1 is larger than servers take (99 MB).</source>
        <translation>%1 is groter dan servers aannemen (99 MB).</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Kon %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>The server is still processing the media; Gilde tries again later.</source>
        <translation>De server is de media nog aan het verwerken; Gilde probeert het later opnieuw.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 is geen bestand.</translation>
    </message>
    <message>
        <source>Could not make the folder %1.</source>
        <translation>Kon de map %1 niet maken.</translation>
    </message>
    <message>
        <source>Could not keep a copy of %1: %2. Is the disk full?</source>
        <translation>Kon geen kopie van %1 bewaren: %2. Is de schijf vol?</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the upload names no media.</source>
        <translation>Het antwoord van de server op het uploaden noemt geen media.</translation>
    </message>
</context>
<context>
    <name>MastodonProbe</name>
    <message>
        <source>%1 has no account @%2.</source>
        <translation>%1 heeft geen account @%2.</translation>
    </message>
    <message>
        <source>Could not look up @%1 on %2: %3</source>
        <translation>Kon @%1 niet opzoeken op %2: %3</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not an account: %1</source>
        <translation>Het antwoord van de server is geen account: %1</translation>
    </message>
    <message>
        <source>The server gave an account id Gilde cannot use.</source>
        <translation>De server gaf een account-id dat Gilde niet kan gebruiken.</translation>
    </message>
</context>
<context>
    <name>MastodonSignIn</name>
    <message>
        <source>The server did not register Gilde: %1</source>
        <translation>De server heeft Gilde niet geregistreerd: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the app registration has no client id.</source>
        <translation>Het antwoord van de server op de app-registratie bevat geen client-id.</translation>
    </message>
    <message>
        <source>Gilde is not registered with the server yet.</source>
        <translation>Gilde is nog niet bij de server geregistreerd.</translation>
    </message>
    <message>
        <source>The server did not accept the code: %1</source>
        <translation>De server accepteerde de code niet: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no access token.</source>
        <translation>Het antwoord van de server bevat geen toegangstoken.</translation>
    </message>
    <message>
        <source>The server does not accept this token: %1</source>
        <translation>De server accepteert dit token niet: %1</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>Kon %1 niet bereiken: %2</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not an account: %1</source>
        <translation>Het antwoord van de server is geen account: %1</translation>
    </message>
</context>
<context>
    <name>MastodonTimeline</name>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Vermeldingen</translation>
    </message>
    <message>
        <source>Local · %1</source>
        <translation>Lokaal · %1</translation>
    </message>
    <message>
        <source>Federated · %1</source>
        <translation>Globaal · %1</translation>
    </message>
    <message>
        <source>List %1</source>
        <translation>Lijst %1</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Bladwijzers</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favorieten</translation>
    </message>
    <message>
        <source>Posts of %1</source>
        <translation>Berichten van %1</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Zoeken: %1</translation>
    </message>
</context>
<context>
    <name>MastodonWrites</name>
    <message>
        <source>This is not a Mastodon post.</source>
        <translation>Dit is geen Mastodon-bericht.</translation>
    </message>
    <message>
        <source>Add a Mastodon account to reply, favourite or boost.</source>
        <translation>Voeg een Mastodon-account toe om te reageren, als favoriet te markeren of te boosten.</translation>
    </message>
    <message>
        <source>This post has no address that another server could find it by.</source>
        <translation>Dit bericht heeft geen adres waarmee een andere server het kan vinden.</translation>
    </message>
    <message>
        <source>Write something, or add a picture.</source>
        <translation>Schrijf iets, of voeg een afbeelding toe.</translation>
    </message>
    <message numerus="yes">
        <source>A post takes at most %n pictures.</source>
        <translation>
            <numerusform>Een bericht neemt hooguit %n afbeelding.</numerusform>
            <numerusform>Een bericht neemt hooguit %n afbeeldingen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A post has either pictures or a poll, not both.</source>
        <translation>Een bericht heeft afbeeldingen of een peiling, niet allebei.</translation>
    </message>
    <message>
        <source>A poll needs %1 to %2 choices, none of them empty.</source>
        <translation>Een peiling heeft %1 tot %2 keuzes nodig, geen ervan leeg.</translation>
    </message>
</context>
<context>
    <name>Opml</name>
    <message>
        <source>This is not an OPML file (it starts with &lt;%1&gt;).</source>
        <translation>Dit is geen OPML-bestand (het begint met &lt;%1&gt;).</translation>
    </message>
    <message>
        <source>The OPML file is not well-formed: %1 (line %2, column %3).</source>
        <translation>Het OPML-bestand is niet welgevormd: %1 (regel %2, kolom %3).</translation>
    </message>
    <message>
        <source>This is not an OPML file.</source>
        <translation>Dit is geen OPML-bestand.</translation>
    </message>
</context>
<context>
    <name>OutboxStore</name>
    <message>
        <source>The change could not be queued (it is incomplete).</source>
        <translation>De wijziging kon niet in de wachtrij worden gezet (ze is onvolledig).</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
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
            <numerusform>%n u</numerusform>
            <numerusform>%n u</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gisteren</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message numerus="yes">
        <source>in %n s</source>
        <translation>
            <numerusform>over %n s</numerusform>
            <numerusform>over %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>over %n min</numerusform>
            <numerusform>over %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>over %n u</numerusform>
            <numerusform>over %n u</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShaarliClient</name>
    <message>
        <source>%1 (the server said: %2)</source>
        <translation>%1 (de server zei: %2)</translation>
    </message>
    <message>
        <source>Shaarli has no such link (404).</source>
        <translation>Shaarli heeft deze link niet (404).</translation>
    </message>
    <message>
        <source>Shaarli has this address saved already (409).</source>
        <translation>Shaarli heeft dit adres al bewaard (409).</translation>
    </message>
    <message>
        <source>Shaarli refused the API secret (%1 %2). Check the REST API secret under Tools → Configure your Shaarli.</source>
        <translation>Shaarli weigerde het API-geheim (%1 %2). Controleer het REST API-geheim onder Tools → Configure your Shaarli.</translation>
    </message>
    <message>
        <source>Not authorized</source>
        <translation>Niet geautoriseerd</translation>
    </message>
    <message>
        <source>Shaarli answered %1.</source>
        <translation>Shaarli antwoordde %1.</translation>
    </message>
    <message>
        <source>Shaarli answered %1: %2</source>
        <translation>Shaarli antwoordde %1: %2</translation>
    </message>
    <message>
        <source>%1 does not answer like a Shaarli REST API (is the address right, and is the REST API enabled in its configuration?).</source>
        <translation>%1 antwoordt niet als een Shaarli REST API (klopt het adres, en staat de REST API aan in de configuratie?).</translation>
    </message>
</context>
<context>
    <name>ShaarliSync</name>
    <message>
        <source>Merged changes to %1: kept tags from both.</source>
        <translation>Wijzigingen aan %1 samengevoegd: tags van beide kanten behouden.</translation>
    </message>
    <message>
        <source>Merged changes to %1: kept the newer note from the server.</source>
        <translation>Wijzigingen aan %1 samengevoegd: de nieuwere notitie van de server behouden.</translation>
    </message>
    <message>
        <source>Merged changes to %1: kept the newer note from Gilde.</source>
        <translation>Wijzigingen aan %1 samengevoegd: de nieuwere notitie uit Gilde behouden.</translation>
    </message>
    <message>
        <source>Merged changes to %1: kept tags from both, the newer note from the server.</source>
        <translation>Wijzigingen aan %1 samengevoegd: tags van beide kanten en de nieuwere notitie van de server behouden.</translation>
    </message>
    <message>
        <source>Merged changes to %1: kept tags from both, the newer note from Gilde.</source>
        <translation>Wijzigingen aan %1 samengevoegd: tags van beide kanten en de nieuwere notitie uit Gilde behouden.</translation>
    </message>
</context>
<context>
    <name>StatusToItems</name>
    <message>
        <source>Media without a description</source>
        <translation>Media zonder beschrijving</translation>
    </message>
    <message>
        <source>Sensitive media: %1</source>
        <translation>Gevoelige media: %1</translation>
    </message>
    <message>
        <source>Video: %1</source>
        <translation>Video: %1</translation>
    </message>
    <message>
        <source>Audio: %1</source>
        <translation>Audio: %1</translation>
    </message>
    <message numerus="yes">
        <source>Poll closed · %n vote(s)</source>
        <translation>
            <numerusform>Peiling gesloten · %n stem</numerusform>
            <numerusform>Peiling gesloten · %n stemmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Poll · %n vote(s)</source>
        <translation>
            <numerusform>Peiling · %n stem</numerusform>
            <numerusform>Peiling · %n stemmen</numerusform>
        </translation>
    </message>
    <message>
        <source>Boosted by %1</source>
        <translation>Geboost door %1</translation>
    </message>
    <message>
        <source>A reply</source>
        <translation>Een reactie</translation>
    </message>
    <message>
        <source>In reply to @%1</source>
        <translation>Reactie op @%1</translation>
    </message>
    <message>
        <source>%1, boosted by %2</source>
        <translation>%1, geboost door %2</translation>
    </message>
    <message>
        <source>Filtered: %1</source>
        <translation>Gefilterd: %1</translation>
    </message>
    <message>
        <source>Content warning: %1</source>
        <translation>Inhoudswaarschuwing: %1</translation>
    </message>
    <message>
        <source>%1 mentioned you</source>
        <translation>%1 noemde je</translation>
    </message>
    <message>
        <source>%1 boosted your post</source>
        <translation>%1 boostte je bericht</translation>
    </message>
    <message>
        <source>%1 favourited your post</source>
        <translation>%1 markeerde je bericht als favoriet</translation>
    </message>
    <message>
        <source>%1 followed you</source>
        <translation>%1 volgt je nu</translation>
    </message>
    <message>
        <source>%1 asked to follow you</source>
        <translation>%1 vraagt je te mogen volgen</translation>
    </message>
    <message>
        <source>A poll you took part in has ended</source>
        <translation>Een peiling waaraan je meedeed is afgelopen</translation>
    </message>
    <message>
        <source>%1 posted</source>
        <translation>%1 plaatste een bericht</translation>
    </message>
    <message>
        <source>%1 edited a post you interacted with</source>
        <translation>%1 bewerkte een bericht waarop je reageerde</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Behind a content warning: open it to read.</source>
        <translation>Achter een inhoudswaarschuwing: open het bericht om het te lezen.</translation>
    </message>
    <message>
        <source>Sensitive media: click the picture to show it.</source>
        <translation>Gevoelige media: klik op de afbeelding om haar te tonen.</translation>
    </message>
</context>
<context>
    <name>ThreadHtml</name>
    <message>
        <source>↪ replying to #%1</source>
        <translation>↪ antwoord op #%1</translation>
    </message>
    <message>
        <source>↪ replying to @%1 (#%2)</source>
        <translation>↪ antwoord op @%1 (#%2)</translation>
    </message>
    <message>
        <source>(This post was deleted or hidden.)</source>
        <translation>(Dit bericht is verwijderd of verborgen.)</translation>
    </message>
    <message numerus="yes">
        <source>♥ %n like(s)</source>
        <translation>
            <numerusform>♥ %n like</numerusform>
            <numerusform>♥ %n likes</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reageren</translation>
    </message>
    <message>
        <source>Like</source>
        <translation>Vind ik leuk</translation>
    </message>
    <message>
        <source>Your vote for “%1” is on its way.</source>
        <translation>Je stem op “%1” is onderweg.</translation>
    </message>
    <message>
        <source>Vote:</source>
        <translation>Stem:</translation>
    </message>
</context>
<context>
    <name>gilde::AccountActions</name>
    <message>
        <source>Could not add the column “%1”. Is the disk full?</source>
        <translation>Kon de kolom “%1” niet toevoegen. Is de schijf vol?</translation>
    </message>
    <message>
        <source>The tab “%1” was closed; add its columns again from the account&apos;s menu.</source>
        <translation>Het tabblad “%1” is gesloten; voeg de kolommen opnieuw toe via het menu van het account.</translation>
    </message>
</context>
<context>
    <name>gilde::AccountCommand</name>
    <message>
        <source>Add a server account (its secret read from stdin) or remove one.</source>
        <translation>Voeg een serveraccount toe (het geheim wordt van stdin gelezen) of verwijder er een.</translation>
    </message>
    <message>
        <source>The server&apos;s address (add).</source>
        <translation>Het adres van de server (add).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Read the token or API secret from standard input (add). Shaarli: Tools → Configure → REST API secret.</source>
        <translation>Lees het token of API-geheim van standaardinvoer (add). Shaarli: Tools → Configure → REST API secret.</translation>
    </message>
    <message>
        <source>Say what to do: add or remove.</source>
        <translation>Zeg wat er moet gebeuren: add of remove.</translation>
    </message>
    <message>
        <source>Unknown account command: %1</source>
        <translation>Onbekende accountopdracht: %1</translation>
    </message>
    <message>
        <source>Unknown kind of account: %1</source>
        <translation>Onbekend soort account: %1</translation>
    </message>
    <message>
        <source>Give the server&apos;s address with --server URL.</source>
        <translation>Geef het adres van de server op met --server URL.</translation>
    </message>
    <message>
        <source>Give the API secret on standard input with --token-stdin, e.g. gilde account add shaarli --server URL --token-stdin &lt; secret.txt</source>
        <translation>Geef het API-geheim via standaardinvoer met --token-stdin, bijv. gilde account add shaarli --server URL --token-stdin &lt; geheim.txt</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Kan standaardinvoer niet lezen.</translation>
    </message>
    <message>
        <source>No API secret on standard input.</source>
        <translation>Geen API-geheim op standaardinvoer.</translation>
    </message>
    <message>
        <source>Shaarli account %1 (%2): the API secret is replaced.</source>
        <translation>Shaarli-account %1 (%2): het API-geheim is vervangen.</translation>
    </message>
    <message>
        <source>Added Shaarli account %1: %2 (%3). Links are synced with it.</source>
        <translation>Shaarli-account %1 toegevoegd: %2 (%3). Links worden ermee gesynchroniseerd.</translation>
    </message>
    <message>
        <source>Give the id of the account to remove (see: gilde accounts).</source>
        <translation>Geef de id op van het account dat weg moet (zie: gilde accounts).</translation>
    </message>
    <message>
        <source>There is no account %1 (see: gilde accounts).</source>
        <translation>Er is geen account %1 (zie: gilde accounts).</translation>
    </message>
    <message>
        <source>Account %1 is removed, but its secret stays in the keychain: %2</source>
        <translation>Account %1 is verwijderd, maar het geheim blijft in de sleutelbos: %2</translation>
    </message>
    <message>
        <source>Removed account %1 and its queued changes.</source>
        <translation>Account %1 is verwijderd, met de wijzigingen die ervoor in de wachtrij stonden.</translation>
    </message>
    <message>
        <source>Not a web address: %1</source>
        <translation>Geen webadres: %1</translation>
    </message>
    <message>
        <source>No access token on standard input.</source>
        <translation>Geen toegangstoken op standaardinvoer.</translation>
    </message>
    <message>
        <source>Open this address in your browser, sign in and allow Gilde:</source>
        <translation>Open dit adres in je browser, meld je aan en geef Gilde toestemming:</translation>
    </message>
    <message>
        <source>Then paste the code the server shows and press Enter:</source>
        <translation>Plak daarna de code die de server toont en druk op Enter:</translation>
    </message>
    <message>
        <source>No code on standard input.</source>
        <translation>Geen code op standaardinvoer.</translation>
    </message>
    <message>
        <source>Mastodon account %1 (@%2): the access token is replaced.</source>
        <translation>Mastodon-account %1 (@%2): het toegangstoken is vervangen.</translation>
    </message>
    <message>
        <source>Added Mastodon account %1: @%2, with a tab of its Home and Notifications.</source>
        <translation>Mastodon-account %1 toegevoegd: @%2, met een tabblad met Start en Meldingen.</translation>
    </message>
    <message>
        <source>add shaarli|mastodon|discourse | remove ID</source>
        <translation>add shaarli|mastodon|discourse | remove ID</translation>
    </message>
    <message>
        <source>With --token-stdin for a forum: the key is an admin API key, acting as this user.</source>
        <translation>Met --token-stdin voor een forum: de sleutel is een beheerders-API-sleutel die als deze gebruiker optreedt.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>Say which kind of account to add: shaarli, mastodon or discourse.</source>
        <translation>Zeg wat voor account je wilt toevoegen: shaarli, mastodon of discourse.</translation>
    </message>
    <message>
        <source>Give the forum&apos;s address with --server URL.</source>
        <translation>Geef het adres van het forum met --server URL.</translation>
    </message>
    <message>
        <source>No key on standard input.</source>
        <translation>Geen sleutel op standaardinvoer.</translation>
    </message>
    <message>
        <source>--user goes with --token-stdin: an admin API key for that user.</source>
        <translation>--user hoort bij --token-stdin: een beheerders-API-sleutel voor die gebruiker.</translation>
    </message>
    <message>
        <source>Open this address in your browser, sign in to the forum and allow Gilde:</source>
        <translation>Open dit adres in je browser, log in bij het forum en geef Gilde toegang:</translation>
    </message>
    <message>
        <source>Then paste the text the forum shows and press Enter:</source>
        <translation>Plak daarna de tekst die het forum toont en druk op Enter:</translation>
    </message>
    <message>
        <source>Nothing was pasted on standard input.</source>
        <translation>Er is niets geplakt op standaardinvoer.</translation>
    </message>
    <message>
        <source>Forum account %1 (%2 on %3): the key is replaced.</source>
        <translation>Forumaccount %1 (%2 op %3): de sleutel is vervangen.</translation>
    </message>
    <message>
        <source>Added forum account %1: %2 on %3, with a tab of its latest, new and unread topics and messages.</source>
        <translation>Forumaccount %1 toegevoegd: %2 op %3, met een tabblad met de nieuwste, nieuwe en ongelezen topics en berichten.</translation>
    </message>
</context>
<context>
    <name>gilde::AccountRail</name>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Account %1</translation>
    </message>
    <message>
        <source>Go to its tab</source>
        <translation>Naar het tabblad</translation>
    </message>
    <message>
        <source>Sign out…</source>
        <translation>Afmelden…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Afmelden</translation>
    </message>
    <message>
        <source>Sign out of @%1? Its columns and the posts kept for them are removed from Gilde; nothing changes on the server.</source>
        <translation>Afmelden bij @%1? De kolommen en de bewaarde berichten ervan verdwijnen uit Gilde; op de server verandert niets.</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Een account toevoegen</translation>
    </message>
    <message>
        <source>Mastodon account…</source>
        <translation>Mastodon-account…</translation>
    </message>
    <message>
        <source>Discourse forum…</source>
        <translation>Discourse-forum…</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <source>Sign out of %1? Your new and unread topics and messages go from Gilde, and the forum is told to revoke Gilde&apos;s key; the forum&apos;s public lists stay.</source>
        <translation>Afmelden bij %1? Je nieuwe en ongelezen topics en je berichten verdwijnen uit Gilde, en het forum wordt gevraagd de sleutel van Gilde in te trekken; de openbare lijsten van het forum blijven.</translation>
    </message>
    <message>
        <source>Signed out of %1, but its access stays in the keychain: %2</source>
        <translation>Afgemeld bij %1, maar de toegang blijft in de sleutelbos: %2</translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation>Afgemeld bij %1.</translation>
    </message>
    <message>
        <source>Signed out of %1. %2</source>
        <translation>Afgemeld bij %1. %2</translation>
    </message>
    <message>
        <source>Notify me of mentions</source>
        <translation>Meld vermeldingen op het bureaublad</translation>
    </message>
    <message>
        <source>Mentions, replies and direct messages show on the desktop</source>
        <translation>Vermeldingen, reacties en directe berichten verschijnen op het bureaublad</translation>
    </message>
    <message>
        <source>Search posts</source>
        <translation>Berichten zoeken</translation>
    </message>
    <message>
        <source>Posts on %1 that match (as @%2 sees them):</source>
        <translation>Berichten op %1 die overeenkomen (zoals @%2 ze ziet):</translation>
    </message>
    <message>
        <source>Add column</source>
        <translation>Kolom toevoegen</translation>
    </message>
</context>
<context>
    <name>gilde::Accounts</name>
    <message>
        <source>Not a web address: %1</source>
        <translation>Geen webadres: %1</translation>
    </message>
    <message>
        <source>The API secret is empty.</source>
        <translation>Het API-geheim is leeg.</translation>
    </message>
    <message>
        <source>Could not reach the Shaarli at %1: %2</source>
        <translation>Kon de Shaarli op %1 niet bereiken: %2</translation>
    </message>
    <message>
        <source>The account could not be saved in the profile.</source>
        <translation>Het account kon niet in het profiel worden opgeslagen.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>Er is geen account %1.</translation>
    </message>
    <message>
        <source>The access token is empty.</source>
        <translation>Het toegangstoken is leeg.</translation>
    </message>
    <message>
        <source>The account&apos;s secret could not be kept in the keychain: %1</source>
        <translation>Het geheim van het account kon niet in de sleutelbos worden bewaard: %1</translation>
    </message>
    <message>
        <source>The key is empty.</source>
        <translation>De sleutel is leeg.</translation>
    </message>
    <message>
        <source>An admin API key needs the user it acts as.</source>
        <translation>Een beheerders-API-sleutel heeft de gebruiker nodig als wie hij optreedt.</translation>
    </message>
    <message>
        <source>The forum could not be told to revoke Gilde&apos;s key (%1); revoke it in your profile on %2 under Preferences → Security → Apps.</source>
        <translation>Het forum kon niet worden gevraagd de sleutel van Gilde in te trekken (%1); trek hem in via je profiel op %2 onder Voorkeuren → Beveiliging → Apps.</translation>
    </message>
</context>
<context>
    <name>gilde::AccountsCommand</name>
    <message>
        <source>List the server accounts.</source>
        <translation>Toon de serveraccounts.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Onverwacht argument: %1</translation>
    </message>
    <message>
        <source>(links are synced here)</source>
        <translation>(links worden hiermee gesynchroniseerd)</translation>
    </message>
    <message>
        <source>No accounts yet: add one with gilde account add mastodon --server URL, or gilde account add shaarli --server URL --token-stdin.</source>
        <translation>Nog geen accounts: voeg er een toe met gilde account add mastodon --server URL, of gilde account add shaarli --server URL --token-stdin.</translation>
    </message>
</context>
<context>
    <name>gilde::AddColumnDialog</name>
    <message>
        <source>Only links to read later</source>
        <translation>Alleen links om later te lezen</translation>
    </message>
    <message>
        <source>Show only unread items</source>
        <translation>Alleen ongelezen berichten tonen</translation>
    </message>
    <message>
        <source>Add column</source>
        <translation>Kolom toevoegen</translation>
    </message>
    <message>
        <source>A feed</source>
        <translation>Een feed</translation>
    </message>
    <message>
        <source>A folder of feeds</source>
        <translation>Een map met feeds</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Alle berichten</translation>
    </message>
    <message>
        <source>All unread items</source>
        <translation>Alle ongelezen berichten</translation>
    </message>
    <message>
        <source>Starred items</source>
        <translation>Berichten met ster</translation>
    </message>
    <message>
        <source>Full-text search</source>
        <translation>Zoeken in volledige tekst</translation>
    </message>
    <message>
        <source>Saved links</source>
        <translation>Bewaarde links</translation>
    </message>
    <message>
        <source>All saved links</source>
        <translation>Alle bewaarde links</translation>
    </message>
    <message>
        <source>A tag, or empty for all links</source>
        <translation>Een tag, of leeg voor alle links</translation>
    </message>
    <message>
        <source>Words to search for, e.g. communities of practice</source>
        <translation>Woorden om op te zoeken, bijv. communities of practice</translation>
    </message>
    <message>
        <source>Feed:</source>
        <translation>Feed:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Map:</translation>
    </message>
    <message>
        <source>Search for:</source>
        <translation>Zoek naar:</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Toon:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ongelezen</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Met ster</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Zoeken: %1</translation>
    </message>
    <message>
        <source>Read later</source>
        <translation>Later lezen</translation>
    </message>
</context>
<context>
    <name>gilde::AddFeedDialog</name>
    <message>
        <source>Add a feed</source>
        <translation>Feed toevoegen</translation>
    </message>
    <message>
        <source>https://example.com/feed or example.com</source>
        <translation>https://example.com/feed of example.com</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>No folder (type a name for a new one)</source>
        <translation>Geen map (typ een naam voor een nieuwe)</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Tick at least one feed to add.</source>
        <translation>Vink minstens één feed aan om toe te voegen.</translation>
    </message>
    <message>
        <source>Type or paste an address first.</source>
        <translation>Typ of plak eerst een adres.</translation>
    </message>
    <message>
        <source>That does not look like a web address. Try something like example.com/feed.</source>
        <translation>Dat lijkt geen webadres. Probeer iets als example.com/feed.</translation>
    </message>
    <message>
        <source>You are already subscribed to “%1”.</source>
        <translation>Je bent al geabonneerd op “%1”.</translation>
    </message>
    <message>
        <source>Looking for feeds at %1…</source>
        <translation>Feeds zoeken op %1…</translation>
    </message>
    <message>
        <source>No feed found at %1. If the site has one, paste the address of the feed itself.</source>
        <translation>Geen feed gevonden op %1. Als de site er een heeft, plak dan het adres van de feed zelf.</translation>
    </message>
    <message>
        <source>Could not save the subscription to “%1”. Is the disk full?</source>
        <translation>Kon het abonnement op “%1” niet opslaan. Is de schijf vol?</translation>
    </message>
    <message>
        <source>”, “</source>
        <translation>”, “</translation>
    </message>
    <message>
        <source>You are already subscribed to these feeds.</source>
        <translation>Je bent al geabonneerd op deze feeds.</translation>
    </message>
    <message>
        <source>Add selected</source>
        <translation>Geselecteerde toevoegen</translation>
    </message>
    <message>
        <source>%1  (already subscribed)</source>
        <translation>%1  (al geabonneerd)</translation>
    </message>
    <message numerus="yes">
        <source>This page offers %n feed(s). Tick the ones to add:</source>
        <translation>
            <numerusform>Deze pagina heeft %n feed. Vink hem aan om hem toe te voegen:</numerusform>
            <numerusform>Deze pagina heeft %n feeds. Vink aan welke je wilt toevoegen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Feeds found</source>
        <translation>Gevonden feeds</translation>
    </message>
    <message>
        <source>Paste the address of a feed, of a web page or just of a site: Gilde finds the feeds it offers. A Mastodon account (@name@server), hashtag page or local timeline works too, and so does any page of a Discourse forum.</source>
        <translation>Plak het adres van een feed, van een webpagina of gewoon van een site: Gilde vindt de feeds die ze aanbiedt. Een Mastodon-account (@naam@server), hashtagpagina of lokale tijdlijn kan ook, net als elke pagina van een Discourse-forum.</translation>
    </message>
    <message numerus="yes">
        <source>This Discourse forum offers %n list(s) of topics: its latest and its categories. Tick the ones to follow:</source>
        <translation>
            <numerusform>Dit Discourse-forum biedt %n lijst met onderwerpen: de nieuwste en de categorieën. Vink aan wat je wilt volgen:</numerusform>
            <numerusform>Dit Discourse-forum biedt %n lijsten met onderwerpen: de nieuwste en de categorieën. Vink aan wat je wilt volgen:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gilde::ColumnHeader</name>
    <message>
        <source>Column menu</source>
        <translation>Kolommenu</translation>
    </message>
    <message>
        <source>Drag to move this column; double-click to rename</source>
        <translation>Sleep om deze kolom te verplaatsen; dubbelklik om de naam te wijzigen</translation>
    </message>
    <message>
        <source>Menu of the column “%1”</source>
        <translation>Menu van de kolom “%1”</translation>
    </message>
</context>
<context>
    <name>gilde::ColumnWidget</name>
    <message>
        <source>Drag to resize the column</source>
        <translation>Sleep om de kolom breder of smaller te maken</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Naam wijzigen…</translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation>Alleen ongelezen</translation>
    </message>
    <message>
        <source>Mute words…</source>
        <translation>Woorden dempen…</translation>
    </message>
    <message>
        <source>Refresh this column</source>
        <translation>Deze kolom vernieuwen</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>Markeer alles als gelezen</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>Naar links</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>Naar rechts</translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation>Kolom verwijderen</translation>
    </message>
    <message>
        <source>%1
Drag to move; double-click to rename</source>
        <translation>%1
Sleep om te verplaatsen; dubbelklik om de naam te wijzigen</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>ongelezen</translation>
    </message>
    <message>
        <source>%1 · unread</source>
        <translation>%1 · ongelezen</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…en nog %n</numerusform>
            <numerusform>…en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches for “%1”.</source>
        <translation>Geen resultaten voor “%1”.</translation>
    </message>
    <message>
        <source>No starred items yet.
Press S on an item to keep it here.</source>
        <translation>Nog geen berichten met ster.
Druk op S bij een bericht om het hier te verzamelen.</translation>
    </message>
    <message>
        <source>No feeds yet.
Add one with “Add feed…” (Ctrl+N).</source>
        <translation>Nog geen feeds.
Voeg er een toe met “Feed toevoegen…” (Ctrl+N).</translation>
    </message>
    <message>
        <source>This feed is no longer subscribed.</source>
        <translation>Je bent niet meer op deze feed geabonneerd.</translation>
    </message>
    <message>
        <source>The folder “%1” has no feeds.</source>
        <translation>De map “%1” heeft geen feeds.</translation>
    </message>
    <message>
        <source>No items yet.
%1</source>
        <translation>Nog geen berichten.
%1</translation>
    </message>
    <message>
        <source>No items yet — refreshing…</source>
        <translation>Nog geen berichten — bezig met vernieuwen…</translation>
    </message>
    <message>
        <source>Nothing unread — you are all caught up.</source>
        <translation>Niets ongelezen — je bent helemaal bij.</translation>
    </message>
    <message>
        <source>No items yet.
Press F5 to refresh.</source>
        <translation>Nog geen berichten.
Druk op F5 om te vernieuwen.</translation>
    </message>
    <message>
        <source>Rename column</source>
        <translation>Kolomnaam wijzigen</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Mute words</source>
        <translation>Woorden dempen</translation>
    </message>
    <message>
        <source>Hide items whose title or text contains any of these words (one per line):</source>
        <translation>Verberg berichten waarvan de titel of tekst een van deze woorden bevat (één per regel):</translation>
    </message>
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
            <numerusform>%n gedempt</numerusform>
            <numerusform>%n gedempt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n muted</source>
        <translation>
            <numerusform>%1 · %n gedempt</numerusform>
            <numerusform>%1 · %n gedempt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %1 of %n feed(s) failed · %2</source>
        <translation>
            <numerusform>⚠ %1 van %n feed mislukt · %2</numerusform>
            <numerusform>⚠ %1 van %n feeds mislukt · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No items yet — they come in when Gilde is online.</source>
        <translation>Nog geen items — ze komen binnen zodra Gilde online is.</translation>
    </message>
    <message>
        <source>New topic…</source>
        <translation>Nieuw onderwerp…</translation>
    </message>
    <message>
        <source>Keep threads offline</source>
        <translation>Draden offline bewaren</translation>
    </message>
    <message>
        <source>Fetch the whole thread of every topic here, to read them without a network</source>
        <translation>De hele draad van elk onderwerp hier ophalen, om ze zonder netwerk te lezen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>no boosts</source>
        <translation>geen boosts</translation>
    </message>
    <message>
        <source>no replies</source>
        <translation>geen reacties</translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s) hidden</source>
        <translation>
            <numerusform>%n soort verborgen</numerusform>
            <numerusform>%n soorten verborgen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gilde::ColumnsCommand</name>
    <message>
        <source>List the dashboard&apos;s tabs and columns with their ids.</source>
        <translation>Toon de tabbladen en kolommen van het dashboard met hun id’s.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Onverwacht argument: %1</translation>
    </message>
    <message>
        <source>Tab %1: %2</source>
        <translation>Tabblad %1: %2</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Kolom %1: %2</translation>
    </message>
    <message>
        <source>No tabs yet: the window makes the first one.</source>
        <translation>Nog geen tabbladen: het venster maakt het eerste.</translation>
    </message>
</context>
<context>
    <name>gilde::ComposerAttachments</name>
    <message>
        <source>Pictures, videos and sounds (*.png *.jpg *.jpeg *.gif *.webp *.avif *.heic *.mp4 *.webm *.mov *.mp3 *.ogg *.wav *.flac *.m4a)</source>
        <translation>Afbeeldingen, video’s en geluiden (*.png *.jpg *.jpeg *.gif *.webp *.avif *.heic *.mp4 *.webm *.mov *.mp3 *.ogg *.wav *.flac *.m4a)</translation>
    </message>
    <message numerus="yes">
        <source>A post takes at most %n pictures; left out: %1</source>
        <translation>
            <numerusform>Een bericht neemt hooguit %n afbeelding; weggelaten: %1</numerusform>
            <numerusform>Een bericht neemt hooguit %n afbeeldingen; weggelaten: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Picture %1</source>
        <translation>Afbeelding %1</translation>
    </message>
    <message>
        <source>Description (alt text) of %1</source>
        <translation>Beschrijving (alt-tekst) van %1</translation>
    </message>
    <message>
        <source>What it shows, for those who cannot see it</source>
        <translation>Wat erop staat, voor wie het niet kan zien</translation>
    </message>
    <message>
        <source>Description of %1</source>
        <translation>Beschrijving van %1</translation>
    </message>
    <message>
        <source>Take it off the post</source>
        <translation>Uit het bericht halen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 verwijderen</translation>
    </message>
</context>
<context>
    <name>gilde::ComposerDialog</name>
    <message>
        <source>Post</source>
        <translation>Plaatsen</translation>
    </message>
    <message>
        <source>Write a post</source>
        <translation>Bericht schrijven</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Van:</translation>
    </message>
    <message>
        <source>Post from @%1</source>
        <translation>Plaatsen als @%1</translation>
    </message>
    <message>
        <source>CW</source>
        <translation>IW</translation>
    </message>
    <message>
        <source>Add a content warning</source>
        <translation>Inhoudswaarschuwing toevoegen</translation>
    </message>
    <message>
        <source>Content warning</source>
        <translation>Inhoudswaarschuwing</translation>
    </message>
    <message>
        <source>Content warning: what readers see before they open it</source>
        <translation>Inhoudswaarschuwing: wat lezers zien voordat ze het openen</translation>
    </message>
    <message>
        <source>Content warning text</source>
        <translation>Tekst van de inhoudswaarschuwing</translation>
    </message>
    <message>
        <source>What have you learned?</source>
        <translation>Wat heb je geleerd?</translation>
    </message>
    <message>
        <source>Post text</source>
        <translation>Tekst van het bericht</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Zichtbaarheid</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Openbaar</translation>
    </message>
    <message>
        <source>Quiet public</source>
        <translation>Minder openbaar</translation>
    </message>
    <message>
        <source>Followers only</source>
        <translation>Alleen volgers</translation>
    </message>
    <message>
        <source>Mentioned people only</source>
        <translation>Alleen genoemde mensen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Characters left</source>
        <translation>Tekens over</translation>
    </message>
    <message>
        <source>Add a Mastodon account first: the + on the left edge of the window.</source>
        <translation>Voeg eerst een Mastodon-account toe: de + aan de linkerkant van het venster.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reageren</translation>
    </message>
    <message>
        <source>a post</source>
        <translation>een bericht</translation>
    </message>
    <message>
        <source>Replying to %1: “%2”</source>
        <translation>Reactie op %1: “%2”</translation>
    </message>
    <message>
        <source>The post could not be queued: %1</source>
        <translation>Het bericht kon niet in de wachtrij: %1</translation>
    </message>
    <message>
        <source>Queued from %1: it goes out with the outbox.</source>
        <translation>In de wachtrij als %1: de outbox verstuurt het.</translation>
    </message>
    <message>
        <source>Edit the post</source>
        <translation>Bericht bewerken</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Opnieuw versturen</translation>
    </message>
    <message>
        <source>A reply</source>
        <translation>Een reactie</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>De server zei: %1</translation>
    </message>
    <message>
        <source>It can no longer be edited: it is on its way to the server, or was sent.</source>
        <translation>Dit kan niet meer worden bewerkt: het is onderweg naar de server of al verstuurd.</translation>
    </message>
    <message>
        <source>Changed: it goes out again with the outbox.</source>
        <translation>Gewijzigd: het gaat opnieuw mee met de outbox.</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Concept bewaren</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Afbeelding</translation>
    </message>
    <message>
        <source>Keep it for later; it is here again the next time you write</source>
        <translation>Bewaar het voor later; de volgende keer dat je schrijft staat het er weer</translation>
    </message>
    <message>
        <source>Add pictures, a video or a sound (up to four)</source>
        <translation>Voeg afbeeldingen, een video of een geluid toe (hooguit vier)</translation>
    </message>
    <message>
        <source>Add a picture</source>
        <translation>Afbeelding toevoegen</translation>
    </message>
    <message>
        <source>Poll</source>
        <translation>Peiling</translation>
    </message>
    <message>
        <source>Add a poll</source>
        <translation>Peiling toevoegen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Post at a time you choose</source>
        <translation>Plaats op een tijdstip dat je kiest</translation>
    </message>
    <message>
        <source>Post later</source>
        <translation>Later plaatsen</translation>
    </message>
    <message>
        <source>When it appears</source>
        <translation>Wanneer het verschijnt</translation>
    </message>
    <message>
        <source>Add pictures</source>
        <translation>Afbeeldingen toevoegen</translation>
    </message>
    <message>
        <source>Your draft of %1.</source>
        <translation>Je concept van %1.</translation>
    </message>
    <message>
        <source>The draft could not be kept: %1. Is the disk full?</source>
        <translation>Het concept kon niet worden bewaard: %1. Is de schijf vol?</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Inplannen</translation>
    </message>
    <message>
        <source>Scheduled from %1 for %2.</source>
        <translation>Ingepland vanaf %1 voor %2.</translation>
    </message>
    <message>
        <source>Its pictures went with the post the server holds: add them again.</source>
        <translation>De afbeeldingen gingen mee met het bericht dat de server vasthoudt: voeg ze opnieuw toe.</translation>
    </message>
    <message>
        <source>Changed: the post the server held is replaced once Gilde is online.</source>
        <translation>Gewijzigd: het bericht dat de server vasthield, wordt vervangen zodra Gilde online is.</translation>
    </message>
    <message>
        <source>Continue the thread</source>
        <translation>Draad voortzetten</translation>
    </message>
    <message>
        <source>Continuing your post: “%1”</source>
        <translation>Vervolg op je bericht: “%1”</translation>
    </message>
    <message>
        <source>Edit your post</source>
        <translation>Je bericht bewerken</translation>
    </message>
    <message>
        <source>Save edit</source>
        <translation>Wijziging opslaan</translation>
    </message>
    <message>
        <source>Its pictures and who can see it stay as they are.</source>
        <translation>De afbeeldingen en wie het kan zien blijven zoals ze zijn.</translation>
    </message>
    <message>
        <source>The edit could not be queued: %1</source>
        <translation>De wijziging kon niet in de wachtrij: %1</translation>
    </message>
    <message>
        <source>Edited: it goes out with the outbox.</source>
        <translation>Bewerkt: de outbox verstuurt het.</translation>
    </message>
    <message>
        <source>As it is</source>
        <translation>Zoals het is</translation>
    </message>
</context>
<context>
    <name>gilde::ComposerPoll</name>
    <message>
        <source>Add a choice</source>
        <translation>Keuze toevoegen</translation>
    </message>
    <message>
        <source>Voters may pick several</source>
        <translation>Stemmers mogen er meer kiezen</translation>
    </message>
    <message>
        <source>Choice %1</source>
        <translation>Keuze %1</translation>
    </message>
    <message>
        <source>Poll choice %1</source>
        <translation>Peilingkeuze %1</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 minuten</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 uur</translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation>6 uur</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <source>3 days</source>
        <translation>3 dagen</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 dagen</translation>
    </message>
    <message>
        <source>How long the poll runs</source>
        <translation>Hoe lang de peiling loopt</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gilde::Dashboard</name>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>This column has no feeds to refresh.</source>
        <translation>Deze kolom heeft geen feeds om te vernieuwen.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Could not save the new column.</source>
        <translation>Kon de nieuwe kolom niet opslaan.</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Zoeken: %1</translation>
    </message>
    <message>
        <source>Could not remove the column.</source>
        <translation>Kon de kolom niet verwijderen.</translation>
    </message>
    <message>
        <source>Could not save the new place of the column.</source>
        <translation>Kon de nieuwe plek van de kolom niet opslaan.</translation>
    </message>
    <message>
        <source>Could not save the column “%1”.</source>
        <translation>Kon de kolom “%1” niet opslaan.</translation>
    </message>
    <message>
        <source>Could not save the new order of the tabs.</source>
        <translation>Kon de nieuwe volgorde van de tabbladen niet opslaan.</translation>
    </message>
    <message>
        <source>Rename tab…</source>
        <translation>Naam tabblad wijzigen…</translation>
    </message>
    <message>
        <source>New tab…</source>
        <translation>Nieuw tabblad…</translation>
    </message>
    <message>
        <source>Remove tab…</source>
        <translation>Tabblad verwijderen…</translation>
    </message>
    <message>
        <source>This tab has no columns yet.
Add one with “+ Column”, or type in the search field and press Enter.</source>
        <translation>Dit tabblad heeft nog geen kolommen.
Voeg er een toe met “+ Kolom”, of typ in het zoekveld en druk op Enter.</translation>
    </message>
    <message>
        <source>New tab</source>
        <translation>Nieuw tabblad</translation>
    </message>
    <message>
        <source>Could not save the new tab.</source>
        <translation>Kon het nieuwe tabblad niet opslaan.</translation>
    </message>
    <message>
        <source>Could not rename the tab.</source>
        <translation>Kon de naam van het tabblad niet wijzigen.</translation>
    </message>
    <message>
        <source>Could not remove the tab.</source>
        <translation>Kon het tabblad niet verwijderen.</translation>
    </message>
    <message>
        <source>Name of the new tab:</source>
        <translation>Naam van het nieuwe tabblad:</translation>
    </message>
    <message>
        <source>Rename tab</source>
        <translation>Naam tabblad wijzigen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>The last tab cannot be removed.</source>
        <translation>Het laatste tabblad kan niet worden verwijderd.</translation>
    </message>
    <message>
        <source>Remove tab</source>
        <translation>Tabblad verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Remove the tab “%1” and its %n column(s)? The items stay in the cache.</source>
        <translation>
            <numerusform>Het tabblad “%1” met %n kolom verwijderen? De berichten blijven in de cache.</numerusform>
            <numerusform>Het tabblad “%1” met %n kolommen verwijderen? De berichten blijven in de cache.</numerusform>
        </translation>
    </message>
    <message>
        <source>The missing posts are fetched when you are online.</source>
        <translation>De ontbrekende berichten worden opgehaald zodra je online bent.</translation>
    </message>
    <message>
        <source>Only a forum topic can be followed in a column.</source>
        <translation>Alleen een forumonderwerp kan in een kolom worden gevolgd.</translation>
    </message>
    <message>
        <source>Could not follow the topic.</source>
        <translation>Het onderwerp kon niet worden gevolgd.</translation>
    </message>
</context>
<context>
    <name>gilde::DesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
</context>
<context>
    <name>gilde::DiscoursePacing</name>
    <message numerus="yes">
        <source>The forum asked Gilde to slow down; Gilde asks again in %n second(s).</source>
        <translation>
            <numerusform>Het forum vroeg Gilde om het rustiger aan te doen; Gilde vraagt het over %n seconde opnieuw.</numerusform>
            <numerusform>Het forum vroeg Gilde om het rustiger aan te doen; Gilde vraagt het over %n seconden opnieuw.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gilde::DiscourseSignInDialog</name>
    <message>
        <source>Open the forum in the browser</source>
        <translation>Het forum openen in de browser</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Sign in to a forum</source>
        <translation>Aanmelden bij een forum</translation>
    </message>
    <message>
        <source>Type the forum&apos;s address. Gilde opens its page for allowing an application in your browser; sign in there if you are not, allow Gilde, and paste the text the forum then shows below. Gilde keeps the key in the system keychain, never your password.</source>
        <translation>Typ het adres van het forum. Gilde opent in je browser de pagina van het forum waar je een toepassing toegang geeft; meld je daar aan als dat nog niet zo is, geef Gilde toegang en plak hieronder de tekst die het forum dan toont. Gilde bewaart de sleutel in de sleutelbos van het systeem, nooit je wachtwoord.</translation>
    </message>
    <message>
        <source>forum.example.org</source>
        <translation>forum.example.org</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>The text the forum shows after you allowed Gilde</source>
        <translation>De tekst die het forum toont nadat je Gilde toegang gaf</translation>
    </message>
    <message>
        <source>Text from the forum</source>
        <translation>Tekst van het forum</translation>
    </message>
    <message>
        <source>Forum:</source>
        <translation>Forum:</translation>
    </message>
    <message>
        <source>Pasted text:</source>
        <translation>Geplakte tekst:</translation>
    </message>
    <message>
        <source>That is not a forum&apos;s address. Try something like forum.example.org.</source>
        <translation>Dat is geen adres van een forum. Probeer iets als forum.example.org.</translation>
    </message>
    <message>
        <source>Allow Gilde in the browser, then paste the text the forum shows.</source>
        <translation>Geef Gilde toegang in de browser en plak dan de tekst die het forum toont.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Aanmelden…</translation>
    </message>
    <message>
        <source>Signed in again to %1 as %2.</source>
        <translation>Opnieuw aangemeld bij %1 als %2.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Aangemeld bij %1 als %2.</translation>
    </message>
    <message>
        <source>The forum sends the key straight back to Gilde (its administrators allowed that)</source>
        <translation>Het forum stuurt de sleutel direct terug naar Gilde (de beheerders stonden dat toe)</translation>
    </message>
    <message>
        <source>Allow Gilde in the browser; the forum sends the key back to Gilde. Should it show a text instead, paste that here.</source>
        <translation>Sta Gilde toe in de browser; het forum stuurt de sleutel terug naar Gilde. Toont het in plaats daarvan een tekst, plak die dan hier.</translation>
    </message>
    <message>
        <source>Gilde has the key: you can close this page.</source>
        <translation>Gilde heeft de sleutel: je kunt deze pagina sluiten.</translation>
    </message>
    <message>
        <source>The forum came back without a key. Paste the text it shows instead.</source>
        <translation>Het forum kwam terug zonder sleutel. Plak in plaats daarvan de tekst die het toont.</translation>
    </message>
</context>
<context>
    <name>gilde::DiscourseThreads</name>
    <message>
        <source>Could not load the topic.</source>
        <translation>Kon het onderwerp niet laden.</translation>
    </message>
    <message>
        <source>This is not a forum topic.</source>
        <translation>Dit is geen forumonderwerp.</translation>
    </message>
    <message>
        <source>Not a Discourse topic: %1</source>
        <translation>Geen Discourse-onderwerp: %1</translation>
    </message>
</context>
<context>
    <name>gilde::Engine</name>
    <message>
        <source>Gilde is already running with this profile (%1). Close it first, or start with --profile to use another one.</source>
        <translation>Gilde draait al met dit profiel (%1). Sluit die eerst af, of start met --profile om een ander profiel te gebruiken.</translation>
    </message>
    <message>
        <source>Cannot create the profile folder %1.</source>
        <translation>Kan de profielmap %1 niet maken.</translation>
    </message>
    <message>
        <source>Cannot lock the profile folder %1 (is it writable?).</source>
        <translation>Kan de profielmap %1 niet vergrendelen (mag erin geschreven worden?).</translation>
    </message>
</context>
<context>
    <name>gilde::ExportOpmlCommand</name>
    <message>
        <source>Write the subscriptions as OPML (to stdout without FILE).</source>
        <translation>Schrijf de abonnementen als OPML (naar stdout zonder BESTAND).</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation>[BESTAND]</translation>
    </message>
    <message>
        <source>Give at most one file.</source>
        <translation>Geef hoogstens één bestand op.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Kan niet naar standaarduitvoer schrijven.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>gilde::FeedDumpCommand</name>
    <message>
        <source>Parse one feed and print it as JSON.</source>
        <translation>Lees één feed in en toon hem als JSON.</translation>
    </message>
    <message>
        <source>FILE|URL</source>
        <translation>BESTAND|URL</translation>
    </message>
    <message>
        <source>Resolve relative links against URL (for a file).</source>
        <translation>Los relatieve links op ten opzichte van URL (bij een bestand).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Give one feed file or URL.</source>
        <translation>Geef één feedbestand of URL op.</translation>
    </message>
    <message>
        <source>Give only one feed file or URL.</source>
        <translation>Geef maar één feedbestand of URL op.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>Cannot load %1: %2</source>
        <translation>Kan %1 niet laden: %2</translation>
    </message>
    <message>
        <source>Not a feed: %1</source>
        <translation>Geen feed: %1</translation>
    </message>
</context>
<context>
    <name>gilde::ForumActions</name>
    <message>
        <source>Select a topic to reply to.</source>
        <translation>Kies een onderwerp om op te reageren.</translation>
    </message>
    <message>
        <source>Sign in to %1 to reply: the + on the left edge of the window.</source>
        <translation>Meld je aan bij %1 om te reageren: de + aan de linkerrand van het venster.</translation>
    </message>
    <message>
        <source>No reply here: %1</source>
        <translation>Hier kun je niet reageren: %1</translation>
    </message>
    <message>
        <source>Select a topic first.</source>
        <translation>Kies eerst een onderwerp.</translation>
    </message>
    <message>
        <source>Sign in to %1 to like posts: the + on the left edge of the window.</source>
        <translation>Meld je aan bij %1 om berichten leuk te vinden: de + aan de linkerrand van het venster.</translation>
    </message>
    <message>
        <source>Open the topic first, so that Gilde knows its posts.</source>
        <translation>Open eerst het onderwerp, zodat Gilde de berichten kent.</translation>
    </message>
    <message>
        <source>Could not queue it: %1</source>
        <translation>Kon het niet in de wachtrij zetten: %1</translation>
    </message>
    <message>
        <source>Liked: it goes out with the outbox.</source>
        <translation>Leuk gevonden: het gaat mee met de outbox.</translation>
    </message>
    <message>
        <source>Sign in to the forum to start a topic: the + on the left edge of the window.</source>
        <translation>Meld je aan bij het forum om een onderwerp te beginnen: de + aan de linkerrand van het venster.</translation>
    </message>
    <message>
        <source>No new topic here: %1</source>
        <translation>Hier kun je geen onderwerp beginnen: %1</translation>
    </message>
</context>
<context>
    <name>gilde::ForumComposerDialog</name>
    <message>
        <source>Post</source>
        <translation>Plaatsen</translation>
    </message>
    <message>
        <source>Reply in the forum</source>
        <translation>Reageren op het forum</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Nieuw onderwerp</translation>
    </message>
    <message>
        <source>Replying to post #%1 of “%2” on %3 as %4</source>
        <translation>Reactie op bericht #%1 van “%2” op %3 als %4</translation>
    </message>
    <message>
        <source>Replying to “%1” on %2 as %3</source>
        <translation>Reactie op “%1” op %2 als %3</translation>
    </message>
    <message>
        <source>A new topic on %1 as %2</source>
        <translation>Een nieuw onderwerp op %1 als %2</translation>
    </message>
    <message>
        <source>Title: what the topic is about, in a sentence</source>
        <translation>Titel: waar het onderwerp over gaat, in één zin</translation>
    </message>
    <message>
        <source>Topic title</source>
        <translation>Titel van het onderwerp</translation>
    </message>
    <message>
        <source>Your reply (Markdown)</source>
        <translation>Je reactie (Markdown)</translation>
    </message>
    <message>
        <source>What you want to discuss (Markdown)</source>
        <translation>Waarover je wilt praten (Markdown)</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Tekst van de reactie</translation>
    </message>
    <message>
        <source>Topic text</source>
        <translation>Tekst van het onderwerp</translation>
    </message>
    <message>
        <source>Give the topic a title.</source>
        <translation>Geef het onderwerp een titel.</translation>
    </message>
    <message>
        <source>Write your reply first.</source>
        <translation>Schrijf eerst je reactie.</translation>
    </message>
    <message>
        <source>Write what the topic is about.</source>
        <translation>Schrijf waar het onderwerp over gaat.</translation>
    </message>
    <message>
        <source>Could not queue it: %1</source>
        <translation>Kon het niet in de wachtrij zetten: %1</translation>
    </message>
    <message>
        <source>Reply queued: it goes out with the outbox.</source>
        <translation>Reactie in de wachtrij: ze gaat mee met de outbox.</translation>
    </message>
    <message>
        <source>Topic queued: it goes out with the outbox.</source>
        <translation>Onderwerp in de wachtrij: het gaat mee met de outbox.</translation>
    </message>
    <message>
        <source>Edit the reply</source>
        <translation>Reactie bewerken</translation>
    </message>
    <message>
        <source>Edit the topic</source>
        <translation>Onderwerp bewerken</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Opnieuw versturen</translation>
    </message>
    <message>
        <source>The forum said: %1</source>
        <translation>Het forum zei: %1</translation>
    </message>
    <message>
        <source>It can no longer be edited: it is on its way to the forum, or was sent.</source>
        <translation>Dit kan niet meer worden bewerkt: het is onderweg naar het forum of al verstuurd.</translation>
    </message>
    <message>
        <source>Changed: it goes out again with the outbox.</source>
        <translation>Gewijzigd: het gaat opnieuw mee met de outbox.</translation>
    </message>
</context>
<context>
    <name>gilde::HttpClient</name>
    <message>
        <source>Not a web address: %1</source>
        <translation>Geen webadres: %1</translation>
    </message>
    <message>
        <source>The answer from %1 is too large (%2 MB, the limit is %3 MB)</source>
        <translation>Het antwoord van %1 is te groot (%2 MB, de limiet is %3 MB)</translation>
    </message>
    <message>
        <source>The answer from %1 is too large (over %2 MB)</source>
        <translation>Het antwoord van %1 is te groot (meer dan %2 MB)</translation>
    </message>
    <message>
        <source>%1 took too long to answer (more than %2 s)</source>
        <translation>%1 deed te lang over het antwoord (meer dan %2 s)</translation>
    </message>
    <message>
        <source>%1 stopped answering (nothing for %2 s)</source>
        <translation>%1 antwoordt niet meer (%2 s niets ontvangen)</translation>
    </message>
    <message>
        <source>%1 redirected to an address that is not a web address</source>
        <translation>%1 verwees door naar een adres dat geen webadres is</translation>
    </message>
    <message>
        <source>%1 redirected from a secure address to an insecure one (%2); not followed</source>
        <translation>%1 verwees door van een beveiligd naar een onbeveiligd adres (%2); niet gevolgd</translation>
    </message>
    <message>
        <source>%1 redirects in a loop</source>
        <translation>%1 verwijst door in een lus</translation>
    </message>
    <message>
        <source>%1 redirected too many times (more than %2)</source>
        <translation>%1 verwees te vaak door (meer dan %2 keer)</translation>
    </message>
    <message>
        <source>%1 asks to wait %2 s before the next request</source>
        <translation>%1 vraagt %2 s te wachten voor het volgende verzoek</translation>
    </message>
    <message>
        <source>%1 asks to wait before the next request</source>
        <translation>%1 vraagt te wachten voor het volgende verzoek</translation>
    </message>
    <message>
        <source>The server answered %1 %2</source>
        <translation>De server antwoordde %1 %2</translation>
    </message>
    <message>
        <source>Could not find the server %1 (DNS)</source>
        <translation>Kon de server %1 niet vinden (DNS)</translation>
    </message>
    <message>
        <source>The server %1 refused the connection</source>
        <translation>De server %1 weigerde de verbinding</translation>
    </message>
    <message>
        <source>The server %1 closed the connection unexpectedly</source>
        <translation>De server %1 verbrak de verbinding onverwacht</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation>%1 antwoordde niet op tijd</translation>
    </message>
    <message>
        <source>Could not make a secure connection to %1: %2</source>
        <translation>Kon geen beveiligde verbinding maken met %1: %2</translation>
    </message>
    <message>
        <source>No network connection (%1)</source>
        <translation>Geen netwerkverbinding (%1)</translation>
    </message>
    <message>
        <source>The answer from %1 was cut off: %2</source>
        <translation>Het antwoord van %1 werd afgebroken: %2</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>Kon %1 niet bereiken: %2</translation>
    </message>
</context>
<context>
    <name>gilde::ImportOpmlCommand</name>
    <message>
        <source>Subscribe to the feeds of an OPML file (- reads stdin).</source>
        <translation>Abonneer je op de feeds in een OPML-bestand (- leest stdin).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>Give one OPML file.</source>
        <translation>Geef één OPML-bestand op.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n feed(s) (%1 already subscribed)</source>
        <translation>
            <numerusform>%n feed geïmporteerd (op %1 was je al geabonneerd)</numerusform>
            <numerusform>%n feeds geïmporteerd (op %1 was je al geabonneerd)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n feed(s)</source>
        <translation>
            <numerusform>%n feed geïmporteerd</numerusform>
            <numerusform>%n feeds geïmporteerd</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gilde::ItemDelegate</name>
    <message>
        <source>(untitled)</source>
        <translation>(zonder titel)</translation>
    </message>
    <message numerus="yes">
        <source>%n replies</source>
        <translation>
            <numerusform>%n reactie</numerusform>
            <numerusform>%n reacties</numerusform>
        </translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>vastgezet</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>gesloten</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ongelezen</numerusform>
            <numerusform>%n ongelezen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gilde::ItemListModel</name>
    <message>
        <source>%1, %2</source>
        <comment>source, time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Loading the missing posts…</source>
        <translation>Ontbrekende berichten laden…</translation>
    </message>
    <message>
        <source>Posts missed while offline</source>
        <translation>Berichten gemist terwijl je offline was</translation>
    </message>
    <message>
        <source>They are fetched when you are online.</source>
        <translation>Ze worden opgehaald zodra je online bent.</translation>
    </message>
    <message>
        <source>Posts are missing here</source>
        <translation>Hier ontbreken berichten</translation>
    </message>
    <message>
        <source>Click to load them.</source>
        <translation>Klik om ze te laden.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n replies, last activity %2</source>
        <comment>category or forum, replies, time</comment>
        <translation>
            <numerusform>%1, %n reactie, laatste activiteit %2</numerusform>
            <numerusform>%1, %n reacties, laatste activiteit %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gilde::ItemListView</name>
    <message numerus="yes">
        <source>↑ %n new</source>
        <translation>
            <numerusform>↑ %n nieuw</numerusform>
            <numerusform>↑ %n nieuw</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gilde::ItemNavigator</name>
    <message>
        <source>Could not open %1 in the browser.</source>
        <translation>Kon %1 niet openen in de browser.</translation>
    </message>
    <message>
        <source>This item has no link to open.</source>
        <translation>Dit bericht heeft geen link om te openen.</translation>
    </message>
</context>
<context>
    <name>gilde::ItemsCommand</name>
    <message>
        <source>List cached items, newest first.</source>
        <translation>Toon berichten uit de cache, nieuwste eerst.</translation>
    </message>
    <message>
        <source>The items a dashboard column shows.</source>
        <translation>De berichten die een kolom van het dashboard toont.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The items of one source.</source>
        <translation>De berichten van één bron.</translation>
    </message>
    <message>
        <source>Items matching a full-text search.</source>
        <translation>Berichten die passen bij een zoekopdracht in de volledige tekst.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>Unread items only.</source>
        <translation>Alleen ongelezen berichten.</translation>
    </message>
    <message>
        <source>At most N items (default 50).</source>
        <translation>Hoogstens N berichten (standaard 50).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Onverwacht argument: %1</translation>
    </message>
    <message>
        <source>Give only one of --column, --source and --search.</source>
        <translation>Geef maar één van --column, --source en --search op.</translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation>--limit verwacht een positief getal.</translation>
    </message>
    <message>
        <source>Not a column id: %1</source>
        <translation>Geen kolom-id: %1</translation>
    </message>
    <message>
        <source>There is no column with id %1 (see: gilde columns).</source>
        <translation>Er is geen kolom met id %1 (zie: gilde columns).</translation>
    </message>
    <message>
        <source>Not a source id: %1</source>
        <translation>Geen bron-id: %1</translation>
    </message>
    <message>
        <source>There is no source with id %1 (see: gilde sources).</source>
        <translation>Er is geen bron met id %1 (zie: gilde sources).</translation>
    </message>
    <message>
        <source>--search needs some text.</source>
        <translation>--search heeft tekst nodig.</translation>
    </message>
    <message>
        <source>No items.</source>
        <translation>Geen berichten.</translation>
    </message>
</context>
<context>
    <name>gilde::LibraryMenu</name>
    <message>
        <source>Tags…</source>
        <translation>Tags…</translation>
    </message>
    <message>
        <source>Outbox…</source>
        <translation>Outbox…</translation>
    </message>
    <message>
        <source>Import bookmarks…</source>
        <translation>Bladwijzers importeren…</translation>
    </message>
    <message>
        <source>Export bookmarks…</source>
        <translation>Bladwijzers exporteren…</translation>
    </message>
    <message>
        <source>Export reading list (Markdown)…</source>
        <translation>Leeslijst exporteren (Markdown)…</translation>
    </message>
    <message>
        <source>Connect Shaarli…</source>
        <translation>Shaarli koppelen…</translation>
    </message>
    <message>
        <source>Search saved links for what is typed</source>
        <translation>Zoek in de bewaarde links naar wat er getypt is</translation>
    </message>
    <message>
        <source>Import bookmarks</source>
        <translation>Bladwijzers importeren</translation>
    </message>
    <message>
        <source>Bookmark files (*.html *.htm);;All files (*)</source>
        <translation>Bladwijzerbestanden (*.html *.htm);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Kon %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1 is not a bookmark file (Netscape HTML, as browsers, Pinboard and Shaarli export it).</source>
        <translation>%1 is geen bladwijzerbestand (Netscape-HTML, zoals browsers, Pinboard en Shaarli die exporteren).</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kon %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Export bookmarks</source>
        <translation>Bladwijzers exporteren</translation>
    </message>
    <message>
        <source>Bookmark files (*.html)</source>
        <translation>Bladwijzerbestanden (*.html)</translation>
    </message>
    <message>
        <source>All saved links</source>
        <translation>Alle bewaarde links</translation>
    </message>
    <message>
        <source>Export reading list</source>
        <translation>Leeslijst exporteren</translation>
    </message>
    <message>
        <source>Which links? The list is written as Markdown, newest first.</source>
        <translation>Welke links? De lijst wordt als Markdown geschreven, nieuwste eerst.</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown-bestanden (*.md)</translation>
    </message>
    <message>
        <source>Reading list</source>
        <translation>Leeslijst</translation>
    </message>
    <message>
        <source>Reading list: %1</source>
        <translation>Leeslijst: %1</translation>
    </message>
    <message>
        <source>Bookmarks are being imported; import %1 when that is done.</source>
        <translation>Er worden al bladwijzers geïmporteerd; importeer %1 als dat klaar is.</translation>
    </message>
    <message>
        <source>Importing bookmarks…</source>
        <translation>Bladwijzers importeren…</translation>
    </message>
    <message>
        <source>Importing bookmarks: %1 of %2…</source>
        <translation>Bladwijzers importeren: %1 van %2…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n link(s) to %1</source>
        <translation>
            <numerusform>%n link geëxporteerd naar %1</numerusform>
            <numerusform>%n links geëxporteerd naar %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting links…</source>
        <translation>Links exporteren…</translation>
    </message>
    <message>
        <source>Links are being exported; export to %1 when that is done.</source>
        <translation>Er worden al links geëxporteerd; exporteer naar %1 als dat klaar is.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new link(s).</source>
        <translation>
            <numerusform>%n nieuwe link geïmporteerd.</numerusform>
            <numerusform>%n nieuwe links geïmporteerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) were already saved; their tags were joined.</source>
        <translation>
            <numerusform>%n link was al bewaard; de tags zijn samengevoegd.</numerusform>
            <numerusform>%n links waren al bewaard; de tags zijn samengevoegd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: not a web address.</source>
        <translation>
            <numerusform>%n overgeslagen: geen webadres.</numerusform>
            <numerusform>%n overgeslagen: geen webadressen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed: %1</source>
        <translation>
            <numerusform>%n mislukt: %1</numerusform>
            <numerusform>%n mislukt: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The import stopped before the end of the file.</source>
        <translation>Het importeren is gestopt voor het einde van het bestand.</translation>
    </message>
    <message>
        <source>Search saved links</source>
        <translation>Bewaarde links doorzoeken</translation>
    </message>
</context>
<context>
    <name>gilde::LinkActions</name>
    <message>
        <source>Select an item first, then press B to save its link.</source>
        <translation>Selecteer eerst een bericht en druk dan op B om de link te bewaren.</translation>
    </message>
    <message>
        <source>This item has no web address to save.</source>
        <translation>Dit bericht heeft geen webadres om te bewaren.</translation>
    </message>
    <message>
        <source>Only web addresses can be saved.</source>
        <translation>Alleen webadressen kunnen worden bewaard.</translation>
    </message>
    <message>
        <source>Updated the existing link “%1”</source>
        <translation>Bestaande link “%1” bijgewerkt</translation>
    </message>
    <message>
        <source>Saved “%1”</source>
        <translation>“%1” bewaard</translation>
    </message>
    <message>
        <source>Could not open %1 in the browser.</source>
        <translation>Kon %1 niet openen in de browser.</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 gekopieerd</translation>
    </message>
    <message>
        <source>Delete link</source>
        <translation>Link verwijderen</translation>
    </message>
    <message>
        <source>Delete “%1” from your saved links and from the server?</source>
        <translation>“%1” verwijderen uit je bewaarde links en van de server?</translation>
    </message>
    <message>
        <source>Delete “%1” from your saved links?</source>
        <translation>“%1” verwijderen uit je bewaarde links?</translation>
    </message>
    <message>
        <source>Could not delete the link.</source>
        <translation>Kon de link niet verwijderen.</translation>
    </message>
    <message>
        <source>Deleted “%1”</source>
        <translation>“%1” verwijderd</translation>
    </message>
    <message>
        <source>The post this link was found in is no longer in the cache.</source>
        <translation>Het bericht waarin deze link stond, is niet meer in de cache.</translation>
    </message>
    <message>
        <source>Links: %1</source>
        <translation>Links: %1</translation>
    </message>
    <message>
        <source>Read later</source>
        <translation>Later lezen</translation>
    </message>
    <message>
        <source>Saved links</source>
        <translation>Bewaarde links</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Openen in browser</translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation>Markeer als ongelezen</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Markeer als gelezen</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>Ster verwijderen</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Ster geven</translation>
    </message>
    <message>
        <source>Edit saved link…</source>
        <translation>Bewaarde link bewerken…</translation>
    </message>
    <message>
        <source>Save link…</source>
        <translation>Bewaar link…</translation>
    </message>
    <message>
        <source>⊕ Save link (b)</source>
        <translation>⊕ Bewaar link (b)</translation>
    </message>
    <message>
        <source>Save the link of this item to your library (B)</source>
        <translation>Bewaar de link van dit bericht in je linkbibliotheek (B)</translation>
    </message>
</context>
<context>
    <name>gilde::LinkColumnBody</name>
    <message>
        <source>Search saved links…</source>
        <translation>Zoek in bewaarde links…</translation>
    </message>
    <message>
        <source>Searches titles, notes, tags and the text of the pages</source>
        <translation>Zoekt in titels, notities, tags en de tekst van de pagina’s</translation>
    </message>
    <message>
        <source>read later</source>
        <translation>later lezen</translation>
    </message>
    <message>
        <source>saved links</source>
        <translation>bewaarde links</translation>
    </message>
    <message>
        <source>No saved links match “%1”.</source>
        <translation>Geen bewaarde links gevonden voor “%1”.</translation>
    </message>
    <message>
        <source>No links tagged “%1” yet.
Press B on an item to save its link.</source>
        <translation>Nog geen links met de tag “%1”.
Druk op B bij een bericht om de link te bewaren.</translation>
    </message>
    <message>
        <source>Nothing to read later.
Tick “Read later” when you save a link.</source>
        <translation>Niets om later te lezen.
Vink “Later lezen” aan als je een link bewaart.</translation>
    </message>
    <message>
        <source>No saved links yet.
Press B on an item, or right-click a link in the reader, to save it.</source>
        <translation>Nog geen bewaarde links.
Druk op B bij een bericht, of klik met rechts op een link in de lezer, om hem te bewaren.</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Openen in browser</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Adres kopiëren</translation>
    </message>
    <message>
        <source>Go to the discussion</source>
        <translation>Naar de discussie</translation>
    </message>
    <message>
        <source>This link was not saved from an item.</source>
        <translation>Deze link is niet vanuit een bericht bewaard.</translation>
    </message>
    <message>
        <source>Read later</source>
        <translation>Later lezen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Search saved links</source>
        <translation>Bewaarde links doorzoeken</translation>
    </message>
</context>
<context>
    <name>gilde::LinkLibrary</name>
    <message>
        <source>This is not a web address: %1</source>
        <translation>Dit is geen webadres: %1</translation>
    </message>
    <message>
        <source>Saved here, but not queued for the server: %1</source>
        <translation>Hier bewaard, maar niet in de wachtrij voor de server gezet: %1</translation>
    </message>
    <message>
        <source>The page is not a web page (%1).</source>
        <translation>De pagina is geen webpagina (%1).</translation>
    </message>
</context>
<context>
    <name>gilde::LinkListModel</name>
    <message>
        <source>Saved %1</source>
        <translation>Bewaard op %1</translation>
    </message>
    <message>
        <source>To read later</source>
        <translation>Om later te lezen</translation>
    </message>
    <message>
        <source>%1, tags: %2</source>
        <comment>domain, tags</comment>
        <translation>%1, tags: %2</translation>
    </message>
</context>
<context>
    <name>gilde::LinksCommand</name>
    <message>
        <source>Saved links: list, add, import, export, tags, rename-tag, delete-tag.</source>
        <translation>Bewaarde links: list, add, import, export, tags, rename-tag, delete-tag.</translation>
    </message>
    <message>
        <source>[add|import|export|tags|rename-tag|delete-tag ...]</source>
        <translation>[add|import|export|tags|rename-tag|delete-tag ...]</translation>
    </message>
    <message>
        <source>Only links with this tag (list, export).</source>
        <translation>Alleen links met deze tag (list, export).</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>TAG</translation>
    </message>
    <message>
        <source>Only links to read later (list); mark to read later (add).</source>
        <translation>Alleen links om later te lezen (list); markeer om later te lezen (add).</translation>
    </message>
    <message>
        <source>Links matching a full-text search (list).</source>
        <translation>Links die passen bij een zoekopdracht in de volledige tekst (list).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>At most N links (list).</source>
        <translation>Hoogstens N links (list).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Comma-separated tags (add).</source>
        <translation>Tags, gescheiden door komma’s (add).</translation>
    </message>
    <message>
        <source>a,b</source>
        <translation>a,b</translation>
    </message>
    <message>
        <source>A note (add).</source>
        <translation>Een notitie (add).</translation>
    </message>
    <message>
        <source>The title (add).</source>
        <translation>De titel (add).</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>Keep the link private on a synced server (add).</source>
        <translation>Houd de link privé op een gesynchroniseerde server (add).</translation>
    </message>
    <message>
        <source>Export a Markdown reading list instead of bookmarks HTML (export).</source>
        <translation>Exporteer een leeslijst in Markdown in plaats van bladwijzer-HTML (export).</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Onverwacht argument: %1</translation>
    </message>
    <message>
        <source>Unknown links command: %1</source>
        <translation>Onbekende links-opdracht: %1</translation>
    </message>
    <message>
        <source>--search needs some text.</source>
        <translation>--search heeft tekst nodig.</translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation>--limit verwacht een positief getal.</translation>
    </message>
    <message>
        <source>No links.</source>
        <translation>Geen links.</translation>
    </message>
    <message>
        <source>Give one address to save.</source>
        <translation>Geef één adres op om te bewaren.</translation>
    </message>
    <message>
        <source>This is not a web address: %1</source>
        <translation>Dit is geen webadres: %1</translation>
    </message>
    <message>
        <source>Updated the existing link %1</source>
        <translation>Bestaande link %1 bijgewerkt</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 bewaard</translation>
    </message>
    <message>
        <source>Give one bookmarks file.</source>
        <translation>Geef één bladwijzerbestand op.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1 is not a bookmarks file (Netscape bookmark HTML, as browsers, Pinboard, linkding and Shaarli export).</source>
        <translation>%1 is geen bladwijzerbestand (Netscape-bladwijzer-HTML, zoals browsers, Pinboard, linkding en Shaarli die exporteren).</translation>
    </message>
    <message numerus="yes">
        <source>%n already saved, updated</source>
        <translation>
            <numerusform>%n al bewaard, bijgewerkt</numerusform>
            <numerusform>%n al bewaard, bijgewerkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a web address, skipped</source>
        <translation>
            <numerusform>%n zonder webadres, overgeslagen</numerusform>
            <numerusform>%n zonder webadres, overgeslagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n mislukt</numerusform>
            <numerusform>%n mislukt</numerusform>
        </translation>
    </message>
    <message>
        <source>Give one file to write (- for standard output).</source>
        <translation>Geef één bestand op om naar te schrijven (- voor standaarduitvoer).</translation>
    </message>
    <message>
        <source>Reading list</source>
        <translation>Leeslijst</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Kan niet naar standaarduitvoer schrijven.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>No tags.</source>
        <translation>Geen tags.</translation>
    </message>
    <message>
        <source>Give the tag to rename and its new name.</source>
        <translation>Geef de tag op die een andere naam krijgt, en de nieuwe naam.</translation>
    </message>
    <message>
        <source>Not a tag name: %1</source>
        <translation>Geen tagnaam: %1</translation>
    </message>
    <message>
        <source>There is no tag %1 (see: gilde links tags).</source>
        <translation>Er is geen tag %1 (zie: gilde links tags).</translation>
    </message>
    <message>
        <source>Renaming the tag failed.</source>
        <translation>Het wijzigen van de tagnaam is mislukt.</translation>
    </message>
    <message>
        <source>Merged tag %1 into %2</source>
        <translation>Tag %1 samengevoegd met %2</translation>
    </message>
    <message>
        <source>Renamed tag %1 to %2</source>
        <translation>Tag %1 hernoemd naar %2</translation>
    </message>
    <message>
        <source>Give one tag to delete.</source>
        <translation>Geef één tag op om te verwijderen.</translation>
    </message>
    <message>
        <source>Deleting the tag failed.</source>
        <translation>Het verwijderen van de tag is mislukt.</translation>
    </message>
    <message>
        <source>Deleted tag %1; its links stay.</source>
        <translation>Tag %1 verwijderd; de links blijven.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n link(s)</source>
        <translation>
            <numerusform>%n link geïmporteerd</numerusform>
            <numerusform>%n links geïmporteerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n link(s) (%1)</source>
        <translation>
            <numerusform>%n link geïmporteerd (%1)</numerusform>
            <numerusform>%n links geïmporteerd (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n link(s) to %1</source>
        <translation>
            <numerusform>%n link geëxporteerd naar %1</numerusform>
            <numerusform>%n links geëxporteerd naar %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gilde::LinksSyncCommand</name>
    <message>
        <source>Sync the links with the Shaarli account: pull its changes, send ours.</source>
        <translation>Synchroniseer de links met het Shaarli-account: haal de wijzigingen daar op en stuur de onze.</translation>
    </message>
    <message>
        <source>The Shaarli account (default: the first one).</source>
        <translation>Het Shaarli-account (standaard: het eerste).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Onverwacht argument: %1</translation>
    </message>
    <message>
        <source>There is no Shaarli account %1 (see: gilde accounts).</source>
        <translation>Er is geen Shaarli-account %1 (zie: gilde accounts).</translation>
    </message>
    <message>
        <source>No Shaarli account to sync with: add one with gilde account add shaarli --server URL --token-stdin.</source>
        <translation>Geen Shaarli-account om mee te synchroniseren: voeg er een toe met gilde account add shaarli --server URL --token-stdin.</translation>
    </message>
    <message>
        <source>Could not pull from the Shaarli: %1</source>
        <translation>Kon niet ophalen van de Shaarli: %1</translation>
    </message>
</context>
<context>
    <name>gilde::MainWindow</name>
    <message>
        <source>Gilde</source>
        <translation>Gilde</translation>
    </message>
    <message>
        <source>Add feed…</source>
        <translation>Feed toevoegen…</translation>
    </message>
    <message>
        <source>Sources…</source>
        <translation>Bronnen…</translation>
    </message>
    <message>
        <source>Refresh all</source>
        <translation>Alles vernieuwen</translation>
    </message>
    <message>
        <source>New tab…</source>
        <translation>Nieuw tabblad…</translation>
    </message>
    <message>
        <source>Add column…</source>
        <translation>Kolom toevoegen…</translation>
    </message>
    <message>
        <source>Import OPML…</source>
        <translation>OPML importeren…</translation>
    </message>
    <message>
        <source>Export OPML…</source>
        <translation>OPML exporteren…</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Systeem volgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>About Gilde</source>
        <translation>Over Gilde</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Volgend bericht</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Vorig bericht</translation>
    </message>
    <message>
        <source>Toggle read</source>
        <translation>Gelezen/ongelezen</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Ster geven</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Openen in browser</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>Pagina omlaag</translation>
    </message>
    <message>
        <source>Save link</source>
        <translation>Bewaar link</translation>
    </message>
    <message>
        <source>Close the reader</source>
        <translation>Lezer sluiten</translation>
    </message>
    <message>
        <source>Previous column</source>
        <translation>Vorige kolom</translation>
    </message>
    <message>
        <source>Next column</source>
        <translation>Volgende kolom</translation>
    </message>
    <message>
        <source>Move column left</source>
        <translation>Kolom naar links</translation>
    </message>
    <message>
        <source>Move column right</source>
        <translation>Kolom naar rechts</translation>
    </message>
    <message>
        <source>Show the outbox</source>
        <translation>Toon de outbox</translation>
    </message>
    <message>
        <source>Offline — showing cached items</source>
        <translation>Offline — berichten uit de cache</translation>
    </message>
    <message>
        <source>Subscribed to %1</source>
        <translation>Geabonneerd op %1</translation>
    </message>
    <message>
        <source>Import subscriptions</source>
        <translation>Abonnementen importeren</translation>
    </message>
    <message>
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation>OPML-bestanden (*.opml *.xml);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Kon %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>Export subscriptions</source>
        <translation>Abonnementen exporteren</translation>
    </message>
    <message>
        <source>OPML files (*.opml)</source>
        <translation>OPML-bestanden (*.opml)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kon %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Gilde %1&lt;/h3&gt;&lt;p&gt;Follow the people and communities you learn from — blogs, microblogs and forums — in one dashboard that works offline.&lt;/p&gt;&lt;p&gt;Profile: %2&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Gilde %1&lt;/h3&gt;&lt;p&gt;Volg de mensen en community’s waar je van leert — blogs, microblogs en forums — in één dashboard dat ook offline werkt.&lt;/p&gt;&lt;p&gt;Profiel: %2&lt;/p&gt;&lt;p&gt;Licentie: GNU GPL, versie 3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1
Show the outbox</source>
        <translation>%1
Toon de outbox</translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s)</source>
        <translation>
            <numerusform>%n nieuw bericht</numerusform>
            <numerusform>%n nieuwe berichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshed %n feed(s): %1, %2 failed</source>
        <translation>
            <numerusform>%n feed vernieuwd: %1, %2 mislukt</numerusform>
            <numerusform>%n feeds vernieuwd: %1, %2 mislukt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshed %n feed(s): %1</source>
        <translation>
            <numerusform>%n feed vernieuwd: %1</numerusform>
            <numerusform>%n feeds vernieuwd: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshing %n feed(s)…</source>
        <translation>
            <numerusform>%n feed wordt vernieuwd…</numerusform>
            <numerusform>%n feeds worden vernieuwd…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) failing</source>
        <translation>
            <numerusform>%n feed mislukt</numerusform>
            <numerusform>%n feeds mislukken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new feed(s) (%1 already subscribed)</source>
        <translation>
            <numerusform>%n nieuwe feed geïmporteerd (op %1 was je al geabonneerd)</numerusform>
            <numerusform>%n nieuwe feeds geïmporteerd (op %1 was je al geabonneerd)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new feed(s)</source>
        <translation>
            <numerusform>%n nieuwe feed geïmporteerd</numerusform>
            <numerusform>%n nieuwe feeds geïmporteerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n feed(s) to %1</source>
        <translation>
            <numerusform>%n feed geëxporteerd naar %1</numerusform>
            <numerusform>%n feeds geëxporteerd naar %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — your feeds come in when Gilde is online</source>
        <translation>Offline — je feeds komen binnen zodra Gilde online is</translation>
    </message>
    <message>
        <source>Write a post</source>
        <translation>Bericht schrijven</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reageren</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favoriet</translation>
    </message>
    <message>
        <source>Boost</source>
        <translation>Boosten</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Bladwijzer</translation>
    </message>
</context>
<context>
    <name>gilde::MastodonColumnMenu</name>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Vermeldingen</translation>
    </message>
    <message>
        <source>Boosts</source>
        <translation>Boosts</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favorieten</translation>
    </message>
    <message>
        <source>Follows</source>
        <translation>Volgers</translation>
    </message>
    <message>
        <source>Polls</source>
        <translation>Peilingen</translation>
    </message>
    <message>
        <source>Edits</source>
        <translation>Bewerkingen</translation>
    </message>
    <message>
        <source>Hide boosts</source>
        <translation>Boosts verbergen</translation>
    </message>
    <message>
        <source>Hide replies</source>
        <translation>Reacties verbergen</translation>
    </message>
</context>
<context>
    <name>gilde::MastodonSignInDialog</name>
    <message>
        <source>Sign in with the browser</source>
        <translation>Aanmelden met de browser</translation>
    </message>
    <message>
        <source>Use code</source>
        <translation>Code gebruiken</translation>
    </message>
    <message>
        <source>Show me a code instead</source>
        <translation>Toon me liever een code</translation>
    </message>
    <message>
        <source>Add a Mastodon account</source>
        <translation>Mastodon-account toevoegen</translation>
    </message>
    <message>
        <source>Type the server your account is on. Gilde opens its sign-in page in your browser; once you allow Gilde there, you come back here. Gilde keeps the access in the system keychain, never your password.</source>
        <translation>Typ de server waar je account op staat. Gilde opent de aanmeldpagina in je browser; zodra je Gilde daar toestemming geeft, kom je hier terug. Gilde bewaart de toegang in de sleutelbos van het systeem, nooit je wachtwoord.</translation>
    </message>
    <message>
        <source>mastodon.social</source>
        <translation>mastodon.social</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>The code the server shows</source>
        <translation>De code die de server toont</translation>
    </message>
    <message>
        <source>Authorization code</source>
        <translation>Autorisatiecode</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>That is not a server address. Try something like mastodon.social.</source>
        <translation>Dat is geen serveradres. Probeer iets als mastodon.social.</translation>
    </message>
    <message>
        <source>Gilde has what it needs: you can close this page.</source>
        <translation>Gilde heeft wat het nodig heeft: je kunt deze pagina sluiten.</translation>
    </message>
    <message>
        <source>The sign-in page answered for another sign-in; try again.</source>
        <translation>De aanmeldpagina antwoordde voor een andere aanmelding; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The server did not allow Gilde: %1</source>
        <translation>De server gaf Gilde geen toestemming: %1</translation>
    </message>
    <message>
        <source>Registering Gilde with %1…</source>
        <translation>Gilde registreren bij %1…</translation>
    </message>
    <message>
        <source>Sign in in the browser, allow Gilde, then paste the code the server shows here.</source>
        <translation>Meld je aan in de browser, geef Gilde toestemming en plak hier de code die de server toont.</translation>
    </message>
    <message>
        <source>Sign in in the browser and allow Gilde; this dialog goes on by itself. Browser on another machine? Ask for a code instead.</source>
        <translation>Meld je aan in de browser en geef Gilde toestemming; dit venster gaat vanzelf verder. Browser op een andere computer? Vraag dan om een code.</translation>
    </message>
    <message>
        <source>Paste the code first.</source>
        <translation>Plak eerst de code.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Aanmelden…</translation>
    </message>
    <message>
        <source>Signed in again as @%1.</source>
        <translation>Opnieuw aangemeld als @%1.</translation>
    </message>
    <message>
        <source>Added @%1.</source>
        <translation>@%1 toegevoegd.</translation>
    </message>
</context>
<context>
    <name>gilde::MastodonThreads</name>
    <message>
        <source>This is not a post with a conversation.</source>
        <translation>Dit is geen bericht met een gesprek.</translation>
    </message>
    <message>
        <source>The sign-in of this account is not in the keychain: %1. Sign in again.</source>
        <translation>De aanmelding van dit account staat niet in de sleutelbos: %1. Meld je opnieuw aan.</translation>
    </message>
    <message>
        <source>no token</source>
        <translation>geen token</translation>
    </message>
    <message>
        <source>The post is gone from the server.</source>
        <translation>Het bericht staat niet meer op de server.</translation>
    </message>
    <message>
        <source>This server shows the conversation only to signed-in users.</source>
        <translation>Deze server toont het gesprek alleen aan aangemelde gebruikers.</translation>
    </message>
    <message>
        <source>Not a Mastodon post: %1</source>
        <translation>Geen Mastodon-bericht: %1</translation>
    </message>
    <message>
        <source>no id</source>
        <translation>geen id</translation>
    </message>
    <message>
        <source>Not a Mastodon conversation: %1</source>
        <translation>Geen Mastodon-gesprek: %1</translation>
    </message>
</context>
<context>
    <name>gilde::MentionAlerts</name>
    <message numerus="yes">
        <source>%n new mentions</source>
        <translation>
            <numerusform>%n nieuwe vermelding</numerusform>
            <numerusform>%n nieuwe vermeldingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Direct message from %1</source>
        <translation>Direct bericht van %1</translation>
    </message>
    <message>
        <source>%1 replied</source>
        <translation>%1 reageerde</translation>
    </message>
    <message>
        <source>%1 mentioned you</source>
        <translation>%1 noemde je</translation>
    </message>
</context>
<context>
    <name>gilde::Outbox</name>
    <message>
        <source>Gilde cannot send “%1” changes.</source>
        <translation>Gilde kan geen “%1”-wijzigingen versturen.</translation>
    </message>
</context>
<context>
    <name>gilde::OutboxCommand</name>
    <message>
        <source>The queued changes for servers: list, --send now, retry ID, discard ID.</source>
        <translation>Wijzigingen die voor servers in de wachtrij staan: tonen, --send (nu versturen), retry ID, discard ID.</translation>
    </message>
    <message>
        <source>[--send] [retry ID | discard ID]</source>
        <translation>[--send] [retry ID | discard ID]</translation>
    </message>
    <message>
        <source>Send what is queued now and wait for the answers.</source>
        <translation>Verstuur nu wat in de wachtrij staat en wacht op de antwoorden.</translation>
    </message>
    <message>
        <source>List sent entries too.</source>
        <translation>Toon ook verstuurde wijzigingen.</translation>
    </message>
    <message>
        <source>With --send, wait at most this many seconds (default 120).</source>
        <translation>Wacht met --send hoogstens zoveel seconden (standaard 120).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDEN</translation>
    </message>
    <message>
        <source>Give the id of one entry (see: gilde outbox).</source>
        <translation>Geef de id van één wijziging op (zie: gilde outbox).</translation>
    </message>
    <message>
        <source>Unknown outbox command: %1</source>
        <translation>Onbekende outbox-opdracht: %1</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds.</source>
        <translation>--timeout verwacht een aantal seconden.</translation>
    </message>
    <message>
        <source>attempts: %1</source>
        <translation>pogingen: %1</translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation>volgende: %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>fout: %1</translation>
    </message>
    <message>
        <source>Nothing waits to be sent.</source>
        <translation>Er wacht niets om verstuurd te worden.</translation>
    </message>
    <message>
        <source>There is no outbox entry %1.</source>
        <translation>Er is geen wijziging %1 in de outbox.</translation>
    </message>
    <message>
        <source>Entry %1 is %2: nothing to retry.</source>
        <translation>Wijziging %1 heeft status %2: er valt niets opnieuw te proberen.</translation>
    </message>
    <message>
        <source>Entry %1 is queued again.</source>
        <translation>Wijziging %1 staat weer in de wachtrij.</translation>
    </message>
    <message>
        <source>Discarded entry %1.</source>
        <translation>Wijziging %1 weggegooid.</translation>
    </message>
    <message>
        <source>Gave up waiting after %1 s.</source>
        <translation>Na %1 s gestopt met wachten.</translation>
    </message>
    <message>
        <source>Not everything was sent: see gilde outbox.</source>
        <translation>Niet alles is verstuurd: zie gilde outbox.</translation>
    </message>
</context>
<context>
    <name>gilde::OutboxDialog</name>
    <message>
        <source>Retry now</source>
        <translation>Nu opnieuw proberen</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Weggooien…</translation>
    </message>
    <message>
        <source>Send all now</source>
        <translation>Alles nu versturen</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>Try to send the selected change again now</source>
        <translation>Probeer de geselecteerde wijziging nu opnieuw te versturen</translation>
    </message>
    <message>
        <source>Remove the selected change from the outbox without sending it</source>
        <translation>Haal de geselecteerde wijziging uit de outbox zonder die te versturen</translation>
    </message>
    <message>
        <source>Try every waiting change now, without waiting for its next attempt</source>
        <translation>Probeer elke wachtende wijziging nu, zonder op de volgende poging te wachten</translation>
    </message>
    <message>
        <source>The outbox is empty: every change has been sent.</source>
        <translation>De outbox is leeg: elke wijziging is verstuurd.</translation>
    </message>
    <message numerus="yes">
        <source>%n could not be sent</source>
        <translation>
            <numerusform>%n kon niet worden verstuurd</numerusform>
            <numerusform>%n konden niet worden verstuurd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n verstuurd</numerusform>
            <numerusform>%n verstuurd</numerusform>
        </translation>
    </message>
    <message>
        <source>You are offline: changes are sent once the network is back.</source>
        <translation>Je bent offline: wijzigingen worden verstuurd zodra het netwerk terug is.</translation>
    </message>
    <message>
        <source>The server refused this change. Retry it once the problem is fixed, or discard it.</source>
        <translation>De server weigerde deze wijziging. Probeer het opnieuw als het probleem is opgelost, of gooi de wijziging weg.</translation>
    </message>
    <message>
        <source>Discard change</source>
        <translation>Wijziging weggooien</translation>
    </message>
    <message>
        <source>Discard “%1: %2”? It will not be sent to the server.</source>
        <translation>“%1: %2” weggooien? De wijziging wordt niet naar de server verstuurd.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n wijziging wacht op verzending</numerusform>
            <numerusform>%n wijzigingen wachten op verzending</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes to send</source>
        <translation>Te versturen wijzigingen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Change the selected post or reply and send it again</source>
        <translation>Het gekozen bericht of de gekozen reactie wijzigen en opnieuw versturen</translation>
    </message>
    <message>
        <source>The server refused this change. Edit it and send it again, or discard it.</source>
        <translation>De server weigerde deze wijziging. Bewerk en verstuur haar opnieuw, of gooi haar weg.</translation>
    </message>
    <message>
        <source>Cancel post…</source>
        <translation>Bericht annuleren…</translation>
    </message>
    <message>
        <source>Cancel scheduled post</source>
        <translation>Ingepland bericht annuleren</translation>
    </message>
    <message>
        <source>Cancel “%1”, which the server is to publish %2? It will not appear.</source>
        <translation>“%1” annuleren, dat de server %2 zou publiceren? Het verschijnt dan niet.</translation>
    </message>
    <message>
        <source>It could not be queued: %1</source>
        <translation>Het kon niet in de wachtrij worden gezet: %1</translation>
    </message>
</context>
<context>
    <name>gilde::OutboxModel</name>
    <message>
        <source>Waiting to retry</source>
        <translation>Wacht op nieuwe poging</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In de wachtrij</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wordt verstuurd…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Save link</source>
        <translation>Link bewaren</translation>
    </message>
    <message>
        <source>Delete link</source>
        <translation>Link verwijderen</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Bericht plaatsen</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reageren</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Account: %1</translation>
    </message>
    <message>
        <source>Queued %1</source>
        <translation>In de wachtrij gezet op %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Volgende poging</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Laatste fout</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Nieuw onderwerp</translation>
    </message>
    <message>
        <source>Like</source>
        <translation>Vind ik leuk</translation>
    </message>
    <message>
        <source>Take back like</source>
        <translation>Vind ik leuk intrekken</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favoriet</translation>
    </message>
    <message>
        <source>Boost</source>
        <translation>Boost</translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation>Ingepland voor %1</translation>
    </message>
    <message>
        <source>Scheduled for %1, on the server</source>
        <translation>Ingepland voor %1, op de server</translation>
    </message>
    <message>
        <source>Cancel scheduled post</source>
        <translation>Ingepland bericht annuleren</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Stem</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Bladwijzer</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Volgen</translation>
    </message>
    <message>
        <source>Unfollow</source>
        <translation>Ontvolgen</translation>
    </message>
    <message>
        <source>Undo favourite</source>
        <translation>Favoriet ongedaan maken</translation>
    </message>
    <message>
        <source>Undo boost</source>
        <translation>Boost ongedaan maken</translation>
    </message>
    <message>
        <source>Delete post</source>
        <translation>Bericht verwijderen</translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation>Bladwijzer weghalen</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Negeren</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Niet meer negeren</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blokkeren</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Deblokkeren</translation>
    </message>
</context>
<context>
    <name>gilde::OutboxSend</name>
    <message numerus="yes">
        <source>%n still on the way (sent again next time)</source>
        <translation>
            <numerusform>%n nog onderweg (wordt de volgende keer opnieuw verstuurd)</numerusform>
            <numerusform>%n nog onderweg (worden de volgende keer opnieuw verstuurd)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n mislukt</numerusform>
            <numerusform>%n mislukt</numerusform>
        </translation>
    </message>
    <message>
        <source>(next attempt %1)</source>
        <translation>(volgende poging %1)</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n change(s)</source>
        <translation>
            <numerusform>%n wijziging verstuurd</numerusform>
            <numerusform>%n wijzigingen verstuurd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wait(s) to be tried again</source>
        <translation>
            <numerusform>%n wacht op een nieuwe poging</numerusform>
            <numerusform>%n wachten op een nieuwe poging</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gilde::OutboxStatus</name>
    <message numerus="yes">
        <source>%n waiting to send</source>
        <translation>
            <numerusform>%n wacht op verzending</numerusform>
            <numerusform>%n wachten op verzending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n waiting in the outbox</source>
        <translation>
            <numerusform>Offline · %n wacht in de outbox</numerusform>
            <numerusform>Offline · %n wachten in de outbox</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not be sent</source>
        <translation>
            <numerusform>%n wijziging kon niet worden verstuurd</numerusform>
            <numerusform>%n wijzigingen konden niet worden verstuurd</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gilde::PendingPosts</name>
    <message>
        <source>Not posted — the server said: %1</source>
        <translation>Niet geplaatst — de server meldt: %1</translation>
    </message>
    <message>
        <source>Posting…</source>
        <translation>Wordt geplaatst…</translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation>Ingepland voor %1</translation>
    </message>
    <message>
        <source>Scheduled for %1 — sent to the server once you are online</source>
        <translation>Ingepland voor %1 — gaat naar de server zodra je online bent</translation>
    </message>
    <message>
        <source>In the outbox — posted once you are online</source>
        <translation>In de wachtrij — wordt geplaatst zodra je online bent</translation>
    </message>
    <message>
        <source>Waiting to try again (%1)</source>
        <translation>Wacht op een nieuwe poging (%1)</translation>
    </message>
    <message>
        <source>In the outbox — posting shortly</source>
        <translation>In de wachtrij — wordt zo geplaatst</translation>
    </message>
    <message numerus="yes">
        <source>and %n more in the outbox</source>
        <translation>
            <numerusform>en nog %n in de wachtrij</numerusform>
            <numerusform>en nog %n in de wachtrij</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Edit the post waiting in the outbox</source>
        <translation>Het bericht in de wachtrij bewerken</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancel the post waiting in the outbox</source>
        <translation>Het bericht in de wachtrij annuleren</translation>
    </message>
    <message>
        <source>Cancel post</source>
        <translation>Bericht annuleren</translation>
    </message>
    <message>
        <source>Cancel “%1”? It will not be posted, and its text is gone.</source>
        <translation>“%1” annuleren? Het wordt niet geplaatst, en de tekst is weg.</translation>
    </message>
    <message>
        <source>Continue thread…</source>
        <translation>Draad voortzetten…</translation>
    </message>
    <message>
        <source>Write a reply to the post waiting in the outbox</source>
        <translation>Een reactie schrijven op het bericht in de wachtrij</translation>
    </message>
    <message>
        <source>A reply to this post, sent after it</source>
        <translation>Een reactie op dit bericht, verstuurd na dit bericht</translation>
    </message>
</context>
<context>
    <name>gilde::PersonEntries</name>
    <message>
        <source>Follow</source>
        <translation>Volgen</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Negeren</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blokkeren</translation>
    </message>
    <message>
        <source>Their posts in your Home</source>
        <translation>Hun berichten in je Start</translation>
    </message>
    <message>
        <source>Their posts no longer in your timelines; they are not told</source>
        <translation>Hun berichten niet meer in je tijdlijnen; zij krijgen dat niet te horen</translation>
    </message>
    <message>
        <source>They can no longer follow you or see your posts, nor you theirs</source>
        <translation>Zij kunnen je niet meer volgen of je berichten zien, en jij de hunne niet</translation>
    </message>
    <message>
        <source>Followed: it goes out with the outbox.</source>
        <translation>Gevolgd: de outbox verstuurt het.</translation>
    </message>
    <message>
        <source>Unfollowed: it goes out with the outbox.</source>
        <translation>Ontvolgd: de outbox verstuurt het.</translation>
    </message>
    <message>
        <source>Muted: it goes out with the outbox.</source>
        <translation>Genegeerd: de outbox verstuurt het.</translation>
    </message>
    <message>
        <source>Unmuted: it goes out with the outbox.</source>
        <translation>Niet meer genegeerd: de outbox verstuurt het.</translation>
    </message>
    <message>
        <source>Could not queue it: %1</source>
        <translation>Kon het niet in de wachtrij zetten: %1</translation>
    </message>
    <message>
        <source>Unblocked: it goes out with the outbox.</source>
        <translation>Gedeblokkeerd: de outbox verstuurt het.</translation>
    </message>
    <message>
        <source>Block them? They can no longer follow you or see your posts, you no longer see theirs, and follows between you end.</source>
        <translation>Blokkeren? Zij kunnen je dan niet meer volgen of je berichten zien, jij ziet de hunne niet meer, en volgen over en weer stopt.</translation>
    </message>
    <message>
        <source>Blocked: it goes out with the outbox.</source>
        <translation>Geblokkeerd: de outbox verstuurt het.</translation>
    </message>
</context>
<context>
    <name>gilde::PostActions</name>
    <message>
        <source>Select a post to reply to.</source>
        <translation>Kies een bericht om op te reageren.</translation>
    </message>
    <message>
        <source>Favourited: it goes out with the outbox.</source>
        <translation>Als favoriet gemarkeerd: de outbox verstuurt het.</translation>
    </message>
    <message>
        <source>Boosted: it goes out with the outbox.</source>
        <translation>Geboost: de outbox verstuurt het.</translation>
    </message>
    <message>
        <source>Select a post first.</source>
        <translation>Kies eerst een bericht.</translation>
    </message>
    <message>
        <source>Could not queue it: %1</source>
        <translation>Kon het niet in de wachtrij zetten: %1</translation>
    </message>
    <message>
        <source>Bookmarked: it goes out with the outbox.</source>
        <translation>Bladwijzer gezet: de outbox verstuurt het.</translation>
    </message>
    <message>
        <source>Voted: it goes out with the outbox.</source>
        <translation>Gestemd: de outbox verstuurt het.</translation>
    </message>
    <message>
        <source>↩ Reply</source>
        <translation>↩ Reageren</translation>
    </message>
    <message>
        <source>Reply to this post (R)</source>
        <translation>Reageer op dit bericht (R)</translation>
    </message>
    <message>
        <source>⟲ Boost</source>
        <translation>⟲ Boosten</translation>
    </message>
    <message>
        <source>Boost it to your followers (T)</source>
        <translation>Boost het naar je volgers (T)</translation>
    </message>
    <message>
        <source>☆ Favourite</source>
        <translation>☆ Favoriet</translation>
    </message>
    <message>
        <source>Favourite it (F)</source>
        <translation>Markeer het als favoriet (F)</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Bladwijzer</translation>
    </message>
    <message>
        <source>Keep it in your bookmarks on the server (Shift+B)</source>
        <translation>Bewaar het bij je bladwijzers op de server (Shift+B)</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>Reageren…</translation>
    </message>
    <message>
        <source>Boost</source>
        <translation>Boosten</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favoriet</translation>
    </message>
    <message>
        <source>⟲ Boosted</source>
        <translation>⟲ Geboost</translation>
    </message>
    <message>
        <source>★ Favourited</source>
        <translation>★ Favoriet</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>Bladwijzer gezet</translation>
    </message>
    <message>
        <source>Undo the boost (T)</source>
        <translation>Maak de boost ongedaan (T)</translation>
    </message>
    <message>
        <source>Undo the favourite (F)</source>
        <translation>Haal het uit je favorieten (F)</translation>
    </message>
    <message>
        <source>Remove it from your bookmarks (Shift+B)</source>
        <translation>Haal het uit je bladwijzers (Shift+B)</translation>
    </message>
    <message>
        <source>Favourite undone: it goes out with the outbox.</source>
        <translation>Uit favorieten gehaald: de outbox verstuurt het.</translation>
    </message>
    <message>
        <source>Boost undone: it goes out with the outbox.</source>
        <translation>Boost ongedaan gemaakt: de outbox verstuurt het.</translation>
    </message>
    <message>
        <source>Bookmark removed: it goes out with the outbox.</source>
        <translation>Bladwijzer weggehaald: de outbox verstuurt het.</translation>
    </message>
    <message>
        <source>Only a post of your own can be deleted.</source>
        <translation>Alleen een eigen bericht kan worden verwijderd.</translation>
    </message>
    <message>
        <source>Delete post</source>
        <translation>Bericht verwijderen</translation>
    </message>
    <message>
        <source>Delete this post? It goes from the server, for everyone who can see it; replies to it stay.</source>
        <translation>Dit bericht verwijderen? Het verdwijnt van de server, voor iedereen die het kan zien; reacties erop blijven staan.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Deleted: it goes out with the outbox.</source>
        <translation>Verwijderd: de outbox verstuurt het.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Delete this post of yours from the server</source>
        <translation>Verwijder dit bericht van jou van de server</translation>
    </message>
    <message>
        <source>Their posts</source>
        <translation>Hun berichten</translation>
    </message>
    <message>
        <source>Posts by @%1, in a column</source>
        <translation>Berichten van @%1, in een kolom</translation>
    </message>
    <message>
        <source>Posts by @%1</source>
        <translation>Berichten van @%1</translation>
    </message>
    <message>
        <source>Only the people it was written for can see it: it cannot be boosted.</source>
        <translation>Alleen wie het bericht voor bedoeld is kan het zien: het kan niet geboost worden.</translation>
    </message>
    <message>
        <source>Only a post of your own without a poll, read on your own server, can be edited here.</source>
        <translation>Alleen een eigen bericht zonder peiling, gelezen op je eigen server, kan hier worden bewerkt.</translation>
    </message>
    <message>
        <source>Fetching the post&apos;s words to edit them…</source>
        <translation>De tekst van het bericht wordt opgehaald om te bewerken…</translation>
    </message>
    <message>
        <source>The sign-in of this account is not in the keychain: %1</source>
        <translation>De aanmelding van dit account staat niet in de sleutelbos: %1</translation>
    </message>
    <message>
        <source>The post could not be fetched to edit: %1</source>
        <translation>Het bericht kon niet worden opgehaald om te bewerken: %1</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Change the words of this post of yours</source>
        <translation>Verander de tekst van dit bericht van jou</translation>
    </message>
</context>
<context>
    <name>gilde::PostCommand</name>
    <message>
        <source>The account to post from (see: gilde accounts).</source>
        <translation>Het account om mee te plaatsen (zie: gilde accounts).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation>ITEM</translation>
    </message>
    <message>
        <source>A content warning shown instead of the text.</source>
        <translation>Een inhoudswaarschuwing die in plaats van de tekst wordt getoond.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>public, unlisted, private or direct.</source>
        <translation>public, unlisted, private of direct.</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>The post&apos;s language as an ISO 639 code (nl, en, ...).</source>
        <translation>De taal van het bericht als ISO 639-code (nl, en, ...).</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Say which account posts with --account ID (see: gilde accounts).</source>
        <translation>Zeg met --account ID welk account plaatst (zie: gilde accounts).</translation>
    </message>
    <message>
        <source>--visibility is one of public, unlisted, private or direct.</source>
        <translation>--visibility is een van public, unlisted, private of direct.</translation>
    </message>
    <message>
        <source>There is no item %1 (see: gilde items).</source>
        <translation>Er is geen bericht %1 (zie: gilde items).</translation>
    </message>
    <message>
        <source>Item %1 takes no reply here: %2</source>
        <translation>Op bericht %1 kun je hier niet reageren: %2</translation>
    </message>
    <message>
        <source>Give the text to post.</source>
        <translation>Geef de tekst om te plaatsen.</translation>
    </message>
    <message>
        <source>The post could not be queued: %1</source>
        <translation>Het bericht kon niet in de wachtrij: %1</translation>
    </message>
    <message>
        <source>Queued post %1 from @%2; it goes out with the outbox (gilde outbox --send).</source>
        <translation>Bericht %1 van @%2 staat in de wachtrij; de outbox verstuurt het (gilde outbox --send).</translation>
    </message>
    <message>
        <source>Queue a post, a reply or a new forum topic in the outbox.</source>
        <translation>Zet een bericht, reactie of nieuw forumonderwerp in de outbox.</translation>
    </message>
    <message>
        <source>Reply to this item (see: gilde items); its people are mentioned. For a forum topic, ITEM#N answers its post N (see: gilde thread).</source>
        <translation>Reageer op dit item (zie: gilde items); de mensen erin worden genoemd. Bij een forumonderwerp reageert ITEM#N op bericht N (zie: gilde thread).</translation>
    </message>
    <message>
        <source>Start a forum topic in the category this source follows (see: gilde sources).</source>
        <translation>Begin een forumonderwerp in de categorie die deze bron volgt (zie: gilde sources).</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>BRON</translation>
    </message>
    <message>
        <source>The new forum topic&apos;s title.</source>
        <translation>De titel van het nieuwe forumonderwerp.</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>There is no Mastodon account or forum %1 (see: gilde accounts).</source>
        <translation>Er is geen Mastodon-account of forum %1 (zie: gilde accounts).</translation>
    </message>
    <message>
        <source>--in and --title start a forum topic: give a forum&apos;s account.</source>
        <translation>--in en --title beginnen een forumonderwerp: geef het account van een forum.</translation>
    </message>
    <message>
        <source>Say what to write in the forum: --reply-to ITEM or --in SOURCE --title TITLE.</source>
        <translation>Zeg wat je op het forum schrijft: --reply-to ITEM of --in BRON --title TITEL.</translation>
    </message>
    <message>
        <source>After # comes a post&apos;s number (see: gilde thread %1).</source>
        <translation>Na # komt het nummer van een bericht (zie: gilde thread %1).</translation>
    </message>
    <message>
        <source>Item %1 is on another forum than account %2.</source>
        <translation>Item %1 staat op een ander forum dan account %2.</translation>
    </message>
    <message>
        <source>There is no source %1 (see: gilde sources).</source>
        <translation>Er is geen bron %1 (zie: gilde sources).</translation>
    </message>
    <message>
        <source>Source %1 takes no new topic: %2</source>
        <translation>In bron %1 kan geen nieuw onderwerp: %2</translation>
    </message>
    <message>
        <source>Source %1 is on another forum than account %2.</source>
        <translation>Bron %1 staat op een ander forum dan account %2.</translation>
    </message>
    <message>
        <source>A new topic needs a --title.</source>
        <translation>Een nieuw onderwerp heeft een --title nodig.</translation>
    </message>
    <message>
        <source>Queued post %1 to %2 as %3; it goes out with the outbox (gilde outbox --send).</source>
        <translation>Bericht %1 aan %2 als %3 staat in de wachtrij; het gaat mee met de outbox (gilde outbox --send).</translation>
    </message>
    <message>
        <source>--account ID [--reply-to ITEM[#POST] | --in SOURCE --title TITLE] [--media FILE --alt TEXT]... [--poll CHOICE]... [--at TIME] TEXT</source>
        <translation>--account ID [--reply-to ITEM[#BERICHT] | --in BRON --title TITEL] [--media BESTAND --alt TEKST]... [--poll KEUZE]... [--at TIJD] TEKST</translation>
    </message>
    <message>
        <source>A picture, video or sound to add (up to four; repeat the option).</source>
        <translation>Een afbeelding, video of geluid om toe te voegen (hooguit vier; herhaal de optie).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>The description of the --media before it, for those who cannot see it.</source>
        <translation>De beschrijving van de --media ervóór, voor wie het niet kan zien.</translation>
    </message>
    <message>
        <source>A choice of a poll (two to four; repeat the option).</source>
        <translation>Een keuze van een peiling (twee tot vier; herhaal de optie).</translation>
    </message>
    <message>
        <source>CHOICE</source>
        <translation>KEUZE</translation>
    </message>
    <message>
        <source>How long the poll runs: 30m, 6h, 3d (default 1d).</source>
        <translation>Hoe lang de peiling loopt: 30m, 6h, 3d (standaard 1d).</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DUUR</translation>
    </message>
    <message>
        <source>Voters may pick more than one choice.</source>
        <translation>Stemmers mogen meer dan één keuze maken.</translation>
    </message>
    <message>
        <source>When the post appears: 2026-12-24T09:00 (local time) or +2h.</source>
        <translation>Wanneer het bericht verschijnt: 2026-12-24T09:00 (lokale tijd) of +2h.</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIJD</translation>
    </message>
    <message>
        <source>Each --alt describes the --media before it.</source>
        <translation>Elke --alt beschrijft de --media ervóór.</translation>
    </message>
    <message>
        <source>--poll-expires is at least 5m, as 30m, 6h or 3d.</source>
        <translation>--poll-expires is minstens 5m, zoals 30m, 6h of 3d.</translation>
    </message>
    <message>
        <source>--at is a time to come: 2026-12-24T09:00 or +2h.</source>
        <translation>--at is een tijdstip in de toekomst: 2026-12-24T09:00 of +2h.</translation>
    </message>
</context>
<context>
    <name>gilde::ReaderBrowser</name>
    <message>
        <source>Loading image…</source>
        <translation>Afbeelding laden…</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Link openen</translation>
    </message>
    <message>
        <source>Copy link address</source>
        <translation>Linkadres kopiëren</translation>
    </message>
    <message>
        <source>Save link…</source>
        <translation>Bewaar link…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Sensitive content — click to show</source>
        <translation>Gevoelige inhoud — klik om te tonen</translation>
    </message>
</context>
<context>
    <name>gilde::ReaderPane</name>
    <message>
        <source>Nothing selected</source>
        <translation>Niets geselecteerd</translation>
    </message>
    <message>
        <source>Pick an item in a column to read it here.
J and K move through a column, Space pages, Esc closes.</source>
        <translation>Kies een bericht in een kolom om het hier te lezen.
J en K gaan door een kolom, Spatie bladert, Esc sluit.</translation>
    </message>
    <message>
        <source>↗ Open in browser</source>
        <translation>↗ Openen</translation>
    </message>
    <message>
        <source>Open the original in your web browser (O)</source>
        <translation>Open het origineel in je webbrowser (O)</translation>
    </message>
    <message>
        <source>Close the reader (Esc)</source>
        <translation>Lezer sluiten (Esc)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(zonder titel)</translation>
    </message>
    <message>
        <source>This item has no text here. Open it in the browser to read it.</source>
        <translation>Dit bericht heeft hier geen tekst. Open het in de browser om het te lezen.</translation>
    </message>
    <message>
        <source>★ Unstar</source>
        <translation>★ Ster weg</translation>
    </message>
    <message>
        <source>☆ Star</source>
        <translation>☆ Ster</translation>
    </message>
    <message>
        <source>Remove the star (S)</source>
        <translation>Ster verwijderen (S)</translation>
    </message>
    <message>
        <source>Star this item (S)</source>
        <translation>Geef dit bericht een ster (S)</translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation>Markeer als ongelezen</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Markeer als gelezen</translation>
    </message>
    <message>
        <source>Toggle read (M)</source>
        <translation>Gelezen/ongelezen (M)</translation>
    </message>
    <message>
        <source>Close the reader</source>
        <translation>Lezer sluiten</translation>
    </message>
    <message>
        <source>Text of the item</source>
        <translation>Tekst van het item</translation>
    </message>
    <message>
        <source>The thread could not be brought up to date (%1). This is what was read before.</source>
        <translation>De discussie kon niet worden bijgewerkt (%1). Dit is wat eerder is gelezen.</translation>
    </message>
    <message>
        <source>The thread could not be loaded: %1</source>
        <translation>De discussie kon niet worden geladen: %1</translation>
    </message>
    <message>
        <source>Loading the thread…</source>
        <translation>De discussie wordt geladen…</translation>
    </message>
    <message>
        <source>Follow in a column</source>
        <translation>Volgen in een kolom</translation>
    </message>
    <message>
        <source>Show this topic&apos;s new posts as they come, in a column of its own</source>
        <translation>De nieuwe berichten van dit onderwerp laten zien zodra ze er zijn, in een eigen kolom</translation>
    </message>
    <message>
        <source>The replies to this post could not be loaded: %1</source>
        <translation>De reacties op dit bericht konden niet worden geladen: %1</translation>
    </message>
    <message>
        <source>The replies to this post come when Gilde is online.</source>
        <translation>De reacties op dit bericht komen zodra Gilde online is.</translation>
    </message>
</context>
<context>
    <name>gilde::RefreshCommand</name>
    <message>
        <source>Fetch the feeds that are due (or the ones given) and store new items.</source>
        <translation>Haal de feeds op die aan de beurt zijn (of de opgegeven feeds) en sla nieuwe berichten op.</translation>
    </message>
    <message>
        <source>Refresh this source only (may be repeated).</source>
        <translation>Vernieuw alleen deze bron (mag vaker worden opgegeven).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Refresh every source, due or not.</source>
        <translation>Vernieuw elke bron, aan de beurt of niet.</translation>
    </message>
    <message>
        <source>At most N connections to one server at a time (default: $GILDE_CONNECTIONS or 6).</source>
        <translation>Hoogstens N gelijktijdige verbindingen met één server (standaard: $GILDE_CONNECTIONS of 6).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Onverwacht argument: %1</translation>
    </message>
    <message>
        <source>Give either --source or --all, not both.</source>
        <translation>Geef --source of --all op, niet allebei.</translation>
    </message>
    <message>
        <source>--connections takes a number from 1 to 1000.</source>
        <translation>--connections verwacht een getal van 1 tot en met 1000.</translation>
    </message>
    <message>
        <source>Not a source id: %1</source>
        <translation>Geen bron-id: %1</translation>
    </message>
    <message>
        <source>There is no source with id %1 (see: gilde sources).</source>
        <translation>Er is geen bron met id %1 (zie: gilde sources).</translation>
    </message>
    <message>
        <source>There are no feeds yet: add some with gilde import-opml FILE.</source>
        <translation>Er zijn nog geen feeds: voeg er toe met gilde import-opml BESTAND.</translation>
    </message>
    <message>
        <source>No feed is due; use --all to refresh them anyway.</source>
        <translation>Geen enkele feed is aan de beurt; gebruik --all om ze toch te vernieuwen.</translation>
    </message>
    <message>
        <source>Failed: %1 &lt;%2&gt;: %3</source>
        <translation>Mislukt: %1 &lt;%2&gt;: %3</translation>
    </message>
    <message numerus="yes">
        <source>Refreshed %n feed(s) in %1 s: %2 changed, %3 unchanged, %4 failed, %5</source>
        <translation>
            <numerusform>%n feed vernieuwd in %1 s: %2 gewijzigd, %3 ongewijzigd, %4 mislukt, %5</numerusform>
            <numerusform>%n feeds vernieuwd in %1 s: %2 gewijzigd, %3 ongewijzigd, %4 mislukt, %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new item(s)</source>
        <translation>
            <numerusform>%Ln nieuw bericht</numerusform>
            <numerusform>%Ln nieuwe berichten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gilde::SaveLinkPopup</name>
    <message>
        <source>Save link</source>
        <translation>Link bewaren</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Title of the page</source>
        <translation>Titel van de pagina</translation>
    </message>
    <message>
        <source>Tags, separated by commas or spaces</source>
        <translation>Tags, gescheiden door komma’s of spaties</translation>
    </message>
    <message>
        <source>Why keep it? (Shift+Enter for a new line)</source>
        <translation>Waarom bewaren? (Shift+Enter voor een nieuwe regel)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Read later</source>
        <translation>Later lezen</translation>
    </message>
    <message>
        <source>Save ⏎</source>
        <translation>Bewaren ⏎</translation>
    </message>
    <message>
        <source>Edit link</source>
        <translation>Link bewerken</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>bewaard %1</translation>
    </message>
    <message>
        <source>Saved before, on %1. Saving again updates it.</source>
        <translation>Al eerder bewaard, op %1. Opnieuw bewaren werkt de link bij.</translation>
    </message>
    <message>
        <source>· found in: %1</source>
        <translation>· gevonden in: %1</translation>
    </message>
    <message>
        <source>Fetching the title of the page…</source>
        <translation>Titel van de pagina ophalen…</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>“%1” is geen webadres.</translation>
    </message>
    <message>
        <source>The link could not be saved.</source>
        <translation>De link kon niet worden bewaard.</translation>
    </message>
    <message>
        <source>Restored your unsaved draft</source>
        <translation>Je niet-bewaarde concept is teruggezet</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Weggooien</translation>
    </message>
    <message>
        <source>Show the link as it was, without what you typed before</source>
        <translation>Toon de link zoals hij was, zonder wat je eerder typte</translation>
    </message>
    <message>
        <source>Save the link (Enter); Esc closes it and keeps what you typed</source>
        <translation>Bewaar de link (Enter); Esc sluit en onthoudt wat je typte</translation>
    </message>
</context>
<context>
    <name>gilde::SecretStore</name>
    <message>
        <source>There is no secret for %1 in the keychain.</source>
        <translation>Er staat geen geheim voor %1 in de sleutelbos.</translation>
    </message>
    <message>
        <source>The keychain refused access to the secret for %1.</source>
        <translation>De sleutelbos weigerde toegang tot het geheim voor %1.</translation>
    </message>
    <message>
        <source>No keychain is available (is a Secret Service such as GNOME Keyring or KWallet running?): %1</source>
        <translation>Er is geen sleutelbos beschikbaar (draait er een Secret Service zoals GNOME Keyring of KWallet?): %1</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>De sleutelbos gaf een fout: %1</translation>
    </message>
</context>
<context>
    <name>gilde::ShaarliAccountDialog</name>
    <message>
        <source>Disconnect…</source>
        <translation>Ontkoppelen…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Koppelen</translation>
    </message>
    <message>
        <source>Connect Shaarli</source>
        <translation>Shaarli koppelen</translation>
    </message>
    <message>
        <source>Links you save in Gilde go to your Shaarli, and links saved there come to Gilde. Changes made offline wait in the outbox.</source>
        <translation>Links die je in Gilde bewaart, gaan naar je Shaarli, en links die je daar bewaart, komen naar Gilde. Wijzigingen die je offline maakt, wachten in de outbox.</translation>
    </message>
    <message>
        <source>https://links.example.org</source>
        <translation>https://links.example.org</translation>
    </message>
    <message>
        <source>The REST API secret</source>
        <translation>Het REST API-geheim</translation>
    </message>
    <message>
        <source>Shaarli shows it under Tools → Configure your Shaarli → REST API. Gilde keeps it in the system keychain.</source>
        <translation>Shaarli toont het onder Tools → Configure your Shaarli → REST API. Gilde bewaart het in de sleutelbos van het systeem.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>API secret:</source>
        <translation>API-geheim:</translation>
    </message>
    <message>
        <source>Not connected: links are kept in this profile only.</source>
        <translation>Niet gekoppeld: links worden alleen in dit profiel bewaard.</translation>
    </message>
    <message>
        <source>Connected to %1 (%2).</source>
        <translation>Gekoppeld aan %1 (%2).</translation>
    </message>
    <message>
        <source>Checking the secret with %1…</source>
        <translation>Geheim controleren bij %1…</translation>
    </message>
    <message>
        <source>Updated the API secret for %1.</source>
        <translation>API-geheim voor %1 bijgewerkt.</translation>
    </message>
    <message>
        <source>Connected to %1: your links will sync with it.</source>
        <translation>Gekoppeld aan %1: je links worden ermee gesynchroniseerd.</translation>
    </message>
    <message>
        <source>Disconnect Shaarli</source>
        <translation>Shaarli ontkoppelen</translation>
    </message>
    <message>
        <source>Stop syncing links with this Shaarli? Your links stay in Gilde and on the server; changes still waiting in the outbox for it are dropped.</source>
        <translation>Links niet meer synchroniseren met deze Shaarli? Je links blijven in Gilde en op de server; wijzigingen die er nog voor in de outbox wachten, vervallen.</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Ontkoppeld.</translation>
    </message>
</context>
<context>
    <name>gilde::ShaarliDeliverer</name>
    <message>
        <source>The Shaarli account of this change is gone.</source>
        <translation>Het Shaarli-account van deze wijziging bestaat niet meer.</translation>
    </message>
    <message>
        <source>The API secret of this Shaarli account could not be read from the keychain: %1</source>
        <translation>Het API-geheim van dit Shaarli-account kon niet uit de sleutelbos worden gelezen: %1</translation>
    </message>
    <message>
        <source>Gilde cannot send “%1” changes.</source>
        <translation>Gilde kan geen “%1”-wijzigingen versturen.</translation>
    </message>
    <message>
        <source>Another link on the Shaarli has the address %1 already.</source>
        <translation>Een andere link op de Shaarli heeft het adres %1 al.</translation>
    </message>
    <message>
        <source>This change names no link to delete.</source>
        <translation>Deze wijziging noemt geen link om te verwijderen.</translation>
    </message>
</context>
<context>
    <name>gilde::ShaarliSync</name>
    <message>
        <source>There is no Shaarli account %1.</source>
        <translation>Er is geen Shaarli-account %1.</translation>
    </message>
    <message>
        <source>The API secret of this Shaarli account could not be read from the keychain: %1</source>
        <translation>Het API-geheim van dit Shaarli-account kon niet uit de sleutelbos worden gelezen: %1</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n links synced before is on this Shaarli: nothing was removed here.</source>
        <translation>
            <numerusform>De %n eerder gesynchroniseerde link staat niet op deze Shaarli: hier is niets verwijderd.</numerusform>
            <numerusform>Geen van de %n eerder gesynchroniseerde links staat op deze Shaarli: hier is niets verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing links with the Shaarli failed: %1</source>
        <translation>Links synchroniseren met de Shaarli is mislukt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) deleted on the Shaarli were removed here.</source>
        <translation>
            <numerusform>%n link die op de Shaarli is verwijderd, is hier ook verwijderd.</numerusform>
            <numerusform>%n links die op de Shaarli zijn verwijderd, zijn hier ook verwijderd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) deleted on the Shaarli were kept, as they changed here since the last sync: they go back to the Shaarli.</source>
        <translation>
            <numerusform>%n link die op de Shaarli is verwijderd, is hier bewaard, omdat hij hier sinds de laatste synchronisatie is gewijzigd: hij gaat terug naar de Shaarli.</numerusform>
            <numerusform>%n links die op de Shaarli zijn verwijderd, zijn hier bewaard, omdat ze hier sinds de laatste synchronisatie zijn gewijzigd: ze gaan terug naar de Shaarli.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pulled %n link(s) from the Shaarli: %1 new, %2 changed there, %3 merged.</source>
        <translation>
            <numerusform>%n link van de Shaarli opgehaald: %1 nieuw, %2 daar gewijzigd, %3 samengevoegd.</numerusform>
            <numerusform>%n links van de Shaarli opgehaald: %1 nieuw, %2 daar gewijzigd, %3 samengevoegd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gilde::ShortcutSheet</name>
    <message>
        <source>Reading</source>
        <translation>Lezen</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Volgend bericht</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Vorig bericht</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the item in the reader</source>
        <translation>Bericht openen in de lezer</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Spatie</translation>
    </message>
    <message>
        <source>Page down in the reader</source>
        <translation>Pagina omlaag in de lezer</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close the reader</source>
        <translation>Lezer sluiten</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <source>Mark read or unread</source>
        <translation>Markeer als gelezen of ongelezen</translation>
    </message>
    <message>
        <source>Star or unstar</source>
        <translation>Ster geven of weghalen</translation>
    </message>
    <message>
        <source>Open in the web browser</source>
        <translation>Openen in de webbrowser</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <source>Go to the previous or next column</source>
        <translation>Naar de vorige of volgende kolom</translation>
    </message>
    <message>
        <source>Move the column left or right</source>
        <translation>Kolom naar links of rechts verplaatsen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Zoek in alles</translation>
    </message>
    <message>
        <source>Add a feed</source>
        <translation>Feed toevoegen</translation>
    </message>
    <message>
        <source>Refresh all feeds</source>
        <translation>Alle feeds vernieuwen</translation>
    </message>
    <message>
        <source>Show this sheet</source>
        <translation>Dit overzicht tonen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Save the link (or edit it when saved)</source>
        <translation>Link bewaren (of bewerken als hij al bewaard is)</translation>
    </message>
    <message>
        <source>Reply to a Mastodon post</source>
        <translation>Reageren op een Mastodon-bericht</translation>
    </message>
    <message>
        <source>Favourite a Mastodon post</source>
        <translation>Een Mastodon-bericht als favoriet markeren</translation>
    </message>
    <message>
        <source>Boost a Mastodon post</source>
        <translation>Een Mastodon-bericht boosten</translation>
    </message>
    <message>
        <source>Write a Mastodon post</source>
        <translation>Een Mastodon-bericht schrijven</translation>
    </message>
    <message>
        <source>Bookmark a Mastodon post</source>
        <translation>Een Mastodon-bericht als bladwijzer bewaren</translation>
    </message>
</context>
<context>
    <name>gilde::SourceTableModel</name>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>zojuist</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min geleden</numerusform>
            <numerusform>%n min geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n u geleden</numerusform>
            <numerusform>%n u geleden</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wordt vernieuwd…</translation>
    </message>
    <message>
        <source>Not fetched yet</source>
        <translation>Nog niet opgehaald</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Last success: %1</source>
        <translation>Laatst gelukt: %1</translation>
    </message>
    <message>
        <source>Next refresh: %1</source>
        <translation>Volgende vernieuwing: %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Laatst vernieuwd</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ongelezen</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n dag geleden</numerusform>
            <numerusform>%n dagen geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failed %n time(s) in a row.</source>
        <translation>
            <numerusform>%n keer achter elkaar mislukt.</numerusform>
            <numerusform>%n keer achter elkaar mislukt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gilde::SourcesCommand</name>
    <message>
        <source>List the feeds with their ids, folders and refresh state.</source>
        <translation>Toon de feeds met hun id’s, mappen en vernieuwingsstatus.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Onverwacht argument: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>refreshed: %1</source>
        <translation>vernieuwd: %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>fout: %1</translation>
    </message>
    <message>
        <source>No feeds yet: add some with gilde import-opml FILE.</source>
        <translation>Nog geen feeds: voeg er toe met gilde import-opml BESTAND.</translation>
    </message>
</context>
<context>
    <name>gilde::SourcesDialog</name>
    <message>
        <source>No folder</source>
        <translation>Geen map</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Feeds</translation>
    </message>
    <message>
        <source>Filter by title, folder or address</source>
        <translation>Filter op titel, map of adres</translation>
    </message>
    <message>
        <source>⟳ Refresh</source>
        <translation>⟳ Vernieuwen</translation>
    </message>
    <message>
        <source>Fetch the selected feeds now (F5)</source>
        <translation>Haal de geselecteerde feeds nu op (F5)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Naam wijzigen</translation>
    </message>
    <message>
        <source>Edit the title of the selected feed (F2)</source>
        <translation>Wijzig de titel van de geselecteerde feed (F2)</translation>
    </message>
    <message>
        <source>Move to folder…</source>
        <translation>Naar map verplaatsen…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Unsubscribe and delete the items of the selected feeds (Del)</source>
        <translation>Zeg het abonnement op en verwijder de berichten van de geselecteerde feeds (Del)</translation>
    </message>
    <message>
        <source>Import OPML…</source>
        <translation>OPML importeren…</translation>
    </message>
    <message>
        <source>Export OPML…</source>
        <translation>OPML exporteren…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Move to folder</source>
        <translation>Naar map verplaatsen</translation>
    </message>
    <message>
        <source>Delete feeds</source>
        <translation>Feeds verwijderen</translation>
    </message>
    <message>
        <source>Unsubscribe from “%1”?</source>
        <translation>Abonnement op “%1” opzeggen?</translation>
    </message>
    <message>
        <source>Its items are deleted too, starred ones included. This cannot be undone.</source>
        <translation>De berichten worden ook verwijderd, ook die met een ster. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribe from %n feeds?</source>
        <translation>
            <numerusform>Abonnement op %n feed opzeggen?</numerusform>
            <numerusform>Abonnementen op %n feeds opzeggen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their items are deleted too, starred ones included. This cannot be undone.</source>
        <translation>Hun berichten worden ook verwijderd, ook die met een ster. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Import OPML</source>
        <translation>OPML importeren</translation>
    </message>
    <message>
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation>OPML-bestanden (*.opml *.xml);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Kon %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Importeren mislukt: %1</translation>
    </message>
    <message>
        <source>Export OPML</source>
        <translation>OPML exporteren</translation>
    </message>
    <message>
        <source>OPML files (*.opml);;All files (*)</source>
        <translation>OPML-bestanden (*.opml);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kon %1 niet schrijven: %2</translation>
    </message>
    <message numerus="yes">
        <source>Move %n feed(s) to the folder (empty for none, “A/B” nests):</source>
        <translation>
            <numerusform>Verplaats %n feed naar de map (leeg voor geen, “A/B” voor een submap):</numerusform>
            <numerusform>Verplaats %n feeds naar de map (leeg voor geen, “A/B” voor een submap):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not move %n feed(s).</source>
        <translation>
            <numerusform>Kon %n feed niet verplaatsen.</numerusform>
            <numerusform>Kon %n feeds niet verplaatsen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not delete %n feed(s).</source>
        <translation>
            <numerusform>Kon %n feed niet verwijderen.</numerusform>
            <numerusform>Kon %n feeds niet verwijderen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n feed(s).</source>
        <translation>
            <numerusform>%n feed verwijderd.</numerusform>
            <numerusform>%n feeds verwijderd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshing %n feed(s)…</source>
        <translation>
            <numerusform>%n feed wordt vernieuwd…</numerusform>
            <numerusform>%n feeds worden vernieuwd…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s)</source>
        <translation>
            <numerusform>%n nieuw bericht</numerusform>
            <numerusform>%n nieuwe berichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshed %n feed(s): %1, %2 failed (see Status).</source>
        <translation>
            <numerusform>%n feed vernieuwd: %1, %2 mislukt (zie Status).</numerusform>
            <numerusform>%n feeds vernieuwd: %1, %2 mislukt (zie Status).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshed %n feed(s): %1.</source>
        <translation>
            <numerusform>%n feed vernieuwd: %1.</numerusform>
            <numerusform>%n feeds vernieuwd: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import failed: %1 (%n feed(s) added before the error.)</source>
        <translation>
            <numerusform>Importeren mislukt: %1 (%n feed is vóór de fout toegevoegd.)</numerusform>
            <numerusform>Importeren mislukt: %1 (%n feeds zijn vóór de fout toegevoegd.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n feed(s), %1 already present.</source>
        <translation>
            <numerusform>%n feed toegevoegd; al aanwezig: %1.</numerusform>
            <numerusform>%n feeds toegevoegd; al aanwezig: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n feed(s) to %1.</source>
        <translation>
            <numerusform>%n feed geëxporteerd naar %1.</numerusform>
            <numerusform>%n feeds geëxporteerd naar %1.</numerusform>
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
            <numerusform>%1 van %n feed</numerusform>
            <numerusform>%1 van %n feeds</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter feeds</source>
        <translation>Feeds filteren</translation>
    </message>
</context>
<context>
    <name>gilde::StatusPill</name>
    <message>
        <source>Show the feeds and their errors</source>
        <translation>Toon de feeds en hun fouten</translation>
    </message>
</context>
<context>
    <name>gilde::SubscribeCommand</name>
    <message>
        <source>ADDRESS</source>
        <translation>ADRES</translation>
    </message>
    <message>
        <source>Put the new source in this folder.</source>
        <translation>Zet de nieuwe bron in deze map.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>A page offers several feeds: follow every one.</source>
        <translation>Een pagina biedt meerdere feeds: volg ze allemaal.</translation>
    </message>
    <message>
        <source>Give one address to follow.</source>
        <translation>Geef één adres om te volgen.</translation>
    </message>
    <message numerus="yes">
        <source>This page offers %n feed(s); follow one of them, or all with --all:</source>
        <translation>
            <numerusform>Deze pagina biedt %n feed; volg die, of alles met --all:</numerusform>
            <numerusform>Deze pagina biedt %n feeds; volg er een van, of alle met --all:</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save the subscription to %1. Is the disk full?</source>
        <translation>Kon het abonnement op %1 niet opslaan. Is de schijf vol?</translation>
    </message>
    <message>
        <source>Already following “%1” (source %2).</source>
        <translation>Je volgt “%1” al (bron %2).</translation>
    </message>
    <message numerus="yes">
        <source>Following “%1” (source %2): %n new item(s).</source>
        <translation>
            <numerusform>Je volgt nu “%1” (bron %2): %n nieuw bericht.</numerusform>
            <numerusform>Je volgt nu “%1” (bron %2): %n nieuwe berichten.</numerusform>
        </translation>
    </message>
    <message>
        <source>It could not be fetched yet: %1</source>
        <translation>Ophalen lukte nog niet: %1</translation>
    </message>
    <message>
        <source>Follow a feed, a page&apos;s feeds, a Mastodon account, hashtag or timeline, or a Discourse forum&apos;s topics.</source>
        <translation>Volg een feed, de feeds van een pagina, een Mastodon-account, -hashtag of -tijdlijn, of de onderwerpen van een Discourse-forum.</translation>
    </message>
    <message numerus="yes">
        <source>Following “%1”. The forum offers %n more list(s) of topics:</source>
        <translation>
            <numerusform>Je volgt nu “%1”. Het forum biedt nog %n lijst met onderwerpen:</numerusform>
            <numerusform>Je volgt nu “%1”. Het forum biedt nog %n lijsten met onderwerpen:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gilde::Subscriptions</name>
    <message>
        <source>This is not a web address: %1</source>
        <translation>Dit is geen webadres: %1</translation>
    </message>
    <message>
        <source>Could not load %1</source>
        <translation>Kon %1 niet laden</translation>
    </message>
    <message>
        <source>No feed found at this address</source>
        <translation>Geen feed gevonden op dit adres</translation>
    </message>
    <message>
        <source>Could not save the feed %1.</source>
        <translation>Kon de feed %1 niet opslaan.</translation>
    </message>
    <message>
        <source>Gilde subscriptions</source>
        <translation>Gilde-abonnementen</translation>
    </message>
    <message>
        <source>This is not a Mastodon address: %1</source>
        <translation>Dit is geen Mastodon-adres: %1</translation>
    </message>
    <message>
        <source>%1 does not answer as a Mastodon server.</source>
        <translation>%1 antwoordt niet als een Mastodon-server.</translation>
    </message>
</context>
<context>
    <name>gilde::SyncEngine</name>
    <message>
        <source>Gilde cannot fetch sources of the kind “%1”.</source>
        <translation>Gilde kan bronnen van het soort “%1” niet ophalen.</translation>
    </message>
</context>
<context>
    <name>gilde::SyncWriter</name>
    <message>
        <source>The feed was removed during the refresh</source>
        <translation>De feed is tijdens het vernieuwen verwijderd</translation>
    </message>
</context>
<context>
    <name>gilde::TagBrowserDialog</name>
    <message>
        <source>Show links</source>
        <translation>Links tonen</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Naam wijzigen…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Filter tags…</source>
        <translation>Tags filteren…</translation>
    </message>
    <message>
        <source>Open a column with the links that carry this tag</source>
        <translation>Open een kolom met de links die deze tag hebben</translation>
    </message>
    <message>
        <source>Rename the tag; a name that exists already merges the two</source>
        <translation>Wijzig de naam van de tag; een naam die al bestaat, voegt de twee samen</translation>
    </message>
    <message>
        <source>Remove the tag from every link; the links stay</source>
        <translation>Haal de tag van elke link af; de links blijven</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>Naam tag wijzigen</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Nieuwe naam voor “%1”:</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>Een tag heeft een naam nodig.</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>Tags samenvoegen</translation>
    </message>
    <message>
        <source>Could not rename “%1”.</source>
        <translation>Kon de naam van “%1” niet wijzigen.</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>“%1” hernoemd naar “%2”.</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>Tag verwijderen</translation>
    </message>
    <message>
        <source>Could not delete “%1”.</source>
        <translation>Kon “%1” niet verwijderen.</translation>
    </message>
    <message>
        <source>Deleted the tag “%1”; its links stay.</source>
        <translation>Tag “%1” verwijderd; de links blijven.</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
    <message>
        <source>The tag “%1” exists already (%2). Merge “%3” (%4) into it?</source>
        <translation>De tag “%1” bestaat al (%2). “%3” (%4) ermee samenvoegen?</translation>
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
            <numerusform>“%1” samengevoegd met “%2”: die staat nu op %n link.</numerusform>
            <numerusform>“%1” samengevoegd met “%2”: die staat nu op %n links.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the tag “%1” from %n link(s)? The links stay in the library.</source>
        <translation>
            <numerusform>De tag “%1” van %n link verwijderen? De link blijft in de bibliotheek.</numerusform>
            <numerusform>De tag “%1” van %n links verwijderen? De links blijven in de bibliotheek.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter tags</source>
        <translation>Tags filteren</translation>
    </message>
</context>
<context>
    <name>gilde::TagCompletionModel</name>
    <message>
        <source>%1×</source>
        <comment>how many links carry a tag</comment>
        <translation>%1×</translation>
    </message>
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
            <numerusform>Op %n link</numerusform>
            <numerusform>Op %n links</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gilde::TagEdit</name>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Tag suggestions</source>
        <translation>Tagsuggesties</translation>
    </message>
</context>
<context>
    <name>gilde::ThreadCommand</name>
    <message>
        <source>ITEM</source>
        <translation>ITEM</translation>
    </message>
    <message>
        <source>Give the id of one item (see gilde items).</source>
        <translation>Geef het id van één item (zie gilde items).</translation>
    </message>
    <message>
        <source>Not an item id: %1</source>
        <translation>Geen item-id: %1</translation>
    </message>
    <message>
        <source>There is no item %1.</source>
        <translation>Er is geen item %1.</translation>
    </message>
    <message>
        <source>The thread could not be loaded: %1</source>
        <translation>De discussie kon niet worden geladen: %1</translation>
    </message>
    <message>
        <source>The thread could not be brought up to date (%1); this is what was read before.</source>
        <translation>De discussie kon niet worden bijgewerkt (%1); dit is wat eerder is gelezen.</translation>
    </message>
    <message>
        <source>(replying to #%1)</source>
        <translation>(antwoord op #%1)</translation>
    </message>
    <message>
        <source>Print a forum topic&apos;s posts, or a post&apos;s conversation, in order.</source>
        <translation>Toon de berichten van een forumonderwerp, of het gesprek rond een bericht, op volgorde.</translation>
    </message>
    <message>
        <source>Item %1 has no thread: it is neither a forum topic nor a post.</source>
        <translation>Item %1 heeft geen draad: het is geen forumonderwerp en geen bericht.</translation>
    </message>
</context>
<context>
    <name>gilde::TimelineMenu</name>
    <message>
        <source>Add a column</source>
        <translation>Kolom toevoegen</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Lijsten</translation>
    </message>
    <message>
        <source>Search posts…</source>
        <translation>Berichten zoeken…</translation>
    </message>
    <message>
        <source>Loading lists…</source>
        <translation>Lijsten laden…</translation>
    </message>
    <message>
        <source>The sign-in of this account is not in the keychain: %1. Sign in again.</source>
        <translation>De aanmelding van dit account staat niet in de sleutelbos: %1. Meld je opnieuw aan.</translation>
    </message>
    <message>
        <source>no token</source>
        <translation>geen token</translation>
    </message>
    <message>
        <source>Could not load the lists: %1</source>
        <translation>Kon de lijsten niet laden: %1</translation>
    </message>
    <message>
        <source>This account has no lists</source>
        <translation>Dit account heeft geen lijsten</translation>
    </message>
</context>
<context>
    <name>gilde::WindowHeader</name>
    <message>
        <source>Gilde</source>
        <translation>Gilde</translation>
    </message>
    <message>
        <source>New tab (Ctrl+T)</source>
        <translation>Nieuw tabblad (Ctrl+T)</translation>
    </message>
    <message>
        <source>New tab</source>
        <translation>Nieuw tabblad</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+K)…</source>
        <translation>Zoek in alles (Ctrl+K)…</translation>
    </message>
    <message>
        <source>Press Enter to open a search column in this tab</source>
        <translation>Druk op Enter om een zoekkolom in dit tabblad te openen</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Zoek in alles</translation>
    </message>
    <message>
        <source>+ Column</source>
        <translation>+ Kolom</translation>
    </message>
    <message>
        <source>Add a column to this tab</source>
        <translation>Voeg een kolom toe aan dit tabblad</translation>
    </message>
    <message>
        <source>Refresh all feeds (F5)</source>
        <translation>Alle feeds vernieuwen (F5)</translation>
    </message>
    <message>
        <source>Refresh all feeds</source>
        <translation>Alle feeds vernieuwen</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schrijven</translation>
    </message>
    <message>
        <source>Write a Mastodon post (N)</source>
        <translation>Een Mastodon-bericht schrijven (N)</translation>
    </message>
    <message>
        <source>Add feed…</source>
        <translation>Feed toevoegen…</translation>
    </message>
    <message>
        <source>Subscribe to a feed or a website (Ctrl+N)</source>
        <translation>Abonneer je op een feed of website (Ctrl+N)</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
</context>
</TS>
