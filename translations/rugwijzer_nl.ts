<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>Article</name>
    <message>
        <source>Key points</source>
        <translation>In het kort</translation>
    </message>
    <message>
        <source>Extra explanation</source>
        <translation>Extra uitleg</translation>
    </message>
    <message>
        <source>This page is shown once the clinic&apos;s physician has approved it.</source>
        <translation>Deze pagina verschijnt zodra de arts van de kliniek haar heeft goedgekeurd.</translation>
    </message>
    <message>
        <source>Extra explanation.</source>
        <translation>Extra uitleg.</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>Lees ook</translation>
    </message>
    <message>
        <source>Source: {source}. Updated on {date}.</source>
        <translation>Bron: {source}. Bijgewerkt op {date}.</translation>
    </message>
    <message>
        <source>The extra explanation is based on: {sources}.</source>
        <translation>De extra uitleg is gebaseerd op: {sources}.</translation>
    </message>
    <message>
        <source>Approved by {name} on {date}.</source>
        <translation>Goedgekeurd door {name} op {date}.</translation>
    </message>
    <message>
        <source>This page has extra explanation that the clinic&apos;s physician has not yet approved.</source>
        <translation>Op deze pagina staat extra uitleg die de arts van de kliniek nog niet heeft goedgekeurd.</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Extra explanation, based on: {sources}.</source>
        <translation>Extra uitleg, gebaseerd op: {sources}.</translation>
    </message>
    <message>
        <source>Show on the spine</source>
        <translation>Toon op de wervelkolom</translation>
    </message>
</context>
<context>
    <name>ArticlePage</name>
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
</context>
<context>
    <name>ConsultationBar</name>
    <message>
        <source>Consultation</source>
        <translation>Consultatie</translation>
    </message>
    <message>
        <source>Treatment path:</source>
        <translation>Behandelpad:</translation>
    </message>
    <message>
        <source>you are here</source>
        <translation>u bent hier</translation>
    </message>
    <message>
        <source>Patient is at: {step}</source>
        <translation>Patiënt is bij: {step}</translation>
    </message>
    <message>
        <source>Short note for the patient</source>
        <translation>Korte notitie voor de patiënt</translation>
    </message>
    <message>
        <source>Note for the patient</source>
        <translation>Notitie voor de patiënt</translation>
    </message>
    <message>
        <source>Language of the handout</source>
        <translation>Taal van de samenvatting</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Print the handout</source>
        <translation>De samenvatting afdrukken</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Bewaren als pdf…</translation>
    </message>
    <message>
        <source>Save the handout as PDF</source>
        <translation>De samenvatting als pdf bewaren</translation>
    </message>
    <message>
        <source>Show patient</source>
        <translation>Tonen aan patiënt</translation>
    </message>
    <message>
        <source>Show the text and the picture to the patient, on a second screen if there is one</source>
        <translation>De tekst en de afbeelding aan de patiënt tonen, op een tweede scherm als dat er is</translation>
    </message>
    <message>
        <source>New consultation</source>
        <translation>Nieuwe consultatie</translation>
    </message>
    <message>
        <source>Forget everything about this patient</source>
        <translation>Alles over deze patiënt vergeten</translation>
    </message>
</context>
<context>
    <name>ConsultationMode</name>
    <message>
        <source>The handout was not saved</source>
        <translation>De samenvatting is niet bewaard</translation>
    </message>
    <message>
        <source>The handout could not be saved as
{path}

{reason}

Choose another folder, or free some space, and try again.</source>
        <translation>De samenvatting kon niet worden bewaard als
{path}

{reason}

Kies een andere map, of maak ruimte vrij, en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The handout was saved as {path}.</source>
        <translation>De samenvatting is bewaard als {path}.</translation>
    </message>
    <message>
        <source>Save the handout</source>
        <translation>De samenvatting bewaren</translation>
    </message>
    <message>
        <source>summary.pdf</source>
        <translation>samenvatting.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>Pdf (*.pdf)</translation>
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
    <name>Handout</name>
    <message>
        <source>Your summary</source>
        <translation>Uw samenvatting</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>Datum: {date}</translation>
    </message>
    <message>
        <source>Where it is</source>
        <translation>Waar het zit</translation>
    </message>
    <message>
        <source>Marked by your physician:</source>
        <translation>Aangegeven door uw arts:</translation>
    </message>
    <message>
        <source>Your treatment path</source>
        <translation>Uw behandelpad</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>U bent hier</translation>
    </message>
    <message>
        <source>Note from your physician</source>
        <translation>Notitie van uw arts</translation>
    </message>
    <message>
        <source>Questions? Contact us</source>
        <translation>Vragen? Neem contact met ons op</translation>
    </message>
    <message>
        <source>Questions? Ask at the reception desk.</source>
        <translation>Vragen? Stel ze bij de balie.</translation>
    </message>
    <message>
        <source>Extra explanation</source>
        <translation>Extra uitleg</translation>
    </message>
    <message>
        <source>Extra explanation.</source>
        <translation>Extra uitleg.</translation>
    </message>
    <message>
        <source>Extra explanation, based on: {sources}.</source>
        <translation>Extra uitleg, gebaseerd op: {sources}.</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>In het kort</translation>
    </message>
    <message>
        <source>Passages marked “Extra explanation” have not yet been approved by the clinic&apos;s physician.</source>
        <translation>Passages met het kopje “Extra uitleg” zijn nog niet goedgekeurd door de arts van de kliniek.</translation>
    </message>
    <message>
        <source>Scan for the website</source>
        <translation>Scan voor de website</translation>
    </message>
    <message>
        <source>Source: {source}. Made with Rugwijzer {version}.</source>
        <translation>Bron: {source}. Gemaakt met Rugwijzer {version}.</translation>
    </message>
    <message>
        <source>The whole spine from the side</source>
        <translation>De hele wervelkolom van opzij</translation>
    </message>
    <message>
        <source>The whole spine from behind</source>
        <translation>De hele wervelkolom van achteren</translation>
    </message>
    <message>
        <source>Disc in the lower back, from above</source>
        <translation>Tussenwervelschijf in de lage rug, van boven</translation>
    </message>
    <message>
        <source>Spinal canal in the lower back, from above</source>
        <translation>Wervelkanaal in de lage rug, van boven</translation>
    </message>
    <message>
        <source>Facet joints in the lower back, from the side</source>
        <translation>Facetgewrichtjes in de lage rug, van opzij</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Settings cannot be saved in {folder} ({reason}): the language, text size and window size last only until Rugwijzer closes.</source>
        <translation>Instellingen kunnen niet worden bewaard in {folder} ({reason}): de taal, de tekstgrootte en de venstergrootte gelden alleen tot Rugwijzer sluit.</translation>
    </message>
    <message>
        <source>There is no topic “{topic}”; the start page is shown instead.</source>
        <translation>Er is geen onderwerp “{topic}”; daarom ziet u de startpagina.</translation>
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
    <name>Panels</name>
    <message>
        <source>Shared with consent, {date}</source>
        <translation>Gedeeld met toestemming, {date}</translation>
    </message>
    <message>
        <source>Experiences of patients with {topic}</source>
        <translation>Ervaringen van patiënten met {topic}</translation>
    </message>
    <message>
        <source>No experiences match this choice.</source>
        <translation>Bij deze keuze horen geen ervaringen.</translation>
    </message>
    <message>
        <source>Every person is different: what one patient experienced may go differently for you. Your physician can tell you what to expect.</source>
        <translation>Iedereen is anders: wat de ene patiënt meemaakte, kan bij u anders gaan. Uw arts vertelt u wat u kunt verwachten.</translation>
    </message>
    <message>
        <source>All patient experiences</source>
        <translation>Alle ervaringen van patiënten</translation>
    </message>
    <message>
        <source>The clinic adds a patient&apos;s own story here only with the patient&apos;s written consent. No stories have been added yet.</source>
        <translation>De kliniek zet het eigen verhaal van een patiënt hier alleen neer met schriftelijke toestemming van die patiënt. Er zijn nog geen verhalen toegevoegd.</translation>
    </message>
    <message>
        <source>For clinic staff: to add a story, first ask the patient for written consent. Then give whoever looks after Rugwijzer the patient&apos;s own words in each of Rugwijzer&apos;s languages, what the treatment brought the patient, a photo if the patient wants one, and the date of the consent. The story then appears here and on the pages about the patient&apos;s condition and treatment.</source>
        <translation>Voor medewerkers van de kliniek: wilt u een verhaal toevoegen? Vraag de patiënt eerst om schriftelijke toestemming. Geef daarna aan wie Rugwijzer beheert: de eigen woorden van de patiënt in elke taal van Rugwijzer, wat de behandeling de patiënt heeft gebracht, een foto als de patiënt dat wil, en de datum van de toestemming. Het verhaal staat dan hier en op de pagina&apos;s over de aandoening en behandeling van de patiënt.</translation>
    </message>
    <message>
        <source>Condition:</source>
        <translation>Aandoening:</translation>
    </message>
    <message>
        <source>Treatment:</source>
        <translation>Behandeling:</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Do you recognise these symptoms?</source>
        <translation>Herkenbare klachten?</translation>
    </message>
    <message>
        <source>Let us advise you, without obligation, based on your personal situation.</source>
        <translation>Laat ons u vrijblijvend adviseren op basis van uw persoonlijke situatie.</translation>
    </message>
    <message>
        <source>Phone: {phone}</source>
        <translation>Telefoon: {phone}</translation>
    </message>
    <message>
        <source>Ask at the reception desk: we are happy to help.</source>
        <translation>Vraag het bij de balie: we helpen u graag.</translation>
    </message>
    <message>
        <source>Scan with your phone</source>
        <translation>Scan met uw telefoon</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff PIN</source>
        <translation>Pincode medewerkers</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Digits entered</source>
        <translation>Ingetoetste cijfers</translation>
    </message>
    <message>
        <source>No PIN has been set for this tablet, so tablet mode cannot be left here. Clinic IT must set a PIN (kiosk_pin) in the clinic profile.</source>
        <translation>Voor deze tablet is geen pincode ingesteld, dus de tabletstand kan hier niet worden verlaten. De IT-afdeling van de kliniek moet een pincode (kiosk_pin) instellen in het kliniekprofiel.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Try again in %n second(s).</source>
        <translation>
            <numerusform>Verkeerde pincode. Probeer het over %n seconde opnieuw.</numerusform>
            <numerusform>Verkeerde pincode. Probeer het over %n seconden opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>Verkeerde pincode. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Enter the PIN to leave tablet mode.</source>
        <translation>Toets de pincode in om de tabletstand te verlaten.</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Rugwijzer — for the patient</source>
        <translation>Rugwijzer — voor de patiënt</translation>
    </message>
</context>
<context>
    <name>ReadAloudBar</name>
    <message>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>Pause reading aloud</source>
        <translation>Voorlezen pauzeren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Verder</translation>
    </message>
    <message>
        <source>Resume reading aloud</source>
        <translation>Verder voorlezen</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Voorlezen</translation>
    </message>
    <message>
        <source>Read this page aloud</source>
        <translation>Deze pagina voorlezen</translation>
    </message>
    <message>
        <source>Reads the title and the text aloud, and highlights the sentence being read</source>
        <translation>Leest de titel en de tekst voor en kleurt de zin die wordt voorgelezen</translation>
    </message>
    <message>
        <source>Speed {rate}×</source>
        <translation>Snelheid {rate}×</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation>Stoppen met voorlezen</translation>
    </message>
    <message>
        <source>Reading speed</source>
        <translation>Voorleessnelheid</translation>
    </message>
</context>
<context>
    <name>ReviewSheet</name>
    <message>
        <source>Review sheet for the clinic&apos;s physician</source>
        <translation>Controleblad voor de arts van de kliniek</translation>
    </message>
    <message>
        <source>Made on {date} with Rugwijzer {version}.</source>
        <translation>Gemaakt op {date} met Rugwijzer {version}.</translation>
    </message>
    <message>
        <source>Texts from: {folders}</source>
        <translation>Teksten uit: {folders}</translation>
    </message>
    <message>
        <source>How to approve</source>
        <translation>Zo keurt u goed</translation>
    </message>
    <message>
        <source>Rugwijzer shows the clinic&apos;s page word for word in Dutch, and translated in English. Where a page needed more explanation, Rugwijzer adds it as extra explanation, resting on the published sources named with it. Until you approve a text, patients see its extra explanation with a note that the clinic&apos;s physician has not yet approved it; with additions = &quot;hide&quot; in the clinic profile they do not see it at all.</source>
        <translation>Rugwijzer toont de pagina van de kliniek woord voor woord in het Nederlands, en vertaald in het Engels. Waar een pagina meer uitleg nodig had, voegt Rugwijzer die toe als extra uitleg, gebaseerd op de gepubliceerde bronnen die erbij staan. Zolang u een tekst niet hebt goedgekeurd, zien patiënten de extra uitleg met de melding dat de arts van de kliniek die nog niet heeft goedgekeurd; met additions = &quot;hide&quot; in het kliniekprofiel zien zij die helemaal niet.</translation>
    </message>
    <message>
        <source>Check each topic below: the extra explanation, the key points and the sources, and answer its questions. Then sign, and add these two lines to the front matter (between the +++ lines) of each file you approved:</source>
        <translation>Controleer hieronder elk onderwerp: de extra uitleg, de kernpunten en de bronnen, en beantwoord de vragen. Zet daarna uw handtekening en voeg deze twee regels toe aan de kop (tussen de +++-regels) van elk bestand dat u hebt goedgekeurd:</translation>
    </message>
    <message>
        <source>When a text changes later, its &apos;updated&apos; date changes and the approval no longer applies until it is given again. rugwijzer --check-content lists every addition that still awaits approval.</source>
        <translation>Verandert een tekst later, dan verandert de datum bij &apos;updated&apos; en geldt de goedkeuring niet meer tot u die opnieuw geeft. rugwijzer --check-content noemt elke aanvulling die nog op goedkeuring wacht.</translation>
    </message>
    <message>
        <source>Name of the physician</source>
        <translation>Naam van de arts</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Goedkeuring</translation>
    </message>
    <message>
        <source>Approved by {name} on {date}.</source>
        <translation>Goedgekeurd door {name} op {date}.</translation>
    </message>
    <message>
        <source>Not yet approved.</source>
        <translation>Nog niet goedgekeurd.</translation>
    </message>
    <message>
        <source>The approval by {name} on {date} no longer applies: the text changed after it.</source>
        <translation>De goedkeuring door {name} op {date} geldt niet meer: de tekst is daarna veranderd.</translation>
    </message>
    <message>
        <source>Not approved: the approval keys are incomplete or dated in the future.</source>
        <translation>Niet goedgekeurd: de gegevens van de goedkeuring zijn onvolledig of hebben een datum in de toekomst.</translation>
    </message>
    <message>
        <source>Dutch text</source>
        <translation>Nederlandse tekst</translation>
    </message>
    <message>
        <source>English text</source>
        <translation>Engelse tekst</translation>
    </message>
    <message>
        <source>File: {file}, updated on {date}.</source>
        <translation>Bestand: {file}, bijgewerkt op {date}.</translation>
    </message>
    <message>
        <source>Published sources of the extra explanation:</source>
        <translation>Gepubliceerde bronnen van de extra uitleg:</translation>
    </message>
    <message>
        <source>No sources named.</source>
        <translation>Geen bronnen genoemd.</translation>
    </message>
    <message>
        <source>Extra explanation (line {line}):</source>
        <translation>Extra uitleg (regel {line}):</translation>
    </message>
    <message>
        <source>Key points (the page&apos;s own facts in other words; check that they say nothing the page does not):</source>
        <translation>In het kort (de feiten van de pagina zelf, in andere woorden; controleer dat ze niets zeggen wat de pagina niet zegt):</translation>
    </message>
    <message>
        <source>Questions for you</source>
        <translation>Vragen aan u</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Antwoord:</translation>
    </message>
    <message>
        <source>Topic checked and approved</source>
        <translation>Onderwerp gecontroleerd en goedgekeurd</translation>
    </message>
    <message>
        <source>Whole sheet checked</source>
        <translation>Hele controleblad gecontroleerd</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Handtekening:</translation>
    </message>
    <message>
        <source>Claims of the clinic&apos;s page to look at again</source>
        <translation>Uitspraken van de pagina van de kliniek om opnieuw te bekijken</translation>
    </message>
    <message>
        <source>These sentences are the clinic&apos;s own, shown word for word. Each deserves a second look, for the reason given.</source>
        <translation>Deze zinnen zijn van de kliniek zelf en staan hier woord voor woord. Elke zin verdient een tweede blik, om de reden die erbij staat.</translation>
    </message>
    <message>
        <source>Where: {places}</source>
        <translation>Waar: {places}</translation>
    </message>
    <message>
        <source>No longer in the texts.</source>
        <translation>Staat niet meer in de teksten.</translation>
    </message>
    <message>
        <source>Decision (keep, change, leave out):</source>
        <translation>Besluit (houden, aanpassen, weglaten):</translation>
    </message>
    <message>
        <source>Long sentences</source>
        <translation>Lange zinnen</translation>
    </message>
    <message>
        <source>These sentences of the clinic&apos;s page are too long for easy reading. They can be split only by putting their words in another order, which changes the clinic&apos;s text: you decide.</source>
        <translation>Deze zinnen van de pagina van de kliniek zijn te lang om makkelijk te lezen. Ze zijn alleen te splitsen door woorden van plaats te veranderen, en dat verandert de tekst van de kliniek: u beslist.</translation>
    </message>
    <message>
        <source>{words} words. Proposed split:</source>
        <translation>{words} woorden. Voorstel om te splitsen:</translation>
    </message>
    <message>
        <source>Split as proposed (yes / no / otherwise):</source>
        <translation>Splitsen zoals voorgesteld (ja / nee / anders):</translation>
    </message>
    <message>
        <source>Other open questions</source>
        <translation>Andere open vragen</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Medical term</source>
        <translation>Begrip</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Type what you are looking for, in your own words.</source>
        <translation>Typ waar u naar zoekt, in uw eigen woorden.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for “{query}”</source>
        <translation>
            <numerusform>%n resultaat voor “{query}”</numerusform>
            <numerusform>%n resultaten voor “{query}”</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for “{query}”</source>
        <translation>Niets gevonden voor “{query}”</translation>
    </message>
    <message>
        <source>Check the spelling, try another word, or choose one of these searches.</source>
        <translation>Controleer de spelling, probeer een ander woord of kies een van deze zoekopdrachten.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Close the search (Esc)</source>
        <translation>Zoeken sluiten (Esc)</translation>
    </message>
    <message>
        <source>Close the search</source>
        <translation>Zoeken sluiten</translation>
    </message>
    <message>
        <source>Often searched</source>
        <translation>Veelgezocht</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Back problems</source>
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
    <name>Speech</name>
    <message>
        <source>There is no voice for reading aloud in this language: {language}. On Debian or Ubuntu, install the package espeak-ng.</source>
        <translation>Er is geen stem om voor te lezen in deze taal: {language}. Installeer op Debian of Ubuntu het pakket espeak-ng.</translation>
    </message>
    <message>
        <source>the program stopped unexpectedly</source>
        <translation>het programma stopte onverwacht</translation>
    </message>
    <message>
        <source>Reading aloud is not available: espeak-ng could not be started. On Debian or Ubuntu, install the package espeak-ng.</source>
        <translation>Voorlezen is niet mogelijk: espeak-ng kon niet worden gestart. Installeer op Debian of Ubuntu het pakket espeak-ng.</translation>
    </message>
    <message>
        <source>Reading aloud stopped: espeak-ng reported “{detail}”.</source>
        <translation>Het voorlezen is gestopt: espeak-ng meldde “{detail}”.</translation>
    </message>
    <message>
        <source>There is no voice for reading aloud in this language: {language}. Add one in Settings &gt; Time &amp; language &gt; Speech &gt; Add voices.</source>
        <translation>Er is geen stem om voor te lezen in deze taal: {language}. Voeg er een toe via Instellingen &gt; Tijd en taal &gt; Spraak &gt; Stemmen toevoegen.</translation>
    </message>
    <message>
        <source>Reading aloud stopped: Windows speech reported “{detail}”.</source>
        <translation>Het voorlezen is gestopt: de spraak van Windows meldde “{detail}”.</translation>
    </message>
</context>
<context>
    <name>SpineAccess</name>
    <message>
        <source>Spine</source>
        <translation>Wervelkolom</translation>
    </message>
    <message>
        <source>Go from part to part with Tab or the arrow keys; Enter chooses the part and shows the topics about it.</source>
        <translation>Ga met Tab of de pijltjestoetsen van deel naar deel; Enter kiest het deel en toont de onderwerpen erover.</translation>
    </message>
    <message>
        <source>Belongs to the open topic.</source>
        <translation>Hoort bij het geopende onderwerp.</translation>
    </message>
    <message>
        <source>Marked.</source>
        <translation>Gemarkeerd.</translation>
    </message>
</context>
<context>
    <name>SpinePanel</name>
    <message>
        <source>Whole spine from the side</source>
        <translation>Hele wervelkolom van opzij</translation>
    </message>
    <message>
        <source>Whole spine from behind</source>
        <translation>Hele wervelkolom van achteren</translation>
    </message>
    <message>
        <source>Disc from above</source>
        <translation>Tussenwervelschijf van boven</translation>
    </message>
    <message>
        <source>Spinal canal from above</source>
        <translation>Wervelkanaal van boven</translation>
    </message>
    <message>
        <source>Facet joints from the side</source>
        <translation>Facetgewrichtjes van opzij</translation>
    </message>
    <message>
        <source>Tap the part you mean.</source>
        <translation>Tik op het deel dat u bedoelt.</translation>
    </message>
    <message>
        <source>Tap a part of the spine to see its name and what it is about.</source>
        <translation>Tik op een deel van de wervelkolom om de naam te zien en te lezen waar het over gaat.</translation>
    </message>
    <message>
        <source>View of the spine</source>
        <translation>Aanzicht van de wervelkolom</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>Show the names of the parts</source>
        <translation>De namen van de delen tonen</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Terug (Esc)</translation>
    </message>
    <message>
        <source>Back to the window with the text</source>
        <translation>Terug naar het venster met de tekst</translation>
    </message>
    <message>
        <source>Back to the whole picture</source>
        <translation>Terug naar de hele afbeelding</translation>
    </message>
    <message>
        <source>Back to the whole spine</source>
        <translation>Terug naar de hele wervelkolom</translation>
    </message>
    <message>
        <source>Back to the text</source>
        <translation>Terug naar de tekst</translation>
    </message>
    <message>
        <source>Show the text beside the picture</source>
        <translation>Toon de tekst naast de afbeelding</translation>
    </message>
    <message>
        <source>Scoliosis</source>
        <translation>Scoliose</translation>
    </message>
    <message>
        <source>Herniated disc</source>
        <translation>Hernia</translation>
    </message>
    <message>
        <source>Narrowed</source>
        <translation>Vernauwd</translation>
    </message>
    <message>
        <source>Worn</source>
        <translation>Versleten</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>Aangedaan</translation>
    </message>
    <message>
        <source>Show the affected situation</source>
        <translation>De aangedane situatie tonen</translation>
    </message>
    <message>
        <source>Enlarge</source>
        <translation>Vergroten</translation>
    </message>
    <message>
        <source>Show the picture large</source>
        <translation>De afbeelding groot tonen</translation>
    </message>
    <message>
        <source>Choose a part of the spine</source>
        <translation>Kies een deel van de wervelkolom</translation>
    </message>
    <message>
        <source>Illustration of the spine</source>
        <translation>Afbeelding van de wervelkolom</translation>
    </message>
    <message>
        <source>Spine</source>
        <translation>Wervelkolom</translation>
    </message>
    <message>
        <source>Choose a part of the spine…</source>
        <translation>Kies een deel van de wervelkolom…</translation>
    </message>
    <message>
        <source>Point at a part of the spine to see its name; choose it to see what it is about.</source>
        <translation>Wijs een deel van de wervelkolom aan om de naam te zien; kies het om te lezen waar het over gaat.</translation>
    </message>
</context>
<context>
    <name>SpineTerms</name>
    <message>
        <source>Nucleus</source>
        <translation>Kern</translation>
    </message>
    <message>
        <source>Annulus</source>
        <translation>Ring</translation>
    </message>
    <message>
        <source>Nerve root</source>
        <translation>Zenuwwortel</translation>
    </message>
    <message>
        <source>Spinal canal</source>
        <translation>Wervelkanaal</translation>
    </message>
    <message>
        <source>Vertebral body</source>
        <translation>Wervellichaam</translation>
    </message>
    <message>
        <source>Facet joint</source>
        <translation>Facetgewrichtje</translation>
    </message>
    <message>
        <source>Yellow ligament</source>
        <translation>Gele band</translation>
    </message>
    <message>
        <source>Bone spur</source>
        <translation>Botuitgroei</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Gezond</translation>
    </message>
    <message>
        <source>Herniated disc</source>
        <translation>Hernia</translation>
    </message>
    <message>
        <source>Narrowed</source>
        <translation>Vernauwd</translation>
    </message>
    <message>
        <source>Worn</source>
        <translation>Versleten</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Leave tablet mode</source>
        <translation>Tabletmodus verlaten</translation>
    </message>
    <message>
        <source>Quit Rugwijzer</source>
        <translation>Rugwijzer afsluiten</translation>
    </message>
    <message>
        <source>Back to the tablet</source>
        <translation>Terug naar de tablet</translation>
    </message>
    <message>
        <source>There are no notices: every file was read without problems.</source>
        <translation>Er zijn geen meldingen: alle bestanden zijn zonder problemen gelezen.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start page</source>
        <translation>Startpagina</translation>
    </message>
    <message>
        <source>How can we help you?</source>
        <translation>Hoe kunnen we u helpen?</translation>
    </message>
</context>
<context>
    <name>StartSpine</name>
    <message>
        <source>Tap where it hurts</source>
        <translation>Tik op de plek waar u klachten heeft</translation>
    </message>
    <message>
        <source>Point to where it hurts</source>
        <translation>Wijs aan waar u klachten heeft</translation>
    </message>
    <message>
        <source>Illustration of the spine</source>
        <translation>Afbeelding van de wervelkolom</translation>
    </message>
    <message>
        <source>Choose a part to see the topics about it. Go from part to part with Tab or the arrow keys; Enter chooses the part.</source>
        <translation>Kies een deel om de onderwerpen erover te zien. Ga met Tab of de pijltjestoetsen van deel naar deel; Enter kiest het deel.</translation>
    </message>
    <message>
        <source>Back to the whole spine</source>
        <translation>Terug naar de hele wervelkolom</translation>
    </message>
    <message>
        <source>Tap the part you mean.</source>
        <translation>Tik op het deel dat u bedoelt.</translation>
    </message>
    <message>
        <source>Tap a part of the spine to see which topics are about it.</source>
        <translation>Tik op een deel van de wervelkolom om te zien welke onderwerpen erover gaan.</translation>
    </message>
    <message>
        <source>Choose a part of the spine to see which topics are about it.</source>
        <translation>Kies een deel van de wervelkolom om te zien welke onderwerpen erover gaan.</translation>
    </message>
    <message>
        <source>There is no separate topic about this part. The tiles on this page lead to all topics.</source>
        <translation>Over dit deel is geen apart onderwerp. Via de tegels op deze pagina vindt u alle onderwerpen.</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Bent u er nog?</translation>
    </message>
    <message>
        <source>Yes, keep reading</source>
        <translation>Ja, ik lees verder</translation>
    </message>
    <message numerus="yes">
        <source>In %n second(s) Rugwijzer goes back to the start page for the next person.</source>
        <translation>
            <numerusform>Over %n seconde gaat Rugwijzer terug naar de startpagina voor de volgende persoon.</numerusform>
            <numerusform>Over %n seconden gaat Rugwijzer terug naar de startpagina voor de volgende persoon.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TermBubble</name>
    <message>
        <source>Close the explanation</source>
        <translation>Uitleg sluiten</translation>
    </message>
    <message>
        <source>Show on the spine</source>
        <translation>Toon op de wervelkolom</translation>
    </message>
</context>
<context>
    <name>ToolRow</name>
    <message>
        <source>Point</source>
        <translation>Aanwijzen</translation>
    </message>
    <message>
        <source>Point at parts to name them</source>
        <translation>Delen aanwijzen om hun naam te zien</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Markeren</translation>
    </message>
    <message>
        <source>Mark or unmark a part for the patient</source>
        <translation>Een deel voor de patiënt markeren of de markering weghalen</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Tekenen</translation>
    </message>
    <message>
        <source>Draw on the picture</source>
        <translation>Op de afbeelding tekenen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Undo the last mark or drawing</source>
        <translation>De laatste markering of tekening ongedaan maken</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Remove all marks and drawings</source>
        <translation>Alle markeringen en tekeningen weghalen</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presenteren</translation>
    </message>
    <message>
        <source>Show the picture on the whole window; Esc goes back</source>
        <translation>De afbeelding op het hele venster tonen; Esc gaat terug</translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
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
        <source>Topics</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <source>Show all topics</source>
        <translation>Alle onderwerpen tonen</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultatie</translation>
    </message>
    <message>
        <source>Tools to mark the spine and make a handout</source>
        <translation>Hulpmiddelen om de wervelkolom te markeren en een samenvatting te maken</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <source>Light, dark or high-contrast colours</source>
        <translation>Lichte, donkere of contrastrijke kleuren</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark text on a light page</source>
        <translation>Donkere tekst op een lichte pagina</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>Light text on a dark page</source>
        <translation>Lichte tekst op een donkere pagina</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoog contrast</translation>
    </message>
    <message>
        <source>White and yellow on black</source>
        <translation>Wit en geel op zwart</translation>
    </message>
    <message>
        <source>Like the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <source>The colours this computer is set to</source>
        <translation>De kleuren waarop deze computer is ingesteld</translation>
    </message>
    <message>
        <source>Rugwijzer</source>
        <translation>Rugwijzer</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigatie</translation>
    </message>
    <message>
        <source>Language, text size and display</source>
        <translation>Taal, tekstgrootte en weergave</translation>
    </message>
    <message>
        <source>Search, e.g. hernia</source>
        <translation>Zoeken, bijv. hernia</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Zoekveld leegmaken</translation>
    </message>
    <message>
        <source>More buttons</source>
        <translation>Meer knoppen</translation>
    </message>
    <message>
        <source>Show Rugwijzer in this language</source>
        <translation>Rugwijzer in deze taal tonen</translation>
    </message>
</context>
</TS>
