<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Article</name>
    <message>
        <source>Additional explanation, to be reviewed by the clinic&apos;s physician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {source}. Last reviewed on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages marked as additional explanation do not come from the clinic&apos;s page; the clinic&apos;s physician reviews them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
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
        <source>Additional explanation</source>
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
        <source>No topic found for “{query}”.</source>
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
        <source>Recognise these complaints?</source>
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
    <name>Sidebar</name>
    <message>
        <source>Back complaints</source>
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
        <source>View of the spine</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Reset zoom</source>
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
        <source>Rugwijzer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language and text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search, e.g. hernia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Rugwijzer in this language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
