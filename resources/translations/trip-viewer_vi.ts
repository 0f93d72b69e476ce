<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>Banner</name>
    <message>
        <source>Still showing the last version that loaded; fix the file to update.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Caption</name>
    <message>
        <source>No caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image: {credit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caption from {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit from {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Next photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to that photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the show from the first photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the show from this photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter view on / off (console + audience)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter view: swap the two screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen on / off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this help, leave zoom, leave full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black screen (again to return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White screen (again to return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume autoplay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide or show the timeline strip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide or show the route map beside the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview of every photo (Enter picks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a photo by words, place, date or time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo&apos;s words in full, and where they came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to the photo&apos;s own pixels (100 %) at the mouse; again: fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in a step, at the mouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out a step, down to fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoomed: back to fit (a 0 after a digit is part of a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoomed: move about the photo (arrows step photos when not zoomed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pointer: a red dot at the mouse, on the room&apos;s screen too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spotlight: all dimmed but a circle at the mouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a trip (manifest or folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the trip from disk now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the trip as a PDF handout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Presenter console — Trip Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trip notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes for this photo or trip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next · {number} / {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next · end of the trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audience sees a black screen — any key brings the photo back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audience sees a white screen — any key brings the photo back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autoplay waits: zoomed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autoplay waits for the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autoplay ends in {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next photo in {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>{day} {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{weekday} {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approx.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Find</name>
    <message>
        <source>Type words, a place, a date or a time: Opera House, Dong Dang, 26 Feb, 08:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ ↓: pick  ·  Enter: go to photo  ·  Escape: back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} photos</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoutExport</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A handout is being written: wait, or cancel it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the handout of {count} photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout written: {file} ({pages} pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo {number}, {file}: {reason} (page {page})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handout {file} is written, but these photos could not be printed and have a marked placeholder instead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos missing from the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout cancelled: nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyHelp</name>
    <message>
        <source>More below: ↑ ↓, Page Up / Page Down or the wheel to scroll  ·  Escape closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mouse wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous / next photo (over the strip: zoom; a zoomed photo: pan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click or drag the strip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Right, Down, Space, Page Down, N, Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left, Up, Backspace, Page Up, P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B or .</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W or ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F or /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? or F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Minus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z, double-click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ or Ctrl+wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 or Escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrows, drag, wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the System ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language}: from the next start of Trip Viewer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in Presenter View With &amp;Two Screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out of {trip}: {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{trip} — Trip Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The route is drawn from the stops instead: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded {name}: 1 new photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded {name}: {count} new photos</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presenter View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Swap Screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Autoplay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline &amp;Strip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route &amp;Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoom to 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Laser Pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sp&amp;otlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Handout…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Open a trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trip manifests (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {file} …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the trip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>No time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} (approx.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrows: move  ·  Enter: go to photo  ·  Escape: back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All {count} photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoInfo</name>
    <message>
        <source>↑ ↓, Page Up / Page Down or the wheel: scroll  ·  I or Escape: close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption · photo {number} / {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoView</name>
    <message>
        <source>Loading {file} …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show photo {number}: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}. The show goes on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Ordering by capture time: {done} / {total} photos read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the photos {done} / {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordering by capture time …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteMap</name>
    <message>
        <source>photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place estimated from its time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the map …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No places in this trip.
Give stops or photos a position (at: [lat, lon]), or use photos with GPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coastlines: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo {number}: {caption}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>S:</name>
    <message>
        <source></source>
        <comment>{day} is the day of the month, {month} its short name (QLocale&apos;s): &quot;26 Feb&quot;.</comment>
        <translation></translation>
    </message>
</context>
<context>
    <name>Strip</name>
    <message>
        <source>… and {count} more (zoom in with the wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placing the photos on the timeline …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnails {done} / {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transitions</name>
    <message>
        <source>As Each &amp;Trip Says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always &amp;Cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always &amp;Fade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fade in {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Zoom</name>
    <message>
        <source>Photo {number} cannot be shown, so it cannot be zoomed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo {number} is still loading: it zooms as soon as it is in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo {number} has {megapixels} megapixels: zoom shows it from {share} % of them, to keep memory bounded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo {number}&apos;s full pixels cannot be decoded: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
