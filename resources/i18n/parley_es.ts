<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ConversationController</name>
    <message>
        <source>Loading the speech model {name}…</source>
        <translation>Cargando el modelo de voz {name}…</translation>
    </message>
    <message>
        <source>Listening: {source}</source>
        <translation>Escuchando: {source}</translation>
    </message>
    <message>
        <source>No voice on this computer reads {language} aloud.</source>
        <translation>Ninguna voz de este equipo lee {language} en voz alta.</translation>
    </message>
</context>
<context>
    <name>ConversationMenus</name>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversación</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nueva conversación</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <source>Glossary…</source>
        <translation>Glosario…</translation>
    </message>
    <message>
        <source>Voices…</source>
        <translation>Voces…</translation>
    </message>
    <message>
        <source>Reading mode: committed text only</source>
        <translation>Modo lectura: solo texto confirmado</translation>
    </message>
    <message>
        <source>Read translations aloud</source>
        <translation>Leer las traducciones en voz alta</translation>
    </message>
    <message>
        <source>Pause listening while reading aloud</source>
        <translation>Pausar la escucha durante la lectura</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <source>&amp;Subtitles</source>
        <translation>&amp;Subtítulos</translation>
    </message>
    <message>
        <source>Show the subtitle window</source>
        <translation>Mostrar la ventana de subtítulos</translation>
    </message>
    <message>
        <source>Show the original too</source>
        <translation>Mostrar también el original</translation>
    </message>
    <message>
        <source>Let clicks pass through</source>
        <translation>Dejar pasar los clics</translation>
    </message>
    <message>
        <source>Larger subtitles</source>
        <translation>Subtítulos más grandes</translation>
    </message>
    <message>
        <source>Smaller subtitles</source>
        <translation>Subtítulos más pequeños</translation>
    </message>
    <message>
        <source>Less transparent</source>
        <translation>Menos transparente</translation>
    </message>
    <message>
        <source>More transparent</source>
        <translation>Más transparente</translation>
    </message>
    <message>
        <source>The conversation history is not available.</source>
        <translation>El historial de conversaciones no está disponible.</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>The details are in the log:
{path}</source>
        <translation>Los detalles están en el registro:
{path}</translation>
    </message>
    <message>
        <source>No log file could be written.</source>
        <translation>No se pudo escribir ningún archivo de registro.</translation>
    </message>
    <message>
        <source>Parley hit an unexpected error</source>
        <translation>Parley encontró un error inesperado</translation>
    </message>
    <message>
        <source>Something went wrong ({summary}).

Parley keeps running, but if something no longer works, save what you need and restart it. {place}</source>
        <translation>Algo salió mal ({summary}).

Parley sigue funcionando, pero si algo deja de funcionar, guarde lo que necesite y reinícielo. {place}</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <source>Terms are given to the model whenever a sentence contains them, and to the speech recogniser as words to expect.</source>
        <translation>Los términos se dan al modelo cada vez que una frase los contiene, y al reconocedor de voz como palabras esperadas.</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>Añadir término</translation>
    </message>
    <message>
        <source>Remove term</source>
        <translation>Quitar término</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <source>… and {count} more turns: export the conversation to see them all.</source>
        <translation>… y {count} turnos más: exporte la conversación para verlos todos.</translation>
    </message>
    <message>
        <source>Conversation history</source>
        <translation>Historial de conversaciones</translation>
    </message>
    <message>
        <source>Search titles, names and everything said</source>
        <translation>Buscar en títulos, nombres y todo lo dicho</translation>
    </message>
    <message>
        <source>Double-click a title to rename the conversation.</source>
        <translation>Haga doble clic en un título para renombrar la conversación.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Leyendo el historial…</translation>
    </message>
    <message>
        <source>No conversations match.</source>
        <translation>Ninguna conversación coincide.</translation>
    </message>
    <message>
        <source>Nothing kept yet.</source>
        <translation>Todavía no se ha guardado nada.</translation>
    </message>
    <message>
        <source>Export the conversation</source>
        <translation>Exportar la conversación</translation>
    </message>
    <message>
        <source>The conversation could not be written to {path}: {reason}.</source>
        <translation>No se pudo escribir la conversación en {path}: {reason}.</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Exportada a {path}.</translation>
    </message>
</context>
<context>
    <name>HistoryRepair</name>
    <message>
        <source>Recovering the history…</source>
        <translation>Recuperando el historial…</translation>
    </message>
    <message>
        <source>{recovered} Restart Parley to keep new conversations in it.</source>
        <translation>{recovered} Reinicie Parley para guardar en él las conversaciones nuevas.</translation>
    </message>
    <message>
        <source>Recover what can be read</source>
        <translation>Recuperar lo que se pueda leer</translation>
    </message>
</context>
<context>
    <name>LatencyPanel</name>
    <message>
        <source>Typed: this request</source>
        <translation>Escrito: esta solicitud</translation>
    </message>
    <message>
        <source>Queue wait</source>
        <translation>Espera en cola</translation>
    </message>
    <message>
        <source>Prefill</source>
        <translation>Precarga</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>Primer token</translation>
    </message>
    <message>
        <source>Decode</source>
        <translation>Decodificación</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Typed: session</source>
        <translation>Escrito: sesión</translation>
    </message>
    <message>
        <source>First token p50 / p90</source>
        <translation>Primer token p50 / p90</translation>
    </message>
    <message>
        <source>Total p50 / p90</source>
        <translation>Total p50 / p90</translation>
    </message>
    <message>
        <source>Decode p50</source>
        <translation>Decodificación p50</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Speech: after the end of speech (last · p50 / p90)</source>
        <translation>Voz: tras el final del habla (último · p50 / p90)</translation>
    </message>
    <message>
        <source>Final transcript</source>
        <translation>Transcripción final</translation>
    </message>
    <message>
        <source>Translation done</source>
        <translation>Traducción terminada</translation>
    </message>
    <message>
        <source>Start → first word</source>
        <translation>Inicio → primera palabra</translation>
    </message>
    <message>
        <source>Speech real-time factor</source>
        <translation>Factor de tiempo real de la voz</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Retraso</translation>
    </message>
    <message>
        <source>Utterances</source>
        <translation>Enunciados</translation>
    </message>
    <message>
        <source>Typed: latency per request</source>
        <translation>Escrito: latencia por solicitud</translation>
    </message>
    <message>
        <source>First token (ms)</source>
        <translation>Primer token (ms)</translation>
    </message>
    <message>
        <source>Total (ms)</source>
        <translation>Total (ms)</translation>
    </message>
    <message>
        <source>Speech: latency per utterance</source>
        <translation>Voz: latencia por enunciado</translation>
    </message>
    <message>
        <source>Translation done (ms)</source>
        <translation>Traducción terminada (ms)</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Cuantización</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Motor</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>Capas en GPU</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Hilos</translation>
    </message>
    <message>
        <source>Load time</source>
        <translation>Tiempo de carga</translation>
    </message>
    <message>
        <source>Speech model</source>
        <translation>Modelo de voz</translation>
    </message>
    <message>
        <source>Draft and refine (last · p50 / p90)</source>
        <translation>Borrador y refinado (último · p50 / p90)</translation>
    </message>
    <message>
        <source>Typed: first draft token</source>
        <translation>Escrito: primer token del borrador</translation>
    </message>
    <message>
        <source>Typed: refined done</source>
        <translation>Escrito: refinado terminado</translation>
    </message>
    <message>
        <source>Speech: first draft token</source>
        <translation>Voz: primer token del borrador</translation>
    </message>
    <message>
        <source>Speech: final done</source>
        <translation>Voz: final terminado</translation>
    </message>
    <message>
        <source>Typed: from the pause in typing; speech: from the end of speech. The draft is the fast model&apos;s; the refined or final translation is the model in use.</source>
        <translation>Escrito: desde la pausa al escribir; voz: desde el final del habla. El borrador es del modelo rápido; la traducción refinada o final es del modelo en uso.</translation>
    </message>
    <message>
        <source>1 prompt token</source>
        <translation>1 token de prompt</translation>
    </message>
    <message numerus="yes">
        <source>%n prompt tokens</source>
        <translation>
            <numerusform>%n token de prompt</numerusform>
            <numerusform>%n tokens de prompt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{cached} of %n sentences cached</source>
        <translation>
            <numerusform>{cached} de %n frase en caché</numerusform>
            <numerusform>{cached} de %n frases en caché</numerusform>
        </translation>
    </message>
    <message>
        <source>1 utterance waiting</source>
        <translation>1 enunciado en espera</translation>
    </message>
    <message numerus="yes">
        <source>%n utterances waiting</source>
        <translation>
            <numerusform>%n enunciado en espera</numerusform>
            <numerusform>%n enunciados en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} · {device} {compute_type} · loaded in {seconds} s</source>
        <translation>{name} · {device} {compute_type} · cargado en {seconds} s</translation>
    </message>
    <message>
        <source>{layers} of {total}</source>
        <translation>{layers} de {total}</translation>
    </message>
    <message>
        <source>When the machine cannot keep up, Parley translates the final text first: it pauses the tentative translation, re-decodes the speech less often and holds less audio.</source>
        <translation>Cuando el equipo no da abasto, Parley traduce primero el texto definitivo: pausa la traducción provisional, vuelve a decodificar la voz con menos frecuencia y retiene menos audio.</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Ritmo</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Input level</source>
        <translation>Nivel de entrada</translation>
    </message>
    <message>
        <source>Input level: {level} dBFS</source>
        <translation>Nivel de entrada: {level} dBFS</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>⇄ Swap</source>
        <translation>⇄ Intercambiar</translation>
    </message>
    <message>
        <source>Swap source and target languages</source>
        <translation>Intercambiar los idiomas de origen y destino</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the translation</source>
        <translation>Copiar la traducción</translation>
    </message>
    <message>
        <source>Person A</source>
        <translation>Persona A</translation>
    </message>
    <message>
        <source>Person A&apos;s name, shown beside what they say</source>
        <translation>Nombre de la persona A, mostrado junto a lo que dice</translation>
    </message>
    <message>
        <source>Person B</source>
        <translation>Persona B</translation>
    </message>
    <message>
        <source>Person B&apos;s name, shown beside what they say</source>
        <translation>Nombre de la persona B, mostrado junto a lo que dice</translation>
    </message>
    <message>
        <source>Who speaks: detect from the language</source>
        <translation>Quién habla: detectar por el idioma</translation>
    </message>
    <message>
        <source>Person A speaks and types</source>
        <translation>La persona A habla y escribe</translation>
    </message>
    <message>
        <source>Person B speaks and types</source>
        <translation>La persona B habla y escribe</translation>
    </message>
    <message>
        <source>Detect: each utterance&apos;s language says who spoke (needs Whisper base for two languages). Or fix the side, for example while each person holds the button in turn.</source>
        <translation>Detectar: el idioma de cada enunciado indica quién habló (hace falta Whisper base para dos idiomas). O fije el lado, por ejemplo mientras cada persona mantiene pulsado el botón por turnos.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Add the typed text and its translation to the conversation (Ctrl+Shift+Enter)</source>
        <translation>Añadir el texto escrito y su traducción a la conversación (Ctrl+Mayús+Intro)</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nueva conversación</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <source>Type here. Ctrl+Enter translates at once; Ctrl+Shift+Enter sends it into the conversation.</source>
        <translation>Escriba aquí. Ctrl+Intro traduce al instante; Ctrl+Mayús+Intro lo envía a la conversación.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open audio file…</source>
        <translation>Abrir archivo de audio…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <source>The interface will be in the language you chose when Parley starts again.</source>
        <translation>La interfaz estará en el idioma elegido la próxima vez que se inicie Parley.</translation>
    </message>
    <message>
        <source>Translation copied</source>
        <translation>Traducción copiada</translation>
    </message>
    <message>
        <source>Look for microphones again</source>
        <translation>Buscar micrófonos de nuevo</translation>
    </message>
    <message>
        <source>Manage models…</source>
        <translation>Gestionar modelos…</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Abrir otro archivo…</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Arquitectura</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Cuantización</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>Plantilla de chat</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Automatic (measured on this computer)</source>
        <translation>Automático (medido en este equipo)</translation>
    </message>
    <message>
        <source>Fast (Gemma 3 270M)</source>
        <translation>Rápido (Gemma 3 270M)</translation>
    </message>
    <message>
        <source>Quality (Qwen2.5-Coder 1.5B)</source>
        <translation>Calidad (Qwen2.5-Coder 1.5B)</translation>
    </message>
    <message>
        <source>unusable</source>
        <translation>inutilizable</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Rendimiento</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Looking for models…</source>
        <translation>Buscando modelos…</translation>
    </message>
    <message>
        <source>How requests are written for this model; Automatic follows its metadata</source>
        <translation>Cómo se redactan las solicitudes para este modelo; Automático sigue sus metadatos</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Add model…</source>
        <translation>Añadir modelo…</translation>
    </message>
    <message>
        <source>Add a GGUF file from disk; it is checked before it is listed</source>
        <translation>Añadir un archivo GGUF del disco; se comprueba antes de listarlo</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Quitar de la lista</translation>
    </message>
    <message>
        <source>Forget a model you added (the file stays on disk)</source>
        <translation>Olvidar un modelo añadido (el archivo sigue en el disco)</translation>
    </message>
    <message>
        <source>Use this model</source>
        <translation>Usar este modelo</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>Prompt:</translation>
    </message>
    <message>
        <source>Bundled model for this computer</source>
        <translation>Modelo incluido para este equipo</translation>
    </message>
    <message>
        <source>Automatic uses the best translations that keep up on this computer</source>
        <translation>Automático usa las mejores traducciones que siguen el ritmo en este equipo</translation>
    </message>
    <message>
        <source>Measure again</source>
        <translation>Medir de nuevo</translation>
    </message>
    <message>
        <source>Time the bundled models here ({budget})</source>
        <translation>Cronometrar aquí los modelos incluidos ({budget})</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>Nivel:</translation>
    </message>
    <message>
        <source>In use: the {tier} tier — {reason}.</source>
        <translation>En uso: el nivel «{tier}» — {reason}.</translation>
    </message>
    <message>
        <source>Budget: {budget}.</source>
        <translation>Presupuesto: {budget}.</translation>
    </message>
    <message>
        <source>Add Whisper folder…</source>
        <translation>Añadir carpeta de Whisper…</translation>
    </message>
    <message>
        <source>A folder holding a CTranslate2 Whisper model (model.bin, config.json)</source>
        <translation>Una carpeta con un modelo Whisper de CTranslate2 (model.bin, config.json)</translation>
    </message>
    <message>
        <source>{backend}: layers can be offloaded to the GPU</source>
        <translation>{backend}: las capas pueden descargarse en la GPU</translation>
    </message>
    <message>
        <source>CPU only: this llama.cpp build cannot offload (the README says how to install a GPU build)</source>
        <translation>Solo CPU: esta compilación de llama.cpp no puede descargar capas (el README explica cómo instalar una compilación para GPU)</translation>
    </message>
    <message>
        <source>0 keeps the model on the CPU</source>
        <translation>0 mantiene el modelo en la CPU</translation>
    </message>
    <message>
        <source>{size} tokens</source>
        <translation>{size} tokens</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Reload the translation model with these settings</source>
        <translation>Recargar el modelo de traducción con estos ajustes</translation>
    </message>
    <message>
        <source>llama.cpp build</source>
        <translation>Compilación de llama.cpp</translation>
    </message>
    <message>
        <source>The model list could not be read: {error}</source>
        <translation>No se pudo leer la lista de modelos: {error}</translation>
    </message>
    <message>
        <source>No translation models were found.</source>
        <translation>No se encontró ningún modelo de traducción.</translation>
    </message>
    <message>
        <source>Automatic: {style}</source>
        <translation>Automático: {style}</translation>
    </message>
    <message>
        <source>Cannot be used: {problem}.</source>
        <translation>No se puede usar: {problem}.</translation>
    </message>
    <message>
        <source>Active: {backend}, {layers} of {total} layers on the GPU, {threads} threads, prompt {style}.</source>
        <translation>Activo: {backend}, {layers} de {total} capas en la GPU, {threads} hilos, prompt {style}.</translation>
    </message>
    <message>
        <source>Memory could not be estimated: {error}</source>
        <translation>No se pudo estimar la memoria: {error}</translation>
    </message>
    <message>
        <source>Memory: {estimate}.</source>
        <translation>Memoria: {estimate}.</translation>
    </message>
    <message>
        <source>{warning}

Load it anyway?</source>
        <translation>{warning}

¿Cargarlo de todos modos?</translation>
    </message>
    <message>
        <source>Add a GGUF model</source>
        <translation>Añadir un modelo GGUF</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modelos GGUF (*.gguf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Add a CTranslate2 Whisper folder</source>
        <translation>Añadir una carpeta de Whisper de CTranslate2</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>Comprobando {name}…</translation>
    </message>
    <message>
        <source>Not added: {error}.</source>
        <translation>No añadido: {error}.</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name} añadido.</translation>
    </message>
</context>
<context>
    <name>ModelMenus</name>
    <message>
        <source>&amp;Models</source>
        <translation>&amp;Modelos</translation>
    </message>
    <message>
        <source>Manage models…</source>
        <translation>Gestionar modelos…</translation>
    </message>
    <message>
        <source>Open model file…</source>
        <translation>Abrir archivo de modelo…</translation>
    </message>
    <message>
        <source>Use the bundled model</source>
        <translation>Usar el modelo incluido</translation>
    </message>
    <message>
        <source>Open a GGUF model</source>
        <translation>Abrir un modelo GGUF</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modelos GGUF (*.gguf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>{stage}…</source>
        <translation>{stage}…</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Ningún modelo cargado</translation>
    </message>
    <message>
        <source>{backend} — ready</source>
        <translation>{backend} — listo</translation>
    </message>
    <message>
        <source>{backend}, {layers} of {total} layers on the GPU</source>
        <translation>{backend}, {layers} de {total} capas en la GPU</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>{name} · {quantization} · {where} · {threads} threads — ready</source>
        <translation>{name} · {quantization} · {where} · {threads} hilos — listo</translation>
    </message>
    <message>
        <source>{message}. {model} is still active.</source>
        <translation>{message}. {model} sigue activo.</translation>
    </message>
    <message>
        <source>{message}. Choose another model with Models → Manage models…, or use the bundled one.</source>
        <translation>{message}. Elija otro modelo con Modelos → Gestionar modelos…, o use el incluido.</translation>
    </message>
    <message>
        <source>Timing the bundled models on this computer, in the background</source>
        <translation>Cronometrando los modelos incluidos en este equipo, en segundo plano</translation>
    </message>
    <message>
        <source>Measuring again, in the background</source>
        <translation>Midiendo de nuevo, en segundo plano</translation>
    </message>
    <message>
        <source>Parley timed its bundled models on this computer and chose the {tier} tier ({seconds} s for a {words}-word sentence): {reason}.</source>
        <translation>Parley cronometró sus modelos incluidos en este equipo y eligió el nivel «{tier}» ({seconds} s para una frase de {words} palabras): {reason}.</translation>
    </message>
    <message>
        <source>Parley timed its bundled models on this computer and chose the {tier} tier: {reason}.</source>
        <translation>Parley cronometró sus modelos incluidos en este equipo y eligió el nivel «{tier}»: {reason}.</translation>
    </message>
    <message>
        <source>The quality model could not be prepared: {error}</source>
        <translation>No se pudo preparar el modelo de calidad: {error}</translation>
    </message>
</context>
<context>
    <name>NoticeRow</name>
    <message>
        <source>Dismiss this message</source>
        <translation>Descartar este mensaje</translation>
    </message>
</context>
<context>
    <name>Parties</name>
    <message>
        <source>Person A ({language})</source>
        <translation>Persona A ({language})</translation>
    </message>
    <message>
        <source>Person B ({language})</source>
        <translation>Persona B ({language})</translation>
    </message>
</context>
<context>
    <name>RefineTyping</name>
    <message>
        <source>Draft with the fast model, refine with this one</source>
        <translation>Borrador con el modelo rápido, refinado con este</translation>
    </message>
    <message>
        <source>Drafts come from the bundled fast model, and the model in use is that model, so nothing is refined. Choose a better model (Models → Manage models…) for draft and refine to help.</source>
        <translation>Los borradores vienen del modelo rápido incluido, y el modelo en uso es ese mismo, así que no se refina nada. Elija un modelo mejor (Modelos → Gestionar modelos…) para que el borrador y el refinado sirvan de algo.</translation>
    </message>
    <message>
        <source>The fast model translates as you type or speak; the model in use then translates each finished sentence, and its translation replaces the draft.</source>
        <translation>El modelo rápido traduce mientras escribe o habla; después, el modelo en uso traduce cada frase terminada y su traducción sustituye al borrador.</translation>
    </message>
    <message>
        <source>No draft was made: {message}</source>
        <translation>No se hizo ningún borrador: {message}</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Empty: the server&apos;s first model</source>
        <translation>Vacío: el primer modelo del servidor</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>Use this server</source>
        <translation>Usar este servidor</translation>
    </message>
    <message>
        <source>Translate on this computer</source>
        <translation>Traducir en este equipo</translation>
    </message>
    <message>
        <source>Stop using the server; the local model translates again</source>
        <translation>Dejar de usar el servidor; el modelo local vuelve a traducir</translation>
    </message>
    <message>
        <source>Translate on an OpenAI-compatible server (llama-server, vLLM, Ollama…).</source>
        <translation>Traducir en un servidor compatible con OpenAI (llama-server, vLLM, Ollama…).</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Asking {address} for its models…</source>
        <translation>Pidiendo a {address} sus modelos…</translation>
    </message>
    <message>
        <source>Connected. Models on the server: {models}.</source>
        <translation>Conectado. Modelos del servidor: {models}.</translation>
    </message>
    <message>
        <source>Translating on {address}.</source>
        <translation>Traduciendo en {address}.</translation>
    </message>
    <message>
        <source>Translating on this computer.</source>
        <translation>Traduciendo en este equipo.</translation>
    </message>
</context>
<context>
    <name>SpeechControls</name>
    <message>
        <source>Whisper tiny.en (English)</source>
        <translation>Whisper tiny.en (inglés)</translation>
    </message>
    <message>
        <source>Whisper base (any language)</source>
        <translation>Whisper base (cualquier idioma)</translation>
    </message>
    <message>
        <source>Call: your microphone is Person A and what this computer plays (the other side of a call) is Person B, both translated live. Headphones work best: without them your microphone is muted while the other side is heard, so they are not translated twice.</source>
        <translation>Llamada: su micrófono es la persona A y lo que reproduce este equipo (el otro lado de una llamada) es la persona B, ambos traducidos en directo. Lo mejor son unos auriculares: sin ellos, su micrófono se silencia mientras se oye al otro lado, para no traducirlo dos veces.</translation>
    </message>
    <message>
        <source>● Listen</source>
        <translation>● Escuchar</translation>
    </message>
    <message>
        <source>Start or stop listening (Ctrl+M)</source>
        <translation>Iniciar o detener la escucha (Ctrl+M)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Look for microphones and outputs again</source>
        <translation>Buscar de nuevo micrófonos y salidas</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>What this computer plays: the other side of a call</source>
        <translation>Lo que reproduce este equipo: el otro lado de una llamada</translation>
    </message>
    <message>
        <source>What this computer plays</source>
        <translation>Lo que reproduce este equipo</translation>
    </message>
    <message>
        <source>Speech model: tiny.en is English only and fastest; base detects the language</source>
        <translation>Modelo de voz: tiny.en solo entiende inglés y es el más rápido; base detecta el idioma</translation>
    </message>
    <message>
        <source>Push to talk</source>
        <translation>Pulsar para hablar</translation>
    </message>
    <message>
        <source>Listen only while the Listen button is held down</source>
        <translation>Escuchar solo mientras se mantiene pulsado el botón Escuchar</translation>
    </message>
    <message>
        <source>No system audio</source>
        <translation>Sin audio del sistema</translation>
    </message>
    <message>
        <source>No microphone</source>
        <translation>Sin micrófono</translation>
    </message>
    <message>
        <source>{mine} and {theirs}</source>
        <translation>{mine} y {theirs}</translation>
    </message>
    <message>
        <source>Open an audio file</source>
        <translation>Abrir un archivo de audio</translation>
    </message>
    <message>
        <source>Audio files ({patterns});;All files (*)</source>
        <translation>Archivos de audio ({patterns});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>● Hold to talk</source>
        <translation>● Mantener para hablar</translation>
    </message>
    <message>
        <source>Stopped: {source}</source>
        <translation>Detenido: {source}</translation>
    </message>
</context>
<context>
    <name>SubtitleOverlay</name>
    <message>
        <source>Parley subtitles</source>
        <translation>Subtítulos de Parley</translation>
    </message>
</context>
<context>
    <name>TierMeasurer</name>
    <message>
        <source>The bundled models could not be timed: {error}</source>
        <translation>No se pudieron cronometrar los modelos incluidos: {error}</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Press the microphone button, or open an audio file, and speak.</source>
        <translation>Pulse el botón del micrófono, o abra un archivo de audio, y hable.</translation>
    </message>
</context>
<context>
    <name>TranslationView</name>
    <message>
        <source>The translation appears here as you type.</source>
        <translation>La traducción aparece aquí mientras escribe.</translation>
    </message>
</context>
<context>
    <name>VoicesDialog</name>
    <message>
        <source>Voices</source>
        <translation>Voces</translation>
    </message>
    <message>
        <source>Automatic ({voice})</source>
        <translation>Automática ({voice})</translation>
    </message>
    <message>
        <source>No voice on this computer speaks it</source>
        <translation>Ninguna voz de este equipo lo habla</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <source>Translations are read aloud in the voice chosen for their language.</source>
        <translation>Las traducciones se leen en voz alta con la voz elegida para su idioma.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Microphone input is off: no input device was found. Connect a microphone, then press Refresh.</source>
        <translation>La entrada de micrófono está desactivada: no se encontró ningún dispositivo de entrada. Conecte un micrófono y pulse Actualizar.</translation>
    </message>
    <message>
        <source>macOS does not let applications record what it plays. Install a loopback driver such as BlackHole (existential.audio/blackhole), make a Multi-Output Device with it and your speakers in Audio MIDI Setup, then press Refresh.</source>
        <translation>macOS no permite que las aplicaciones graben lo que reproduce. Instale un controlador de bucle como BlackHole (existential.audio/blackhole), cree con él y sus altavoces un dispositivo de salida múltiple en Configuración de Audio MIDI y pulse Actualizar.</translation>
    </message>
    <message>
        <source>No output device to capture was found: connect speakers or headphones, then press Refresh.</source>
        <translation>No se encontró ninguna salida que capturar: conecte altavoces o auriculares y pulse Actualizar.</translation>
    </message>
    <message>
        <source>there is no word in it to translate</source>
        <translation>no contiene ninguna palabra que traducir</translation>
    </message>
    <message>
        <source>the model gave it the translation of another part of the text</source>
        <translation>el modelo le dio la traducción de otra parte del texto</translation>
    </message>
    <message>
        <source>Preparing the bundled model</source>
        <translation>Preparando el modelo incluido</translation>
    </message>
    <message>
        <source>Checking the model</source>
        <translation>Comprobando el modelo</translation>
    </message>
    <message>
        <source>Unloading {name}</source>
        <translation>Descargando {name} de la memoria</translation>
    </message>
    <message>
        <source>Loading the model</source>
        <translation>Cargando el modelo</translation>
    </message>
    <message>
        <source>The model could not be loaded: {error}</source>
        <translation>No se pudo cargar el modelo: {error}</translation>
    </message>
    <message>
        <source>Warming up</source>
        <translation>Calentando</translation>
    </message>
    <message>
        <source>Restoring {name}</source>
        <translation>Restaurando {name}</translation>
    </message>
    <message>
        <source>{message}. {name} could not be loaded again either ({error})</source>
        <translation>{message}. Tampoco se pudo volver a cargar {name} ({error})</translation>
    </message>
    <message>
        <source>the model gave no translation of it ({problem})</source>
        <translation>el modelo no dio ninguna traducción ({problem})</translation>
    </message>
    <message>
        <source>Context size</source>
        <translation>Tamaño del contexto</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>Hilos de CPU</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>Capas en GPU</translation>
    </message>
    <message>
        <source>Flash attention</source>
        <translation>Atención flash</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Speech model</source>
        <translation>Modelo de voz</translation>
    </message>
    <message>
        <source>Speech device</source>
        <translation>Dispositivo de voz</translation>
    </message>
    <message>
        <source>Speech compute type</source>
        <translation>Precisión del modelo de voz</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Model on the server</source>
        <translation>Modelo en el servidor</translation>
    </message>
    <message>
        <source>Use the local model when the server cannot be reached</source>
        <translation>Usar el modelo local cuando no se pueda acceder al servidor</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Automatic (every layer the build can offload)</source>
        <translation>Automático (todas las capas que la compilación pueda descargar)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activada</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>Few-shot completion (base models)</source>
        <translation>Completado con ejemplos (modelos base)</translation>
    </message>
    <message>
        <source>Translation instruction in the model&apos;s chat template</source>
        <translation>Instrucción de traducción en la plantilla de chat del modelo</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>incluido</translation>
    </message>
    <message>
        <source>models folder</source>
        <translation>carpeta models</translation>
    </message>
    <message>
        <source>user folder</source>
        <translation>carpeta del usuario</translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <source>Your settings file ({path}) is damaged and could not be read; Parley is using its defaults{kept}.</source>
        <translation>Su archivo de ajustes ({path}) está dañado y no se pudo leer; Parley usa sus valores predeterminados{kept}.</translation>
    </message>
    <message>
        <source>Your settings come from a newer version of Parley (settings version {version}). Parley uses what it understands and leaves the file as it is, so changes you make now are not kept.</source>
        <translation>Sus ajustes proceden de una versión más reciente de Parley (versión de ajustes {version}). Parley usa lo que entiende y deja el archivo como está, así que los cambios que haga ahora no se guardarán.</translation>
    </message>
    <message>
        <source>Some settings were damaged and have been reset to their defaults: {names}{kept}.</source>
        <translation>Algunos ajustes estaban dañados y se han restablecido a sus valores predeterminados: {names}{kept}.</translation>
    </message>
    <message>
        <source>Parts of your settings file ({path}) could not be read and are left at their defaults{kept}.</source>
        <translation>Partes de su archivo de ajustes ({path}) no se pudieron leer y quedan con sus valores predeterminados{kept}.</translation>
    </message>
    <message>
        <source>; the file as it was is kept as {path}</source>
        <translation>; el archivo tal como estaba se conserva como {path}</translation>
    </message>
    <message>
        <source>Your settings cannot be saved to {path}: changes you make now will be lost when Parley closes. Make the file and its folder writable to keep them.</source>
        <translation>Sus ajustes no se pueden guardar en {path}: los cambios que haga ahora se perderán al cerrar Parley. Dé permiso de escritura al archivo y a su carpeta para conservarlos.</translation>
    </message>
    <message>
        <source>Your settings could not be saved to {path}.</source>
        <translation>No se pudieron guardar sus ajustes en {path}.</translation>
    </message>
    <message>
        <source>{path} is truncated or damaged (the file ends before the model data it describes)</source>
        <translation>{path} está truncado o dañado (el archivo termina antes de los datos del modelo que describe)</translation>
    </message>
    <message>
        <source>{path} is not a GGUF model file (it lacks the GGUF signature)</source>
        <translation>{path} no es un archivo de modelo GGUF (le falta la firma GGUF)</translation>
    </message>
    <message>
        <source>{path} uses GGUF version {version}, which Parley cannot read</source>
        <translation>{path} usa la versión {version} de GGUF, que Parley no puede leer</translation>
    </message>
    <message>
        <source>model file not found: {path}</source>
        <translation>no se encontró el archivo de modelo: {path}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a GGUF model file</source>
        <translation>{path} es una carpeta, no un archivo de modelo GGUF</translation>
    </message>
    <message>
        <source>cannot read model file {path}: permission denied</source>
        <translation>no se puede leer el archivo de modelo {path}: permiso denegado</translation>
    </message>
    <message>
        <source>Timing the {tier} model ({title})</source>
        <translation>Cronometrando el modelo «{tier}» ({title})</translation>
    </message>
    <message>
        <source>Recovered {sessions} conversation(s) and {turns} turn(s) into {history}.</source>
        <translation>Se recuperaron {sessions} conversación(es) y {turns} intervención(es) en {history}.</translation>
    </message>
    <message>
        <source>What stood on the damaged pages could not be read and is left out.</source>
        <translation>Lo que había en las páginas dañadas no se pudo leer y se ha omitido.</translation>
    </message>
    <message>
        <source>The damaged file is kept as {kept}.</source>
        <translation>El archivo dañado se conserva como {kept}.</translation>
    </message>
    <message>
        <source>{count} conversation(s) had lost their names; their turns are kept under “Recovered conversation”.</source>
        <translation>Se había perdido el nombre de {count} conversación(es); sus intervenciones se conservan en «Conversación recuperada».</translation>
    </message>
    <message>
        <source>The conversation history ({path}) could not be opened to recover it: {error}.</source>
        <translation>No se pudo abrir el historial de conversaciones ({path}) para recuperarlo: {error}.</translation>
    </message>
    <message>
        <source>Nothing could be read from the conversation history ({path}): it is damaged beyond recovery. Move it aside to start a new history, or restore a backup.</source>
        <translation>No se pudo leer nada del historial de conversaciones ({path}): está demasiado dañado para recuperarlo. Muévalo a otro sitio para empezar un historial nuevo, o restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>The recovered history could not be written beside {path}: {error}. Nothing was changed; free some disk space or make the folder writable, then try again.</source>
        <translation>No se pudo escribir el historial recuperado junto a {path}: {error}. No se ha cambiado nada; libere espacio en disco o permita escribir en la carpeta y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>{list}, {item}</source>
        <translation>{list}, {item}</translation>
    </message>
    <message>
        <source>fast</source>
        <translation>rápido</translation>
    </message>
    <message>
        <source>quality</source>
        <translation>calidad</translation>
    </message>
    <message>
        <source>a {words}-word sentence translated within {seconds} s</source>
        <translation>una frase de {words} palabras traducida en {seconds} s como máximo</translation>
    </message>
    <message>
        <source>{cpu}, {cpus} CPU threads, llama.cpp {backend}</source>
        <translation>{cpu}, {cpus} hilos de CPU, llama.cpp {backend}</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>ningún resultado</translation>
    </message>
    <message>
        <source>{tier} ({model}): not measured: {problem}</source>
        <translation>{tier} ({model}): no medido: {problem}</translation>
    </message>
    <message>
        <source>{tier} ({model}): {seconds} s for a {words}-word sentence (first token {ttft} ms), meets the {budget} s budget</source>
        <translation>{tier} ({model}): {seconds} s para una frase de {words} palabras (primer token {ttft} ms), cumple el presupuesto de {budget} s</translation>
    </message>
    <message>
        <source>{tier} ({model}): {seconds} s for a {words}-word sentence (first token {ttft} ms), misses the {budget} s budget</source>
        <translation>{tier} ({model}): {seconds} s para una frase de {words} palabras (primer token {ttft} ms), no cumple el presupuesto de {budget} s</translation>
    </message>
    <message>
        <source>the best translations that meet the budget ({budget})</source>
        <translation>las mejores traducciones que cumplen el presupuesto ({budget})</translation>
    </message>
    <message>
        <source>the best translations that meet the budget ({budget}); {slower} is too slow here</source>
        <translation>las mejores traducciones que cumplen el presupuesto ({budget}); el nivel «{slower}» es demasiado lento aquí</translation>
    </message>
    <message>
        <source>no bundled model meets the budget ({budget}) here: the fastest is used</source>
        <translation>ningún modelo incluido cumple el presupuesto ({budget}) aquí: se usa el más rápido</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>elegido por usted</translation>
    </message>
    <message>
        <source>not measured on this machine yet; the fast tier translates until it is</source>
        <translation>aún no se ha medido en este equipo; el nivel rápido traduce mientras tanto</translation>
    </message>
    <message>
        <source>not measured on this machine yet (it was measured on other hardware); the fast tier translates until it is</source>
        <translation>aún no se ha medido en este equipo (se midió en otro hardware); el nivel rápido traduce mientras tanto</translation>
    </message>
    <message>
        <source>measured {when} on {machine}</source>
        <translation>medido el {when} en {machine}</translation>
    </message>
    <message>
        <source>the quality model ({title}) is not installed; the fast model translates</source>
        <translation>el modelo de calidad ({title}) no está instalado; traduce el modelo rápido</translation>
    </message>
    <message>
        <source>the quality model ({title}) is not prepared yet; the fast model translates</source>
        <translation>el modelo de calidad ({title}) aún no está preparado; traduce el modelo rápido</translation>
    </message>
    <message>
        <source>No audio input was found.</source>
        <translation>No se encontró ninguna entrada de audio.</translation>
    </message>
    <message>
        <source>“{name}” is gone. Press Refresh.</source>
        <translation>«{name}» ya no está. Pulse Actualizar.</translation>
    </message>
    <message>
        <source>tentative text paused</source>
        <translation>texto provisional en pausa</translation>
    </message>
    <message>
        <source>re-decoding less often</source>
        <translation>menos redecodificaciones</translation>
    </message>
    <message>
        <source>shorter audio window</source>
        <translation>ventana de audio más corta</translation>
    </message>
    <message>
        <source>Keeping up</source>
        <translation>Al día</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>Busy: {actions}</source>
        <translation>Ocupado: {actions}</translation>
    </message>
    <message>
        <source>“{shown}” ({count} characters) was left as it is: {reason}.</source>
        <translation>«{shown}» ({count} caracteres) se ha dejado tal cual: {reason}.</translation>
    </message>
    <message>
        <source>The server at {where} has no model {model}; it offers: {models}.</source>
        <translation>El servidor {where} no tiene el modelo {model}; ofrece: {models}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>The server at {where} offers no model.</source>
        <translation>El servidor {where} no ofrece ningún modelo.</translation>
    </message>
    <message>
        <source>Parley lost track of the prompt for the server. Try again.</source>
        <translation>Parley perdió la instrucción destinada al servidor. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The server at {where} ended the answer before it was finished (it may have interrupted it for another client: llama-cpp-python&apos;s server does unless started with --interrupt_requests False); what was translated so far is kept. Try again.</source>
        <translation>El servidor {where} terminó la respuesta antes de acabarla (quizá la interrumpió por otro cliente: el servidor de llama-cpp-python lo hace si no se inicia con --interrupt_requests False); se conserva lo traducido hasta ahora. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The server at {where} stopped with an error: {detail}.</source>
        <translation>El servidor {where} se detuvo con un error: {detail}.</translation>
    </message>
    <message>
        <source>The server at {where} sent a piece of its answer that is not the JSON an OpenAI-compatible server sends. Check the address.</source>
        <translation>El servidor {where} envió una parte de la respuesta que no es el JSON que envía un servidor compatible con OpenAI. Compruebe la dirección.</translation>
    </message>
    <message>
        <source>{problem} The local model {name} translates instead.</source>
        <translation>{problem} El modelo local {name} traduce en su lugar.</translation>
    </message>
    <message>
        <source>until the server is chosen again (Models → Manage models… → Server)</source>
        <translation>hasta que se vuelva a elegir el servidor (Modelos → Gestionar modelos… → Servidor)</translation>
    </message>
    <message>
        <source>{url} is not a server address: give it as http://HOST:PORT or https://HOST.</source>
        <translation>{url} no es una dirección de servidor: escríbala como http://HOST:PUERTO o https://HOST.</translation>
    </message>
    <message>
        <source>Nothing answers at {where}: the connection was refused. Check the address and that the server is running.</source>
        <translation>Nada responde en {where}: se rechazó la conexión. Compruebe la dirección y que el servidor esté en marcha.</translation>
    </message>
    <message>
        <source>The server name in {where} could not be found. Check the address.</source>
        <translation>No se encontró el nombre del servidor de {where}. Compruebe la dirección.</translation>
    </message>
    <message>
        <source>A secure connection to {where} could not be made ({reason}). Check that the address should use https and that the server&apos;s certificate is trusted on this machine.</source>
        <translation>No se pudo establecer una conexión segura con {where} ({reason}). Compruebe que la dirección deba usar https y que el certificado del servidor sea de confianza en este equipo.</translation>
    </message>
    <message>
        <source>The server at {where} did not answer within {seconds:g} s. Check that it is running and not overloaded.</source>
        <translation>El servidor {where} no respondió en {seconds:g} s. Compruebe que esté en marcha y no sobrecargado.</translation>
    </message>
    <message>
        <source>The server at {where} sent nothing for {seconds:g} s in the middle of the answer, so Parley stopped waiting; what was translated so far is kept. Try again.</source>
        <translation>El servidor {where} no envió nada durante {seconds:g} s en mitad de la respuesta, así que Parley dejó de esperar; se conserva lo traducido hasta ahora. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The server at {where} closed the connection in the middle of the answer; what was translated so far is kept. Check that the server is still running, then try again.</source>
        <translation>El servidor {where} cerró la conexión en mitad de la respuesta; se conserva lo traducido hasta ahora. Compruebe que el servidor siga en marcha y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server at {where} closed the connection without answering. Check that it is running.</source>
        <translation>El servidor {where} cerró la conexión sin responder. Compruebe que esté en marcha.</translation>
    </message>
    <message>
        <source>The server at {where} could not be reached ({error}). Check the address.</source>
        <translation>No se pudo contactar con el servidor {where} ({error}). Compruebe la dirección.</translation>
    </message>
    <message>
        <source>The server at {where} refused the API key it was given (HTTP {status}). Check the key (PARLEY_API_KEY on the command line, the Server page in the window).</source>
        <translation>El servidor {where} rechazó la clave de API que recibió (HTTP {status}). Compruebe la clave (PARLEY_API_KEY en la línea de órdenes, la página Servidor en la ventana).</translation>
    </message>
    <message>
        <source>The server at {where} refused a request without an API key (HTTP {status}). Check the key (PARLEY_API_KEY on the command line, the Server page in the window).</source>
        <translation>El servidor {where} rechazó una solicitud sin clave de API (HTTP {status}). Compruebe la clave (PARLEY_API_KEY en la línea de órdenes, la página Servidor en la ventana).</translation>
    </message>
    <message>
        <source>{where} has no {path} (HTTP 404). Check the address: it should be the server&apos;s base URL, such as http://HOST:8000, of an OpenAI-compatible server.</source>
        <translation>{where} no tiene {path} (HTTP 404). Compruebe la dirección: debe ser la URL base de un servidor compatible con OpenAI, como http://HOST:8000.</translation>
    </message>
    <message>
        <source>The server at {where} refused {path} (HTTP {status}: {detail}).</source>
        <translation>El servidor {where} rechazó {path} (HTTP {status}: {detail}).</translation>
    </message>
    <message>
        <source>The server at {where} refused {path} (HTTP {status}).</source>
        <translation>El servidor {where} rechazó {path} (HTTP {status}).</translation>
    </message>
    <message>
        <source>The server at {where} did not answer {path} in JSON. Check that the address is an OpenAI-compatible server.</source>
        <translation>El servidor {where} no respondió a {path} en JSON. Compruebe que la dirección sea de un servidor compatible con OpenAI.</translation>
    </message>
    <message>
        <source>The server at {where} answered /v1/models without a list of models. Check that the address is an OpenAI-compatible server.</source>
        <translation>El servidor {where} respondió a /v1/models sin una lista de modelos. Compruebe que la dirección sea de un servidor compatible con OpenAI.</translation>
    </message>
    <message>
        <source>{problem} The local model could not stand in either: {error}</source>
        <translation>{problem} Tampoco pudo sustituirlo el modelo local: {error}</translation>
    </message>
    <message>
        <source>{problem} The local model {name} translates instead, {until}.</source>
        <translation>{problem} El modelo local {name} traduce en su lugar, {until}.</translation>
    </message>
</context>
</TS>
