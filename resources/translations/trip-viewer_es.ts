<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Banner</name>
    <message>
        <source>Still showing the last version that loaded; fix the file to update.</source>
        <translation>Se sigue mostrando la última versión que se cargó; corrija el archivo para actualizarla.</translation>
    </message>
</context>
<context>
    <name>Caption</name>
    <message>
        <source>No caption</source>
        <translation>Sin pie de foto</translation>
    </message>
    <message>
        <source>No credit</source>
        <translation>Sin crédito</translation>
    </message>
    <message>
        <source>Image: {credit}</source>
        <translation>Foto: {credit}</translation>
    </message>
    <message>
        <source>caption from {source}</source>
        <translation>pie de foto de {source}</translation>
    </message>
    <message>
        <source>credit from {source}</source>
        <translation>crédito de {source}</translation>
    </message>
    <message>
        <source>Go to {number}</source>
        <translation>Ir a la {number}</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>left out: {reason}</source>
        <translation>excluida: {reason}</translation>
    </message>
    <message>
        <source>its GPS ({gps}) is {km} km from where the route has it at its time ({route})</source>
        <translation>su GPS ({gps}) está a {km} km de donde la ruta la sitúa a esa hora ({route})</translation>
    </message>
    <message>
        <source>no caption in the manifest or the photo</source>
        <translation>sin pie de foto en el manifiesto ni en la foto</translation>
    </message>
    <message>
        <source>no credit in the manifest or the photo</source>
        <translation>sin crédito en el manifiesto ni en la foto</translation>
    </message>
    <message>
        <source>the manifest says {manifest} but the photo&apos;s {source} says {photo}</source>
        <translation>el manifiesto dice {manifest} pero el {source} de la foto dice {photo}</translation>
    </message>
    <message>
        <source>{time} falls outside years 1 to 9999 in UTC; is the year right?</source>
        <translation>{time} queda fuera de los años 1 a 9999 en UTC; ¿es correcto el año?</translation>
    </message>
    <message>
        <source>{reason}; scale it down</source>
        <translation>{reason}; redúzcala</translation>
    </message>
    <message>
        <source>a {kind} photo with no suffix; other tools may refuse it: rename it to {suffix}</source>
        <translation>una foto {kind} sin extensión; otras herramientas pueden rechazarla: cámbiela a {suffix}</translation>
    </message>
    <message>
        <source>a {kind} photo named {named}; other tools may refuse it: rename it to {suffix}</source>
        <translation>una foto {kind} con la extensión {named}; otras herramientas pueden rechazarla: cámbiela a {suffix}</translation>
    </message>
    <message>
        <source>the photo&apos;s time {time} has no UTC offset; set the trip&apos;s &apos;timezone&apos; or give the photo a &apos;time&apos;</source>
        <translation>la hora de la foto {time} no tiene desfase UTC; indique la &apos;timezone&apos; del viaje o dé a la foto un &apos;time&apos;</translation>
    </message>
    <message>
        <source>no time in the manifest or the photo; it is drawn between its neighbours</source>
        <translation>sin hora en el manifiesto ni en la foto; se coloca entre sus vecinas</translation>
    </message>
    <message>
        <source>listed after photo {number} ({file}, {time}) but taken earlier ({taken})</source>
        <translation>va después de la foto {number} ({file}, {time}) pero se tomó antes ({taken})</translation>
    </message>
    <message>
        <source>the same file as photo {number} ({file})</source>
        <translation>el mismo archivo que la foto {number} ({file})</translation>
    </message>
    <message>
        <source>the same picture as photo {number} ({file}), byte for byte</source>
        <translation>la misma imagen que la foto {number} ({file}), byte a byte</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 error</translation>
    </message>
    <message>
        <source>{count} errors</source>
        <translation>{count} errores</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 aviso</translation>
    </message>
    <message>
        <source>{count} warnings</source>
        <translation>{count} avisos</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 foto</translation>
    </message>
    <message>
        <source>{count} photos</source>
        <translation>{count} fotos</translation>
    </message>
    <message>
        <source>{source}: {photos} checked: {verdict}</source>
        <translation>{source}: {photos} revisadas: {verdict}</translation>
    </message>
    <message>
        <source>no problems found</source>
        <translation>ningún problema</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Next photo</source>
        <translation>Foto siguiente</translation>
    </message>
    <message>
        <source>Previous photo</source>
        <translation>Foto anterior</translation>
    </message>
    <message>
        <source>First photo</source>
        <translation>Primera foto</translation>
    </message>
    <message>
        <source>Last photo</source>
        <translation>Última foto</translation>
    </message>
    <message>
        <source>Go to that photo</source>
        <translation>Ir a esa foto</translation>
    </message>
    <message>
        <source>Start the show from the first photo</source>
        <translation>Empezar la presentación desde la primera foto</translation>
    </message>
    <message>
        <source>Start the show from this photo</source>
        <translation>Empezar la presentación desde esta foto</translation>
    </message>
    <message>
        <source>Presenter view on / off (console + audience)</source>
        <translation>Vista del presentador sí / no (consola + público)</translation>
    </message>
    <message>
        <source>Presenter view: swap the two screens</source>
        <translation>Vista del presentador: intercambiar las dos pantallas</translation>
    </message>
    <message>
        <source>Full screen on / off</source>
        <translation>Pantalla completa sí / no</translation>
    </message>
    <message>
        <source>Close this help, leave zoom, leave full screen</source>
        <translation>Cerrar esta ayuda, salir del zoom, salir de la pantalla completa</translation>
    </message>
    <message>
        <source>Black screen (again to return)</source>
        <translation>Pantalla negra (otra vez para volver)</translation>
    </message>
    <message>
        <source>White screen (again to return)</source>
        <translation>Pantalla blanca (otra vez para volver)</translation>
    </message>
    <message>
        <source>Pause or resume autoplay</source>
        <translation>Pausar o reanudar el pase automático</translation>
    </message>
    <message>
        <source>Hide or show the timeline strip</source>
        <translation>Ocultar o mostrar la línea de tiempo</translation>
    </message>
    <message>
        <source>Hide or show the route map beside the photo</source>
        <translation>Ocultar o mostrar el mapa de la ruta junto a la foto</translation>
    </message>
    <message>
        <source>Overview of every photo (Enter picks)</source>
        <translation>Vista general de todas las fotos (Intro elige)</translation>
    </message>
    <message>
        <source>Find a photo by words, place, date or time</source>
        <translation>Buscar una foto por palabras, lugar, fecha u hora</translation>
    </message>
    <message>
        <source>The photo&apos;s words in full, and where they came from</source>
        <translation>Todos los textos de la foto y de dónde proceden</translation>
    </message>
    <message>
        <source>Show every key</source>
        <translation>Mostrar todas las teclas</translation>
    </message>
    <message>
        <source>Larger caption</source>
        <translation>Pie de foto más grande</translation>
    </message>
    <message>
        <source>Smaller caption</source>
        <translation>Pie de foto más pequeño</translation>
    </message>
    <message>
        <source>Zoom to the photo&apos;s own pixels (100 %) at the mouse; again: fit</source>
        <translation>Ampliar a los píxeles reales (100 %) donde está el ratón; otra vez: ajustar</translation>
    </message>
    <message>
        <source>Zoom in a step, at the mouse</source>
        <translation>Ampliar un paso, donde está el ratón</translation>
    </message>
    <message>
        <source>Zoom out a step, down to fit</source>
        <translation>Reducir un paso, hasta ajustar</translation>
    </message>
    <message>
        <source>Zoomed: back to fit (a 0 after a digit is part of a number)</source>
        <translation>Ampliada: volver a ajustar (un 0 tras una cifra forma parte del número)</translation>
    </message>
    <message>
        <source>Zoomed: move about the photo (arrows step photos when not zoomed)</source>
        <translation>Ampliada: moverse por la foto (sin zoom, las flechas pasan de foto)</translation>
    </message>
    <message>
        <source>Pointer: a red dot at the mouse, on the room&apos;s screen too</source>
        <translation>Puntero: un punto rojo en el ratón, también en la pantalla de la sala</translation>
    </message>
    <message>
        <source>Spotlight: all dimmed but a circle at the mouse</source>
        <translation>Foco: todo oscurecido salvo un círculo en el ratón</translation>
    </message>
    <message>
        <source>Open a trip (manifest or folder)</source>
        <translation>Abrir un viaje (manifiesto o carpeta)</translation>
    </message>
    <message>
        <source>Reload the trip from disk now</source>
        <translation>Volver a cargar el viaje desde el disco ahora</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Export the trip as a PDF handout</source>
        <translation>Exportar el viaje como dosier en PDF</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Presenter console — Trip Viewer</source>
        <translation>Consola del presentador — Trip Viewer</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Swap screens</source>
        <translation>Intercambiar pantallas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Trip notes</source>
        <translation>Notas del viaje</translation>
    </message>
    <message>
        <source>No notes for this photo or trip.</source>
        <translation>No hay notas para esta foto ni para este viaje.</translation>
    </message>
    <message>
        <source>Next · {number} / {count}</source>
        <translation>Siguiente · {number} / {count}</translation>
    </message>
    <message>
        <source>Next · end of the trip</source>
        <translation>Siguiente · fin del viaje</translation>
    </message>
    <message>
        <source>The audience sees a black screen — any key brings the photo back</source>
        <translation>El público ve una pantalla negra — cualquier tecla vuelve a mostrar la foto</translation>
    </message>
    <message>
        <source>The audience sees a white screen — any key brings the photo back</source>
        <translation>El público ve una pantalla blanca — cualquier tecla vuelve a mostrar la foto</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Autoplay waits: zoomed</source>
        <translation>El pase automático espera: foto ampliada</translation>
    </message>
    <message>
        <source>Autoplay waits for the photo</source>
        <translation>El pase automático espera a la foto</translation>
    </message>
    <message>
        <source>Autoplay ends in {time}</source>
        <translation>El pase automático termina en {time}</translation>
    </message>
    <message>
        <source>Next photo in {time}</source>
        <translation>Foto siguiente en {time}</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>{day} {month}</source>
        <translation>{day} {month}</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>{weekday} {date}</source>
        <translation>{weekday} {date}</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>hora desconocida</translation>
    </message>
    <message>
        <source>approx.</source>
        <translation>aprox.</translation>
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
        <translation>Trip Viewer: error inesperado</translation>
    </message>
    <message>
        <source>The show goes on. The details are also in {file}.</source>
        <translation>La presentación continúa. Los detalles están también en {file}.</translation>
    </message>
</context>
<context>
    <name>Find</name>
    <message>
        <source>Type words, a place, a date or a time: Opera House, Dong Dang, 26 Feb, 08:</source>
        <translation>Escriba palabras, un lugar, una fecha o una hora: Ópera, Dong Dang, 26 feb, 08:</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Sin resultados</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Find a photo…</source>
        <translation>Buscar una foto…</translation>
    </message>
    <message>
        <source>↑ ↓: pick  ·  Enter: go to photo  ·  Escape: back</source>
        <translation>↑ ↓: elegir  ·  Intro: ir a la foto  ·  Esc: volver</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 foto</translation>
    </message>
    <message>
        <source>{count} photos</source>
        <translation>{count} fotos</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>■ stop    ● photo    ○ photo placed on the route by its time</source>
        <translation>■ parada    ● foto    ○ foto situada en la ruta por su hora</translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation>Notas: {notes}</translation>
    </message>
    <message>
        <source>Photo missing from this handout</source>
        <translation>Falta la foto en este dosier</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>página {page} de {pages}</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 foto</translation>
    </message>
    <message>
        <source>{count} photos</source>
        <translation>{count} fotos</translation>
    </message>
    <message>
        <source>photo {number}, {file}: {reason}; printed as a placeholder on page {page}</source>
        <translation>foto {number}, {file}: {reason}; impresa como recuadro en la página {page}</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} páginas</translation>
    </message>
    <message>
        <source>Wrote {file}: {photos} on {pages}, {paper}</source>
        <translation>Escrito {file}: {photos} en {pages}, {paper}</translation>
    </message>
</context>
<context>
    <name>HandoutExport</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>A handout is being written: wait, or cancel it</source>
        <translation>Se está escribiendo un dosier: espere o cancélelo</translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation>Exportar dosier</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the handout of {count} photos</source>
        <translation>Escribiendo el dosier de {count} fotos</translation>
    </message>
    <message>
        <source>Handout written: {file} ({pages} pages)</source>
        <translation>Dosier escrito: {file} ({pages} páginas)</translation>
    </message>
    <message>
        <source>Photo {number}, {file}: {reason} (page {page})</source>
        <translation>Foto {number}, {file}: {reason} (página {page})</translation>
    </message>
    <message>
        <source>The handout {file} is written, but these photos could not be printed and have a marked placeholder instead:</source>
        <translation>El dosier {file} está escrito, pero estas fotos no se pudieron imprimir y en su lugar hay un recuadro señalado:</translation>
    </message>
    <message>
        <source>Photos missing from the handout</source>
        <translation>Fotos que faltan en el dosier</translation>
    </message>
    <message>
        <source>Cannot write the handout</source>
        <translation>No se puede escribir el dosier</translation>
    </message>
    <message>
        <source>Handout cancelled: nothing was written</source>
        <translation>Dosier cancelado: no se escribió nada</translation>
    </message>
    <message>
        <source>the handout command ended with status {code}</source>
        <translation>la orden del dosier terminó con el estado {code}</translation>
    </message>
    <message>
        <source>the handout could not be started ({program}: {reason})</source>
        <translation>no se pudo iniciar el dosier ({program}: {reason})</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{folder}: not a folder</source>
        <translation>{folder}: no es una carpeta</translation>
    </message>
    <message>
        <source>{folder}: no photos to import ({kinds})</source>
        <translation>{folder}: no hay fotos que importar ({kinds})</translation>
    </message>
    <message>
        <source>{output}: cannot write the manifest: {reason}</source>
        <translation>{output}: no se puede escribir el manifiesto: {reason}</translation>
    </message>
    <message>
        <source>{output}: a manifest can only open photos in or below its own folder; save it in {folder} or a folder above it</source>
        <translation>{output}: un manifiesto solo puede abrir fotos de su carpeta o de sus subcarpetas; guárdelo en {folder} o en una carpeta superior</translation>
    </message>
    <message>
        <source>{output}: this name is for a photo; name the manifest like trip.yaml</source>
        <translation>{output}: ese nombre es de una foto; llame al manifiesto, por ejemplo, trip.yaml</translation>
    </message>
    <message>
        <source>{output}: is a folder; give the manifest&apos;s file name, like trip.yaml</source>
        <translation>{output}: es una carpeta; indique el nombre de archivo del manifiesto, como trip.yaml</translation>
    </message>
    <message>
        <source>{output}: already exists; use --force to replace it</source>
        <translation>{output}: ya existe; use --force para reemplazarlo</translation>
    </message>
    <message>
        <source>--timezone: unknown time zone {name}; use an IANA name like Asia/Ho_Chi_Minh</source>
        <translation>--timezone: zona horaria desconocida {name}; use un nombre IANA como Europe/Madrid</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 foto</translation>
    </message>
    <message>
        <source>{count} photos</source>
        <translation>{count} fotos</translation>
    </message>
    <message>
        <source>{count} without a caption</source>
        <translation>{count} sin pie de foto</translation>
    </message>
    <message>
        <source>{count} without a credit</source>
        <translation>{count} sin crédito</translation>
    </message>
    <message>
        <source>{count} without a time</source>
        <translation>{count} sin hora</translation>
    </message>
    <message>
        <source>{count} without a place</source>
        <translation>{count} sin lugar</translation>
    </message>
    <message>
        <source>{count} unreadable</source>
        <translation>{count} ilegibles</translation>
    </message>
    <message>
        <source>{count} left out: links out of the manifest&apos;s folder</source>
        <translation>{count} excluidas: enlaces fuera de la carpeta del manifiesto</translation>
    </message>
    <message>
        <source>{count} with a UTC offset from the GPS position</source>
        <translation>{count} con desfase UTC tomado de la posición GPS</translation>
    </message>
    <message>
        <source>Wrote {file}: {photos}{details}. Run &apos;trip-viewer check {file}&apos; before presenting.</source>
        <translation>Escrito {file}: {photos}{details}. Ejecute &apos;trip-viewer check {file}&apos; antes de presentar.</translation>
    </message>
</context>
<context>
    <name>KeyHelp</name>
    <message>
        <source>More below: ↑ ↓, Page Up / Page Down or the wheel to scroll  ·  Escape closes</source>
        <translation>Hay más abajo: ↑ ↓, Re Pág / Av Pág o la rueda para desplazarse  ·  Esc cierra</translation>
    </message>
    <message>
        <source>Mouse wheel</source>
        <translation>Rueda del ratón</translation>
    </message>
    <message>
        <source>Previous / next photo (over the strip: zoom; a zoomed photo: pan)</source>
        <translation>Foto anterior / siguiente (sobre la línea de tiempo: zoom; foto ampliada: desplazar)</translation>
    </message>
    <message>
        <source>Click or drag the strip</source>
        <translation>Clic o arrastrar en la línea de tiempo</translation>
    </message>
    <message>
        <source>Jump to a photo</source>
        <translation>Saltar a una foto</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Right, Down, Space, Page Down, N, Enter</source>
        <translation>→, ↓, Espacio, Av Pág, N, Intro</translation>
    </message>
    <message>
        <source>Left, Up, Backspace, Page Up, P</source>
        <translation>←, ↑, Retroceso, Re Pág, P</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Number, then Enter</source>
        <translation>Número, luego Intro</translation>
    </message>
    <message>
        <source>Shift+F5</source>
        <translation>Mayús+F5</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>B or .</source>
        <translation>B o .</translation>
    </message>
    <message>
        <source>W or ,</source>
        <translation>W o ,</translation>
    </message>
    <message>
        <source>Ctrl+F or /</source>
        <translation>Ctrl+F o /</translation>
    </message>
    <message>
        <source>? or F1</source>
        <translation>? o F1</translation>
    </message>
    <message>
        <source>Ctrl+Plus</source>
        <translation>Ctrl+Más</translation>
    </message>
    <message>
        <source>Ctrl+Minus</source>
        <translation>Ctrl+Menos</translation>
    </message>
    <message>
        <source>Z, double-click</source>
        <translation>Z, doble clic</translation>
    </message>
    <message>
        <source>+ or Ctrl+wheel</source>
        <translation>+ o Ctrl+rueda</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>0 or Escape</source>
        <translation>0 o Esc</translation>
    </message>
    <message>
        <source>Arrows, drag, wheel</source>
        <translation>Flechas, arrastrar, rueda</translation>
    </message>
    <message>
        <source>Shift+L</source>
        <translation>Mayús+L</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>As the System ({language})</source>
        <translation>Como el sistema ({language})</translation>
    </message>
    <message>
        <source>{language}: from the next start of Trip Viewer</source>
        <translation>{language}: desde el próximo inicio de Trip Viewer</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Start in Presenter View With &amp;Two Screens</source>
        <translation>Empezar en vista del presentador con &amp;dos pantallas</translation>
    </message>
    <message>
        <source>Left out of {trip}: {files}</source>
        <translation>Excluido de {trip}: {files}</translation>
    </message>
    <message>
        <source>{trip} — Trip Viewer</source>
        <translation>{trip} — Trip Viewer</translation>
    </message>
    <message>
        <source>The route is drawn from the stops instead: {problem}</source>
        <translation>La ruta se dibuja a partir de las paradas: {problem}</translation>
    </message>
    <message>
        <source>Reloaded {name}: 1 new photo</source>
        <translation>{name} recargado: 1 foto nueva</translation>
    </message>
    <message>
        <source>Reloaded {name}: {count} new photos</source>
        <translation>{name} recargado: {count} fotos nuevas</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Trip</source>
        <translation>&amp;Viaje</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>V&amp;er</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Presentar</translation>
    </message>
    <message>
        <source>&amp;Presenter View</source>
        <translation>Vista del &amp;presentador</translation>
    </message>
    <message>
        <source>&amp;Swap Screens</source>
        <translation>&amp;Intercambiar pantallas</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>Pantalla &amp;completa</translation>
    </message>
    <message>
        <source>&amp;Autoplay</source>
        <translation>Pase &amp;automático</translation>
    </message>
    <message>
        <source>Timeline &amp;Strip</source>
        <translation>&amp;Línea de tiempo</translation>
    </message>
    <message>
        <source>Route &amp;Map</source>
        <translation>&amp;Mapa de la ruta</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Teclas</translation>
    </message>
    <message>
        <source>&amp;Zoom to 100 %</source>
        <translation>&amp;Zoom al 100 %</translation>
    </message>
    <message>
        <source>&amp;Laser Pointer</source>
        <translation>Puntero &amp;láser</translation>
    </message>
    <message>
        <source>Sp&amp;otlight</source>
        <translation>&amp;Foco</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Export &amp;Handout…</source>
        <translation>Exportar &amp;dosier…</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Open a trip</source>
        <translation>Abrir un viaje</translation>
    </message>
    <message>
        <source>Trip manifests (*.yaml *.yml);;All files (*)</source>
        <translation>Manifiestos de viaje (*.yaml *.yml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Opening {file} …</source>
        <translation>Abriendo {file} …</translation>
    </message>
    <message>
        <source>Cannot open the trip</source>
        <translation>No se puede abrir el viaje</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>No time</source>
        <translation>Sin hora</translation>
    </message>
    <message>
        <source>{time} (approx.)</source>
        <translation>{time} (aprox.)</translation>
    </message>
    <message>
        <source>Arrows: move  ·  Enter: go to photo  ·  Escape: back</source>
        <translation>Flechas: moverse  ·  Intro: ir a la foto  ·  Esc: volver</translation>
    </message>
    <message>
        <source>All {count} photos</source>
        <translation>Las {count} fotos</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 foto</translation>
    </message>
</context>
<context>
    <name>PhotoInfo</name>
    <message>
        <source>↑ ↓, Page Up / Page Down or the wheel: scroll  ·  I or Escape: close</source>
        <translation>↑ ↓, Re Pág / Av Pág o la rueda: desplazarse  ·  I o Esc: cerrar</translation>
    </message>
    <message>
        <source>from {source}</source>
        <translation>de {source}</translation>
    </message>
    <message>
        <source>Caption · photo {number} / {count}</source>
        <translation>Pie de foto · foto {number} / {count}</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <source>Place and time</source>
        <translation>Lugar y hora</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
</context>
<context>
    <name>PhotoView</name>
    <message>
        <source>Loading {file} …</source>
        <translation>Cargando {file} …</translation>
    </message>
    <message>
        <source>Cannot show photo {number}: {file}</source>
        <translation>No se puede mostrar la foto {number}: {file}</translation>
    </message>
    <message>
        <source>{reason}. The show goes on.</source>
        <translation>{reason}. La presentación continúa.</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Ordering by capture time: {done} / {total} photos read</source>
        <translation>Ordenando por hora de captura: {done} / {total} fotos leídas</translation>
    </message>
    <message>
        <source>Reading the photos {done} / {total}</source>
        <translation>Leyendo las fotos {done} / {total}</translation>
    </message>
    <message>
        <source>Ordering by capture time …</source>
        <translation>Ordenando por hora de captura …</translation>
    </message>
</context>
<context>
    <name>RouteMap</name>
    <message>
        <source>photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <source>place estimated from its time</source>
        <translation>lugar estimado por su hora</translation>
    </message>
    <message>
        <source>Drawing the map …</source>
        <translation>Dibujando el mapa …</translation>
    </message>
    <message>
        <source>No places in this trip.
Give stops or photos a position (at: [lat, lon]), or use photos with GPS.</source>
        <translation>Este viaje no tiene lugares.
Dé una posición a las paradas o fotos (at: [lat, lon]) o use fotos con GPS.</translation>
    </message>
    <message>
        <source>No coastlines: {problem}</source>
        <translation>Sin costas: {problem}</translation>
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
        <translation>… y {count} más (amplíe con la rueda)</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NUEVA</translation>
    </message>
    <message>
        <source>Placing the photos on the timeline …</source>
        <translation>Colocando las fotos en la línea de tiempo …</translation>
    </message>
    <message>
        <source>Thumbnails {done} / {total}</source>
        <translation>Miniaturas {done} / {total}</translation>
    </message>
</context>
<context>
    <name>Transitions</name>
    <message>
        <source>As Each &amp;Trip Says</source>
        <translation>Según cada &amp;viaje</translation>
    </message>
    <message>
        <source>Always &amp;Cut</source>
        <translation>Siempre &amp;corte</translation>
    </message>
    <message>
        <source>Always &amp;Fade</source>
        <translation>Siempre &amp;fundido</translation>
    </message>
    <message>
        <source>&amp;Transitions</source>
        <translation>&amp;Transiciones</translation>
    </message>
    <message>
        <source>Fade in {seconds} s</source>
        <translation>Fundido en {seconds} s</translation>
    </message>
</context>
<context>
    <name>Zoom</name>
    <message>
        <source>Photo {number} cannot be shown, so it cannot be zoomed</source>
        <translation>La foto {number} no se puede mostrar, así que no se puede ampliar</translation>
    </message>
    <message>
        <source>Photo {number} is still loading: it zooms as soon as it is in</source>
        <translation>La foto {number} aún se está cargando: se ampliará en cuanto llegue</translation>
    </message>
    <message>
        <source>Photo {number} has {megapixels} megapixels: zoom shows it from {share} % of them, to keep memory bounded</source>
        <translation>La foto {number} tiene {megapixels} megapíxeles: el zoom la muestra a partir del {share} % de ellos, para no agotar la memoria</translation>
    </message>
    <message>
        <source>Photo {number}&apos;s full pixels cannot be decoded: {reason}</source>
        <translation>No se pueden descodificar todos los píxeles de la foto {number}: {reason}</translation>
    </message>
</context>
</TS>
