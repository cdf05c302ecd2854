<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ConversationController</name>
    <message>
        <source>Loading the speech model {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No voice on this computer reads {language} aloud.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationMenus</name>
    <message>
        <source>&amp;Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading mode: committed text only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read translations aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause listening while reading aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subtitles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the subtitle window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the original too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let clicks pass through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger subtitles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller subtitles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less transparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More transparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation history is not available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>The details are in the log:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No log file could be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parley hit an unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong ({summary}).

Parley keeps running, but if something no longer works, save what you need and restart it. {place}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms are given to the model whenever a sentence contains them, and to the speech recogniser as words to expect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove term</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {count} more turns: export the conversation to see them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles, names and everything said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a title to rename the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversations match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing kept yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation could not be written to {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LatencyPanel</name>
    <message>
        <source>Typed: this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed: session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First token p50 / p90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total p50 / p90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech: after the end of speech (last · p50 / p90)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start → first word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech real-time factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utterances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed: latency per request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First token (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech: latency per utterance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation done (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 prompt token</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n prompt tokens</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{cached} of %n sentences cached</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 utterance waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n utterances waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{name} · {device} {compute_type} · loaded in {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{layers} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Input level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input level: {level} dBFS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>⇄ Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap source and target languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person A&apos;s name, shown beside what they say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person B&apos;s name, shown beside what they say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who speaks: detect from the language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person A speaks and types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person B speaks and types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect: each utterance&apos;s language says who spoke (needs Whisper base for two languages). Or fix the side, for example while each person holds the button in turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the typed text and its translation to the conversation (Ctrl+Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type here. Ctrl+Enter translates at once; Ctrl+Shift+Enter sends it into the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open audio file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface will be in the language you chose when Parley starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for microphones again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unusable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How requests are written for this model; Automatic follows its metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a GGUF file from disk; it is checked before it is listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget a model you added (the file stays on disk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Whisper folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder holding a CTranslate2 Whisper model (model.bin, config.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{backend}: layers can be offloaded to the GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU only: this llama.cpp build cannot offload (the README says how to install a GPU build)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 keeps the model on the CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the translation model with these settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model list could not be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No translation models were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: {style}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be used: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active: {backend}, {layers} of {total} layers on the GPU, {threads} threads, prompt {style}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory could not be estimated: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory: {estimate}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{warning}

Load it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a GGUF model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a CTranslate2 Whisper folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelMenus</name>
    <message>
        <source>&amp;Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open model file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the bundled model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a GGUF model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stage}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{backend} — ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{backend}, {layers} of {total} layers on the GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} · {quantization} · {where} · {threads} threads — ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message}. {model} is still active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message}. Choose another model with Models → Manage models…, or use the bundled one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeRow</name>
    <message>
        <source>Dismiss this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Empty: the server&apos;s first model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translate on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop using the server; the local model translates again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translate on an OpenAI-compatible server (llama-server, vLLM, Ollama…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking {address} for its models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. Models on the server: {models}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translating on {address}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translating on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeechControls</name>
    <message>
        <source>Whisper tiny.en (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whisper base (any language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call: your microphone is Person A and what this computer plays (the other side of a call) is Person B, both translated live. Headphones work best: without them your microphone is muted while the other side is heard, so they are not translated twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or stop listening (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for microphones and outputs again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this computer plays: the other side of a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this computer plays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech model: tiny.en is English only and fastest; base detects the language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push to talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen only while the Listen button is held down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mine} and {theirs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an audio file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio files ({patterns});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Hold to talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: {source}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubtitleOverlay</name>
    <message>
        <source>Parley subtitles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Press the microphone button, or open an audio file, and speak.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranslationView</name>
    <message>
        <source>The translation appears here as you type.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoicesDialog</name>
    <message>
        <source>Voices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic ({voice})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No voice on this computer speaks it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translations are read aloud in the voice chosen for their language.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Microphone input is off: no input device was found. Connect a microphone, then press Refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macOS does not let applications record what it plays. Install a loopback driver such as BlackHole (existential.audio/blackhole), make a Multi-Output Device with it and your speakers in Audio MIDI Setup, then press Refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No output device to capture was found: connect speakers or headphones, then press Refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the bundled model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unloading {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flash attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech compute type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the local model when the server cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (every layer the build can offload)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Few-shot completion (base models)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation instruction in the model&apos;s chat template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>models folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings file ({path}) is damaged and could not be read; Parley is using its defaults{kept}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings come from a newer version of Parley (settings version {version}). Parley uses what it understands and leaves the file as it is, so changes you make now are not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some settings were damaged and have been reset to their defaults: {names}{kept}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of your settings file ({path}) could not be read and are left at their defaults{kept}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the file as it was is kept as {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings cannot be saved to {path}: changes you make now will be lost when Parley closes. Make the file and its folder writable to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings could not be saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
