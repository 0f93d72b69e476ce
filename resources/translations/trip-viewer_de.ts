<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Banner</name>
    <message>
        <source>Still showing the last version that loaded; fix the file to update.</source>
        <translation>Angezeigt wird weiter die zuletzt geladene Fassung; korrigieren Sie die Datei, um zu aktualisieren.</translation>
    </message>
</context>
<context>
    <name>Caption</name>
    <message>
        <source>No caption</source>
        <translation>Keine Bildunterschrift</translation>
    </message>
    <message>
        <source>No credit</source>
        <translation>Kein Bildnachweis</translation>
    </message>
    <message>
        <source>Image: {credit}</source>
        <translation>Foto: {credit}</translation>
    </message>
    <message>
        <source>caption from {source}</source>
        <translation>Bildunterschrift aus {source}</translation>
    </message>
    <message>
        <source>credit from {source}</source>
        <translation>Bildnachweis aus {source}</translation>
    </message>
    <message>
        <source>Go to {number}</source>
        <translation>Gehe zu {number}</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>left out: {reason}</source>
        <translation>ausgelassen: {reason}</translation>
    </message>
    <message>
        <source>its GPS ({gps}) is {km} km from where the route has it at its time ({route})</source>
        <translation>seine GPS-Position ({gps}) liegt {km} km von der Stelle entfernt, an der die Route es zu seiner Zeit hat ({route})</translation>
    </message>
    <message>
        <source>no caption in the manifest or the photo</source>
        <translation>keine Bildunterschrift im Manifest oder im Foto</translation>
    </message>
    <message>
        <source>no credit in the manifest or the photo</source>
        <translation>kein Bildnachweis im Manifest oder im Foto</translation>
    </message>
    <message>
        <source>the manifest says {manifest} but the photo&apos;s {source} says {photo}</source>
        <translation>das Manifest nennt {manifest}, aber {source} im Foto nennt {photo}</translation>
    </message>
    <message>
        <source>{time} falls outside years 1 to 9999 in UTC; is the year right?</source>
        <translation>{time} liegt in UTC außerhalb der Jahre 1 bis 9999; stimmt das Jahr?</translation>
    </message>
    <message>
        <source>{reason}; scale it down</source>
        <translation>{reason}; bitte verkleinern</translation>
    </message>
    <message>
        <source>a {kind} photo with no suffix; other tools may refuse it: rename it to {suffix}</source>
        <translation>ein {kind}-Foto ohne Endung; andere Programme lehnen es womöglich ab: in {suffix} umbenennen</translation>
    </message>
    <message>
        <source>a {kind} photo named {named}; other tools may refuse it: rename it to {suffix}</source>
        <translation>ein {kind}-Foto mit der Endung {named}; andere Programme lehnen es womöglich ab: in {suffix} umbenennen</translation>
    </message>
    <message>
        <source>the photo&apos;s time {time} has no UTC offset; set the trip&apos;s &apos;timezone&apos; or give the photo a &apos;time&apos;</source>
        <translation>die Aufnahmezeit {time} hat keine UTC-Abweichung; &apos;timezone&apos; der Reise setzen oder dem Foto eine &apos;time&apos; geben</translation>
    </message>
    <message>
        <source>no time in the manifest or the photo; it is drawn between its neighbours</source>
        <translation>keine Zeit im Manifest oder im Foto; es wird zwischen seinen Nachbarn gezeichnet</translation>
    </message>
    <message>
        <source>listed after photo {number} ({file}, {time}) but taken earlier ({taken})</source>
        <translation>nach Foto {number} ({file}, {time}) aufgeführt, aber früher aufgenommen ({taken})</translation>
    </message>
    <message>
        <source>the same file as photo {number} ({file})</source>
        <translation>dieselbe Datei wie Foto {number} ({file})</translation>
    </message>
    <message>
        <source>the same picture as photo {number} ({file}), byte for byte</source>
        <translation>dasselbe Bild wie Foto {number} ({file}), Byte für Byte</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <source>{count} errors</source>
        <translation>{count} Fehler</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <source>{count} warnings</source>
        <translation>{count} Warnungen</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 Foto</translation>
    </message>
    <message>
        <source>{count} photos</source>
        <translation>{count} Fotos</translation>
    </message>
    <message>
        <source>{source}: {photos} checked: {verdict}</source>
        <translation>{source}: {photos} geprüft: {verdict}</translation>
    </message>
    <message>
        <source>no problems found</source>
        <translation>keine Probleme gefunden</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Next photo</source>
        <translation>Nächstes Foto</translation>
    </message>
    <message>
        <source>Previous photo</source>
        <translation>Vorheriges Foto</translation>
    </message>
    <message>
        <source>First photo</source>
        <translation>Erstes Foto</translation>
    </message>
    <message>
        <source>Last photo</source>
        <translation>Letztes Foto</translation>
    </message>
    <message>
        <source>Go to that photo</source>
        <translation>Zu diesem Foto springen</translation>
    </message>
    <message>
        <source>Start the show from the first photo</source>
        <translation>Präsentation ab dem ersten Foto starten</translation>
    </message>
    <message>
        <source>Start the show from this photo</source>
        <translation>Präsentation ab diesem Foto starten</translation>
    </message>
    <message>
        <source>Presenter view on / off (console + audience)</source>
        <translation>Referentenansicht ein / aus (Konsole + Publikum)</translation>
    </message>
    <message>
        <source>Presenter view: swap the two screens</source>
        <translation>Referentenansicht: die beiden Bildschirme tauschen</translation>
    </message>
    <message>
        <source>Full screen on / off</source>
        <translation>Vollbild ein / aus</translation>
    </message>
    <message>
        <source>Close this help, leave zoom, leave full screen</source>
        <translation>Diese Hilfe schließen, Zoom beenden, Vollbild verlassen</translation>
    </message>
    <message>
        <source>Black screen (again to return)</source>
        <translation>Schwarzer Bildschirm (erneut drücken: zurück)</translation>
    </message>
    <message>
        <source>White screen (again to return)</source>
        <translation>Weißer Bildschirm (erneut drücken: zurück)</translation>
    </message>
    <message>
        <source>Pause or resume autoplay</source>
        <translation>Automatische Wiedergabe anhalten oder fortsetzen</translation>
    </message>
    <message>
        <source>Hide or show the timeline strip</source>
        <translation>Zeitleiste aus- oder einblenden</translation>
    </message>
    <message>
        <source>Hide or show the route map beside the photo</source>
        <translation>Routenkarte neben dem Foto aus- oder einblenden</translation>
    </message>
    <message>
        <source>Overview of every photo (Enter picks)</source>
        <translation>Übersicht aller Fotos (Eingabe wählt)</translation>
    </message>
    <message>
        <source>Find a photo by words, place, date or time</source>
        <translation>Foto nach Wörtern, Ort, Datum oder Uhrzeit suchen</translation>
    </message>
    <message>
        <source>The photo&apos;s words in full, and where they came from</source>
        <translation>Alle Angaben zum Foto und woher sie stammen</translation>
    </message>
    <message>
        <source>Show every key</source>
        <translation>Alle Tasten zeigen</translation>
    </message>
    <message>
        <source>Larger caption</source>
        <translation>Größere Bildunterschrift</translation>
    </message>
    <message>
        <source>Smaller caption</source>
        <translation>Kleinere Bildunterschrift</translation>
    </message>
    <message>
        <source>Zoom to the photo&apos;s own pixels (100 %) at the mouse; again: fit</source>
        <translation>An der Maus auf die Originalpixel zoomen (100 %); erneut: einpassen</translation>
    </message>
    <message>
        <source>Zoom in a step, at the mouse</source>
        <translation>Einen Schritt hineinzoomen, an der Maus</translation>
    </message>
    <message>
        <source>Zoom out a step, down to fit</source>
        <translation>Einen Schritt herauszoomen, bis eingepasst</translation>
    </message>
    <message>
        <source>Zoomed: back to fit (a 0 after a digit is part of a number)</source>
        <translation>Gezoomt: zurück zu eingepasst (eine 0 nach einer Ziffer gehört zur Zahl)</translation>
    </message>
    <message>
        <source>Zoomed: move about the photo (arrows step photos when not zoomed)</source>
        <translation>Gezoomt: im Foto bewegen (ohne Zoom blättern die Pfeile)</translation>
    </message>
    <message>
        <source>Pointer: a red dot at the mouse, on the room&apos;s screen too</source>
        <translation>Zeiger: ein roter Punkt an der Maus, auch auf der Leinwand</translation>
    </message>
    <message>
        <source>Spotlight: all dimmed but a circle at the mouse</source>
        <translation>Spotlight: alles abgedunkelt außer einem Kreis an der Maus</translation>
    </message>
    <message>
        <source>Open a trip (manifest or folder)</source>
        <translation>Reise öffnen (Manifest oder Ordner)</translation>
    </message>
    <message>
        <source>Reload the trip from disk now</source>
        <translation>Reise jetzt neu von der Festplatte laden</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Export the trip as a PDF handout</source>
        <translation>Reise als PDF-Handout exportieren</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Presenter console — Trip Viewer</source>
        <translation>Referentenkonsole — Trip Viewer</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Swap screens</source>
        <translation>Bildschirme tauschen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Trip notes</source>
        <translation>Notizen zur Reise</translation>
    </message>
    <message>
        <source>No notes for this photo or trip.</source>
        <translation>Keine Notizen zu diesem Foto oder dieser Reise.</translation>
    </message>
    <message>
        <source>Next · {number} / {count}</source>
        <translation>Als Nächstes · {number} / {count}</translation>
    </message>
    <message>
        <source>Next · end of the trip</source>
        <translation>Als Nächstes · Ende der Reise</translation>
    </message>
    <message>
        <source>The audience sees a black screen — any key brings the photo back</source>
        <translation>Das Publikum sieht einen schwarzen Bildschirm — jede Taste holt das Foto zurück</translation>
    </message>
    <message>
        <source>The audience sees a white screen — any key brings the photo back</source>
        <translation>Das Publikum sieht einen weißen Bildschirm — jede Taste holt das Foto zurück</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Autoplay waits: zoomed</source>
        <translation>Wiedergabe wartet: gezoomt</translation>
    </message>
    <message>
        <source>Autoplay waits for the photo</source>
        <translation>Wiedergabe wartet auf das Foto</translation>
    </message>
    <message>
        <source>Autoplay ends in {time}</source>
        <translation>Wiedergabe endet in {time}</translation>
    </message>
    <message>
        <source>Next photo in {time}</source>
        <translation>Nächstes Foto in {time}</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>{day} {month}</source>
        <translation>{day}. {month}</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <source>{weekday} {date}</source>
        <translation>{weekday}, {date}</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>Uhrzeit unbekannt</translation>
    </message>
    <message>
        <source>approx.</source>
        <translation>ca.</translation>
    </message>
    <message>
        <source>{first}, {second}</source>
        <translation>{first}, {second}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Trip Viewer: unexpected error</source>
        <translation>Trip Viewer: unerwarteter Fehler</translation>
    </message>
    <message>
        <source>The show goes on. The details are also in {file}.</source>
        <translation>Die Präsentation läuft weiter. Die Einzelheiten stehen auch in {file}.</translation>
    </message>
</context>
<context>
    <name>Find</name>
    <message>
        <source>Type words, a place, a date or a time: Opera House, Dong Dang, 26 Feb, 08:</source>
        <translation>Wörter, einen Ort, ein Datum oder eine Uhrzeit eingeben: Opernhaus, Dong Dang, 26. Feb., 08:</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Find a photo…</source>
        <translation>Foto suchen…</translation>
    </message>
    <message>
        <source>↑ ↓: pick  ·  Enter: go to photo  ·  Escape: back</source>
        <translation>↑ ↓: auswählen  ·  Eingabe: zum Foto  ·  Esc: zurück</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 Foto</translation>
    </message>
    <message>
        <source>{count} photos</source>
        <translation>{count} Fotos</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>■ stop    ● photo    ○ photo placed on the route by its time</source>
        <translation>■ Station    ● Foto    ○ Foto nach seiner Zeit auf der Route platziert</translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation>Notizen: {notes}</translation>
    </message>
    <message>
        <source>Photo missing from this handout</source>
        <translation>Foto fehlt in diesem Handout</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 Foto</translation>
    </message>
    <message>
        <source>{count} photos</source>
        <translation>{count} Fotos</translation>
    </message>
    <message>
        <source>photo {number}, {file}: {reason}; printed as a placeholder on page {page}</source>
        <translation>Foto {number}, {file}: {reason}; als Platzhalter auf Seite {page} gedruckt</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 Seite</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} Seiten</translation>
    </message>
    <message>
        <source>Wrote {file}: {photos} on {pages}, {paper}</source>
        <translation>{file} geschrieben: {photos} auf {pages}, {paper}</translation>
    </message>
</context>
<context>
    <name>HandoutExport</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>A handout is being written: wait, or cancel it</source>
        <translation>Ein Handout wird geschrieben: warten oder abbrechen</translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation>Handout exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the handout of {count} photos</source>
        <translation>Handout mit {count} Fotos wird geschrieben</translation>
    </message>
    <message>
        <source>Handout written: {file} ({pages} pages)</source>
        <translation>Handout geschrieben: {file} ({pages} Seiten)</translation>
    </message>
    <message>
        <source>Photo {number}, {file}: {reason} (page {page})</source>
        <translation>Foto {number}, {file}: {reason} (Seite {page})</translation>
    </message>
    <message>
        <source>The handout {file} is written, but these photos could not be printed and have a marked placeholder instead:</source>
        <translation>Das Handout {file} ist geschrieben, aber diese Fotos ließen sich nicht drucken und stehen dort als markierter Platzhalter:</translation>
    </message>
    <message>
        <source>Photos missing from the handout</source>
        <translation>Im Handout fehlende Fotos</translation>
    </message>
    <message>
        <source>Cannot write the handout</source>
        <translation>Das Handout kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Handout cancelled: nothing was written</source>
        <translation>Handout abgebrochen: nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>the handout command ended with status {code}</source>
        <translation>der Handout-Befehl endete mit Status {code}</translation>
    </message>
    <message>
        <source>the handout could not be started ({program}: {reason})</source>
        <translation>das Handout konnte nicht gestartet werden ({program}: {reason})</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{folder}: not a folder</source>
        <translation>{folder}: kein Ordner</translation>
    </message>
    <message>
        <source>{folder}: no photos to import ({kinds})</source>
        <translation>{folder}: keine Fotos zum Importieren ({kinds})</translation>
    </message>
    <message>
        <source>{output}: cannot write the manifest: {reason}</source>
        <translation>{output}: das Manifest kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>{output}: a manifest can only open photos in or below its own folder; save it in {folder} or a folder above it</source>
        <translation>{output}: ein Manifest kann nur Fotos in seinem Ordner oder darunter öffnen; in {folder} oder einem Ordner darüber speichern</translation>
    </message>
    <message>
        <source>{output}: this name is for a photo; name the manifest like trip.yaml</source>
        <translation>{output}: dieser Name ist für ein Foto; das Manifest etwa trip.yaml nennen</translation>
    </message>
    <message>
        <source>{output}: is a folder; give the manifest&apos;s file name, like trip.yaml</source>
        <translation>{output}: ist ein Ordner; den Dateinamen des Manifests angeben, etwa trip.yaml</translation>
    </message>
    <message>
        <source>{output}: already exists; use --force to replace it</source>
        <translation>{output}: existiert schon; mit --force ersetzen</translation>
    </message>
    <message>
        <source>--timezone: unknown time zone {name}; use an IANA name like Asia/Ho_Chi_Minh</source>
        <translation>--timezone: unbekannte Zeitzone {name}; einen IANA-Namen wie Europe/Berlin verwenden</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 Foto</translation>
    </message>
    <message>
        <source>{count} photos</source>
        <translation>{count} Fotos</translation>
    </message>
    <message>
        <source>{count} without a caption</source>
        <translation>{count} ohne Bildunterschrift</translation>
    </message>
    <message>
        <source>{count} without a credit</source>
        <translation>{count} ohne Bildnachweis</translation>
    </message>
    <message>
        <source>{count} without a time</source>
        <translation>{count} ohne Zeit</translation>
    </message>
    <message>
        <source>{count} without a place</source>
        <translation>{count} ohne Ort</translation>
    </message>
    <message>
        <source>{count} unreadable</source>
        <translation>{count} unlesbar</translation>
    </message>
    <message>
        <source>{count} left out: links out of the manifest&apos;s folder</source>
        <translation>{count} ausgelassen: Verknüpfungen aus dem Ordner des Manifests heraus</translation>
    </message>
    <message>
        <source>{count} with a UTC offset from the GPS position</source>
        <translation>{count} mit UTC-Abweichung aus der GPS-Position</translation>
    </message>
    <message>
        <source>Wrote {file}: {photos}{details}. Run &apos;trip-viewer check {file}&apos; before presenting.</source>
        <translation>{file} geschrieben: {photos}{details}. Vor der Präsentation &apos;trip-viewer check {file}&apos; ausführen.</translation>
    </message>
</context>
<context>
    <name>KeyHelp</name>
    <message>
        <source>More below: ↑ ↓, Page Up / Page Down or the wheel to scroll  ·  Escape closes</source>
        <translation>Weiter unten mehr: ↑ ↓, Bild auf / Bild ab oder das Mausrad blättern  ·  Esc schließt</translation>
    </message>
    <message>
        <source>Mouse wheel</source>
        <translation>Mausrad</translation>
    </message>
    <message>
        <source>Previous / next photo (over the strip: zoom; a zoomed photo: pan)</source>
        <translation>Vorheriges / nächstes Foto (über der Zeitleiste: zoomen; gezoomtes Foto: verschieben)</translation>
    </message>
    <message>
        <source>Click or drag the strip</source>
        <translation>Zeitleiste klicken oder ziehen</translation>
    </message>
    <message>
        <source>Jump to a photo</source>
        <translation>Zu einem Foto springen</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Right, Down, Space, Page Down, N, Enter</source>
        <translation>→, ↓, Leertaste, Bild ab, N, Eingabe</translation>
    </message>
    <message>
        <source>Left, Up, Backspace, Page Up, P</source>
        <translation>←, ↑, Rücktaste, Bild auf, P</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Pos1</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Number, then Enter</source>
        <translation>Zahl, dann Eingabe</translation>
    </message>
    <message>
        <source>Shift+F5</source>
        <translation>Umschalt+F5</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>B or .</source>
        <translation>B oder .</translation>
    </message>
    <message>
        <source>W or ,</source>
        <translation>W oder ,</translation>
    </message>
    <message>
        <source>Ctrl+F or /</source>
        <translation>Strg+F oder /</translation>
    </message>
    <message>
        <source>? or F1</source>
        <translation>? oder F1</translation>
    </message>
    <message>
        <source>Ctrl+Plus</source>
        <translation>Strg+Plus</translation>
    </message>
    <message>
        <source>Ctrl+Minus</source>
        <translation>Strg+Minus</translation>
    </message>
    <message>
        <source>Z, double-click</source>
        <translation>Z, Doppelklick</translation>
    </message>
    <message>
        <source>+ or Ctrl+wheel</source>
        <translation>+ oder Strg+Mausrad</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>0 or Escape</source>
        <translation>0 oder Esc</translation>
    </message>
    <message>
        <source>Arrows, drag, wheel</source>
        <translation>Pfeiltasten, Ziehen, Mausrad</translation>
    </message>
    <message>
        <source>Shift+L</source>
        <translation>Umschalt+L</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Strg+O</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Strg+R</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Strg+Q</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Strg+P</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>As the System ({language})</source>
        <translation>Wie das System ({language})</translation>
    </message>
    <message>
        <source>{language}: from the next start of Trip Viewer</source>
        <translation>{language}: ab dem nächsten Start von Trip Viewer</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Start in Presenter View With &amp;Two Screens</source>
        <translation>Bei &amp;zwei Bildschirmen in der Referentenansicht starten</translation>
    </message>
    <message>
        <source>Left out of {trip}: {files}</source>
        <translation>Nicht in {trip} aufgenommen: {files}</translation>
    </message>
    <message>
        <source>{trip} — Trip Viewer</source>
        <translation>{trip} — Trip Viewer</translation>
    </message>
    <message>
        <source>The route is drawn from the stops instead: {problem}</source>
        <translation>Die Route wird stattdessen aus den Stationen gezeichnet: {problem}</translation>
    </message>
    <message>
        <source>Reloaded {name}: 1 new photo</source>
        <translation>{name} neu geladen: 1 neues Foto</translation>
    </message>
    <message>
        <source>Reloaded {name}: {count} new photos</source>
        <translation>{name} neu geladen: {count} neue Fotos</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Trip</source>
        <translation>&amp;Reise</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Präsentieren</translation>
    </message>
    <message>
        <source>&amp;Presenter View</source>
        <translation>&amp;Referentenansicht</translation>
    </message>
    <message>
        <source>&amp;Swap Screens</source>
        <translation>Bildschirme &amp;tauschen</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Autoplay</source>
        <translation>&amp;Automatische Wiedergabe</translation>
    </message>
    <message>
        <source>Timeline &amp;Strip</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>Route &amp;Map</source>
        <translation>Routen&amp;karte</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Tasten</translation>
    </message>
    <message>
        <source>&amp;Zoom to 100 %</source>
        <translation>Auf 100 % &amp;zoomen</translation>
    </message>
    <message>
        <source>&amp;Laser Pointer</source>
        <translation>&amp;Laserpointer</translation>
    </message>
    <message>
        <source>Sp&amp;otlight</source>
        <translation>Sp&amp;otlight</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Export &amp;Handout…</source>
        <translation>&amp;Handout exportieren…</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Open a trip</source>
        <translation>Reise öffnen</translation>
    </message>
    <message>
        <source>Trip manifests (*.yaml *.yml);;All files (*)</source>
        <translation>Reise-Manifeste (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Opening {file} …</source>
        <translation>{file} wird geöffnet …</translation>
    </message>
    <message>
        <source>Cannot open the trip</source>
        <translation>Die Reise kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>No time</source>
        <translation>Keine Zeit</translation>
    </message>
    <message>
        <source>{time} (approx.)</source>
        <translation>{time} (ca.)</translation>
    </message>
    <message>
        <source>Arrows: move  ·  Enter: go to photo  ·  Escape: back</source>
        <translation>Pfeiltasten: bewegen  ·  Eingabe: zum Foto  ·  Esc: zurück</translation>
    </message>
    <message>
        <source>All {count} photos</source>
        <translation>Alle {count} Fotos</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 Foto</translation>
    </message>
</context>
<context>
    <name>PhotoInfo</name>
    <message>
        <source>↑ ↓, Page Up / Page Down or the wheel: scroll  ·  I or Escape: close</source>
        <translation>↑ ↓, Bild auf / Bild ab oder Mausrad: blättern  ·  I oder Esc: schließen</translation>
    </message>
    <message>
        <source>from {source}</source>
        <translation>aus {source}</translation>
    </message>
    <message>
        <source>Caption · photo {number} / {count}</source>
        <translation>Bildunterschrift · Foto {number} / {count}</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Bildnachweis</translation>
    </message>
    <message>
        <source>Place and time</source>
        <translation>Ort und Zeit</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>PhotoView</name>
    <message>
        <source>Loading {file} …</source>
        <translation>{file} wird geladen …</translation>
    </message>
    <message>
        <source>Cannot show photo {number}: {file}</source>
        <translation>Foto {number} kann nicht angezeigt werden: {file}</translation>
    </message>
    <message>
        <source>{reason}. The show goes on.</source>
        <translation>{reason}. Die Präsentation läuft weiter.</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Ordering by capture time: {done} / {total} photos read</source>
        <translation>Sortieren nach Aufnahmezeit: {done} / {total} Fotos gelesen</translation>
    </message>
    <message>
        <source>Reading the photos {done} / {total}</source>
        <translation>Fotos werden gelesen {done} / {total}</translation>
    </message>
    <message>
        <source>Ordering by capture time …</source>
        <translation>Sortieren nach Aufnahmezeit …</translation>
    </message>
</context>
<context>
    <name>RouteMap</name>
    <message>
        <source>photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>place estimated from its time</source>
        <translation>Ort aus der Aufnahmezeit geschätzt</translation>
    </message>
    <message>
        <source>Drawing the map …</source>
        <translation>Karte wird gezeichnet …</translation>
    </message>
    <message>
        <source>No places in this trip.
Give stops or photos a position (at: [lat, lon]), or use photos with GPS.</source>
        <translation>Diese Reise hat keine Orte.
Geben Sie Stationen oder Fotos eine Position (at: [lat, lon]) oder verwenden Sie Fotos mit GPS.</translation>
    </message>
    <message>
        <source>No coastlines: {problem}</source>
        <translation>Keine Küstenlinien: {problem}</translation>
    </message>
    <message>
        <source>Photo {number}: {caption}</source>
        <translation>Foto {number}: {caption}</translation>
    </message>
</context>
<context>
    <name>Strip</name>
    <message>
        <source>… and {count} more (zoom in with the wheel)</source>
        <translation>… und {count} weitere (mit dem Mausrad hineinzoomen)</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NEU</translation>
    </message>
    <message>
        <source>Placing the photos on the timeline …</source>
        <translation>Fotos werden auf der Zeitleiste platziert …</translation>
    </message>
    <message>
        <source>Thumbnails {done} / {total}</source>
        <translation>Vorschaubilder {done} / {total}</translation>
    </message>
</context>
<context>
    <name>Transitions</name>
    <message>
        <source>As Each &amp;Trip Says</source>
        <translation>Wie die &amp;Reise es vorgibt</translation>
    </message>
    <message>
        <source>Always &amp;Cut</source>
        <translation>Immer &amp;harter Schnitt</translation>
    </message>
    <message>
        <source>Always &amp;Fade</source>
        <translation>Immer &amp;Überblenden</translation>
    </message>
    <message>
        <source>&amp;Transitions</source>
        <translation>Ü&amp;bergänge</translation>
    </message>
    <message>
        <source>Fade in {seconds} s</source>
        <translation>Überblenden in {seconds} s</translation>
    </message>
</context>
<context>
    <name>Zoom</name>
    <message>
        <source>Photo {number} cannot be shown, so it cannot be zoomed</source>
        <translation>Foto {number} kann nicht angezeigt und daher nicht gezoomt werden</translation>
    </message>
    <message>
        <source>Photo {number} is still loading: it zooms as soon as it is in</source>
        <translation>Foto {number} wird noch geladen: Es wird gezoomt, sobald es da ist</translation>
    </message>
    <message>
        <source>Photo {number} has {megapixels} megapixels: zoom shows it from {share} % of them, to keep memory bounded</source>
        <translation>Foto {number} hat {megapixels} Megapixel: Der Zoom zeigt es aus {share} % davon, um Speicher zu sparen</translation>
    </message>
    <message>
        <source>Photo {number}&apos;s full pixels cannot be decoded: {reason}</source>
        <translation>Die vollen Pixel von Foto {number} können nicht dekodiert werden: {reason}</translation>
    </message>
</context>
</TS>
