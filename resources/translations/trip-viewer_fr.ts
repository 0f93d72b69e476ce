<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Banner</name>
    <message>
        <source>Still showing the last version that loaded; fix the file to update.</source>
        <translation>La dernière version chargée reste affichée ; corrigez le fichier pour la mettre à jour.</translation>
    </message>
</context>
<context>
    <name>Caption</name>
    <message>
        <source>No caption</source>
        <translation>Sans légende</translation>
    </message>
    <message>
        <source>No credit</source>
        <translation>Sans crédit</translation>
    </message>
    <message>
        <source>Image: {credit}</source>
        <translation>Photo : {credit}</translation>
    </message>
    <message>
        <source>caption from {source}</source>
        <translation>légende tirée de {source}</translation>
    </message>
    <message>
        <source>credit from {source}</source>
        <translation>crédit tiré de {source}</translation>
    </message>
    <message>
        <source>Go to {number}</source>
        <translation>Aller à {number}</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>left out: {reason}</source>
        <translation>écartée : {reason}</translation>
    </message>
    <message>
        <source>its GPS ({gps}) is {km} km from where the route has it at its time ({route})</source>
        <translation>son GPS ({gps}) est à {km} km de l’endroit où le parcours la place à son heure ({route})</translation>
    </message>
    <message>
        <source>no caption in the manifest or the photo</source>
        <translation>aucune légende dans le manifeste ni dans la photo</translation>
    </message>
    <message>
        <source>no credit in the manifest or the photo</source>
        <translation>aucun crédit dans le manifeste ni dans la photo</translation>
    </message>
    <message>
        <source>the manifest says {manifest} but the photo&apos;s {source} says {photo}</source>
        <translation>le manifeste indique {manifest} mais {source} de la photo indique {photo}</translation>
    </message>
    <message>
        <source>{time} falls outside years 1 to 9999 in UTC; is the year right?</source>
        <translation>{time} sort des années 1 à 9999 en UTC ; l’année est-elle juste ?</translation>
    </message>
    <message>
        <source>{reason}; scale it down</source>
        <translation>{reason} ; réduisez-la</translation>
    </message>
    <message>
        <source>a {kind} photo with no suffix; other tools may refuse it: rename it to {suffix}</source>
        <translation>une photo {kind} sans extension ; d’autres outils pourraient la refuser : renommez-la en {suffix}</translation>
    </message>
    <message>
        <source>a {kind} photo named {named}; other tools may refuse it: rename it to {suffix}</source>
        <translation>une photo {kind} nommée {named} ; d’autres outils pourraient la refuser : renommez-la en {suffix}</translation>
    </message>
    <message>
        <source>the photo&apos;s time {time} has no UTC offset; set the trip&apos;s &apos;timezone&apos; or give the photo a &apos;time&apos;</source>
        <translation>l’heure de la photo {time} n’a pas de décalage UTC ; indiquez la &apos;timezone&apos; du voyage ou donnez un &apos;time&apos; à la photo</translation>
    </message>
    <message>
        <source>no time in the manifest or the photo; it is drawn between its neighbours</source>
        <translation>aucune heure dans le manifeste ni dans la photo ; elle est placée entre ses voisines</translation>
    </message>
    <message>
        <source>listed after photo {number} ({file}, {time}) but taken earlier ({taken})</source>
        <translation>placée après la photo {number} ({file}, {time}) mais prise plus tôt ({taken})</translation>
    </message>
    <message>
        <source>the same file as photo {number} ({file})</source>
        <translation>le même fichier que la photo {number} ({file})</translation>
    </message>
    <message>
        <source>the same picture as photo {number} ({file}), byte for byte</source>
        <translation>la même image que la photo {number} ({file}), octet pour octet</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 erreur</translation>
    </message>
    <message>
        <source>{count} errors</source>
        <translation>{count} erreurs</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 avertissement</translation>
    </message>
    <message>
        <source>{count} warnings</source>
        <translation>{count} avertissements</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 photo</translation>
    </message>
    <message>
        <source>{count} photos</source>
        <translation>{count} photos</translation>
    </message>
    <message>
        <source>{source}: {photos} checked: {verdict}</source>
        <translation>{source} : {photos} vérifiées : {verdict}</translation>
    </message>
    <message>
        <source>no problems found</source>
        <translation>aucun problème</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Next photo</source>
        <translation>Photo suivante</translation>
    </message>
    <message>
        <source>Previous photo</source>
        <translation>Photo précédente</translation>
    </message>
    <message>
        <source>First photo</source>
        <translation>Première photo</translation>
    </message>
    <message>
        <source>Last photo</source>
        <translation>Dernière photo</translation>
    </message>
    <message>
        <source>Go to that photo</source>
        <translation>Aller à cette photo</translation>
    </message>
    <message>
        <source>Start the show from the first photo</source>
        <translation>Lancer le diaporama depuis la première photo</translation>
    </message>
    <message>
        <source>Start the show from this photo</source>
        <translation>Lancer le diaporama depuis cette photo</translation>
    </message>
    <message>
        <source>Presenter view on / off (console + audience)</source>
        <translation>Mode présentateur activé / désactivé (console + public)</translation>
    </message>
    <message>
        <source>Presenter view: swap the two screens</source>
        <translation>Mode présentateur : intervertir les deux écrans</translation>
    </message>
    <message>
        <source>Full screen on / off</source>
        <translation>Plein écran activé / désactivé</translation>
    </message>
    <message>
        <source>Close this help, leave zoom, leave full screen</source>
        <translation>Fermer cette aide, quitter le zoom, quitter le plein écran</translation>
    </message>
    <message>
        <source>Black screen (again to return)</source>
        <translation>Écran noir (de nouveau pour revenir)</translation>
    </message>
    <message>
        <source>White screen (again to return)</source>
        <translation>Écran blanc (de nouveau pour revenir)</translation>
    </message>
    <message>
        <source>Pause or resume autoplay</source>
        <translation>Mettre en pause ou reprendre le défilement automatique</translation>
    </message>
    <message>
        <source>Hide or show the timeline strip</source>
        <translation>Masquer ou afficher la frise chronologique</translation>
    </message>
    <message>
        <source>Hide or show the route map beside the photo</source>
        <translation>Masquer ou afficher la carte du parcours à côté de la photo</translation>
    </message>
    <message>
        <source>Overview of every photo (Enter picks)</source>
        <translation>Vue d’ensemble de toutes les photos (Entrée choisit)</translation>
    </message>
    <message>
        <source>Find a photo by words, place, date or time</source>
        <translation>Chercher une photo par mots, lieu, date ou heure</translation>
    </message>
    <message>
        <source>The photo&apos;s words in full, and where they came from</source>
        <translation>Tous les textes de la photo et leur provenance</translation>
    </message>
    <message>
        <source>Show every key</source>
        <translation>Afficher toutes les touches</translation>
    </message>
    <message>
        <source>Larger caption</source>
        <translation>Légende plus grande</translation>
    </message>
    <message>
        <source>Smaller caption</source>
        <translation>Légende plus petite</translation>
    </message>
    <message>
        <source>Zoom to the photo&apos;s own pixels (100 %) at the mouse; again: fit</source>
        <translation>Zoomer aux pixels réels de la photo (100 %) sous la souris ; de nouveau : ajuster</translation>
    </message>
    <message>
        <source>Zoom in a step, at the mouse</source>
        <translation>Zoomer d’un cran, sous la souris</translation>
    </message>
    <message>
        <source>Zoom out a step, down to fit</source>
        <translation>Dézoomer d’un cran, jusqu’à l’ajustement</translation>
    </message>
    <message>
        <source>Zoomed: back to fit (a 0 after a digit is part of a number)</source>
        <translation>En zoom : revenir à l’ajustement (un 0 après un chiffre fait partie du nombre)</translation>
    </message>
    <message>
        <source>Zoomed: move about the photo (arrows step photos when not zoomed)</source>
        <translation>En zoom : se déplacer dans la photo (hors zoom, les flèches changent de photo)</translation>
    </message>
    <message>
        <source>Pointer: a red dot at the mouse, on the room&apos;s screen too</source>
        <translation>Pointeur : un point rouge sous la souris, aussi sur l’écran de la salle</translation>
    </message>
    <message>
        <source>Spotlight: all dimmed but a circle at the mouse</source>
        <translation>Projecteur : tout assombri sauf un cercle sous la souris</translation>
    </message>
    <message>
        <source>Open a trip (manifest or folder)</source>
        <translation>Ouvrir un voyage (manifeste ou dossier)</translation>
    </message>
    <message>
        <source>Reload the trip from disk now</source>
        <translation>Recharger le voyage depuis le disque maintenant</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Export the trip as a PDF handout</source>
        <translation>Exporter le voyage en dossier PDF à distribuer</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Presenter console — Trip Viewer</source>
        <translation>Console du présentateur — Trip Viewer</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Remettre à zéro</translation>
    </message>
    <message>
        <source>Swap screens</source>
        <translation>Intervertir les écrans</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Trip notes</source>
        <translation>Notes du voyage</translation>
    </message>
    <message>
        <source>No notes for this photo or trip.</source>
        <translation>Aucune note pour cette photo ni pour ce voyage.</translation>
    </message>
    <message>
        <source>Next · {number} / {count}</source>
        <translation>Suivante · {number} / {count}</translation>
    </message>
    <message>
        <source>Next · end of the trip</source>
        <translation>Suivante · fin du voyage</translation>
    </message>
    <message>
        <source>The audience sees a black screen — any key brings the photo back</source>
        <translation>Le public voit un écran noir — une touche quelconque ramène la photo</translation>
    </message>
    <message>
        <source>The audience sees a white screen — any key brings the photo back</source>
        <translation>Le public voit un écran blanc — une touche quelconque ramène la photo</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Autoplay waits: zoomed</source>
        <translation>Défilement en attente : zoom actif</translation>
    </message>
    <message>
        <source>Autoplay waits for the photo</source>
        <translation>Défilement en attente de la photo</translation>
    </message>
    <message>
        <source>Autoplay ends in {time}</source>
        <translation>Fin du défilement dans {time}</translation>
    </message>
    <message>
        <source>Next photo in {time}</source>
        <translation>Photo suivante dans {time}</translation>
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
        <translation>heure inconnue</translation>
    </message>
    <message>
        <source>approx.</source>
        <translation>env.</translation>
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
        <translation>Trip Viewer : erreur inattendue</translation>
    </message>
    <message>
        <source>The show goes on. The details are also in {file}.</source>
        <translation>La présentation continue. Les détails figurent aussi dans {file}.</translation>
    </message>
</context>
<context>
    <name>Find</name>
    <message>
        <source>Type words, a place, a date or a time: Opera House, Dong Dang, 26 Feb, 08:</source>
        <translation>Tapez des mots, un lieu, une date ou une heure : Opéra, Dong Dang, 26 févr., 08:</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Find a photo…</source>
        <translation>Chercher une photo…</translation>
    </message>
    <message>
        <source>↑ ↓: pick  ·  Enter: go to photo  ·  Escape: back</source>
        <translation>↑ ↓ : choisir  ·  Entrée : aller à la photo  ·  Échap : retour</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 photo</translation>
    </message>
    <message>
        <source>{count} photos</source>
        <translation>{count} photos</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>■ stop    ● photo    ○ photo placed on the route by its time</source>
        <translation>■ étape    ● photo    ○ photo placée sur le parcours d’après son heure</translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation>Notes : {notes}</translation>
    </message>
    <message>
        <source>Photo missing from this handout</source>
        <translation>Photo absente de ce dossier</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>page {page} sur {pages}</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 photo</translation>
    </message>
    <message>
        <source>{count} photos</source>
        <translation>{count} photos</translation>
    </message>
    <message>
        <source>photo {number}, {file}: {reason}; printed as a placeholder on page {page}</source>
        <translation>photo {number}, {file} : {reason} ; imprimée comme emplacement réservé page {page}</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 page</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} pages</translation>
    </message>
    <message>
        <source>Wrote {file}: {photos} on {pages}, {paper}</source>
        <translation>{file} écrit : {photos} sur {pages}, {paper}</translation>
    </message>
</context>
<context>
    <name>HandoutExport</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>A handout is being written: wait, or cancel it</source>
        <translation>Un dossier est en cours d’écriture : patientez ou annulez-le</translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation>Exporter le dossier</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the handout of {count} photos</source>
        <translation>Écriture du dossier de {count} photos</translation>
    </message>
    <message>
        <source>Handout written: {file} ({pages} pages)</source>
        <translation>Dossier écrit : {file} ({pages} pages)</translation>
    </message>
    <message>
        <source>Photo {number}, {file}: {reason} (page {page})</source>
        <translation>Photo {number}, {file} : {reason} (page {page})</translation>
    </message>
    <message>
        <source>The handout {file} is written, but these photos could not be printed and have a marked placeholder instead:</source>
        <translation>Le dossier {file} est écrit, mais ces photos n’ont pas pu être imprimées et sont remplacées par un emplacement signalé :</translation>
    </message>
    <message>
        <source>Photos missing from the handout</source>
        <translation>Photos absentes du dossier</translation>
    </message>
    <message>
        <source>Cannot write the handout</source>
        <translation>Impossible d’écrire le dossier</translation>
    </message>
    <message>
        <source>Handout cancelled: nothing was written</source>
        <translation>Dossier annulé : rien n’a été écrit</translation>
    </message>
    <message>
        <source>the handout command ended with status {code}</source>
        <translation>la commande du dossier s’est terminée avec le code {code}</translation>
    </message>
    <message>
        <source>the handout could not be started ({program}: {reason})</source>
        <translation>le dossier n’a pas pu être lancé ({program} : {reason})</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{folder}: not a folder</source>
        <translation>{folder} : n’est pas un dossier</translation>
    </message>
    <message>
        <source>{folder}: no photos to import ({kinds})</source>
        <translation>{folder} : aucune photo à importer ({kinds})</translation>
    </message>
    <message>
        <source>{output}: cannot write the manifest: {reason}</source>
        <translation>{output} : impossible d’écrire le manifeste : {reason}</translation>
    </message>
    <message>
        <source>{output}: a manifest can only open photos in or below its own folder; save it in {folder} or a folder above it</source>
        <translation>{output} : un manifeste ne peut ouvrir que les photos de son dossier ou de ses sous-dossiers ; enregistrez-le dans {folder} ou un dossier parent</translation>
    </message>
    <message>
        <source>{output}: this name is for a photo; name the manifest like trip.yaml</source>
        <translation>{output} : ce nom est celui d’une photo ; nommez le manifeste par exemple trip.yaml</translation>
    </message>
    <message>
        <source>{output}: is a folder; give the manifest&apos;s file name, like trip.yaml</source>
        <translation>{output} : est un dossier ; donnez le nom de fichier du manifeste, par exemple trip.yaml</translation>
    </message>
    <message>
        <source>{output}: already exists; use --force to replace it</source>
        <translation>{output} : existe déjà ; utilisez --force pour le remplacer</translation>
    </message>
    <message>
        <source>--timezone: unknown time zone {name}; use an IANA name like Asia/Ho_Chi_Minh</source>
        <translation>--timezone : fuseau horaire inconnu {name} ; utilisez un nom IANA comme Europe/Paris</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 photo</translation>
    </message>
    <message>
        <source>{count} photos</source>
        <translation>{count} photos</translation>
    </message>
    <message>
        <source>{count} without a caption</source>
        <translation>{count} sans légende</translation>
    </message>
    <message>
        <source>{count} without a credit</source>
        <translation>{count} sans crédit</translation>
    </message>
    <message>
        <source>{count} without a time</source>
        <translation>{count} sans heure</translation>
    </message>
    <message>
        <source>{count} without a place</source>
        <translation>{count} sans lieu</translation>
    </message>
    <message>
        <source>{count} unreadable</source>
        <translation>{count} illisibles</translation>
    </message>
    <message>
        <source>{count} left out: links out of the manifest&apos;s folder</source>
        <translation>{count} écartées : liens hors du dossier du manifeste</translation>
    </message>
    <message>
        <source>{count} with a UTC offset from the GPS position</source>
        <translation>{count} avec un décalage UTC tiré de la position GPS</translation>
    </message>
    <message>
        <source>Wrote {file}: {photos}{details}. Run &apos;trip-viewer check {file}&apos; before presenting.</source>
        <translation>{file} écrit : {photos}{details}. Lancez &apos;trip-viewer check {file}&apos; avant de présenter.</translation>
    </message>
</context>
<context>
    <name>KeyHelp</name>
    <message>
        <source>More below: ↑ ↓, Page Up / Page Down or the wheel to scroll  ·  Escape closes</source>
        <translation>Suite plus bas : ↑ ↓, Pg préc / Pg suiv ou la molette pour défiler  ·  Échap ferme</translation>
    </message>
    <message>
        <source>Mouse wheel</source>
        <translation>Molette</translation>
    </message>
    <message>
        <source>Previous / next photo (over the strip: zoom; a zoomed photo: pan)</source>
        <translation>Photo précédente / suivante (sur la frise : zoom ; photo zoomée : déplacement)</translation>
    </message>
    <message>
        <source>Click or drag the strip</source>
        <translation>Cliquer ou glisser sur la frise</translation>
    </message>
    <message>
        <source>Jump to a photo</source>
        <translation>Aller directement à une photo</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Right, Down, Space, Page Down, N, Enter</source>
        <translation>→, ↓, Espace, Pg suiv, N, Entrée</translation>
    </message>
    <message>
        <source>Left, Up, Backspace, Page Up, P</source>
        <translation>←, ↑, Retour arrière, Pg préc, P</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Number, then Enter</source>
        <translation>Numéro, puis Entrée</translation>
    </message>
    <message>
        <source>Shift+F5</source>
        <translation>Maj+F5</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>B or .</source>
        <translation>B ou .</translation>
    </message>
    <message>
        <source>W or ,</source>
        <translation>W ou ,</translation>
    </message>
    <message>
        <source>Ctrl+F or /</source>
        <translation>Ctrl+F ou /</translation>
    </message>
    <message>
        <source>? or F1</source>
        <translation>? ou F1</translation>
    </message>
    <message>
        <source>Ctrl+Plus</source>
        <translation>Ctrl+Plus</translation>
    </message>
    <message>
        <source>Ctrl+Minus</source>
        <translation>Ctrl+Moins</translation>
    </message>
    <message>
        <source>Z, double-click</source>
        <translation>Z, double-clic</translation>
    </message>
    <message>
        <source>+ or Ctrl+wheel</source>
        <translation>+ ou Ctrl+molette</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>0 or Escape</source>
        <translation>0 ou Échap</translation>
    </message>
    <message>
        <source>Arrows, drag, wheel</source>
        <translation>Flèches, glisser, molette</translation>
    </message>
    <message>
        <source>Shift+L</source>
        <translation>Maj+L</translation>
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
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>As the System ({language})</source>
        <translation>Comme le système ({language})</translation>
    </message>
    <message>
        <source>{language}: from the next start of Trip Viewer</source>
        <translation>{language} : au prochain démarrage de Trip Viewer</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Start in Presenter View With &amp;Two Screens</source>
        <translation>Démarrer en mode présentateur avec &amp;deux écrans</translation>
    </message>
    <message>
        <source>Left out of {trip}: {files}</source>
        <translation>Écartés de {trip} : {files}</translation>
    </message>
    <message>
        <source>{trip} — Trip Viewer</source>
        <translation>{trip} — Trip Viewer</translation>
    </message>
    <message>
        <source>The route is drawn from the stops instead: {problem}</source>
        <translation>Le parcours est tracé à partir des étapes : {problem}</translation>
    </message>
    <message>
        <source>Reloaded {name}: 1 new photo</source>
        <translation>{name} rechargé : 1 nouvelle photo</translation>
    </message>
    <message>
        <source>Reloaded {name}: {count} new photos</source>
        <translation>{name} rechargé : {count} nouvelles photos</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Trip</source>
        <translation>&amp;Voyage</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Présenter</translation>
    </message>
    <message>
        <source>&amp;Presenter View</source>
        <translation>Mode &amp;présentateur</translation>
    </message>
    <message>
        <source>&amp;Swap Screens</source>
        <translation>&amp;Intervertir les écrans</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>&amp;Autoplay</source>
        <translation>&amp;Défilement automatique</translation>
    </message>
    <message>
        <source>Timeline &amp;Strip</source>
        <translation>&amp;Frise chronologique</translation>
    </message>
    <message>
        <source>Route &amp;Map</source>
        <translation>&amp;Carte du parcours</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Touches</translation>
    </message>
    <message>
        <source>&amp;Zoom to 100 %</source>
        <translation>&amp;Zoom à 100 %</translation>
    </message>
    <message>
        <source>&amp;Laser Pointer</source>
        <translation>Pointeur &amp;laser</translation>
    </message>
    <message>
        <source>Sp&amp;otlight</source>
        <translation>Pr&amp;ojecteur</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Export &amp;Handout…</source>
        <translation>Exporter le &amp;dossier…</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Open a trip</source>
        <translation>Ouvrir un voyage</translation>
    </message>
    <message>
        <source>Trip manifests (*.yaml *.yml);;All files (*)</source>
        <translation>Manifestes de voyage (*.yaml *.yml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Opening {file} …</source>
        <translation>Ouverture de {file} …</translation>
    </message>
    <message>
        <source>Cannot open the trip</source>
        <translation>Impossible d’ouvrir le voyage</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>No time</source>
        <translation>Sans heure</translation>
    </message>
    <message>
        <source>{time} (approx.)</source>
        <translation>{time} (env.)</translation>
    </message>
    <message>
        <source>Arrows: move  ·  Enter: go to photo  ·  Escape: back</source>
        <translation>Flèches : se déplacer  ·  Entrée : aller à la photo  ·  Échap : retour</translation>
    </message>
    <message>
        <source>All {count} photos</source>
        <translation>Les {count} photos</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 photo</translation>
    </message>
</context>
<context>
    <name>PhotoInfo</name>
    <message>
        <source>↑ ↓, Page Up / Page Down or the wheel: scroll  ·  I or Escape: close</source>
        <translation>↑ ↓, Pg préc / Pg suiv ou la molette : défiler  ·  I ou Échap : fermer</translation>
    </message>
    <message>
        <source>from {source}</source>
        <translation>tiré de {source}</translation>
    </message>
    <message>
        <source>Caption · photo {number} / {count}</source>
        <translation>Légende · photo {number} / {count}</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Place and time</source>
        <translation>Lieu et heure</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
</context>
<context>
    <name>PhotoView</name>
    <message>
        <source>Loading {file} …</source>
        <translation>Chargement de {file} …</translation>
    </message>
    <message>
        <source>Cannot show photo {number}: {file}</source>
        <translation>Impossible d’afficher la photo {number} : {file}</translation>
    </message>
    <message>
        <source>{reason}. The show goes on.</source>
        <translation>{reason}. La présentation continue.</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Ordering by capture time: {done} / {total} photos read</source>
        <translation>Tri par heure de prise de vue : {done} / {total} photos lues</translation>
    </message>
    <message>
        <source>Reading the photos {done} / {total}</source>
        <translation>Lecture des photos {done} / {total}</translation>
    </message>
    <message>
        <source>Ordering by capture time …</source>
        <translation>Tri par heure de prise de vue …</translation>
    </message>
</context>
<context>
    <name>RouteMap</name>
    <message>
        <source>photo</source>
        <translation>photo</translation>
    </message>
    <message>
        <source>place estimated from its time</source>
        <translation>lieu estimé d’après l’heure</translation>
    </message>
    <message>
        <source>Drawing the map …</source>
        <translation>Dessin de la carte …</translation>
    </message>
    <message>
        <source>No places in this trip.
Give stops or photos a position (at: [lat, lon]), or use photos with GPS.</source>
        <translation>Ce voyage n’a aucun lieu.
Donnez une position aux étapes ou aux photos (at: [lat, lon]), ou utilisez des photos avec GPS.</translation>
    </message>
    <message>
        <source>No coastlines: {problem}</source>
        <translation>Pas de côtes : {problem}</translation>
    </message>
    <message>
        <source>Photo {number}: {caption}</source>
        <translation>Photo {number} : {caption}</translation>
    </message>
</context>
<context>
    <name>Strip</name>
    <message>
        <source>… and {count} more (zoom in with the wheel)</source>
        <translation>… et {count} de plus (zoomer avec la molette)</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NOUV.</translation>
    </message>
    <message>
        <source>Placing the photos on the timeline …</source>
        <translation>Placement des photos sur la frise …</translation>
    </message>
    <message>
        <source>Thumbnails {done} / {total}</source>
        <translation>Vignettes {done} / {total}</translation>
    </message>
</context>
<context>
    <name>Transitions</name>
    <message>
        <source>As Each &amp;Trip Says</source>
        <translation>Selon chaque &amp;voyage</translation>
    </message>
    <message>
        <source>Always &amp;Cut</source>
        <translation>Toujours &amp;cut</translation>
    </message>
    <message>
        <source>Always &amp;Fade</source>
        <translation>Toujours &amp;fondu</translation>
    </message>
    <message>
        <source>&amp;Transitions</source>
        <translation>&amp;Transitions</translation>
    </message>
    <message>
        <source>Fade in {seconds} s</source>
        <translation>Fondu en {seconds} s</translation>
    </message>
</context>
<context>
    <name>Zoom</name>
    <message>
        <source>Photo {number} cannot be shown, so it cannot be zoomed</source>
        <translation>La photo {number} ne peut pas être affichée, ni donc zoomée</translation>
    </message>
    <message>
        <source>Photo {number} is still loading: it zooms as soon as it is in</source>
        <translation>La photo {number} se charge encore : le zoom suivra dès qu’elle sera là</translation>
    </message>
    <message>
        <source>Photo {number} has {megapixels} megapixels: zoom shows it from {share} % of them, to keep memory bounded</source>
        <translation>La photo {number} fait {megapixels} mégapixels : le zoom l’affiche à partir de {share} % d’entre eux, pour limiter la mémoire</translation>
    </message>
    <message>
        <source>Photo {number}&apos;s full pixels cannot be decoded: {reason}</source>
        <translation>Les pixels complets de la photo {number} ne peuvent pas être décodés : {reason}</translation>
    </message>
</context>
</TS>
