<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ConversationController</name>
    <message>
        <source>Loading the speech model {name}…</source>
        <translation>Sprachmodell {name} wird geladen…</translation>
    </message>
    <message>
        <source>Listening: {source}</source>
        <translation>Hört zu: {source}</translation>
    </message>
    <message>
        <source>No voice on this computer reads {language} aloud.</source>
        <translation>Keine Stimme auf diesem Computer liest {language} vor.</translation>
    </message>
</context>
<context>
    <name>ConversationMenus</name>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Gespräch</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Neues Gespräch</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <source>Glossary…</source>
        <translation>Glossar…</translation>
    </message>
    <message>
        <source>Voices…</source>
        <translation>Stimmen…</translation>
    </message>
    <message>
        <source>Reading mode: committed text only</source>
        <translation>Lesemodus: nur bestätigter Text</translation>
    </message>
    <message>
        <source>Read translations aloud</source>
        <translation>Übersetzungen vorlesen</translation>
    </message>
    <message>
        <source>Pause listening while reading aloud</source>
        <translation>Beim Vorlesen nicht zuhören</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Größerer Text</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Kleinerer Text</translation>
    </message>
    <message>
        <source>&amp;Subtitles</source>
        <translation>&amp;Untertitel</translation>
    </message>
    <message>
        <source>Show the subtitle window</source>
        <translation>Untertitelfenster anzeigen</translation>
    </message>
    <message>
        <source>Show the original too</source>
        <translation>Auch das Original anzeigen</translation>
    </message>
    <message>
        <source>Let clicks pass through</source>
        <translation>Klicks durchlassen</translation>
    </message>
    <message>
        <source>Larger subtitles</source>
        <translation>Größere Untertitel</translation>
    </message>
    <message>
        <source>Smaller subtitles</source>
        <translation>Kleinere Untertitel</translation>
    </message>
    <message>
        <source>Less transparent</source>
        <translation>Weniger transparent</translation>
    </message>
    <message>
        <source>More transparent</source>
        <translation>Transparenter</translation>
    </message>
    <message>
        <source>The conversation history is not available.</source>
        <translation>Der Gesprächsverlauf ist nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>The details are in the log:
{path}</source>
        <translation>Die Einzelheiten stehen im Protokoll:
{path}</translation>
    </message>
    <message>
        <source>No log file could be written.</source>
        <translation>Es konnte keine Protokolldatei geschrieben werden.</translation>
    </message>
    <message>
        <source>Parley hit an unexpected error</source>
        <translation>In Parley ist ein unerwarteter Fehler aufgetreten</translation>
    </message>
    <message>
        <source>Something went wrong ({summary}).

Parley keeps running, but if something no longer works, save what you need and restart it. {place}</source>
        <translation>Etwas ist schiefgelaufen ({summary}).

Parley läuft weiter, doch wenn etwas nicht mehr funktioniert, sichern Sie, was Sie brauchen, und starten Sie Parley neu. {place}</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <source>Terms are given to the model whenever a sentence contains them, and to the speech recogniser as words to expect.</source>
        <translation>Begriffe werden dem Modell mitgegeben, sobald ein Satz sie enthält, und der Spracherkennung als zu erwartende Wörter.</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>Begriff hinzufügen</translation>
    </message>
    <message>
        <source>Remove term</source>
        <translation>Begriff entfernen</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>… and {count} more turns: export the conversation to see them all.</source>
        <translation>… und {count} weitere Beiträge: Exportieren Sie das Gespräch, um alle zu sehen.</translation>
    </message>
    <message>
        <source>Conversation history</source>
        <translation>Gesprächsverlauf</translation>
    </message>
    <message>
        <source>Search titles, names and everything said</source>
        <translation>Titel, Namen und alles Gesagte durchsuchen</translation>
    </message>
    <message>
        <source>Double-click a title to rename the conversation.</source>
        <translation>Doppelklicken Sie auf einen Titel, um das Gespräch umzubenennen.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Verlauf wird gelesen…</translation>
    </message>
    <message>
        <source>No conversations match.</source>
        <translation>Keine Gespräche gefunden.</translation>
    </message>
    <message>
        <source>Nothing kept yet.</source>
        <translation>Noch nichts gespeichert.</translation>
    </message>
    <message>
        <source>Export the conversation</source>
        <translation>Gespräch exportieren</translation>
    </message>
    <message>
        <source>The conversation could not be written to {path}: {reason}.</source>
        <translation>Das Gespräch konnte nicht nach {path} geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Nach {path} exportiert.</translation>
    </message>
</context>
<context>
    <name>HistoryRepair</name>
    <message>
        <source>Recovering the history…</source>
        <translation>Der Verlauf wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>{recovered} Restart Parley to keep new conversations in it.</source>
        <translation>{recovered} Starten Sie Parley neu, damit neue Gespräche darin gespeichert werden.</translation>
    </message>
    <message>
        <source>Recover what can be read</source>
        <translation>Lesbares wiederherstellen</translation>
    </message>
</context>
<context>
    <name>LatencyPanel</name>
    <message>
        <source>Typed: this request</source>
        <translation>Getippt: diese Anfrage</translation>
    </message>
    <message>
        <source>Queue wait</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>Prefill</source>
        <translation>Prefill</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>Erstes Token</translation>
    </message>
    <message>
        <source>Decode</source>
        <translation>Dekodierung</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Typed: session</source>
        <translation>Getippt: Sitzung</translation>
    </message>
    <message>
        <source>First token p50 / p90</source>
        <translation>Erstes Token p50 / p90</translation>
    </message>
    <message>
        <source>Total p50 / p90</source>
        <translation>Gesamt p50 / p90</translation>
    </message>
    <message>
        <source>Decode p50</source>
        <translation>Dekodierung p50</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Speech: after the end of speech (last · p50 / p90)</source>
        <translation>Sprache: nach dem Ende des Sprechens (letzte · p50 / p90)</translation>
    </message>
    <message>
        <source>Final transcript</source>
        <translation>Endgültiges Transkript</translation>
    </message>
    <message>
        <source>Translation done</source>
        <translation>Übersetzung fertig</translation>
    </message>
    <message>
        <source>Start → first word</source>
        <translation>Beginn → erstes Wort</translation>
    </message>
    <message>
        <source>Speech real-time factor</source>
        <translation>Echtzeitfaktor der Sprache</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Verzug</translation>
    </message>
    <message>
        <source>Utterances</source>
        <translation>Äußerungen</translation>
    </message>
    <message>
        <source>Typed: latency per request</source>
        <translation>Getippt: Latenz pro Anfrage</translation>
    </message>
    <message>
        <source>First token (ms)</source>
        <translation>Erstes Token (ms)</translation>
    </message>
    <message>
        <source>Total (ms)</source>
        <translation>Gesamt (ms)</translation>
    </message>
    <message>
        <source>Speech: latency per utterance</source>
        <translation>Sprache: Latenz pro Äußerung</translation>
    </message>
    <message>
        <source>Translation done (ms)</source>
        <translation>Übersetzung fertig (ms)</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Quantisierung</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>GPU-Schichten</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Load time</source>
        <translation>Ladezeit</translation>
    </message>
    <message>
        <source>Speech model</source>
        <translation>Sprachmodell</translation>
    </message>
    <message>
        <source>Draft and refine (last · p50 / p90)</source>
        <translation>Entwurf und Verfeinerung (letzte · p50 / p90)</translation>
    </message>
    <message>
        <source>Typed: first draft token</source>
        <translation>Getippt: erstes Token des Entwurfs</translation>
    </message>
    <message>
        <source>Typed: refined done</source>
        <translation>Getippt: Verfeinerung fertig</translation>
    </message>
    <message>
        <source>Speech: first draft token</source>
        <translation>Sprache: erstes Token des Entwurfs</translation>
    </message>
    <message>
        <source>Speech: final done</source>
        <translation>Sprache: endgültige Fassung fertig</translation>
    </message>
    <message>
        <source>Typed: from the pause in typing; speech: from the end of speech. The draft is the fast model&apos;s; the refined or final translation is the model in use.</source>
        <translation>Getippt: ab der Tipppause; Sprache: ab dem Ende des Sprechens. Der Entwurf stammt vom schnellen Modell, die verfeinerte oder endgültige Übersetzung vom verwendeten Modell.</translation>
    </message>
    <message>
        <source>1 prompt token</source>
        <translation>1 Prompt-Token</translation>
    </message>
    <message numerus="yes">
        <source>%n prompt tokens</source>
        <translation>
            <numerusform>%n Prompt-Token</numerusform>
            <numerusform>%n Prompt-Token</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{cached} of %n sentences cached</source>
        <translation>
            <numerusform>{cached} von %n Satz zwischengespeichert</numerusform>
            <numerusform>{cached} von %n Sätzen zwischengespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>1 utterance waiting</source>
        <translation>1 Äußerung wartet</translation>
    </message>
    <message numerus="yes">
        <source>%n utterances waiting</source>
        <translation>
            <numerusform>%n Äußerung wartet</numerusform>
            <numerusform>%n Äußerungen warten</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} · {device} {compute_type} · loaded in {seconds} s</source>
        <translation>{name} · {device} {compute_type} · in {seconds} s geladen</translation>
    </message>
    <message>
        <source>{layers} of {total}</source>
        <translation>{layers} von {total}</translation>
    </message>
    <message>
        <source>When the machine cannot keep up, Parley translates the final text first: it pauses the tentative translation, re-decodes the speech less often and holds less audio.</source>
        <translation>Wenn der Rechner nicht mithält, übersetzt Parley zuerst den endgültigen Text: Es pausiert die vorläufige Übersetzung, dekodiert die Sprache seltener neu und hält weniger Audio vor.</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Input level</source>
        <translation>Eingangspegel</translation>
    </message>
    <message>
        <source>Input level: {level} dBFS</source>
        <translation>Eingangspegel: {level} dBFS</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>⇄ Swap</source>
        <translation>⇄ Tauschen</translation>
    </message>
    <message>
        <source>Swap source and target languages</source>
        <translation>Ausgangs- und Zielsprache tauschen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the translation</source>
        <translation>Übersetzung kopieren</translation>
    </message>
    <message>
        <source>Person A</source>
        <translation>Person A</translation>
    </message>
    <message>
        <source>Person A&apos;s name, shown beside what they say</source>
        <translation>Name von Person A, neben dem Gesagten angezeigt</translation>
    </message>
    <message>
        <source>Person B</source>
        <translation>Person B</translation>
    </message>
    <message>
        <source>Person B&apos;s name, shown beside what they say</source>
        <translation>Name von Person B, neben dem Gesagten angezeigt</translation>
    </message>
    <message>
        <source>Who speaks: detect from the language</source>
        <translation>Wer spricht: an der Sprache erkennen</translation>
    </message>
    <message>
        <source>Person A speaks and types</source>
        <translation>Person A spricht und tippt</translation>
    </message>
    <message>
        <source>Person B speaks and types</source>
        <translation>Person B spricht und tippt</translation>
    </message>
    <message>
        <source>Detect: each utterance&apos;s language says who spoke (needs Whisper base for two languages). Or fix the side, for example while each person holds the button in turn.</source>
        <translation>Erkennen: Die Sprache jeder Äußerung zeigt, wer gesprochen hat (für zwei Sprachen ist Whisper base nötig). Oder legen Sie die Seite fest, etwa wenn jede Person abwechselnd die Taste gedrückt hält.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Add the typed text and its translation to the conversation (Ctrl+Shift+Enter)</source>
        <translation>Den getippten Text und seine Übersetzung dem Gespräch hinzufügen (Strg+Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Neues Gespräch</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <source>Type here. Ctrl+Enter translates at once; Ctrl+Shift+Enter sends it into the conversation.</source>
        <translation>Hier tippen. Strg+Eingabe übersetzt sofort; Strg+Umschalt+Eingabe sendet den Text ins Gespräch.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open audio file…</source>
        <translation>Audiodatei öffnen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>The interface will be in the language you chose when Parley starts again.</source>
        <translation>Die Oberfläche erscheint beim nächsten Start von Parley in der gewählten Sprache.</translation>
    </message>
    <message>
        <source>Translation copied</source>
        <translation>Übersetzung kopiert</translation>
    </message>
    <message>
        <source>Look for microphones again</source>
        <translation>Erneut nach Mikrofonen suchen</translation>
    </message>
    <message>
        <source>Manage models…</source>
        <translation>Modelle verwalten…</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Andere Datei öffnen…</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Quantisierung</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>Chat-Vorlage</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Automatic (measured on this computer)</source>
        <translation>Automatisch (auf diesem Computer gemessen)</translation>
    </message>
    <message>
        <source>Fast (Gemma 3 270M)</source>
        <translation>Schnell (Gemma 3 270M)</translation>
    </message>
    <message>
        <source>Quality (Qwen2.5-Coder 1.5B)</source>
        <translation>Qualität (Qwen2.5-Coder 1.5B)</translation>
    </message>
    <message>
        <source>unusable</source>
        <translation>unbrauchbar</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Looking for models…</source>
        <translation>Modelle werden gesucht…</translation>
    </message>
    <message>
        <source>How requests are written for this model; Automatic follows its metadata</source>
        <translation>Wie Anfragen für dieses Modell formuliert werden; Automatisch folgt seinen Metadaten</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Add model…</source>
        <translation>Modell hinzufügen…</translation>
    </message>
    <message>
        <source>Add a GGUF file from disk; it is checked before it is listed</source>
        <translation>Eine GGUF-Datei von der Festplatte hinzufügen; sie wird vor der Aufnahme in die Liste geprüft</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Forget a model you added (the file stays on disk)</source>
        <translation>Ein hinzugefügtes Modell vergessen (die Datei bleibt auf der Festplatte)</translation>
    </message>
    <message>
        <source>Use this model</source>
        <translation>Dieses Modell verwenden</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>Prompt:</translation>
    </message>
    <message>
        <source>Bundled model for this computer</source>
        <translation>Mitgeliefertes Modell für diesen Computer</translation>
    </message>
    <message>
        <source>Automatic uses the best translations that keep up on this computer</source>
        <translation>Automatisch wählt die besten Übersetzungen, die auf diesem Computer Schritt halten</translation>
    </message>
    <message>
        <source>Measure again</source>
        <translation>Erneut messen</translation>
    </message>
    <message>
        <source>Time the bundled models here ({budget})</source>
        <translation>Die mitgelieferten Modelle hier messen ({budget})</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>Stufe:</translation>
    </message>
    <message>
        <source>In use: the {tier} tier — {reason}.</source>
        <translation>Verwendet: die Stufe „{tier}“ — {reason}.</translation>
    </message>
    <message>
        <source>Budget: {budget}.</source>
        <translation>Zeitbudget: {budget}.</translation>
    </message>
    <message>
        <source>Add Whisper folder…</source>
        <translation>Whisper-Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>A folder holding a CTranslate2 Whisper model (model.bin, config.json)</source>
        <translation>Ein Ordner mit einem CTranslate2-Whisper-Modell (model.bin, config.json)</translation>
    </message>
    <message>
        <source>{backend}: layers can be offloaded to the GPU</source>
        <translation>{backend}: Schichten können auf die GPU ausgelagert werden</translation>
    </message>
    <message>
        <source>CPU only: this llama.cpp build cannot offload (the README says how to install a GPU build)</source>
        <translation>Nur CPU: Dieser llama.cpp-Build kann nichts auslagern (die README erklärt, wie man einen GPU-Build installiert)</translation>
    </message>
    <message>
        <source>0 keeps the model on the CPU</source>
        <translation>0 lässt das Modell auf der CPU</translation>
    </message>
    <message>
        <source>{size} tokens</source>
        <translation>{size} Token</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Reload the translation model with these settings</source>
        <translation>Das Übersetzungsmodell mit diesen Einstellungen neu laden</translation>
    </message>
    <message>
        <source>llama.cpp build</source>
        <translation>llama.cpp-Build</translation>
    </message>
    <message>
        <source>The model list could not be read: {error}</source>
        <translation>Die Modellliste konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>No translation models were found.</source>
        <translation>Es wurden keine Übersetzungsmodelle gefunden.</translation>
    </message>
    <message>
        <source>Automatic: {style}</source>
        <translation>Automatisch: {style}</translation>
    </message>
    <message>
        <source>Cannot be used: {problem}.</source>
        <translation>Nicht verwendbar: {problem}.</translation>
    </message>
    <message>
        <source>Active: {backend}, {layers} of {total} layers on the GPU, {threads} threads, prompt {style}.</source>
        <translation>Aktiv: {backend}, {layers} von {total} Schichten auf der GPU, {threads} Threads, Prompt {style}.</translation>
    </message>
    <message>
        <source>Memory could not be estimated: {error}</source>
        <translation>Der Speicherbedarf konnte nicht geschätzt werden: {error}</translation>
    </message>
    <message>
        <source>Memory: {estimate}.</source>
        <translation>Speicher: {estimate}.</translation>
    </message>
    <message>
        <source>{warning}

Load it anyway?</source>
        <translation>{warning}

Trotzdem laden?</translation>
    </message>
    <message>
        <source>Add a GGUF model</source>
        <translation>GGUF-Modell hinzufügen</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF-Modelle (*.gguf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Add a CTranslate2 Whisper folder</source>
        <translation>CTranslate2-Whisper-Ordner hinzufügen</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>{name} wird geprüft…</translation>
    </message>
    <message>
        <source>Not added: {error}.</source>
        <translation>Nicht hinzugefügt: {error}.</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name} hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>ModelMenus</name>
    <message>
        <source>&amp;Models</source>
        <translation>&amp;Modelle</translation>
    </message>
    <message>
        <source>Manage models…</source>
        <translation>Modelle verwalten…</translation>
    </message>
    <message>
        <source>Open model file…</source>
        <translation>Modelldatei öffnen…</translation>
    </message>
    <message>
        <source>Use the bundled model</source>
        <translation>Mitgeliefertes Modell verwenden</translation>
    </message>
    <message>
        <source>Open a GGUF model</source>
        <translation>GGUF-Modell öffnen</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF-Modelle (*.gguf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>{stage}…</source>
        <translation>{stage}…</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Kein Modell geladen</translation>
    </message>
    <message>
        <source>{backend} — ready</source>
        <translation>{backend} — bereit</translation>
    </message>
    <message>
        <source>{backend}, {layers} of {total} layers on the GPU</source>
        <translation>{backend}, {layers} von {total} Schichten auf der GPU</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>{name} · {quantization} · {where} · {threads} threads — ready</source>
        <translation>{name} · {quantization} · {where} · {threads} Threads — bereit</translation>
    </message>
    <message>
        <source>{message}. {model} is still active.</source>
        <translation>{message}. {model} bleibt aktiv.</translation>
    </message>
    <message>
        <source>{message}. Choose another model with Models → Manage models…, or use the bundled one.</source>
        <translation>{message}. Wählen Sie unter Modelle → Modelle verwalten… ein anderes Modell oder verwenden Sie das mitgelieferte.</translation>
    </message>
    <message>
        <source>Timing the bundled models on this computer, in the background</source>
        <translation>Die mitgelieferten Modelle werden auf diesem Computer im Hintergrund gemessen</translation>
    </message>
    <message>
        <source>Measuring again, in the background</source>
        <translation>Erneute Messung im Hintergrund</translation>
    </message>
    <message>
        <source>Parley timed its bundled models on this computer and chose the {tier} tier ({seconds} s for a {words}-word sentence): {reason}.</source>
        <translation>Parley hat seine mitgelieferten Modelle auf diesem Computer gemessen und die Stufe „{tier}“ gewählt ({seconds} s für einen Satz mit {words} Wörtern): {reason}.</translation>
    </message>
    <message>
        <source>Parley timed its bundled models on this computer and chose the {tier} tier: {reason}.</source>
        <translation>Parley hat seine mitgelieferten Modelle auf diesem Computer gemessen und die Stufe „{tier}“ gewählt: {reason}.</translation>
    </message>
    <message>
        <source>The quality model could not be prepared: {error}</source>
        <translation>Das Qualitätsmodell konnte nicht vorbereitet werden: {error}</translation>
    </message>
</context>
<context>
    <name>NoticeRow</name>
    <message>
        <source>Dismiss this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
</context>
<context>
    <name>Parties</name>
    <message>
        <source>Person A ({language})</source>
        <translation>Person A ({language})</translation>
    </message>
    <message>
        <source>Person B ({language})</source>
        <translation>Person B ({language})</translation>
    </message>
</context>
<context>
    <name>RefineTyping</name>
    <message>
        <source>Draft with the fast model, refine with this one</source>
        <translation>Entwurf mit dem schnellen Modell, Verfeinerung mit diesem</translation>
    </message>
    <message>
        <source>Drafts come from the bundled fast model, and the model in use is that model, so nothing is refined. Choose a better model (Models → Manage models…) for draft and refine to help.</source>
        <translation>Die Entwürfe kommen vom mitgelieferten schnellen Modell, und genau dieses Modell ist in Gebrauch, also wird nichts verfeinert. Wählen Sie ein besseres Modell (Modelle → Modelle verwalten…), damit Entwurf und Verfeinerung etwas bringen.</translation>
    </message>
    <message>
        <source>The fast model translates as you type or speak; the model in use then translates each finished sentence, and its translation replaces the draft.</source>
        <translation>Das schnelle Modell übersetzt, während Sie tippen oder sprechen; danach übersetzt das verwendete Modell jeden fertigen Satz, und seine Übersetzung ersetzt den Entwurf.</translation>
    </message>
    <message>
        <source>No draft was made: {message}</source>
        <translation>Es wurde kein Entwurf erstellt: {message}</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Empty: the server&apos;s first model</source>
        <translation>Leer: das erste Modell des Servers</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Use this server</source>
        <translation>Diesen Server verwenden</translation>
    </message>
    <message>
        <source>Translate on this computer</source>
        <translation>Auf diesem Computer übersetzen</translation>
    </message>
    <message>
        <source>Stop using the server; the local model translates again</source>
        <translation>Den Server nicht mehr verwenden; das lokale Modell übersetzt wieder</translation>
    </message>
    <message>
        <source>Translate on an OpenAI-compatible server (llama-server, vLLM, Ollama…).</source>
        <translation>Auf einem OpenAI-kompatiblen Server übersetzen (llama-server, vLLM, Ollama…).</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Asking {address} for its models…</source>
        <translation>{address} wird nach seinen Modellen gefragt…</translation>
    </message>
    <message>
        <source>Connected. Models on the server: {models}.</source>
        <translation>Verbunden. Modelle auf dem Server: {models}.</translation>
    </message>
    <message>
        <source>Translating on {address}.</source>
        <translation>Übersetzung auf {address}.</translation>
    </message>
    <message>
        <source>Translating on this computer.</source>
        <translation>Übersetzung auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>SpeechControls</name>
    <message>
        <source>Whisper tiny.en (English)</source>
        <translation>Whisper tiny.en (Englisch)</translation>
    </message>
    <message>
        <source>Whisper base (any language)</source>
        <translation>Whisper base (jede Sprache)</translation>
    </message>
    <message>
        <source>Call: your microphone is Person A and what this computer plays (the other side of a call) is Person B, both translated live. Headphones work best: without them your microphone is muted while the other side is heard, so they are not translated twice.</source>
        <translation>Anruf: Ihr Mikrofon ist Person A, und was dieser Computer abspielt (die andere Seite eines Anrufs), ist Person B; beide werden live übersetzt. Am besten mit Kopfhörern: Ohne sie wird Ihr Mikrofon stummgeschaltet, solange die andere Seite zu hören ist, damit nichts doppelt übersetzt wird.</translation>
    </message>
    <message>
        <source>● Listen</source>
        <translation>● Zuhören</translation>
    </message>
    <message>
        <source>Start or stop listening (Ctrl+M)</source>
        <translation>Zuhören starten oder beenden (Strg+M)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Look for microphones and outputs again</source>
        <translation>Erneut nach Mikrofonen und Ausgängen suchen</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>What this computer plays: the other side of a call</source>
        <translation>Was dieser Computer abspielt: die andere Seite eines Anrufs</translation>
    </message>
    <message>
        <source>What this computer plays</source>
        <translation>Was dieser Computer abspielt</translation>
    </message>
    <message>
        <source>Speech model: tiny.en is English only and fastest; base detects the language</source>
        <translation>Sprachmodell: tiny.en versteht nur Englisch und ist am schnellsten; base erkennt die Sprache</translation>
    </message>
    <message>
        <source>Push to talk</source>
        <translation>Drücken zum Sprechen</translation>
    </message>
    <message>
        <source>Listen only while the Listen button is held down</source>
        <translation>Nur zuhören, solange die Taste Zuhören gedrückt ist</translation>
    </message>
    <message>
        <source>No system audio</source>
        <translation>Kein Systemton</translation>
    </message>
    <message>
        <source>No microphone</source>
        <translation>Kein Mikrofon</translation>
    </message>
    <message>
        <source>{mine} and {theirs}</source>
        <translation>{mine} und {theirs}</translation>
    </message>
    <message>
        <source>Open an audio file</source>
        <translation>Audiodatei öffnen</translation>
    </message>
    <message>
        <source>Audio files ({patterns});;All files (*)</source>
        <translation>Audiodateien ({patterns});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>● Hold to talk</source>
        <translation>● Halten zum Sprechen</translation>
    </message>
    <message>
        <source>Stopped: {source}</source>
        <translation>Beendet: {source}</translation>
    </message>
</context>
<context>
    <name>SubtitleOverlay</name>
    <message>
        <source>Parley subtitles</source>
        <translation>Parley-Untertitel</translation>
    </message>
</context>
<context>
    <name>TierMeasurer</name>
    <message>
        <source>The bundled models could not be timed: {error}</source>
        <translation>Die mitgelieferten Modelle konnten nicht gemessen werden: {error}</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Press the microphone button, or open an audio file, and speak.</source>
        <translation>Drücken Sie die Mikrofontaste oder öffnen Sie eine Audiodatei, und sprechen Sie.</translation>
    </message>
</context>
<context>
    <name>TranslationView</name>
    <message>
        <source>The translation appears here as you type.</source>
        <translation>Die Übersetzung erscheint hier, während Sie tippen.</translation>
    </message>
</context>
<context>
    <name>VoicesDialog</name>
    <message>
        <source>Voices</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Automatic ({voice})</source>
        <translation>Automatisch ({voice})</translation>
    </message>
    <message>
        <source>No voice on this computer speaks it</source>
        <translation>Keine Stimme auf diesem Computer spricht sie</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Anhören</translation>
    </message>
    <message>
        <source>Translations are read aloud in the voice chosen for their language.</source>
        <translation>Übersetzungen werden mit der für ihre Sprache gewählten Stimme vorgelesen.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Microphone input is off: no input device was found. Connect a microphone, then press Refresh.</source>
        <translation>Der Mikrofoneingang ist aus: Es wurde kein Eingabegerät gefunden. Schließen Sie ein Mikrofon an und drücken Sie dann Aktualisieren.</translation>
    </message>
    <message>
        <source>macOS does not let applications record what it plays. Install a loopback driver such as BlackHole (existential.audio/blackhole), make a Multi-Output Device with it and your speakers in Audio MIDI Setup, then press Refresh.</source>
        <translation>macOS lässt Programme nicht aufnehmen, was es abspielt. Installieren Sie einen Loopback-Treiber wie BlackHole (existential.audio/blackhole), legen Sie damit und mit Ihren Lautsprechern in Audio-MIDI-Setup ein Gerät mit mehreren Ausgängen an und drücken Sie dann Aktualisieren.</translation>
    </message>
    <message>
        <source>No output device to capture was found: connect speakers or headphones, then press Refresh.</source>
        <translation>Es wurde kein Ausgabegerät zum Mitschneiden gefunden: Schließen Sie Lautsprecher oder Kopfhörer an und drücken Sie dann Aktualisieren.</translation>
    </message>
    <message>
        <source>there is no word in it to translate</source>
        <translation>es enthält kein Wort zum Übersetzen</translation>
    </message>
    <message>
        <source>the model gave it the translation of another part of the text</source>
        <translation>das Modell hat ihm die Übersetzung eines anderen Textteils gegeben</translation>
    </message>
    <message>
        <source>Preparing the bundled model</source>
        <translation>Mitgeliefertes Modell wird vorbereitet</translation>
    </message>
    <message>
        <source>Checking the model</source>
        <translation>Modell wird geprüft</translation>
    </message>
    <message>
        <source>Unloading {name}</source>
        <translation>{name} wird entladen</translation>
    </message>
    <message>
        <source>Loading the model</source>
        <translation>Modell wird geladen</translation>
    </message>
    <message>
        <source>The model could not be loaded: {error}</source>
        <translation>Das Modell konnte nicht geladen werden: {error}</translation>
    </message>
    <message>
        <source>Warming up</source>
        <translation>Aufwärmen</translation>
    </message>
    <message>
        <source>Restoring {name}</source>
        <translation>{name} wird wiederhergestellt</translation>
    </message>
    <message>
        <source>{message}. {name} could not be loaded again either ({error})</source>
        <translation>{message}. Auch {name} konnte nicht wieder geladen werden ({error})</translation>
    </message>
    <message>
        <source>the model gave no translation of it ({problem})</source>
        <translation>das Modell hat keine Übersetzung davon geliefert ({problem})</translation>
    </message>
    <message>
        <source>Context size</source>
        <translation>Kontextgröße</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>CPU-Threads</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>GPU-Schichten</translation>
    </message>
    <message>
        <source>Flash attention</source>
        <translation>Flash-Attention</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Speech model</source>
        <translation>Sprachmodell</translation>
    </message>
    <message>
        <source>Speech device</source>
        <translation>Gerät für Sprache</translation>
    </message>
    <message>
        <source>Speech compute type</source>
        <translation>Rechengenauigkeit der Sprache</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Model on the server</source>
        <translation>Modell auf dem Server</translation>
    </message>
    <message>
        <source>Use the local model when the server cannot be reached</source>
        <translation>Das lokale Modell verwenden, wenn der Server nicht erreichbar ist</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Automatic (every layer the build can offload)</source>
        <translation>Automatisch (alle Schichten, die der Build auslagern kann)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Few-shot completion (base models)</source>
        <translation>Vervollständigung mit Beispielen (Basismodelle)</translation>
    </message>
    <message>
        <source>Translation instruction in the model&apos;s chat template</source>
        <translation>Übersetzungsanweisung in der Chat-Vorlage des Modells</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <source>models folder</source>
        <translation>Ordner models</translation>
    </message>
    <message>
        <source>user folder</source>
        <translation>Benutzerordner</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>Your settings file ({path}) is damaged and could not be read; Parley is using its defaults{kept}.</source>
        <translation>Ihre Einstellungsdatei ({path}) ist beschädigt und konnte nicht gelesen werden; Parley verwendet seine Standardwerte{kept}.</translation>
    </message>
    <message>
        <source>Your settings come from a newer version of Parley (settings version {version}). Parley uses what it understands and leaves the file as it is, so changes you make now are not kept.</source>
        <translation>Ihre Einstellungen stammen aus einer neueren Version von Parley (Einstellungsversion {version}). Parley verwendet, was es versteht, und lässt die Datei unverändert; jetzt vorgenommene Änderungen werden daher nicht gespeichert.</translation>
    </message>
    <message>
        <source>Some settings were damaged and have been reset to their defaults: {names}{kept}.</source>
        <translation>Einige Einstellungen waren beschädigt und wurden auf ihre Standardwerte zurückgesetzt: {names}{kept}.</translation>
    </message>
    <message>
        <source>Parts of your settings file ({path}) could not be read and are left at their defaults{kept}.</source>
        <translation>Teile Ihrer Einstellungsdatei ({path}) konnten nicht gelesen werden und bleiben auf ihren Standardwerten{kept}.</translation>
    </message>
    <message>
        <source>; the file as it was is kept as {path}</source>
        <translation>; die Datei im bisherigen Zustand wird als {path} aufbewahrt</translation>
    </message>
    <message>
        <source>Your settings cannot be saved to {path}: changes you make now will be lost when Parley closes. Make the file and its folder writable to keep them.</source>
        <translation>Ihre Einstellungen können nicht in {path} gespeichert werden: Jetzt vorgenommene Änderungen gehen beim Schließen von Parley verloren. Machen Sie die Datei und ihren Ordner beschreibbar, um sie zu behalten.</translation>
    </message>
    <message>
        <source>Your settings could not be saved to {path}.</source>
        <translation>Ihre Einstellungen konnten nicht in {path} gespeichert werden.</translation>
    </message>
    <message>
        <source>{path} is truncated or damaged (the file ends before the model data it describes)</source>
        <translation>{path} ist abgeschnitten oder beschädigt (die Datei endet vor den Modelldaten, die sie beschreibt)</translation>
    </message>
    <message>
        <source>{path} is not a GGUF model file (it lacks the GGUF signature)</source>
        <translation>{path} ist keine GGUF-Modelldatei (die GGUF-Signatur fehlt)</translation>
    </message>
    <message>
        <source>{path} uses GGUF version {version}, which Parley cannot read</source>
        <translation>{path} verwendet GGUF-Version {version}, die Parley nicht lesen kann</translation>
    </message>
    <message>
        <source>model file not found: {path}</source>
        <translation>Modelldatei nicht gefunden: {path}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a GGUF model file</source>
        <translation>{path} ist ein Ordner, keine GGUF-Modelldatei</translation>
    </message>
    <message>
        <source>cannot read model file {path}: permission denied</source>
        <translation>Modelldatei {path} kann nicht gelesen werden: Zugriff verweigert</translation>
    </message>
    <message>
        <source>Timing the {tier} model ({title})</source>
        <translation>Messung des Modells „{tier}“ ({title})</translation>
    </message>
    <message>
        <source>Recovered {sessions} conversation(s) and {turns} turn(s) into {history}.</source>
        <translation>Wiederhergestellt in {history}: {sessions} Gespräch(e) und {turns} Redebeitrag/Redebeiträge.</translation>
    </message>
    <message>
        <source>What stood on the damaged pages could not be read and is left out.</source>
        <translation>Was auf den beschädigten Seiten stand, war nicht lesbar und fehlt.</translation>
    </message>
    <message>
        <source>The damaged file is kept as {kept}.</source>
        <translation>Die beschädigte Datei bleibt als {kept} erhalten.</translation>
    </message>
    <message>
        <source>{count} conversation(s) had lost their names; their turns are kept under “Recovered conversation”.</source>
        <translation>Bei {count} Gespräch(en) war der Name verloren; ihre Redebeiträge bleiben unter „Wiederhergestelltes Gespräch“ erhalten.</translation>
    </message>
    <message>
        <source>The conversation history ({path}) could not be opened to recover it: {error}.</source>
        <translation>Der Gesprächsverlauf ({path}) konnte zur Wiederherstellung nicht geöffnet werden: {error}.</translation>
    </message>
    <message>
        <source>Nothing could be read from the conversation history ({path}): it is damaged beyond recovery. Move it aside to start a new history, or restore a backup.</source>
        <translation>Aus dem Gesprächsverlauf ({path}) ließ sich nichts lesen: Er ist nicht mehr zu retten. Verschieben Sie ihn, um einen neuen Verlauf zu beginnen, oder stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The recovered history could not be written beside {path}: {error}. Nothing was changed; free some disk space or make the folder writable, then try again.</source>
        <translation>Der wiederhergestellte Verlauf konnte nicht neben {path} geschrieben werden: {error}. Nichts wurde geändert; schaffen Sie Speicherplatz oder machen Sie den Ordner beschreibbar und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{list}, {item}</source>
        <translation>{list}, {item}</translation>
    </message>
    <message>
        <source>fast</source>
        <translation>schnell</translation>
    </message>
    <message>
        <source>quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>a {words}-word sentence translated within {seconds} s</source>
        <translation>ein Satz mit {words} Wörtern in höchstens {seconds} s übersetzt</translation>
    </message>
    <message>
        <source>{cpu}, {cpus} CPU threads, llama.cpp {backend}</source>
        <translation>{cpu}, {cpus} CPU-Threads, llama.cpp {backend}</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>kein Ergebnis</translation>
    </message>
    <message>
        <source>{tier} ({model}): not measured: {problem}</source>
        <translation>{tier} ({model}): nicht gemessen: {problem}</translation>
    </message>
    <message>
        <source>{tier} ({model}): {seconds} s for a {words}-word sentence (first token {ttft} ms), meets the {budget} s budget</source>
        <translation>{tier} ({model}): {seconds} s für einen Satz mit {words} Wörtern (erstes Token {ttft} ms), hält das Budget von {budget} s ein</translation>
    </message>
    <message>
        <source>{tier} ({model}): {seconds} s for a {words}-word sentence (first token {ttft} ms), misses the {budget} s budget</source>
        <translation>{tier} ({model}): {seconds} s für einen Satz mit {words} Wörtern (erstes Token {ttft} ms), überschreitet das Budget von {budget} s</translation>
    </message>
    <message>
        <source>the best translations that meet the budget ({budget})</source>
        <translation>die besten Übersetzungen, die das Budget einhalten ({budget})</translation>
    </message>
    <message>
        <source>the best translations that meet the budget ({budget}); {slower} is too slow here</source>
        <translation>die besten Übersetzungen, die das Budget einhalten ({budget}); die Stufe „{slower}“ ist hier zu langsam</translation>
    </message>
    <message>
        <source>no bundled model meets the budget ({budget}) here: the fastest is used</source>
        <translation>kein mitgeliefertes Modell hält hier das Budget ein ({budget}): das schnellste wird verwendet</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>von Ihnen gewählt</translation>
    </message>
    <message>
        <source>not measured on this machine yet; the fast tier translates until it is</source>
        <translation>auf diesem Rechner noch nicht gemessen; bis dahin übersetzt die schnelle Stufe</translation>
    </message>
    <message>
        <source>not measured on this machine yet (it was measured on other hardware); the fast tier translates until it is</source>
        <translation>auf diesem Rechner noch nicht gemessen (gemessen wurde auf anderer Hardware); bis dahin übersetzt die schnelle Stufe</translation>
    </message>
    <message>
        <source>measured {when} on {machine}</source>
        <translation>gemessen am {when} auf {machine}</translation>
    </message>
    <message>
        <source>the quality model ({title}) is not installed; the fast model translates</source>
        <translation>das Qualitätsmodell ({title}) ist nicht installiert; das schnelle Modell übersetzt</translation>
    </message>
    <message>
        <source>the quality model ({title}) is not prepared yet; the fast model translates</source>
        <translation>das Qualitätsmodell ({title}) ist noch nicht vorbereitet; das schnelle Modell übersetzt</translation>
    </message>
    <message>
        <source>No audio input was found.</source>
        <translation>Es wurde kein Audioeingang gefunden.</translation>
    </message>
    <message>
        <source>“{name}” is gone. Press Refresh.</source>
        <translation>„{name}“ ist nicht mehr da. Klicken Sie auf Aktualisieren.</translation>
    </message>
    <message>
        <source>tentative text paused</source>
        <translation>vorläufiger Text pausiert</translation>
    </message>
    <message>
        <source>re-decoding less often</source>
        <translation>seltener neu dekodiert</translation>
    </message>
    <message>
        <source>shorter audio window</source>
        <translation>kürzeres Audiofenster</translation>
    </message>
    <message>
        <source>Keeping up</source>
        <translation>Hält Schritt</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ausgelastet</translation>
    </message>
    <message>
        <source>Busy: {actions}</source>
        <translation>Ausgelastet: {actions}</translation>
    </message>
    <message>
        <source>“{shown}” ({count} characters) was left as it is: {reason}.</source>
        <translation>„{shown}“ ({count} Zeichen) wurde unverändert gelassen: {reason}.</translation>
    </message>
    <message>
        <source>The server at {where} has no model {model}; it offers: {models}.</source>
        <translation>Der Server {where} hat kein Modell {model}; er bietet: {models}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>The server at {where} offers no model.</source>
        <translation>Der Server {where} bietet kein Modell an.</translation>
    </message>
    <message>
        <source>Parley lost track of the prompt for the server. Try again.</source>
        <translation>Parley hat die Eingabe für den Server verloren. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server at {where} ended the answer before it was finished (it may have interrupted it for another client: llama-cpp-python&apos;s server does unless started with --interrupt_requests False); what was translated so far is kept. Try again.</source>
        <translation>Der Server {where} hat die Antwort vor ihrem Ende abgebrochen (vielleicht für einen anderen Client: der Server von llama-cpp-python tut das, wenn er nicht mit --interrupt_requests False gestartet wurde); das bisher Übersetzte bleibt erhalten. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server at {where} stopped with an error: {detail}.</source>
        <translation>Der Server {where} hat mit einem Fehler abgebrochen: {detail}.</translation>
    </message>
    <message>
        <source>The server at {where} sent a piece of its answer that is not the JSON an OpenAI-compatible server sends. Check the address.</source>
        <translation>Der Server {where} hat einen Teil seiner Antwort gesendet, der nicht das JSON eines OpenAI-kompatiblen Servers ist. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>{problem} The local model {name} translates instead.</source>
        <translation>{problem} Stattdessen übersetzt das lokale Modell {name}.</translation>
    </message>
    <message>
        <source>until the server is chosen again (Models → Manage models… → Server)</source>
        <translation>bis der Server wieder gewählt wird (Modelle → Modelle verwalten… → Server)</translation>
    </message>
    <message>
        <source>{url} is not a server address: give it as http://HOST:PORT or https://HOST.</source>
        <translation>{url} ist keine Serveradresse: geben Sie sie als http://HOST:PORT oder https://HOST an.</translation>
    </message>
    <message>
        <source>Nothing answers at {where}: the connection was refused. Check the address and that the server is running.</source>
        <translation>Unter {where} antwortet nichts: die Verbindung wurde abgelehnt. Prüfen Sie die Adresse und ob der Server läuft.</translation>
    </message>
    <message>
        <source>The server name in {where} could not be found. Check the address.</source>
        <translation>Der Servername in {where} wurde nicht gefunden. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>A secure connection to {where} could not be made ({reason}). Check that the address should use https and that the server&apos;s certificate is trusted on this machine.</source>
        <translation>Eine sichere Verbindung zu {where} kam nicht zustande ({reason}). Prüfen Sie, ob die Adresse https verwenden soll und ob dem Zertifikat des Servers auf diesem Rechner vertraut wird.</translation>
    </message>
    <message>
        <source>The server at {where} did not answer within {seconds:g} s. Check that it is running and not overloaded.</source>
        <translation>Der Server {where} hat nicht innerhalb von {seconds:g} s geantwortet. Prüfen Sie, ob er läuft und nicht überlastet ist.</translation>
    </message>
    <message>
        <source>The server at {where} sent nothing for {seconds:g} s in the middle of the answer, so Parley stopped waiting; what was translated so far is kept. Try again.</source>
        <translation>Der Server {where} hat mitten in der Antwort {seconds:g} s lang nichts gesendet, daher wartet Parley nicht mehr; das bisher Übersetzte bleibt erhalten. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server at {where} closed the connection in the middle of the answer; what was translated so far is kept. Check that the server is still running, then try again.</source>
        <translation>Der Server {where} hat die Verbindung mitten in der Antwort geschlossen; das bisher Übersetzte bleibt erhalten. Prüfen Sie, ob der Server noch läuft, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server at {where} closed the connection without answering. Check that it is running.</source>
        <translation>Der Server {where} hat die Verbindung ohne Antwort geschlossen. Prüfen Sie, ob er läuft.</translation>
    </message>
    <message>
        <source>The server at {where} could not be reached ({error}). Check the address.</source>
        <translation>Der Server {where} ist nicht erreichbar ({error}). Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>The server at {where} refused the API key it was given (HTTP {status}). Check the key (PARLEY_API_KEY on the command line, the Server page in the window).</source>
        <translation>Der Server {where} hat den übergebenen API-Schlüssel abgelehnt (HTTP {status}). Prüfen Sie den Schlüssel (PARLEY_API_KEY auf der Kommandozeile, die Seite Server im Fenster).</translation>
    </message>
    <message>
        <source>The server at {where} refused a request without an API key (HTTP {status}). Check the key (PARLEY_API_KEY on the command line, the Server page in the window).</source>
        <translation>Der Server {where} hat eine Anfrage ohne API-Schlüssel abgelehnt (HTTP {status}). Prüfen Sie den Schlüssel (PARLEY_API_KEY auf der Kommandozeile, die Seite Server im Fenster).</translation>
    </message>
    <message>
        <source>{where} has no {path} (HTTP 404). Check the address: it should be the server&apos;s base URL, such as http://HOST:8000, of an OpenAI-compatible server.</source>
        <translation>{where} hat kein {path} (HTTP 404). Prüfen Sie die Adresse: Es muss die Basis-URL eines OpenAI-kompatiblen Servers sein, etwa http://HOST:8000.</translation>
    </message>
    <message>
        <source>The server at {where} refused {path} (HTTP {status}: {detail}).</source>
        <translation>Der Server {where} hat {path} abgelehnt (HTTP {status}: {detail}).</translation>
    </message>
    <message>
        <source>The server at {where} refused {path} (HTTP {status}).</source>
        <translation>Der Server {where} hat {path} abgelehnt (HTTP {status}).</translation>
    </message>
    <message>
        <source>The server at {where} did not answer {path} in JSON. Check that the address is an OpenAI-compatible server.</source>
        <translation>Der Server {where} hat auf {path} nicht in JSON geantwortet. Prüfen Sie, ob die Adresse zu einem OpenAI-kompatiblen Server gehört.</translation>
    </message>
    <message>
        <source>The server at {where} answered /v1/models without a list of models. Check that the address is an OpenAI-compatible server.</source>
        <translation>Der Server {where} hat auf /v1/models ohne Modellliste geantwortet. Prüfen Sie, ob die Adresse zu einem OpenAI-kompatiblen Server gehört.</translation>
    </message>
    <message>
        <source>{problem} The local model could not stand in either: {error}</source>
        <translation>{problem} Auch das lokale Modell konnte nicht einspringen: {error}</translation>
    </message>
    <message>
        <source>{problem} The local model {name} translates instead, {until}.</source>
        <translation>{problem} Stattdessen übersetzt das lokale Modell {name}, {until}.</translation>
    </message>
</context>
</TS>
