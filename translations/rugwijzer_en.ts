<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Article</name>
    <message>
        <source>Key points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page is shown once the clinic&apos;s physician has approved it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra explanation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {source}. Updated on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extra explanation is based on: {sources}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by {name} on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page has extra explanation that the clinic&apos;s physician has not yet approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra explanation, based on: {sources}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on the spine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticlePage</name>
    <message>
        <source>Open outside Rugwijzer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link opens in another program:
{url}

Do you want to open it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultationBar</name>
    <message>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you are here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient is at: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short note for the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the handout as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the text and the picture to the patient, on a second screen if there is one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget everything about this patient</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultationMode</name>
    <message>
        <source>The handout was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handout could not be saved as
{path}

{reason}

Choose another folder, or free some space, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handout was saved as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rugwijzer ran into an unexpected problem and tried to carry on. If something does not look right, restart the program.

A report was saved in:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Your summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked by your physician:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your treatment path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note from your physician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions? Contact us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions? Ask at the reception desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra explanation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra explanation, based on: {sources}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages marked “Extra explanation” have not yet been approved by the clinic&apos;s physician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan for the website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {source}. Made with Rugwijzer {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole spine from the side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole spine from behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disc in the lower back, from above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spinal canal in the lower back, from above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facet joints in the lower back, from the side</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Settings cannot be saved in {folder} ({reason}): the language, text size and window size last only until Rugwijzer closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no topic “{topic}”; the start page is shown instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics and text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the details of the notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some content could not be read; everything else works. The details name each file and line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Shared with consent, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiences of patients with {topic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No experiences match this choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every person is different: what one patient experienced may go differently for you. Your physician can tell you what to expect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All patient experiences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic adds a patient&apos;s own story here only with the patient&apos;s written consent. No stories have been added yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For clinic staff: to add a story, first ask the patient for written consent. Then give whoever looks after Rugwijzer the patient&apos;s own words in each of Rugwijzer&apos;s languages, what the treatment brought the patient, a photo if the patient wants one, and the date of the consent. The story then appears here and on the pages about the patient&apos;s condition and treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you recognise these symptoms?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let us advise you, without obligation, based on your personal situation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask at the reception desk: we are happy to help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan with your phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PIN has been set for this tablet, so tablet mode cannot be left here. Clinic IT must set a PIN (kiosk_pin) in the clinic profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Try again in %n second(s).</source>
        <translation>
            <numerusform>Wrong PIN. Try again in %n second.</numerusform>
            <numerusform>Wrong PIN. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the PIN to leave tablet mode.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Rugwijzer — for the patient</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadAloudBar</name>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause reading aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume reading aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this page aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the title and the text aloud, and highlights the sentence being read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed {rate}×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading speed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewSheet</name>
    <message>
        <source>Review sheet for the clinic&apos;s physician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on {date} with Rugwijzer {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts from: {folders}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rugwijzer shows the clinic&apos;s page word for word in Dutch, and translated in English. Where a page needed more explanation, Rugwijzer adds it as extra explanation, resting on the published sources named with it. Until you approve a text, patients see its extra explanation with a note that the clinic&apos;s physician has not yet approved it; with additions = &quot;hide&quot; in the clinic profile they do not see it at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check each topic below: the extra explanation, the key points and the sources, and answer its questions. Then sign, and add these two lines to the front matter (between the +++ lines) of each file you approved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a text changes later, its &apos;updated&apos; date changes and the approval no longer applies until it is given again. rugwijzer --check-content lists every addition that still awaits approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the physician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by {name} on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval by {name} on {date} no longer applies: the text changed after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved: the approval keys are incomplete or dated in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: {file}, updated on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published sources of the extra explanation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sources named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra explanation (line {line}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key points (the page&apos;s own facts in other words; check that they say nothing the page does not):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic checked and approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole sheet checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims of the clinic&apos;s page to look at again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These sentences are the clinic&apos;s own, shown word for word. Each deserves a second look, for the reason given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where: {places}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer in the texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision (keep, change, leave out):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These sentences of the clinic&apos;s page are too long for easy reading. They can be split only by putting their words in another order, which changes the clinic&apos;s text: you decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{words} words. Proposed split:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split as proposed (yes / no / otherwise):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other open questions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Medical term</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what you are looking for, in your own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for “{query}”</source>
        <translation>
            <numerusform>%n result for “{query}”</numerusform>
            <numerusform>%n results for “{query}”</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for “{query}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling, try another word, or choose one of these searches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the search (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Often searched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Back problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>There is no voice for reading aloud in this language: {language}. On Debian or Ubuntu, install the package espeak-ng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program stopped unexpectedly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aloud is not available: espeak-ng could not be started. On Debian or Ubuntu, install the package espeak-ng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aloud stopped: espeak-ng reported “{detail}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no voice for reading aloud in this language: {language}. Add one in Settings &gt; Time &amp; language &gt; Speech &gt; Add voices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aloud stopped: Windows speech reported “{detail}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineAccess</name>
    <message>
        <source>Spine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go from part to part with Tab or the arrow keys; Enter chooses the part and shows the topics about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belongs to the open topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpinePanel</name>
    <message>
        <source>Whole spine from the side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole spine from behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disc from above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spinal canal from above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facet joints from the side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap the part you mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap a part of the spine to see its name and what it is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View of the spine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the names of the parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the window with the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the whole picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the whole spine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the text beside the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoliosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herniated disc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the affected situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enlarge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the picture large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a part of the spine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illustration of the spine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a part of the spine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point at a part of the spine to see its name; choose it to see what it is about.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpineTerms</name>
    <message>
        <source>Nucleus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annulus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nerve root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spinal canal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertebral body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facet joint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow ligament</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bone spur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herniated disc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave tablet mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Rugwijzer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no notices: every file was read without problems.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How can we help you?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartSpine</name>
    <message>
        <source>Tap where it hurts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point to where it hurts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illustration of the spine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a part to see the topics about it. Go from part to part with Tab or the arrow keys; Enter chooses the part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the whole spine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap the part you mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap a part of the spine to see which topics are about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a part of the spine to see which topics are about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no separate topic about this part. The tiles on this page lead to all topics.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, keep reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In %n second(s) Rugwijzer goes back to the start page for the next person.</source>
        <translation>
            <numerusform>In %n second Rugwijzer goes back to the start page for the next person.</numerusform>
            <numerusform>In %n seconds Rugwijzer goes back to the start page for the next person.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TermBubble</name>
    <message>
        <source>Close the explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on the spine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolRow</name>
    <message>
        <source>Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point at parts to name them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark or unmark a part for the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw on the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last mark or drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove all marks and drawings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the picture on the whole window; Esc goes back</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the previous topic (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go forward again (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the start page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools to mark the spine and make a handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light, dark or high-contrast colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark text on a light page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light text on a dark page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White and yellow on black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colours this computer is set to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rugwijzer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language, text size and display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search, e.g. hernia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Rugwijzer in this language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
