<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>Article</name>
    <message>
        <source>Additional explanation, to be reviewed by the clinic's physician</source>
        <extracomment>Widest comfortable text column, in average characters of body text.</extracomment>
        <translation>Aanvullende uitleg, ter controle door de arts van de kliniek</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>Lees ook</translation>
    </message>
    <message>
        <source>Source: {source}. Last reviewed on {date}.</source>
        <translation>Bron: {source}. Laatst gecontroleerd op {date}.</translation>
    </message>
    <message>
        <source>Passages marked as additional explanation do not come from the clinic's page; the clinic's physician reviews them.</source>
        <translation>Passages die gemarkeerd zijn als aanvullende uitleg komen niet van de pagina van de kliniek; de arts van de kliniek controleert ze.</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <source>Rugwijzer ran into an unexpected problem and tried to carry on. If something does not look right, restart the program.

A report was saved in:
{path}</source>
        <translation>Rugwijzer liep tegen een onverwacht probleem aan en probeert door te gaan. Ziet iets er niet goed uit? Start het programma dan opnieuw.

Een verslag is bewaard in:
{path}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>There is no topic “{topic}”; the start page is shown instead.</source>
        <translation>Er is geen onderwerp “{topic}”; daarom ziet u de startpagina.</translation>
    </message>
    <message>
        <source>No topic found for “{query}”.</source>
        <translation>Geen onderwerp gevonden voor “{query}”.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>Open outside Rugwijzer?</source>
        <translation>Openen buiten Rugwijzer?</translation>
    </message>
    <message>
        <source>This link opens in another program:
{url}

Do you want to open it?</source>
        <translation>Deze link opent in een ander programma:
{url}

Wilt u hem openen?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Go back to the previous topic (Alt+Left)</source>
        <translation>Terug naar het vorige onderwerp (Alt+Links)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vooruit</translation>
    </message>
    <message>
        <source>Go forward again (Alt+Right)</source>
        <translation>Weer vooruit (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Go to the start page</source>
        <translation>Naar de startpagina</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Kleinere tekst</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Grotere tekst</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Search the topics</source>
        <translation>Zoeken in de onderwerpen</translation>
    </message>
    <message>
        <source>Show Rugwijzer in this language</source>
        <translation>Rugwijzer in deze taal tonen</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigatie</translation>
    </message>
    <message>
        <source>Search, e.g. hernia</source>
        <translation>Zoeken, bijv. hernia</translation>
    </message>
    <message>
        <source>Topics and text</source>
        <translation>Onderwerpen en tekst</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Notices</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Details verbergen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show the details of the notices</source>
        <translation>De details van de meldingen tonen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Close the notices</source>
        <translation>De meldingen sluiten</translation>
    </message>
    <message>
        <source>Some content could not be read; everything else works. The details name each file and line.</source>
        <translation>Een deel van de inhoud kon niet worden gelezen; al het andere werkt. Bij de details staan elk bestand en elke regel.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Back complaints</source>
        <extracomment>Sidebar groups in display order; topics of kind "page" stand on their own.</extracomment>
        <translation>Rugklachten</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Aandoeningen</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Behandelingen</translation>
    </message>
    <message>
        <source>After treatment</source>
        <translation>Na de behandeling</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Onderwerpen</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start page</source>
        <extracomment>The subjects offered as tiles, in order, as on the clinic's page.</extracomment>
        <translation>Startpagina</translation>
    </message>
    <message>
        <source>How can we help you?</source>
        <translation>Hoe kunnen we u helpen?</translation>
    </message>
</context>
</TS>