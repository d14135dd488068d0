<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>no routine with id %1 (known: %2)</source>
        <translation>keine Routine mit der ID %1 (bekannt: %2)</translation>
    </message>
    <message>
        <source>the routine file has problems:</source>
        <translation>die Routine-Datei hat Probleme:</translation>
    </message>
    <message>
        <source>the picture could not be written</source>
        <translation>das Bild konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>could not save the screenshot to %1: %2</source>
        <translation>das Bildschirmfoto konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>unexpected error: %1</source>
        <translation>unerwarteter Fehler: %1</translation>
    </message>
    <message>
        <source>Sciatica Routines could not start:</source>
        <translation>Sciatica Routines konnte nicht starten:</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Open Sciatica Routines</source>
        <translation>Sciatica Routines öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Sciatica Routines is still running</source>
        <translation>Sciatica Routines läuft weiter</translation>
    </message>
    <message>
        <source>Reminders keep coming while the window is closed. To stop the app, choose Quit from this icon&apos;s menu; Settings can turn this off.</source>
        <translation>Erinnerungen kommen weiter, auch wenn das Fenster geschlossen ist. Um die App zu beenden, wählen Sie „Beenden“ im Menü dieses Symbols; in den Einstellungen können Sie das abschalten.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Pain, 0 to 10: daily average and 7-day average</source>
        <extracomment>No line is drawn across more than this many days without data. Periods longer than this show routines per month rather than per week. The least gap between two date labels, in pixels. A legend entry: the mark&apos;s kind, its label, colour and line style.</extracomment>
        <translation>Schmerz, 0 bis 10: Tagesmittel und 7-Tage-Mittel</translation>
    </message>
    <message numerus="yes">
        <source>Pain, 0 to 10: average of every %n days</source>
        <translation>
            <numerusform>Schmerz, 0 bis 10: Mittel über jeweils %n Tag</numerusform>
            <numerusform>Schmerz, 0 bis 10: Mittel über jeweils %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Back, daily</source>
        <translation>Rücken, täglich</translation>
    </message>
    <message>
        <source>Leg, daily</source>
        <translation>Bein, täglich</translation>
    </message>
    <message>
        <source>Back, %1</source>
        <translation>Rücken, %1</translation>
    </message>
    <message>
        <source>Leg, %1</source>
        <translation>Bein, %1</translation>
    </message>
    <message>
        <source>Emergency symptoms reported</source>
        <translation>Notfallzeichen gemeldet</translation>
    </message>
    <message>
        <source>How far down the leg the pain reaches each day (lower is better)</source>
        <translation>Wie weit der Schmerz täglich ins Bein reicht (niedriger ist besser)</translation>
    </message>
    <message numerus="yes">
        <source>How far down the leg the pain typically reaches, every %n days (lower is better)</source>
        <translation>
            <numerusform>Wie weit der Schmerz meist ins Bein reicht, je %n Tag (niedriger ist besser)</numerusform>
            <numerusform>Wie weit der Schmerz meist ins Bein reicht, je %n Tage (niedriger ist besser)</numerusform>
        </translation>
    </message>
    <message>
        <source>Routines per week: completed, and stopped early</source>
        <translation>Routinen pro Woche: beendet und vorzeitig abgebrochen</translation>
    </message>
    <message>
        <source>Routines per month: completed, and stopped early</source>
        <translation>Routinen pro Monat: beendet und vorzeitig abgebrochen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Vorzeitig abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>Days with a routine, last %n weeks (darker: more routines that day)</source>
        <translation>
            <numerusform>Tage mit einer Routine, letzte %n Woche (dunkler: mehr Routinen an dem Tag)</numerusform>
            <numerusform>Tage mit einer Routine, letzte %n Wochen (dunkler: mehr Routinen an dem Tag)</numerusform>
        </translation>
    </message>
    <message>
        <source>Use the Left and Right arrow keys, Home and End to read each day&apos;s entries.</source>
        <translation>Mit den Pfeiltasten Links und Rechts, Pos1 und Ende lesen Sie die Einträge jedes Tages.</translation>
    </message>
    <message numerus="yes">
        <source>Average back %1, leg %2 (%n entries)</source>
        <translation>
            <numerusform>Mittel Rücken %1, Bein %2 (%n Eintrag)</numerusform>
            <numerusform>Mittel Rücken %1, Bein %2 (%n Einträge)</numerusform>
        </translation>
    </message>
    <message>
        <source>Pain typically reached: %1</source>
        <translation>Der Schmerz reichte meist bis: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>⚠ emergency symptoms reported in this period</source>
        <translation>⚠ Notfallzeichen in diesem Zeitraum gemeldet</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday and date</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>back %1, leg %2, reaches: %3</source>
        <translation>Rücken %1, Bein %2, reicht bis: %3</translation>
    </message>
    <message>
        <source>⚠ emergency symptoms</source>
        <translation>⚠ Notfallzeichen</translation>
    </message>
    <message numerus="yes">
        <source>%n days with a routine in the last %1 weeks</source>
        <extracomment>%n is the number of days with a routine, %1 the number of weeks shown.</extracomment>
        <translation>
            <numerusform>%n Tag mit einer Routine in den letzten %1 Wochen</numerusform>
            <numerusform>%n Tage mit einer Routine in den letzten %1 Wochen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <source>Sound is off: the audio library could not load (%1).</source>
        <extracomment>Quiet time after a chime before the voice speaks, so the two never overlap.</extracomment>
        <translation>Der Ton ist aus: Die Audio-Bibliothek konnte nicht geladen werden (%1).</translation>
    </message>
    <message>
        <source>Sound is off: no audio output device was found.</source>
        <translation>Der Ton ist aus: Es wurde kein Audio-Ausgabegerät gefunden.</translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <source>Today&apos;s backup of your journal could not be made: %1</source>
        <translation>Die heutige Sicherung Ihres Tagebuchs konnte nicht erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <source>One item per line, e.g. Foam roller</source>
        <translation>Ein Gegenstand pro Zeile, z. B. Faszienrolle</translation>
    </message>
    <message>
        <source>One caution per line</source>
        <translation>Ein Hinweis pro Zeile</translation>
    </message>
    <message>
        <source>Not set (format 1)</source>
        <translation>Nicht festgelegt (Format 1)</translation>
    </message>
    <message>
        <source>On the floor</source>
        <translation>Auf dem Boden</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>Im Sitzen</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Im Stehen</translation>
    </message>
    <message>
        <source>Where the body is; setting it saves the routine in format 2</source>
        <translation>Wo sich der Körper befindet; wenn Sie das festlegen, wird die Routine im Format 2 gespeichert</translation>
    </message>
    <message>
        <source>What is known, and how strongly (optional)</source>
        <translation>Was bekannt ist und wie sicher (optional)</translation>
    </message>
    <message>
        <source>Gentle version of</source>
        <translation>Sanfte Version von</translation>
    </message>
    <message>
        <source>Mark this routine as the flare-day version of another: the library suggests it when your last logged pain is high</source>
        <translation>Diese Routine als Version für Tage mit Schmerzschub einer anderen markieren: Die Bibliothek schlägt sie vor, wenn Ihr zuletzt eingetragener Schmerz hoch ist</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Drag to reorder, or Alt+Up / Alt+Down</source>
        <translation>Zum Umsortieren ziehen, oder Alt+Hoch / Alt+Runter</translation>
    </message>
    <message>
        <source>Once (no sides)</source>
        <translation>Einmal (ohne Seiten)</translation>
    </message>
    <message>
        <source>Left, then right</source>
        <translation>Links, dann rechts</translation>
    </message>
    <message>
        <source>Right, then left</source>
        <translation>Rechts, dann links</translation>
    </message>
    <message>
        <source>e.g. 10s (between reps and sides)</source>
        <translation>z. B. 10s (zwischen Wiederholungen und Seiten)</translation>
    </message>
    <message>
        <source>Bundled pictures</source>
        <translation>Mitgelieferte Bilder</translation>
    </message>
    <message>
        <source>Bundled pictures…</source>
        <translation>Mitgelieferte Bilder…</translation>
    </message>
    <message>
        <source>Shown on this step, e.g. Skip this on a flare day (optional)</source>
        <translation>Wird bei diesem Schritt gezeigt, z. B. „An Tagen mit Schmerzschub weglassen“ (optional)</translation>
    </message>
    <message>
        <source>Take turns</source>
        <translation>Abwechseln</translation>
    </message>
    <message>
        <source>Sides take turns rep by rep: left, right, left, right</source>
        <translation>Die Seiten wechseln sich bei jeder Wiederholung ab: links, rechts, links, rechts</translation>
    </message>
    <message>
        <source>Spoken when the step starts (optional)</source>
        <translation>Wird zu Beginn des Schritts gesprochen (optional)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Ausprobieren</translation>
    </message>
    <message>
        <source>Run this routine in the player without saving</source>
        <translation>Diese Routine ohne Speichern im Abspieler starten</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Routine editor</source>
        <translation>Routinen-Editor</translation>
    </message>
    <message>
        <source>Routine to edit</source>
        <translation>Zu bearbeitende Routine</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Edit your routine, or a copy of a bundled one</source>
        <translation>Ihre Routine bearbeiten, oder eine Kopie einer mitgelieferten</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Add routine files from disk, checked like &apos;validate&apos;</source>
        <translation>Routine-Dateien vom Datenträger hinzufügen, geprüft wie mit &apos;validate&apos;</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the chosen routine as a YAML file to share</source>
        <translation>Die gewählte Routine als YAML-Datei zum Weitergeben speichern</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete this routine of your own (you can undo)</source>
        <translation>Diese eigene Routine löschen (Sie können das rückgängig machen)</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Löschen rückgängig</translation>
    </message>
    <message>
        <source>Import routines</source>
        <translation>Routinen importieren</translation>
    </message>
    <message>
        <source>Routine files (*.yaml *.yml)</source>
        <translation>Routine-Dateien (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>%1 was not imported:
%2</source>
        <translation>%1 wurde nicht importiert:
%2</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importiert.</translation>
    </message>
    <message>
        <source>Routine already exists</source>
        <translation>Routine gibt es schon</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <source>Export routine</source>
        <translation>Routine exportieren</translation>
    </message>
    <message>
        <source>Routine file (*.yaml)</source>
        <translation>Routine-Datei (*.yaml)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Made from the title; you may change it</source>
        <extracomment>Lines of the problem list in view; more scroll.</extracomment>
        <translation>Aus dem Titel gebildet; Sie können sie ändern</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Dehnung</translation>
    </message>
    <message>
        <source>Self-massage</source>
        <translation>Selbstmassage</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Hilfsmittel</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Studienlage</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Step name</source>
        <translation>Name des Schritts</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Choose picture…</source>
        <translation>Bild wählen…</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Step caution</source>
        <translation>Hinweis zum Schritt</translation>
    </message>
    <message>
        <source>Spoken text</source>
        <translation>Gesprochener Text</translation>
    </message>
    <message>
        <source>(none: an everyday routine)</source>
        <translation>(keine: eine Routine für jeden Tag)</translation>
    </message>
    <message>
        <source>%1 (bundled: edit a copy)</source>
        <translation>%1 (mitgeliefert: eine Kopie bearbeiten)</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Routine löschen</translation>
    </message>
    <message>
        <source>Delete “%1”? Your journal keeps its sessions. You can undo this.</source>
        <translation>„%1“ löschen? Ihr Tagebuch behält die Einheiten dieser Routine. Sie können das rückgängig machen.</translation>
    </message>
    <message>
        <source>Could not delete: %1</source>
        <translation>Löschen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo delete brings it back.</source>
        <translation>„%1“ gelöscht. „Löschen rückgängig“ holt sie zurück.</translation>
    </message>
    <message>
        <source>Could not restore: %1</source>
        <translation>Wiederherstellen nicht möglich: %1</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them before closing?</source>
        <translation>„%1“ hat Änderungen, die nicht gespeichert sind. Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Discard them?</source>
        <translation>„%1“ hat Änderungen, die nicht gespeichert sind. Verwerfen?</translation>
    </message>
    <message>
        <source>This routine</source>
        <translation>Diese Routine</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>Erster Schritt</translation>
    </message>
    <message>
        <source>%1 (my copy)</source>
        <translation>%1 (meine Kopie)</translation>
    </message>
    <message>
        <source>(unnamed step)</source>
        <translation>(Schritt ohne Namen)</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Neuer Schritt</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Ein Bild wählen</translation>
    </message>
    <message>
        <source>Pictures (*.svg *.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.svg *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Picture not copied: your routines folder %1 cannot be written (%2). Check that it exists, that you may write to it and that the disk is not full.</source>
        <translation>Bild nicht kopiert: In Ihren Routinen-Ordner %1 kann nicht geschrieben werden (%2). Prüfen Sie, ob er existiert, ob Sie darin schreiben dürfen und ob der Datenträger voll ist.</translation>
    </message>
    <message>
        <source>Picture not copied: %1 cannot be read (%2).</source>
        <translation>Bild nicht kopiert: %1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>id %1 is already used by %2; choose another</source>
        <translation>Die ID %1 wird schon von %2 verwendet; wählen Sie eine andere</translation>
    </message>
    <message>
        <source>Step %1, %2</source>
        <translation>Schritt %1, %2</translation>
    </message>
    <message>
        <source>Total time: %1</source>
        <translation>Gesamtdauer: %1</translation>
    </message>
    <message>
        <source>No problems: ready to save.</source>
        <translation>Keine Probleme: bereit zum Speichern.</translation>
    </message>
    <message>
        <source>Fill in the fields above; this list shows what is still missing</source>
        <translation>Füllen Sie die Felder oben aus; diese Liste zeigt, was noch fehlt</translation>
    </message>
    <message>
        <source>Fix these to save</source>
        <translation>Beheben Sie diese Punkte, um zu speichern</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensität</translation>
    </message>
    <message>
        <source>Gentle version</source>
        <translation>Sanfte Version</translation>
    </message>
    <message>
        <source>name</source>
        <comment>step field</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>instructions</source>
        <comment>step field</comment>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>duration</source>
        <comment>step field</comment>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>sides</source>
        <comment>step field</comment>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>reps</source>
        <comment>step field</comment>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>rest</source>
        <comment>step field</comment>
        <translation>Pause</translation>
    </message>
    <message>
        <source>picture</source>
        <comment>step field</comment>
        <translation>Bild</translation>
    </message>
    <message>
        <source>spoken text</source>
        <comment>step field</comment>
        <translation>gesprochener Text</translation>
    </message>
    <message>
        <source>caution</source>
        <comment>step field</comment>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>take turns</source>
        <comment>step field</comment>
        <translation>abwechseln</translation>
    </message>
    <message>
        <source>Not saved: your routines folder %1 cannot be written (%2). Check that it exists, that you may write to it and that the disk is not full.</source>
        <translation>Nicht gespeichert: In Ihren Routinen-Ordner %1 kann nicht geschrieben werden (%2). Prüfen Sie, ob er existiert, ob Sie darin schreiben dürfen und ob der Datenträger voll ist.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
</context>
<context>
    <name>EpisodeField</name>
    <message>
        <source>This episode of sciatica began on</source>
        <translation>Diese Ischias-Episode begann am</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <comment>date field</comment>
        <extracomment>A Qt date pattern (German: dd.MM.yyyy).</extracomment>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Episode began on</source>
        <translation>Beginn der Episode</translation>
    </message>
</context>
<context>
    <name>FloorView</name>
    <message>
        <source>Floor mode</source>
        <extracomment>The countdown&apos;s glyph height as a share of the window&apos;s height.</extracomment>
        <translation>Bodenmodus</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Restzeit in diesem Schritt</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Paused: press Space to go on</source>
        <translation>Angehalten: Leertaste drücken, um weiterzumachen</translation>
    </message>
    <message>
        <source>Esc leaves floor mode</source>
        <translation>Esc beendet den Bodenmodus</translation>
    </message>
</context>
<context>
    <name>JournalActions</name>
    <message>
        <source>Not saved: this item is no longer in your journal (it was deleted, or the journal was restored from a backup). Nothing was changed.</source>
        <translation>Nicht gespeichert: Dieser Eintrag ist nicht mehr in Ihrem Tagebuch (er wurde gelöscht, oder das Tagebuch wurde aus einer Sicherung wiederhergestellt). Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Pain journal</source>
        <extracomment>names a routine by its id in the insights</extracomment>
        <translation>Schmerztagebuch</translation>
    </message>
    <message>
        <source>Log pain…</source>
        <translation>Schmerz eintragen…</translation>
    </message>
    <message>
        <source>Log how your back and leg feel now (Ctrl+L)</source>
        <translation>Eintragen, wie sich Rücken und Bein jetzt anfühlen (Strg+L)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected entry (Enter)</source>
        <translation>Den gewählten Eintrag bearbeiten (Eingabetaste)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected item (Delete); you can undo</source>
        <translation>Den gewählten Eintrag löschen (Entf); Sie können das rückgängig machen</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Löschen rückgängig</translation>
    </message>
    <message>
        <source>Put back what you deleted (Ctrl+Z)</source>
        <translation>Gelöschtes zurückholen (Strg+Z)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the journal as JSON or CSV</source>
        <translation>Das Tagebuch als JSON oder CSV speichern</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Merge a JSON export into this journal</source>
        <translation>Einen JSON-Export in dieses Tagebuch übernehmen</translation>
    </message>
    <message>
        <source>Safety card…</source>
        <translation>Sicherheitskarte…</translation>
    </message>
    <message>
        <source>A one-page card with the emergency signs, to print and keep with you</source>
        <translation>Eine einseitige Karte mit den Notfallzeichen, zum Ausdrucken und Mitnehmen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nothing logged yet&lt;/h3&gt;&lt;p&gt;Press &lt;b&gt;Ctrl+L&lt;/b&gt; (or “Log pain…”) to record how your back and leg feel. It takes a few seconds. Log once or twice a day, and after routines, so the progress page can show whether things are improving.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch nichts eingetragen&lt;/h3&gt;&lt;p&gt;Drücken Sie &lt;b&gt;Strg+L&lt;/b&gt; (oder „Schmerz eintragen…“), um festzuhalten, wie sich Rücken und Bein anfühlen. Das dauert nur ein paar Sekunden. Tragen Sie ein- oder zweimal am Tag und nach den Routinen ein, damit die Fortschrittsseite zeigen kann, ob es besser wird.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Journal entries and sessions</source>
        <translation>Tagebucheinträge und Einheiten</translation>
    </message>
    <message>
        <source>Journal: delete the item</source>
        <translation>Tagebuch: den Eintrag löschen</translation>
    </message>
    <message>
        <source>Journal: put back what you deleted</source>
        <translation>Tagebuch: Gelöschtes zurückholen</translation>
    </message>
    <message>
        <source>Entry deleted. Press Ctrl+Z or “Undo delete” to put it back.</source>
        <translation>Eintrag gelöscht. Mit Strg+Z oder „Löschen rückgängig“ holen Sie ihn zurück.</translation>
    </message>
    <message>
        <source>Session deleted. Press Ctrl+Z or “Undo delete” to put it back.</source>
        <translation>Einheit gelöscht. Mit Strg+Z oder „Löschen rückgängig“ holen Sie sie zurück.</translation>
    </message>
    <message>
        <source>Put back.</source>
        <translation>Zurückgeholt.</translation>
    </message>
    <message>
        <source>Export journal</source>
        <translation>Tagebuch exportieren</translation>
    </message>
    <message>
        <source>JSON, complete (*.json);;CSV for spreadsheets (*.csv)</source>
        <translation>JSON, vollständig (*.json);;CSV für Tabellenprogramme (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Import journal</source>
        <translation>Tagebuch importieren</translation>
    </message>
    <message>
        <source>Journal export (*.json)</source>
        <translation>Tagebuch-Export (*.json)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 was not imported: %2. Your journal is unchanged.</source>
        <translation>%1 wurde nicht importiert: %2. Ihr Tagebuch ist unverändert.</translation>
    </message>
    <message>
        <source>What you deleted before the import can no longer be put back with Undo.</source>
        <translation>Was Sie vor dem Import gelöscht haben, lässt sich nicht mehr mit „Löschen rückgängig“ zurückholen.</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Show the gentle version</source>
        <translation>Die sanfte Version zeigen</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <source>No routines could be loaded. Check the problems listed above; the bundled routines may be damaged, so reinstalling the app will restore them.</source>
        <translation>Es konnten keine Routinen geladen werden. Prüfen Sie die oben genannten Probleme; die mitgelieferten Routinen sind vielleicht beschädigt. Wenn Sie die App neu installieren, werden sie wiederhergestellt.</translation>
    </message>
    <message>
        <source>Start routine</source>
        <translation>Routine starten</translation>
    </message>
    <message>
        <source>Open the selected routine in the player (Enter)</source>
        <translation>Die gewählte Routine im Abspieler öffnen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Routine details</source>
        <translation>Details der Routine</translation>
    </message>
    <message>
        <source>Routines paused: why?</source>
        <translation>Routinen pausiert: warum?</translation>
    </message>
    <message>
        <source>Routines are paused after an emergency sign; press to read why</source>
        <translation>Nach einem Notfallzeichen sind die Routinen pausiert; drücken Sie hier, um den Grund zu lesen</translation>
    </message>
    <message>
        <source>Your last logged pain was %1 of 10. On a bad day, the gentle version may suit you better: %2.</source>
        <translation>Ihr zuletzt eingetragener Schmerz war %1 von 10. An einem schlechten Tag passt die sanfte Version vielleicht besser: %2.</translation>
    </message>
</context>
<context>
    <name>LockBanner</name>
    <message>
        <source>A doctor or nurse has checked me…</source>
        <extracomment>Below this width (logical pixels) the lock banner&apos;s buttons go under its line.</extracomment>
        <translation>Ich wurde ärztlich oder von Pflegepersonal untersucht…</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Details ausblenden</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>The warning sign you reported, and how to lift the pause</source>
        <translation>Das Warnzeichen, das Sie gemeldet haben, und wie Sie die Sperre aufheben</translation>
    </message>
    <message>
        <source>Routines are paused</source>
        <translation>Die Routinen sind gesperrt</translation>
    </message>
    <message>
        <source>since %1. If you have not been seen yet, seek emergency care now.</source>
        <translation>seit %1. Wenn Sie noch nicht untersucht wurden, holen Sie sich jetzt sofort ärztliche Hilfe.</translation>
    </message>
    <message>
        <source>You reported: %1</source>
        <translation>Sie haben gemeldet: %1</translation>
    </message>
    <message>
        <source>Has a doctor or nurse checked you?</source>
        <translation>Wurden Sie ärztlich oder von Pflegepersonal untersucht?</translation>
    </message>
    <message>
        <source>Has a doctor or nurse checked you since %1, when you reported an emergency sign? Answer Yes only if they have; the app records it with today&apos;s time and the routines become available again.</source>
        <translation>Wurden Sie seit %1, als Sie ein Notfallzeichen gemeldet haben, ärztlich oder von Pflegepersonal untersucht? Antworten Sie nur dann mit Ja; die App speichert das mit der heutigen Uhrzeit, und die Routinen sind wieder verfügbar.</translation>
    </message>
</context>
<context>
    <name>LogPainDialog</name>
    <message>
        <source>Edit entry</source>
        <translation>Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>Log pain</source>
        <translation>Schmerz eintragen</translation>
    </message>
    <message>
        <source>Back pain</source>
        <translation>Rückenschmerz</translation>
    </message>
    <message>
        <source>Leg pain</source>
        <translation>Beinschmerz</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <comment>date and time field</comment>
        <extracomment>A Qt date-time pattern (German: dd.MM.yyyy HH:mm).</extracomment>
        <translation>dd.MM.yyyy HH:mm</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Which leg</source>
        <translation>Welches Bein</translation>
    </message>
    <message>
        <source>Pain reaches</source>
        <translation>Schmerz reicht bis</translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation>Taubheit</translation>
    </message>
    <message>
        <source>Tingling / pins and needles</source>
        <translation>Kribbeln / Ameisenlaufen</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Schwäche</translation>
    </message>
    <message>
        <source>e.g. ibuprofen 400 mg at 8:00 (optional)</source>
        <translation>z. B. Ibuprofen 400 mg um 8:00 (optional)</translation>
    </message>
    <message>
        <source>What made it better or worse? (optional)</source>
        <translation>Was hat es besser oder schlechter gemacht? (optional)</translation>
    </message>
    <message>
        <source>Pain moving up towards the back is a good sign; spreading towards the foot is a warning.</source>
        <translation>Wandert der Schmerz nach oben zum Rücken, ist das ein gutes Zeichen; breitet er sich zum Fuß hin aus, ist das eine Warnung.</translation>
    </message>
    <message>
        <source>Also</source>
        <translation>Außerdem</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>⚠ Emergency symptoms</source>
        <translation>⚠ Notfallzeichen</translation>
    </message>
    <message>
        <source>Since your last entry, have you noticed any of these? They are rare, but need emergency care, so the app asks every time.</source>
        <translation>Haben Sie seit Ihrem letzten Eintrag eines dieser Zeichen bemerkt? Sie sind selten, brauchen aber sofort ärztliche Hilfe. Darum fragt die App jedes Mal.</translation>
    </message>
    <message>
        <source>Any of these new since last time?</source>
        <translation>Ist eines davon seit dem letzten Mal neu?</translation>
    </message>
    <message>
        <source>Not an emergency, but worth getting checked soon.</source>
        <translation>Kein Notfall, aber lassen Sie es bald ärztlich abklären.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Choose a number for back pain and leg pain to save.</source>
        <translation>Wählen Sie eine Zahl für Rückenschmerz und Beinschmerz, um zu speichern.</translation>
    </message>
    <message>
        <source>Choose a number for back pain to save.</source>
        <translation>Wählen Sie eine Zahl für den Rückenschmerz, um zu speichern.</translation>
    </message>
    <message>
        <source>Choose a number for leg pain to save.</source>
        <translation>Wählen Sie eine Zahl für den Beinschmerz, um zu speichern.</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves.</source>
        <translation>Strg+Eingabe speichert.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <extracomment>A routine started straight away shows its cautions in the lead-in for at least this long.</extracomment>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>&amp;Routinen</translation>
    </message>
    <message>
        <source>&amp;Player</source>
        <translation>&amp;Abspielen</translation>
    </message>
    <message>
        <source>P&amp;rogress</source>
        <translation>&amp;Fortschritt</translation>
    </message>
    <message>
        <source>&amp;Editor</source>
        <translation>&amp;Editor</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Tagebuch</translation>
    </message>
    <message>
        <source>Log pain…</source>
        <translation>Schmerz eintragen…</translation>
    </message>
    <message>
        <source>Log how your back and leg feel now (Ctrl+L)</source>
        <translation>Eintragen, wie sich Rücken und Bein jetzt anfühlen (Strg+L)</translation>
    </message>
    <message>
        <source>Your data folder: %1</source>
        <translation>Ihr Datenordner: %1</translation>
    </message>
    <message>
        <source>&amp;App</source>
        <translation>A&amp;pp</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <source>&amp;Log pain…</source>
        <translation>Schmerz ei&amp;ntragen…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Print a &amp;safety card…</source>
        <translation>&amp;Sicherheitskarte drucken…</translation>
    </message>
    <message>
        <source>&amp;About Sciatica Routines</source>
        <translation>&amp;Über Sciatica Routines</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write the report: %1</source>
        <translation>Der Bericht konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Report saved to %1 (%2).</source>
        <translation>Bericht gespeichert in %1 (%2).</translation>
    </message>
    <message>
        <source>Save the safety card</source>
        <translation>Die Sicherheitskarte speichern</translation>
    </message>
    <message>
        <source>Could not write the safety card: %1</source>
        <translation>Die Sicherheitskarte konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Safety card saved to %1: print it and keep it with you.</source>
        <translation>Sicherheitskarte gespeichert in %1: Drucken Sie sie aus und tragen Sie sie bei sich.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>About Sciatica Routines</source>
        <translation>Über Sciatica Routines</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sciatica Routines %1&lt;/h3&gt;&lt;p&gt;Guided self-massage and stretch routines with a private pain journal. Everything stays on this computer.&lt;/p&gt;&lt;p&gt;This app offers self-care guidance. It is not a diagnosis or a treatment, and it cannot promise a cure. See a clinician if your pain gets worse, spreads down your leg, or does not improve.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sciatica Routines %1&lt;/h3&gt;&lt;p&gt;Angeleitete Routinen zur Selbstmassage und Dehnung, mit einem privaten Schmerztagebuch. Alles bleibt auf diesem Computer.&lt;/p&gt;&lt;p&gt;Diese App gibt Anleitungen zur Selbsthilfe. Sie ist keine Diagnose und keine Behandlung und kann keine Heilung versprechen. Gehen Sie zu Ihrer Ärztin oder Ihrem Arzt, wenn Ihr Schmerz stärker wird, ins Bein ausstrahlt oder nicht besser wird.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss the reminder</source>
        <translation>Die Erinnerung ausblenden</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>(System notifications are not available on this desktop, so reminders appear here.)</source>
        <translation>(Systembenachrichtigungen gibt es auf diesem Desktop nicht, darum erscheinen Erinnerungen hier.)</translation>
    </message>
</context>
<context>
    <name>PainMovedQuestion</name>
    <message>
        <source>Since you started, did your pain move further down the leg, back towards the back, or neither?</source>
        <translation>Ist Ihr Schmerz seit dem Beginn weiter ins Bein hinuntergewandert, zurück zum Rücken hin, oder weder noch?</translation>
    </message>
    <message>
        <source>Pain moved: %1</source>
        <translation>Schmerz gewandert: %1</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>%1: %2 of 10</source>
        <translation>%1: %2 von 10</translation>
    </message>
    <message>
        <source>0 = no pain</source>
        <translation>0 = kein Schmerz</translation>
    </message>
    <message>
        <source>10 = worst pain imaginable</source>
        <translation>10 = schlimmster vorstellbarer Schmerz</translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation>%1 von 10</translation>
    </message>
</context>
<context>
    <name>PlayerPage</name>
    <message>
        <source>Choose a routine on the Routines page and press “Start routine”.</source>
        <translation>Wählen Sie auf der Seite „Routinen“ eine Routine und drücken Sie „Routine starten“.</translation>
    </message>
    <message>
        <source>Optional: how bad is your pain right now?</source>
        <translation>Optional: Wie stark ist Ihr Schmerz gerade?</translation>
    </message>
    <message>
        <source>Start routine (Space)</source>
        <translation>Routine starten (Leertaste)</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Restzeit in diesem Schritt</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Restart this step; twice goes back a step (Left or P)</source>
        <translation>Diesen Schritt neu beginnen; zweimal geht einen Schritt zurück (Links oder P)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation>Anhalten oder fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>Skip to the next step (Right or N)</source>
        <translation>Zum nächsten Schritt springen (Rechts oder N)</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Start the routine again (R)</source>
        <translation>Die Routine neu beginnen (R)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Stop the routine (Esc)</source>
        <translation>Die Routine beenden (Esc)</translation>
    </message>
    <message>
        <source>Next: finished</source>
        <extracomment>Below this width (logical pixels) the step picture goes under the instructions. The least height of the instructions&apos; area on a short screen (logical pixels).</extracomment>
        <translation>Danach: fertig</translation>
    </message>
    <message>
        <source>Next: %1 (left side), %2</source>
        <translation>Danach: %1 (linke Seite), %2</translation>
    </message>
    <message>
        <source>Next: %1 (right side), %2</source>
        <translation>Danach: %1 (rechte Seite), %2</translation>
    </message>
    <message>
        <source>Next: %1, %2</source>
        <translation>Danach: %1, %2</translation>
    </message>
    <message>
        <source>Player</source>
        <extracomment>the session&apos;s row is in the journal now open (so later writes update it)</extracomment>
        <translation>Abspieler</translation>
    </message>
    <message>
        <source>%p% of the routine</source>
        <extracomment>%p is the percentage done; keep it, with its % sign.</extracomment>
        <translation>%p % der Routine</translation>
    </message>
    <message>
        <source>Progress through the routine</source>
        <translation>Fortschritt in der Routine</translation>
    </message>
    <message>
        <source>Progress through this step</source>
        <translation>Fortschritt in diesem Schritt</translation>
    </message>
    <message>
        <source>Floor mode</source>
        <translation>Bodenmodus</translation>
    </message>
    <message>
        <source>The countdown alone, full screen, to read from the floor (F11)</source>
        <translation>Nur der Countdown, im Vollbild, vom Boden aus lesbar (F11)</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Sound cues on or off</source>
        <translation>Tonsignale ein oder aus</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Spoken step names on or off</source>
        <translation>Gesprochene Schrittnamen ein oder aus</translation>
    </message>
    <message>
        <source>What you did</source>
        <translation>Was Sie gemacht haben</translation>
    </message>
    <message>
        <source>Optional: how bad is your pain now?</source>
        <translation>Optional: Wie stark ist Ihr Schmerz jetzt?</translation>
    </message>
    <message>
        <source>⚠ %1 If it does, or if the pain is not improving, review your plan with a clinician.</source>
        <translation>⚠ %1 Wenn das passiert oder der Schmerz nicht besser wird, besprechen Sie Ihren Plan ärztlich oder physiotherapeutisch.</translation>
    </message>
    <message>
        <source>Back to routines</source>
        <translation>Zurück zu den Routinen</translation>
    </message>
    <message>
        <source>Player: start, pause or resume</source>
        <translation>Abspieler: starten, anhalten oder fortsetzen</translation>
    </message>
    <message>
        <source>Player: next step</source>
        <translation>Abspieler: nächster Schritt</translation>
    </message>
    <message>
        <source>Player: restart the step; twice, the step before</source>
        <translation>Abspieler: den Schritt neu beginnen; zweimal: der Schritt davor</translation>
    </message>
    <message>
        <source>Player: start the routine again (asks first)</source>
        <translation>Abspieler: die Routine neu beginnen (fragt vorher)</translation>
    </message>
    <message>
        <source>Player: stop the routine (asks first)</source>
        <translation>Abspieler: die Routine beenden (fragt vorher)</translation>
    </message>
    <message>
        <source>Player: full screen on or off</source>
        <translation>Abspieler: Vollbild ein oder aus</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>no equipment</source>
        <translation>ohne Hilfsmittel</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <source>What the evidence says</source>
        <translation>Was die Studienlage sagt</translation>
    </message>
    <message>
        <source>Routines are paused</source>
        <translation>Die Routinen sind gesperrt</translation>
    </message>
    <message>
        <source>%1 (try-out, not saved)</source>
        <translation>%1 (zum Ausprobieren, nicht gespeichert)</translation>
    </message>
    <message>
        <source>Start again?</source>
        <translation>Neu beginnen?</translation>
    </message>
    <message>
        <source>Start this routine again from the beginning?</source>
        <translation>Diese Routine von vorn beginnen?</translation>
    </message>
    <message>
        <source>Stop the routine?</source>
        <translation>Routine beenden?</translation>
    </message>
    <message>
        <source>Stop this routine now? It is saved in your journal as stopped.</source>
        <translation>Diese Routine jetzt beenden? Sie wird in Ihrem Tagebuch als abgebrochen gespeichert.</translation>
    </message>
    <message>
        <source>Sound: on</source>
        <translation>Ton: ein</translation>
    </message>
    <message>
        <source>Sound: off</source>
        <translation>Ton: aus</translation>
    </message>
    <message>
        <source>Voice: on</source>
        <translation>Stimme: ein</translation>
    </message>
    <message>
        <source>Voice: off</source>
        <translation>Stimme: aus</translation>
    </message>
    <message>
        <source>Rep %1 of %2</source>
        <translation>Wiederholung %1 von %2</translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation>Bild: %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Paused — press Space to continue</source>
        <translation>Angehalten – drücken Sie die Leertaste, um fortzufahren</translation>
    </message>
    <message>
        <source>The computer was asleep, so the routine paused where you were. Press Space to continue.</source>
        <translation>Der Computer war im Ruhezustand, darum wurde die Routine an dieser Stelle angehalten. Drücken Sie die Leertaste, um fortzufahren.</translation>
    </message>
    <message>
        <source>This was a try-out: nothing was written to your journal.</source>
        <translation>Das war ein Ausprobieren: In Ihr Tagebuch wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Routine complete. Well done.</source>
        <translation>Routine fertig. Gut gemacht.</translation>
    </message>
    <message>
        <source>Rate your pain now if you like: your journal keeps it beside the rating from before the routine.</source>
        <translation>Bewerten Sie Ihren Schmerz jetzt, wenn Sie möchten: Ihr Tagebuch speichert ihn neben dem Wert von vor der Routine.</translation>
    </message>
    <message>
        <source>Routine stopped.</source>
        <translation>Routine beendet.</translation>
    </message>
    <message>
        <source>That is fine: stop whenever something does not feel right. It is saved in your journal as stopped.</source>
        <translation>Das ist in Ordnung: Hören Sie immer auf, wenn sich etwas nicht richtig anfühlt. Sie wird in Ihrem Tagebuch als abgebrochen gespeichert.</translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message numerus="yes">
        <source>… and %n more problems</source>
        <translation>
            <numerusform>… und %n weiteres Problem</numerusform>
            <numerusform>… und %n weitere Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ 1 routine file could not be loaded and was skipped.</source>
        <translation>⚠ 1 Routine-Datei konnte nicht geladen werden und wurde übersprungen.</translation>
    </message>
    <message>
        <source>⚠ %1 routine files could not be loaded and were skipped.</source>
        <translation>⚠ %1 Routine-Dateien konnten nicht geladen werden und wurden übersprungen.</translation>
    </message>
    <message>
        <source>Your other routines are fine.</source>
        <translation>Ihre anderen Routinen sind in Ordnung.</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Chart: back and leg pain over time</source>
        <translation>Diagramm: Rücken- und Beinschmerz im Verlauf</translation>
    </message>
    <message>
        <source>Chart: how far down the leg the pain reached</source>
        <translation>Diagramm: wie weit der Schmerz ins Bein reichte</translation>
    </message>
    <message>
        <source>Chart: routines done per week</source>
        <translation>Diagramm: Routinen pro Woche</translation>
    </message>
    <message>
        <source>Calendar: days with a routine</source>
        <translation>Kalender: Tage mit einer Routine</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 zeigen</translation>
    </message>
    <message>
        <source>Create report…</source>
        <translation>Bericht erstellen…</translation>
    </message>
    <message>
        <source>A one- or two-page PDF for your clinician</source>
        <translation>Ein ein- oder zweiseitiges PDF für Ihre Ärztin, Ihren Arzt oder Ihre Physiotherapie</translation>
    </message>
    <message>
        <source>Weekly check…</source>
        <translation>Wöchentliche Abfrage…</translation>
    </message>
    <message>
        <source>Seven quick questions about the past week (SBI and PEG), for your report</source>
        <translation>Sieben kurze Fragen zur letzten Woche (SBI und PEG), für Ihren Bericht</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nothing to show yet&lt;/h3&gt;&lt;p&gt;Your progress appears here as you use the app:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Log how your back and leg feel with &lt;b&gt;Ctrl+L&lt;/b&gt;, once or twice a day.&lt;/li&gt;&lt;li&gt;Do a routine from the Routines page, and rate your pain before and after it.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;After a few days you will see your pain over time; after a few rated sessions, which routine helps you.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch nichts zu zeigen&lt;/h3&gt;&lt;p&gt;Ihr Fortschritt erscheint hier, während Sie die App nutzen:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Tragen Sie mit &lt;b&gt;Strg+L&lt;/b&gt; ein- oder zweimal am Tag ein, wie sich Rücken und Bein anfühlen.&lt;/li&gt;&lt;li&gt;Machen Sie eine Routine von der Seite „Routinen“ und bewerten Sie Ihren Schmerz davor und danach.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Nach ein paar Tagen sehen Sie Ihren Schmerzverlauf; nach ein paar bewerteten Einheiten, welche Routine Ihnen hilft.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Charts and tables</source>
        <translation>Diagramme und Tabellen</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Davor</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Danach</translation>
    </message>
    <message>
        <source>Median change</source>
        <translation>Median der Änderung</translation>
    </message>
    <message>
        <source>What it shows</source>
        <translation>Was es zeigt</translation>
    </message>
    <message>
        <source>Does it help: pain before and after</source>
        <translation>Hilft es: Schmerz davor und danach</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Diagramm als PNG speichern…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Does it help? Pain before and after each routine&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Hilft es? Schmerz vor und nach jeder Routine&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Weekly check</source>
        <translation>Wöchentliche Abfrage</translation>
    </message>
    <message>
        <source>No routine has been rated before and after yet. When you start a routine, pick a number for your pain; rate it again when you finish.</source>
        <translation>Noch keine Routine wurde davor und danach bewertet. Wählen Sie beim Start einer Routine eine Zahl für Ihren Schmerz und bewerten Sie ihn am Ende noch einmal.</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>%1 konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>RedFlagAlert</name>
    <message>
        <source>Seek emergency medical care now</source>
        <translation>Holen Sie sich jetzt sofort ärztliche Hilfe</translation>
    </message>
    <message>
        <source>Get checked soon</source>
        <translation>Bald ärztlich abklären</translation>
    </message>
    <message>
        <source>You reported:</source>
        <translation>Sie haben gemeldet:</translation>
    </message>
    <message>
        <source>Your entry has been saved, with these symptoms marked.</source>
        <translation>Ihr Eintrag wurde gespeichert, mit diesen Zeichen markiert.</translation>
    </message>
    <message>
        <source>Your routines are paused until you confirm that a doctor or nurse has checked you since. You can still log your pain.</source>
        <translation>Ihre Routinen sind gesperrt, bis Sie bestätigen, dass Sie seitdem ärztlich oder von Pflegepersonal untersucht wurden. Schmerzen eintragen können Sie weiterhin.</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>You reported, as new:</source>
        <translation>Sie haben als neu gemeldet:</translation>
    </message>
    <message>
        <source>Your entry has been saved with these signs; the clinician report lists them with their dates.</source>
        <translation>Ihr Eintrag wurde mit diesen Zeichen gespeichert; der Bericht für die Ärztin oder den Arzt führt sie mit Datum auf.</translation>
    </message>
</context>
<context>
    <name>ReviewBanner</name>
    <message>
        <source>Dismiss for a week</source>
        <translation>Für eine Woche ausblenden</translation>
    </message>
</context>
<context>
    <name>RoutineDetail</name>
    <message>
        <source>left</source>
        <comment>side</comment>
        <extracomment>Each step&apos;s picture beside it in the library (the pictures are 3:2). A details column narrower than this puts each step&apos;s picture above its text, so a long word (German has many) never needs more width than the column has. A library page narrower than this gives the routine list a share of its width, rather than its usual 360 pixels, so the details keep room to read.</extracomment>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <comment>side</comment>
        <translation>rechts</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>sides</comment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1 then %2</source>
        <comment>sides</comment>
        <translation>%1, dann %2</translation>
    </message>
    <message>
        <source>taking turns</source>
        <translation>abwechselnd</translation>
    </message>
    <message>
        <source>%1 rest between</source>
        <translation>%1 Pause dazwischen</translation>
    </message>
    <message>
        <source>No routine selected</source>
        <translation>Keine Routine gewählt</translation>
    </message>
    <message>
        <source>Choose a routine on the left to see its steps.</source>
        <translation>Wählen Sie links eine Routine, um ihre Schritte zu sehen.</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) of this routine are not translated into your language yet and are shown in English.</source>
        <translation>
            <numerusform>%n Text dieser Routine ist noch nicht in Ihre Sprache übersetzt und wird auf Englisch gezeigt.</numerusform>
            <numerusform>%n Texte dieser Routine sind noch nicht in Ihre Sprache übersetzt und werden auf Englisch gezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>What the evidence says</source>
        <translation>Was die Studienlage sagt</translation>
    </message>
    <message>
        <source>For a bad day:</source>
        <translation>Für einen schlechten Tag:</translation>
    </message>
    <message>
        <source>The gentle version of</source>
        <translation>Die sanfte Version von</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
</context>
<context>
    <name>RoutineFacts</name>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineListModel</name>
    <message>
        <source>Gentle</source>
        <translation>Sanft</translation>
    </message>
    <message>
        <source>No equipment</source>
        <translation>Ohne Hilfsmittel</translation>
    </message>
</context>
<context>
    <name>RoutineSummary</name>
    <message numerus="yes">
        <source>%1 of %n timed parts</source>
        <translation>
            <numerusform>%1 von %n Zeitabschnitt</numerusform>
            <numerusform>%1 von %n Zeitabschnitten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>both sides and repeats, %n timed parts</source>
        <translation>
            <numerusform>beide Seiten und Wiederholungen, %n Zeitabschnitt</numerusform>
            <numerusform>beide Seiten und Wiederholungen, %n Zeitabschnitte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>both sides, %n timed parts</source>
        <translation>
            <numerusform>beide Seiten, %n Zeitabschnitt</numerusform>
            <numerusform>beide Seiten, %n Zeitabschnitte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>repeats, %n timed parts</source>
        <translation>
            <numerusform>Wiederholungen, %n Zeitabschnitt</numerusform>
            <numerusform>Wiederholungen, %n Zeitabschnitte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timed parts</source>
        <translation>
            <numerusform>%n Zeitabschnitt</numerusform>
            <numerusform>%n Zeitabschnitte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n steps</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>alle %n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n steps</source>
        <translation>
            <numerusform>%1 von %n Schritt</numerusform>
            <numerusform>%1 von %n Schritten</numerusform>
        </translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Zeit: %1</translation>
    </message>
    <message>
        <source>Pain before: %1 out of 10</source>
        <translation>Schmerz davor: %1 von 10</translation>
    </message>
</context>
<context>
    <name>SafetyCounts</name>
    <message>
        <source>%1: towards the back (centralised) %2, further down the leg (peripheralised) %3, neither %4</source>
        <translation>%1: zum Rücken hin (zentralisiert) %2, weiter ins Bein hinunter (peripherisiert) %3, weder noch %4</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>zweimal</translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n-mal</numerusform>
            <numerusform>%n-mal</numerusform>
        </translation>
    </message>
    <message>
        <source>Week %1 of this episode (it began on %2).</source>
        <translation>Woche %1 dieser Episode (sie begann am %2).</translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message>
        <source>Before your first routine</source>
        <translation>Vor Ihrer ersten Routine</translation>
    </message>
    <message>
        <source>Optional: the app then shows which week of the episode you are in</source>
        <translation>Optional: Die App zeigt dann, in welcher Woche der Episode Sie sind</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>Verstanden</translation>
    </message>
</context>
<context>
    <name>SafetySummary</name>
    <message>
        <source>Where the pain moved after routines (your answers):</source>
        <translation>Wohin der Schmerz nach den Routinen wanderte (Ihre Antworten):</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Play a chime at each step, ticks at 3-2-1</source>
        <translation>Bei jedem Schritt einen Gong spielen, Ticken bei 3-2-1</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Speak each step&apos;s name and side</source>
        <translation>Name und Seite jedes Schritts ansagen</translation>
    </message>
    <message>
        <source>Stretches done on both sides start with this side</source>
        <translation>Dehnungen auf beiden Seiten beginnen mit dieser Seite</translation>
    </message>
    <message>
        <source>When your last logged back or leg pain is at least this, the library suggests the gentle version of a routine (mark one in the editor)</source>
        <translation>Wenn Ihr zuletzt eingetragener Rücken- oder Beinschmerz mindestens so hoch ist, schlägt die Bibliothek die sanfte Version einer Routine vor (im Editor markieren)</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>Episode</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>Takes effect when you restart the app.</source>
        <translation>Gilt nach einem Neustart der App.</translation>
    </message>
    <message>
        <source>%1 on</source>
        <translation>%1 ein</translation>
    </message>
    <message>
        <source>%1 time</source>
        <translation>%1 Uhrzeit</translation>
    </message>
    <message>
        <source>Routine reminder</source>
        <translation>Erinnerung an die Routine</translation>
    </message>
    <message>
        <source>Log pain reminder</source>
        <translation>Erinnerung ans Schmerz-Eintragen</translation>
    </message>
    <message>
        <source>What you deleted before the restore can no longer be put back with Undo.</source>
        <translation>Was Sie vor dem Wiederherstellen gelöscht haben, lässt sich nicht mehr mit „Löschen rückgängig“ zurückholen.</translation>
    </message>
    <message>
        <source>While a reminder is on, closing the window keeps the app in the tray</source>
        <translation>Bei aktiver Erinnerung bleibt die App nach dem Schließen im Infobereich</translation>
    </message>
    <message>
        <source>In the background</source>
        <translation>Im Hintergrund</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Gesichert in %1</translation>
    </message>
    <message>
        <source>Restore from backup?</source>
        <translation>Aus der Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>Replace your journal with the backup %1? Your current journal is kept beside it, not deleted.</source>
        <translation>Ihr Tagebuch durch die Sicherung %1 ersetzen? Ihr jetziges Tagebuch wird daneben aufbewahrt, nicht gelöscht.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restored %1. Your previous journal was kept as %2.</source>
        <translation>%1 wiederhergestellt. Ihr bisheriges Tagebuch wurde als %2 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Umschalt+Tab</translation>
    </message>
    <message>
        <source>Move to the next or previous control</source>
        <translation>Zum nächsten oder vorigen Bedienelement</translation>
    </message>
    <message>
        <source>0-9, Left, Right, Home, End</source>
        <translation>0-9, Links, Rechts, Pos1, Ende</translation>
    </message>
    <message>
        <source>Pain scales: choose a number (End chooses 10)</source>
        <translation>Schmerzskalen: eine Zahl wählen (Ende wählt 10)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabetaste</translation>
    </message>
    <message>
        <source>Routines list: open the routine in the player</source>
        <translation>Liste der Routinen: die Routine im Abspieler öffnen</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Strg+Eingabetaste</translation>
    </message>
    <message>
        <source>Log pain form: save</source>
        <translation>Formular „Schmerz eintragen“: speichern</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close a dialog without saving</source>
        <translation>Einen Dialog ohne Speichern schließen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Was sie tun</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>Spoken steps are off: speech could not load (%1).</source>
        <extracomment>Seconds to wait for a speech engine before voice is reported as unavailable. Rounds through the engines, and the pause between them: a daemon started on demand may not list its voices at once. No engine has this name: the placeholder is made at once and talks to nobody. Seconds speech-dispatcher has to answer a hello before it counts as stale.</extracomment>
        <translation>Die Ansage der Schritte ist aus: Die Sprachausgabe konnte nicht geladen werden (%1).</translation>
    </message>
    <message>
        <source>Spoken steps are off: the speech service (speech-dispatcher) does not answer. Restarting the computer, or speech-dispatcher, may help.</source>
        <translation>Die Ansage der Schritte ist aus: Der Sprachdienst (speech-dispatcher) antwortet nicht. Ein Neustart des Computers oder von speech-dispatcher kann helfen.</translation>
    </message>
    <message>
        <source>Spoken steps are off: no speech engine is available (install speech-dispatcher to hear them).</source>
        <translation>Die Ansage der Schritte ist aus: Es gibt keine Sprachausgabe (installieren Sie speech-dispatcher, um sie zu hören).</translation>
    </message>
    <message>
        <source>Spoken steps are off: the speech engine did not answer within %1 seconds (restarting speech-dispatcher may help).</source>
        <translation>Die Ansage der Schritte ist aus: Die Sprachausgabe hat nicht innerhalb von %1 Sekunden geantwortet (ein Neustart von speech-dispatcher kann helfen).</translation>
    </message>
    <message>
        <source>Spoken steps are off: speech was closed.</source>
        <translation>Die Ansage der Schritte ist aus: Die Sprachausgabe wurde beendet.</translation>
    </message>
</context>
<context>
    <name>StepFacts</name>
    <message numerus="yes">
        <source>%n times each side</source>
        <translation>
            <numerusform>%n-mal je Seite</numerusform>
            <numerusform>%n-mal je Seite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n-mal</numerusform>
            <numerusform>%n-mal</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>a day heading in the journal; %1 is the weekday, %2 the long date.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Back %1 · Leg %2</source>
        <translation>Rücken %1 · Bein %2</translation>
    </message>
    <message>
        <source>%1, reaches: %2</source>
        <translation>%1, reicht bis: %2</translation>
    </message>
    <message>
        <source>numbness</source>
        <translation>Taubheit</translation>
    </message>
    <message>
        <source>tingling</source>
        <translation>Kribbeln</translation>
    </message>
    <message>
        <source>weakness</source>
        <translation>Schwäche</translation>
    </message>
    <message>
        <source>medication: %1</source>
        <translation>Medikamente: %1</translation>
    </message>
    <message>
        <source>to get checked soon: %1</source>
        <translation>bald ärztlich abklären: %1</translation>
    </message>
    <message>
        <source>EMERGENCY SYMPTOMS REPORTED: %1</source>
        <translation>NOTFALLZEICHEN GEMELDET: %1</translation>
    </message>
    <message>
        <source>pain %1 → %2</source>
        <translation>Schmerz %1 → %2</translation>
    </message>
    <message>
        <source>pain before %1</source>
        <translation>Schmerz davor %1</translation>
    </message>
    <message>
        <source>pain moved: further down the leg</source>
        <translation>Schmerz gewandert: weiter ins Bein hinunter</translation>
    </message>
    <message>
        <source>pain moved: back towards the back</source>
        <translation>Schmerz gewandert: zurück zum Rücken hin</translation>
    </message>
    <message>
        <source>pain moved: neither</source>
        <translation>Schmerz gewandert: weder noch</translation>
    </message>
</context>
<context>
    <name>TimelineRows</name>
    <message numerus="yes">
        <source>Routine completed (%1 of %n timed parts)</source>
        <translation>
            <numerusform>Routine beendet (%1 von %n Zeitabschnitt)</numerusform>
            <numerusform>Routine beendet (%1 von %n Zeitabschnitten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Routine stopped early (%1 of %n timed parts)</source>
        <translation>
            <numerusform>Routine vorzeitig abgebrochen (%1 von %n Zeitabschnitt)</numerusform>
            <numerusform>Routine vorzeitig abgebrochen (%1 von %n Zeitabschnitten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Routine not finished (%1 of %n timed parts)</source>
        <translation>
            <numerusform>Routine nicht zu Ende geführt (%1 von %n Zeitabschnitt)</numerusform>
            <numerusform>Routine nicht zu Ende geführt (%1 von %n Zeitabschnitten)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>No voice for %1 is installed, so the steps are read in the default voice. Install one for your speech engine (for example espeak-ng) to hear them in %1.</source>
        <translation>Für %1 ist keine Stimme installiert, darum werden die Schritte mit der Standardstimme vorgelesen. Installieren Sie eine für Ihre Sprachausgabe (zum Beispiel espeak-ng), um sie auf %1 zu hören.</translation>
    </message>
    <message>
        <source>, left side</source>
        <translation>, linke Seite</translation>
    </message>
    <message>
        <source>, right side</source>
        <translation>, rechte Seite</translation>
    </message>
    <message>
        <source>, %1 of %2</source>
        <translation>, %1 von %2</translation>
    </message>
</context>
<context>
    <name>VoiceOffer</name>
    <message>
        <source>Steps are read aloud: the step, the side, and “rest”, so you can follow from the floor. Keep the voice on?</source>
        <translation>Die Schritte werden vorgelesen: der Schritt, die Seite und „Pause“, damit Sie vom Boden aus folgen können. Die Stimme eingeschaltet lassen?</translation>
    </message>
    <message>
        <source>Keep voice on</source>
        <translation>Stimme eingeschaltet lassen</translation>
    </message>
    <message>
        <source>Turn voice off</source>
        <translation>Stimme ausschalten</translation>
    </message>
</context>
<context>
    <name>WeeklyCheckBanner</name>
    <message>
        <source>&lt;b&gt;Weekly check&lt;/b&gt;: seven quick questions about the past week (about a minute). They help you and your clinician see change beyond pain scores.</source>
        <translation>&lt;b&gt;Wöchentliche Abfrage&lt;/b&gt;: sieben kurze Fragen zur letzten Woche (etwa eine Minute). Sie helfen Ihnen und Ihrer Ärztin, Ihrem Arzt oder Ihrer Physiotherapie, Veränderungen jenseits der Schmerzwerte zu sehen.</translation>
    </message>
    <message>
        <source>Answer (1 minute)…</source>
        <translation>Beantworten (1 Minute)…</translation>
    </message>
    <message>
        <source>Not this week</source>
        <translation>Diese Woche nicht</translation>
    </message>
    <message>
        <source>Ask again in 7 days</source>
        <translation>In 7 Tagen wieder fragen</translation>
    </message>
</context>
<context>
    <name>WeeklyCheckDialog</name>
    <message>
        <source>Weekly check</source>
        <translation>Wöchentliche Abfrage</translation>
    </message>
    <message>
        <source>&lt;b&gt;About a minute, and optional.&lt;/b&gt; Think of the &lt;b&gt;past 7 days&lt;/b&gt;. Skip any question you like. Your clinician may know these two short questionnaires: they show change that pain scores alone miss.</source>
        <translation>&lt;b&gt;Etwa eine Minute, und freiwillig.&lt;/b&gt; Denken Sie an die &lt;b&gt;letzten 7 Tage&lt;/b&gt;. Überspringen Sie jede Frage, die Sie möchten. Ihre Ärztin, Ihr Arzt oder Ihre Physiotherapie kennt diese zwei kurzen Fragebögen vielleicht: Sie zeigen Veränderungen, die Schmerzwerte allein nicht zeigen.</translation>
    </message>
    <message>
        <source>How bothersome was each of these? (0 to 6)</source>
        <translation>Wie belastend war jeder dieser Punkte? (0 bis 6)</translation>
    </message>
    <message>
        <source>Your pain and what it got in the way of (0 to 10)</source>
        <translation>Ihr Schmerz und wobei er Sie behindert hat (0 bis 10)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Answer at least one question, or choose “Not now”.</source>
        <translation>Beantworten Sie mindestens eine Frage, oder wählen Sie „Nicht jetzt“.</translation>
    </message>
</context>
</TS>
