<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ConversationController</name>
    <message>
        <source>Loading the speech model {name}…</source>
        <translation>Chargement du modèle vocal {name}…</translation>
    </message>
    <message>
        <source>Listening: {source}</source>
        <translation>Écoute : {source}</translation>
    </message>
    <message>
        <source>No voice on this computer reads {language} aloud.</source>
        <translation>Aucune voix de cet ordinateur ne lit {language} à voix haute.</translation>
    </message>
</context>
<context>
    <name>ConversationMenus</name>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversation</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <source>Glossary…</source>
        <translation>Glossaire…</translation>
    </message>
    <message>
        <source>Voices…</source>
        <translation>Voix…</translation>
    </message>
    <message>
        <source>Reading mode: committed text only</source>
        <translation>Mode lecture : texte validé uniquement</translation>
    </message>
    <message>
        <source>Read translations aloud</source>
        <translation>Lire les traductions à voix haute</translation>
    </message>
    <message>
        <source>Pause listening while reading aloud</source>
        <translation>Suspendre l&apos;écoute pendant la lecture</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <source>&amp;Subtitles</source>
        <translation>&amp;Sous-titres</translation>
    </message>
    <message>
        <source>Show the subtitle window</source>
        <translation>Afficher la fenêtre de sous-titres</translation>
    </message>
    <message>
        <source>Show the original too</source>
        <translation>Afficher aussi l&apos;original</translation>
    </message>
    <message>
        <source>Let clicks pass through</source>
        <translation>Laisser passer les clics</translation>
    </message>
    <message>
        <source>Larger subtitles</source>
        <translation>Sous-titres plus grands</translation>
    </message>
    <message>
        <source>Smaller subtitles</source>
        <translation>Sous-titres plus petits</translation>
    </message>
    <message>
        <source>Less transparent</source>
        <translation>Moins transparent</translation>
    </message>
    <message>
        <source>More transparent</source>
        <translation>Plus transparent</translation>
    </message>
    <message>
        <source>The conversation history is not available.</source>
        <translation>L&apos;historique des conversations n&apos;est pas disponible.</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>The details are in the log:
{path}</source>
        <translation>Les détails se trouvent dans le journal :
{path}</translation>
    </message>
    <message>
        <source>No log file could be written.</source>
        <translation>Aucun fichier journal n&apos;a pu être écrit.</translation>
    </message>
    <message>
        <source>Parley hit an unexpected error</source>
        <translation>Parley a rencontré une erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong ({summary}).

Parley keeps running, but if something no longer works, save what you need and restart it. {place}</source>
        <translation>Un problème est survenu ({summary}).

Parley continue de fonctionner, mais si quelque chose ne marche plus, enregistrez ce dont vous avez besoin et redémarrez-le. {place}</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <source>Terms are given to the model whenever a sentence contains them, and to the speech recogniser as words to expect.</source>
        <translation>Les termes sont fournis au modèle dès qu&apos;une phrase les contient, et à la reconnaissance vocale comme mots attendus.</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>Ajouter un terme</translation>
    </message>
    <message>
        <source>Remove term</source>
        <translation>Supprimer le terme</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Tours</translation>
    </message>
    <message>
        <source>… and {count} more turns: export the conversation to see them all.</source>
        <translation>… et {count} tours de plus : exportez la conversation pour tout voir.</translation>
    </message>
    <message>
        <source>Conversation history</source>
        <translation>Historique des conversations</translation>
    </message>
    <message>
        <source>Search titles, names and everything said</source>
        <translation>Rechercher dans les titres, les noms et tout ce qui a été dit</translation>
    </message>
    <message>
        <source>Double-click a title to rename the conversation.</source>
        <translation>Double-cliquez sur un titre pour renommer la conversation.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Lecture de l&apos;historique…</translation>
    </message>
    <message>
        <source>No conversations match.</source>
        <translation>Aucune conversation ne correspond.</translation>
    </message>
    <message>
        <source>Nothing kept yet.</source>
        <translation>Rien n&apos;est encore conservé.</translation>
    </message>
    <message>
        <source>Export the conversation</source>
        <translation>Exporter la conversation</translation>
    </message>
    <message>
        <source>The conversation could not be written to {path}: {reason}.</source>
        <translation>La conversation n&apos;a pas pu être écrite dans {path} : {reason}.</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Exportée vers {path}.</translation>
    </message>
</context>
<context>
    <name>HistoryRepair</name>
    <message>
        <source>Recovering the history…</source>
        <translation>Récupération de l&apos;historique…</translation>
    </message>
    <message>
        <source>{recovered} Restart Parley to keep new conversations in it.</source>
        <translation>{recovered} Redémarrez Parley pour y conserver les nouvelles conversations.</translation>
    </message>
    <message>
        <source>Recover what can be read</source>
        <translation>Récupérer ce qui peut être lu</translation>
    </message>
</context>
<context>
    <name>LatencyPanel</name>
    <message>
        <source>Typed: this request</source>
        <translation>Saisie : cette requête</translation>
    </message>
    <message>
        <source>Queue wait</source>
        <translation>Attente dans la file</translation>
    </message>
    <message>
        <source>Prefill</source>
        <translation>Préremplissage</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>Premier jeton</translation>
    </message>
    <message>
        <source>Decode</source>
        <translation>Décodage</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Typed: session</source>
        <translation>Saisie : session</translation>
    </message>
    <message>
        <source>First token p50 / p90</source>
        <translation>Premier jeton p50 / p90</translation>
    </message>
    <message>
        <source>Total p50 / p90</source>
        <translation>Total p50 / p90</translation>
    </message>
    <message>
        <source>Decode p50</source>
        <translation>Décodage p50</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Speech: after the end of speech (last · p50 / p90)</source>
        <translation>Parole : après la fin de la parole (dernier · p50 / p90)</translation>
    </message>
    <message>
        <source>Final transcript</source>
        <translation>Transcription finale</translation>
    </message>
    <message>
        <source>Translation done</source>
        <translation>Traduction terminée</translation>
    </message>
    <message>
        <source>Start → first word</source>
        <translation>Début → premier mot</translation>
    </message>
    <message>
        <source>Speech real-time factor</source>
        <translation>Facteur temps réel de la parole</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Utterances</source>
        <translation>Énoncés</translation>
    </message>
    <message>
        <source>Typed: latency per request</source>
        <translation>Saisie : latence par requête</translation>
    </message>
    <message>
        <source>First token (ms)</source>
        <translation>Premier jeton (ms)</translation>
    </message>
    <message>
        <source>Total (ms)</source>
        <translation>Total (ms)</translation>
    </message>
    <message>
        <source>Speech: latency per utterance</source>
        <translation>Parole : latence par énoncé</translation>
    </message>
    <message>
        <source>Translation done (ms)</source>
        <translation>Traduction terminée (ms)</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Quantification</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>Couches GPU</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Load time</source>
        <translation>Temps de chargement</translation>
    </message>
    <message>
        <source>Speech model</source>
        <translation>Modèle vocal</translation>
    </message>
    <message>
        <source>Draft and refine (last · p50 / p90)</source>
        <translation>Brouillon et affinage (dernier · p50 / p90)</translation>
    </message>
    <message>
        <source>Typed: first draft token</source>
        <translation>Saisie : premier jeton du brouillon</translation>
    </message>
    <message>
        <source>Typed: refined done</source>
        <translation>Saisie : version affinée terminée</translation>
    </message>
    <message>
        <source>Speech: first draft token</source>
        <translation>Parole : premier jeton du brouillon</translation>
    </message>
    <message>
        <source>Speech: final done</source>
        <translation>Parole : version finale terminée</translation>
    </message>
    <message>
        <source>Typed: from the pause in typing; speech: from the end of speech. The draft is the fast model&apos;s; the refined or final translation is the model in use.</source>
        <translation>Saisie : depuis la pause dans la frappe ; parole : depuis la fin de la parole. Le brouillon vient du modèle rapide ; la traduction affinée ou finale vient du modèle utilisé.</translation>
    </message>
    <message>
        <source>1 prompt token</source>
        <translation>1 jeton de prompt</translation>
    </message>
    <message numerus="yes">
        <source>%n prompt tokens</source>
        <translation>
            <numerusform>%n jeton de prompt</numerusform>
            <numerusform>%n jetons de prompt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{cached} of %n sentences cached</source>
        <translation>
            <numerusform>{cached} phrase sur %n en cache</numerusform>
            <numerusform>{cached} phrases sur %n en cache</numerusform>
        </translation>
    </message>
    <message>
        <source>1 utterance waiting</source>
        <translation>1 énoncé en attente</translation>
    </message>
    <message numerus="yes">
        <source>%n utterances waiting</source>
        <translation>
            <numerusform>%n énoncé en attente</numerusform>
            <numerusform>%n énoncés en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} · {device} {compute_type} · loaded in {seconds} s</source>
        <translation>{name} · {device} {compute_type} · chargé en {seconds} s</translation>
    </message>
    <message>
        <source>{layers} of {total}</source>
        <translation>{layers} sur {total}</translation>
    </message>
    <message>
        <source>When the machine cannot keep up, Parley translates the final text first: it pauses the tentative translation, re-decodes the speech less often and holds less audio.</source>
        <translation>Quand la machine ne suit plus, Parley traduit d’abord le texte définitif : il suspend la traduction provisoire, redécode la parole moins souvent et garde moins d’audio.</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Rythme</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Input level</source>
        <translation>Niveau d&apos;entrée</translation>
    </message>
    <message>
        <source>Input level: {level} dBFS</source>
        <translation>Niveau d&apos;entrée : {level} dBFS</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>⇄ Swap</source>
        <translation>⇄ Inverser</translation>
    </message>
    <message>
        <source>Swap source and target languages</source>
        <translation>Inverser les langues source et cible</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the translation</source>
        <translation>Copier la traduction</translation>
    </message>
    <message>
        <source>Person A</source>
        <translation>Personne A</translation>
    </message>
    <message>
        <source>Person A&apos;s name, shown beside what they say</source>
        <translation>Nom de la personne A, affiché à côté de ce qu&apos;elle dit</translation>
    </message>
    <message>
        <source>Person B</source>
        <translation>Personne B</translation>
    </message>
    <message>
        <source>Person B&apos;s name, shown beside what they say</source>
        <translation>Nom de la personne B, affiché à côté de ce qu&apos;elle dit</translation>
    </message>
    <message>
        <source>Who speaks: detect from the language</source>
        <translation>Qui parle : détecter selon la langue</translation>
    </message>
    <message>
        <source>Person A speaks and types</source>
        <translation>La personne A parle et écrit</translation>
    </message>
    <message>
        <source>Person B speaks and types</source>
        <translation>La personne B parle et écrit</translation>
    </message>
    <message>
        <source>Detect: each utterance&apos;s language says who spoke (needs Whisper base for two languages). Or fix the side, for example while each person holds the button in turn.</source>
        <translation>Détecter : la langue de chaque énoncé indique qui a parlé (il faut Whisper base pour deux langues). Ou fixez le côté, par exemple quand chacun maintient le bouton à son tour.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Add the typed text and its translation to the conversation (Ctrl+Shift+Enter)</source>
        <translation>Ajouter le texte saisi et sa traduction à la conversation (Ctrl+Maj+Entrée)</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <source>Type here. Ctrl+Enter translates at once; Ctrl+Shift+Enter sends it into the conversation.</source>
        <translation>Écrivez ici. Ctrl+Entrée traduit aussitôt ; Ctrl+Maj+Entrée l&apos;envoie dans la conversation.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open audio file…</source>
        <translation>Ouvrir un fichier audio…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>The interface will be in the language you chose when Parley starts again.</source>
        <translation>L&apos;interface sera dans la langue choisie au prochain démarrage de Parley.</translation>
    </message>
    <message>
        <source>Translation copied</source>
        <translation>Traduction copiée</translation>
    </message>
    <message>
        <source>Look for microphones again</source>
        <translation>Rechercher à nouveau les microphones</translation>
    </message>
    <message>
        <source>Manage models…</source>
        <translation>Gérer les modèles…</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Ouvrir un autre fichier…</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Quantification</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>Modèle de chat</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Automatic (measured on this computer)</source>
        <translation>Automatique (mesuré sur cet ordinateur)</translation>
    </message>
    <message>
        <source>Fast (Gemma 3 270M)</source>
        <translation>Rapide (Gemma 3 270M)</translation>
    </message>
    <message>
        <source>Quality (Qwen2.5-Coder 1.5B)</source>
        <translation>Qualité (Qwen2.5-Coder 1.5B)</translation>
    </message>
    <message>
        <source>unusable</source>
        <translation>inutilisable</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Parole</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performances</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Looking for models…</source>
        <translation>Recherche des modèles…</translation>
    </message>
    <message>
        <source>How requests are written for this model; Automatic follows its metadata</source>
        <translation>Comment les requêtes sont rédigées pour ce modèle ; Automatique suit ses métadonnées</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Add model…</source>
        <translation>Ajouter un modèle…</translation>
    </message>
    <message>
        <source>Add a GGUF file from disk; it is checked before it is listed</source>
        <translation>Ajouter un fichier GGUF depuis le disque ; il est vérifié avant d&apos;être listé</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <source>Forget a model you added (the file stays on disk)</source>
        <translation>Oublier un modèle ajouté (le fichier reste sur le disque)</translation>
    </message>
    <message>
        <source>Use this model</source>
        <translation>Utiliser ce modèle</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>Prompt :</translation>
    </message>
    <message>
        <source>Bundled model for this computer</source>
        <translation>Modèle fourni pour cet ordinateur</translation>
    </message>
    <message>
        <source>Automatic uses the best translations that keep up on this computer</source>
        <translation>Automatique prend les meilleures traductions qui suivent le rythme sur cet ordinateur</translation>
    </message>
    <message>
        <source>Measure again</source>
        <translation>Mesurer à nouveau</translation>
    </message>
    <message>
        <source>Time the bundled models here ({budget})</source>
        <translation>Chronométrer ici les modèles fournis ({budget})</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>Niveau :</translation>
    </message>
    <message>
        <source>In use: the {tier} tier — {reason}.</source>
        <translation>Utilisé : le niveau « {tier} » — {reason}.</translation>
    </message>
    <message>
        <source>Budget: {budget}.</source>
        <translation>Budget : {budget}.</translation>
    </message>
    <message>
        <source>Add Whisper folder…</source>
        <translation>Ajouter un dossier Whisper…</translation>
    </message>
    <message>
        <source>A folder holding a CTranslate2 Whisper model (model.bin, config.json)</source>
        <translation>Un dossier contenant un modèle Whisper CTranslate2 (model.bin, config.json)</translation>
    </message>
    <message>
        <source>{backend}: layers can be offloaded to the GPU</source>
        <translation>{backend} : les couches peuvent être déportées sur le GPU</translation>
    </message>
    <message>
        <source>CPU only: this llama.cpp build cannot offload (the README says how to install a GPU build)</source>
        <translation>CPU uniquement : cette version de llama.cpp ne peut pas déporter de couches (le README explique comment installer une version GPU)</translation>
    </message>
    <message>
        <source>0 keeps the model on the CPU</source>
        <translation>0 garde le modèle sur le CPU</translation>
    </message>
    <message>
        <source>{size} tokens</source>
        <translation>{size} jetons</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Reload the translation model with these settings</source>
        <translation>Recharger le modèle de traduction avec ces réglages</translation>
    </message>
    <message>
        <source>llama.cpp build</source>
        <translation>Version de llama.cpp</translation>
    </message>
    <message>
        <source>The model list could not be read: {error}</source>
        <translation>La liste des modèles n&apos;a pas pu être lue : {error}</translation>
    </message>
    <message>
        <source>No translation models were found.</source>
        <translation>Aucun modèle de traduction n&apos;a été trouvé.</translation>
    </message>
    <message>
        <source>Automatic: {style}</source>
        <translation>Automatique : {style}</translation>
    </message>
    <message>
        <source>Cannot be used: {problem}.</source>
        <translation>Inutilisable : {problem}.</translation>
    </message>
    <message>
        <source>Active: {backend}, {layers} of {total} layers on the GPU, {threads} threads, prompt {style}.</source>
        <translation>Actif : {backend}, {layers} couches sur {total} sur le GPU, {threads} threads, prompt {style}.</translation>
    </message>
    <message>
        <source>Memory could not be estimated: {error}</source>
        <translation>La mémoire n&apos;a pas pu être estimée : {error}</translation>
    </message>
    <message>
        <source>Memory: {estimate}.</source>
        <translation>Mémoire : {estimate}.</translation>
    </message>
    <message>
        <source>{warning}

Load it anyway?</source>
        <translation>{warning}

Le charger quand même ?</translation>
    </message>
    <message>
        <source>Add a GGUF model</source>
        <translation>Ajouter un modèle GGUF</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modèles GGUF (*.gguf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Add a CTranslate2 Whisper folder</source>
        <translation>Ajouter un dossier Whisper CTranslate2</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>Vérification de {name}…</translation>
    </message>
    <message>
        <source>Not added: {error}.</source>
        <translation>Non ajouté : {error}.</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name} ajouté.</translation>
    </message>
</context>
<context>
    <name>ModelMenus</name>
    <message>
        <source>&amp;Models</source>
        <translation>&amp;Modèles</translation>
    </message>
    <message>
        <source>Manage models…</source>
        <translation>Gérer les modèles…</translation>
    </message>
    <message>
        <source>Open model file…</source>
        <translation>Ouvrir un fichier de modèle…</translation>
    </message>
    <message>
        <source>Use the bundled model</source>
        <translation>Utiliser le modèle fourni</translation>
    </message>
    <message>
        <source>Open a GGUF model</source>
        <translation>Ouvrir un modèle GGUF</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modèles GGUF (*.gguf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>{stage}…</source>
        <translation>{stage}…</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Aucun modèle chargé</translation>
    </message>
    <message>
        <source>{backend} — ready</source>
        <translation>{backend} — prêt</translation>
    </message>
    <message>
        <source>{backend}, {layers} of {total} layers on the GPU</source>
        <translation>{backend}, {layers} couches sur {total} sur le GPU</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>{name} · {quantization} · {where} · {threads} threads — ready</source>
        <translation>{name} · {quantization} · {where} · {threads} threads — prêt</translation>
    </message>
    <message>
        <source>{message}. {model} is still active.</source>
        <translation>{message}. {model} reste actif.</translation>
    </message>
    <message>
        <source>{message}. Choose another model with Models → Manage models…, or use the bundled one.</source>
        <translation>{message}. Choisissez un autre modèle avec Modèles → Gérer les modèles…, ou utilisez le modèle fourni.</translation>
    </message>
    <message>
        <source>Timing the bundled models on this computer, in the background</source>
        <translation>Chronométrage des modèles fournis sur cet ordinateur, en arrière-plan</translation>
    </message>
    <message>
        <source>Measuring again, in the background</source>
        <translation>Nouvelle mesure en arrière-plan</translation>
    </message>
    <message>
        <source>Parley timed its bundled models on this computer and chose the {tier} tier ({seconds} s for a {words}-word sentence): {reason}.</source>
        <translation>Parley a chronométré ses modèles fournis sur cet ordinateur et a choisi le niveau « {tier} » ({seconds} s pour une phrase de {words} mots) : {reason}.</translation>
    </message>
    <message>
        <source>Parley timed its bundled models on this computer and chose the {tier} tier: {reason}.</source>
        <translation>Parley a chronométré ses modèles fournis sur cet ordinateur et a choisi le niveau « {tier} » : {reason}.</translation>
    </message>
    <message>
        <source>The quality model could not be prepared: {error}</source>
        <translation>Le modèle de qualité n’a pas pu être préparé : {error}</translation>
    </message>
</context>
<context>
    <name>NoticeRow</name>
    <message>
        <source>Dismiss this message</source>
        <translation>Masquer ce message</translation>
    </message>
</context>
<context>
    <name>Parties</name>
    <message>
        <source>Person A ({language})</source>
        <translation>Personne A ({language})</translation>
    </message>
    <message>
        <source>Person B ({language})</source>
        <translation>Personne B ({language})</translation>
    </message>
</context>
<context>
    <name>RefineTyping</name>
    <message>
        <source>Draft with the fast model, refine with this one</source>
        <translation>Brouillon avec le modèle rapide, affinage avec celui-ci</translation>
    </message>
    <message>
        <source>Drafts come from the bundled fast model, and the model in use is that model, so nothing is refined. Choose a better model (Models → Manage models…) for draft and refine to help.</source>
        <translation>Les brouillons viennent du modèle rapide fourni, et c’est ce modèle qui est utilisé : rien n’est donc affiné. Choisissez un meilleur modèle (Modèles → Gérer les modèles…) pour que le brouillon et l’affinage servent.</translation>
    </message>
    <message>
        <source>The fast model translates as you type or speak; the model in use then translates each finished sentence, and its translation replaces the draft.</source>
        <translation>Le modèle rapide traduit pendant que vous tapez ou parlez ; le modèle utilisé traduit ensuite chaque phrase terminée, et sa traduction remplace le brouillon.</translation>
    </message>
    <message>
        <source>No draft was made: {message}</source>
        <translation>Aucun brouillon n’a été produit : {message}</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Empty: the server&apos;s first model</source>
        <translation>Vide : le premier modèle du serveur</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Use this server</source>
        <translation>Utiliser ce serveur</translation>
    </message>
    <message>
        <source>Translate on this computer</source>
        <translation>Traduire sur cet ordinateur</translation>
    </message>
    <message>
        <source>Stop using the server; the local model translates again</source>
        <translation>Ne plus utiliser le serveur ; le modèle local traduit à nouveau</translation>
    </message>
    <message>
        <source>Translate on an OpenAI-compatible server (llama-server, vLLM, Ollama…).</source>
        <translation>Traduire sur un serveur compatible OpenAI (llama-server, vLLM, Ollama…).</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>Asking {address} for its models…</source>
        <translation>Demande de ses modèles à {address}…</translation>
    </message>
    <message>
        <source>Connected. Models on the server: {models}.</source>
        <translation>Connecté. Modèles du serveur : {models}.</translation>
    </message>
    <message>
        <source>Translating on {address}.</source>
        <translation>Traduction sur {address}.</translation>
    </message>
    <message>
        <source>Translating on this computer.</source>
        <translation>Traduction sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>SpeechControls</name>
    <message>
        <source>Whisper tiny.en (English)</source>
        <translation>Whisper tiny.en (anglais)</translation>
    </message>
    <message>
        <source>Whisper base (any language)</source>
        <translation>Whisper base (toutes langues)</translation>
    </message>
    <message>
        <source>Call: your microphone is Person A and what this computer plays (the other side of a call) is Person B, both translated live. Headphones work best: without them your microphone is muted while the other side is heard, so they are not translated twice.</source>
        <translation>Appel : votre microphone est la personne A et ce que joue cet ordinateur (l&apos;autre côté d&apos;un appel) est la personne B, tous deux traduits en direct. Un casque est préférable : sans lui, votre microphone est coupé pendant que l&apos;autre côté parle, pour ne pas le traduire deux fois.</translation>
    </message>
    <message>
        <source>● Listen</source>
        <translation>● Écouter</translation>
    </message>
    <message>
        <source>Start or stop listening (Ctrl+M)</source>
        <translation>Démarrer ou arrêter l&apos;écoute (Ctrl+M)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Look for microphones and outputs again</source>
        <translation>Rechercher à nouveau les microphones et les sorties</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>What this computer plays: the other side of a call</source>
        <translation>Ce que joue cet ordinateur : l&apos;autre côté d&apos;un appel</translation>
    </message>
    <message>
        <source>What this computer plays</source>
        <translation>Ce que joue cet ordinateur</translation>
    </message>
    <message>
        <source>Speech model: tiny.en is English only and fastest; base detects the language</source>
        <translation>Modèle vocal : tiny.en ne comprend que l&apos;anglais et est le plus rapide ; base détecte la langue</translation>
    </message>
    <message>
        <source>Push to talk</source>
        <translation>Appuyer pour parler</translation>
    </message>
    <message>
        <source>Listen only while the Listen button is held down</source>
        <translation>N&apos;écouter que tant que le bouton Écouter est maintenu</translation>
    </message>
    <message>
        <source>No system audio</source>
        <translation>Pas de son système</translation>
    </message>
    <message>
        <source>No microphone</source>
        <translation>Pas de microphone</translation>
    </message>
    <message>
        <source>{mine} and {theirs}</source>
        <translation>{mine} et {theirs}</translation>
    </message>
    <message>
        <source>Open an audio file</source>
        <translation>Ouvrir un fichier audio</translation>
    </message>
    <message>
        <source>Audio files ({patterns});;All files (*)</source>
        <translation>Fichiers audio ({patterns});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>● Hold to talk</source>
        <translation>● Maintenir pour parler</translation>
    </message>
    <message>
        <source>Stopped: {source}</source>
        <translation>Arrêté : {source}</translation>
    </message>
</context>
<context>
    <name>SubtitleOverlay</name>
    <message>
        <source>Parley subtitles</source>
        <translation>Sous-titres Parley</translation>
    </message>
</context>
<context>
    <name>TierMeasurer</name>
    <message>
        <source>The bundled models could not be timed: {error}</source>
        <translation>Les modèles fournis n’ont pas pu être chronométrés : {error}</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Press the microphone button, or open an audio file, and speak.</source>
        <translation>Appuyez sur le bouton du microphone, ou ouvrez un fichier audio, et parlez.</translation>
    </message>
</context>
<context>
    <name>TranslationView</name>
    <message>
        <source>The translation appears here as you type.</source>
        <translation>La traduction s&apos;affiche ici pendant que vous écrivez.</translation>
    </message>
</context>
<context>
    <name>VoicesDialog</name>
    <message>
        <source>Voices</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Automatic ({voice})</source>
        <translation>Automatique ({voice})</translation>
    </message>
    <message>
        <source>No voice on this computer speaks it</source>
        <translation>Aucune voix de cet ordinateur ne la parle</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Écouter</translation>
    </message>
    <message>
        <source>Translations are read aloud in the voice chosen for their language.</source>
        <translation>Les traductions sont lues à voix haute avec la voix choisie pour leur langue.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Microphone input is off: no input device was found. Connect a microphone, then press Refresh.</source>
        <translation>L&apos;entrée micro est désactivée : aucun périphérique d&apos;entrée n&apos;a été trouvé. Branchez un microphone, puis appuyez sur Actualiser.</translation>
    </message>
    <message>
        <source>macOS does not let applications record what it plays. Install a loopback driver such as BlackHole (existential.audio/blackhole), make a Multi-Output Device with it and your speakers in Audio MIDI Setup, then press Refresh.</source>
        <translation>macOS ne permet pas aux applications d&apos;enregistrer ce qu&apos;il joue. Installez un pilote de bouclage comme BlackHole (existential.audio/blackhole), créez avec lui et vos haut-parleurs un périphérique à sorties multiples dans Configuration audio et MIDI, puis appuyez sur Actualiser.</translation>
    </message>
    <message>
        <source>No output device to capture was found: connect speakers or headphones, then press Refresh.</source>
        <translation>Aucune sortie à capturer n&apos;a été trouvée : branchez des haut-parleurs ou un casque, puis appuyez sur Actualiser.</translation>
    </message>
    <message>
        <source>there is no word in it to translate</source>
        <translation>il ne contient aucun mot à traduire</translation>
    </message>
    <message>
        <source>the model gave it the translation of another part of the text</source>
        <translation>le modèle lui a donné la traduction d’une autre partie du texte</translation>
    </message>
    <message>
        <source>Preparing the bundled model</source>
        <translation>Préparation du modèle fourni</translation>
    </message>
    <message>
        <source>Checking the model</source>
        <translation>Vérification du modèle</translation>
    </message>
    <message>
        <source>Unloading {name}</source>
        <translation>Déchargement de {name}</translation>
    </message>
    <message>
        <source>Loading the model</source>
        <translation>Chargement du modèle</translation>
    </message>
    <message>
        <source>The model could not be loaded: {error}</source>
        <translation>Le modèle n&apos;a pas pu être chargé : {error}</translation>
    </message>
    <message>
        <source>Warming up</source>
        <translation>Préchauffage</translation>
    </message>
    <message>
        <source>Restoring {name}</source>
        <translation>Restauration de {name}</translation>
    </message>
    <message>
        <source>{message}. {name} could not be loaded again either ({error})</source>
        <translation>{message}. {name} n&apos;a pas pu être rechargé non plus ({error})</translation>
    </message>
    <message>
        <source>the model gave no translation of it ({problem})</source>
        <translation>le modèle n’en a donné aucune traduction ({problem})</translation>
    </message>
    <message>
        <source>Context size</source>
        <translation>Taille du contexte</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>Threads CPU</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>Couches GPU</translation>
    </message>
    <message>
        <source>Flash attention</source>
        <translation>Flash attention</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Speech model</source>
        <translation>Modèle vocal</translation>
    </message>
    <message>
        <source>Speech device</source>
        <translation>Périphérique vocal</translation>
    </message>
    <message>
        <source>Speech compute type</source>
        <translation>Précision du modèle vocal</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Model on the server</source>
        <translation>Modèle sur le serveur</translation>
    </message>
    <message>
        <source>Use the local model when the server cannot be reached</source>
        <translation>Utiliser le modèle local quand le serveur est injoignable</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Automatic (every layer the build can offload)</source>
        <translation>Automatique (toutes les couches que la version peut déporter)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activée</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>Few-shot completion (base models)</source>
        <translation>Complétion avec exemples (modèles de base)</translation>
    </message>
    <message>
        <source>Translation instruction in the model&apos;s chat template</source>
        <translation>Consigne de traduction dans le modèle de chat du modèle</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>fourni</translation>
    </message>
    <message>
        <source>models folder</source>
        <translation>dossier models</translation>
    </message>
    <message>
        <source>user folder</source>
        <translation>dossier utilisateur</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>Your settings file ({path}) is damaged and could not be read; Parley is using its defaults{kept}.</source>
        <translation>Votre fichier de réglages ({path}) est endommagé et n&apos;a pas pu être lu ; Parley utilise ses valeurs par défaut{kept}.</translation>
    </message>
    <message>
        <source>Your settings come from a newer version of Parley (settings version {version}). Parley uses what it understands and leaves the file as it is, so changes you make now are not kept.</source>
        <translation>Vos réglages viennent d&apos;une version plus récente de Parley (version de réglages {version}). Parley utilise ce qu&apos;il comprend et laisse le fichier tel quel : les modifications faites maintenant ne seront pas conservées.</translation>
    </message>
    <message>
        <source>Some settings were damaged and have been reset to their defaults: {names}{kept}.</source>
        <translation>Certains réglages étaient endommagés et ont été remis à leur valeur par défaut : {names}{kept}.</translation>
    </message>
    <message>
        <source>Parts of your settings file ({path}) could not be read and are left at their defaults{kept}.</source>
        <translation>Des parties de votre fichier de réglages ({path}) n&apos;ont pas pu être lues et restent à leur valeur par défaut{kept}.</translation>
    </message>
    <message>
        <source>; the file as it was is kept as {path}</source>
        <translation> ; le fichier tel quel est conservé sous {path}</translation>
    </message>
    <message>
        <source>Your settings cannot be saved to {path}: changes you make now will be lost when Parley closes. Make the file and its folder writable to keep them.</source>
        <translation>Vos réglages ne peuvent pas être enregistrés dans {path} : les modifications faites maintenant seront perdues à la fermeture de Parley. Rendez le fichier et son dossier accessibles en écriture pour les conserver.</translation>
    </message>
    <message>
        <source>Your settings could not be saved to {path}.</source>
        <translation>Vos réglages n&apos;ont pas pu être enregistrés dans {path}.</translation>
    </message>
    <message>
        <source>{path} is truncated or damaged (the file ends before the model data it describes)</source>
        <translation>{path} est tronqué ou endommagé (le fichier s&apos;arrête avant les données du modèle qu&apos;il décrit)</translation>
    </message>
    <message>
        <source>{path} is not a GGUF model file (it lacks the GGUF signature)</source>
        <translation>{path} n&apos;est pas un fichier de modèle GGUF (la signature GGUF manque)</translation>
    </message>
    <message>
        <source>{path} uses GGUF version {version}, which Parley cannot read</source>
        <translation>{path} utilise la version GGUF {version}, que Parley ne sait pas lire</translation>
    </message>
    <message>
        <source>model file not found: {path}</source>
        <translation>fichier de modèle introuvable : {path}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a GGUF model file</source>
        <translation>{path} est un dossier, pas un fichier de modèle GGUF</translation>
    </message>
    <message>
        <source>cannot read model file {path}: permission denied</source>
        <translation>impossible de lire le fichier de modèle {path} : permission refusée</translation>
    </message>
    <message>
        <source>Timing the {tier} model ({title})</source>
        <translation>Chronométrage du modèle « {tier} » ({title})</translation>
    </message>
    <message>
        <source>Recovered {sessions} conversation(s) and {turns} turn(s) into {history}.</source>
        <translation>{sessions} conversation(s) et {turns} tour(s) de parole récupérés dans {history}.</translation>
    </message>
    <message>
        <source>What stood on the damaged pages could not be read and is left out.</source>
        <translation>Le contenu des pages endommagées n’a pas pu être lu et a été omis.</translation>
    </message>
    <message>
        <source>The damaged file is kept as {kept}.</source>
        <translation>Le fichier endommagé est conservé sous {kept}.</translation>
    </message>
    <message>
        <source>{count} conversation(s) had lost their names; their turns are kept under “Recovered conversation”.</source>
        <translation>Le nom de {count} conversation(s) était perdu ; leurs tours de parole sont conservés sous « Conversation récupérée ».</translation>
    </message>
    <message>
        <source>The conversation history ({path}) could not be opened to recover it: {error}.</source>
        <translation>L’historique des conversations ({path}) n’a pas pu être ouvert pour le récupérer : {error}.</translation>
    </message>
    <message>
        <source>Nothing could be read from the conversation history ({path}): it is damaged beyond recovery. Move it aside to start a new history, or restore a backup.</source>
        <translation>Rien n’a pu être lu dans l’historique des conversations ({path}) : il est endommagé au-delà de toute récupération. Déplacez-le pour commencer un nouvel historique, ou restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>The recovered history could not be written beside {path}: {error}. Nothing was changed; free some disk space or make the folder writable, then try again.</source>
        <translation>L’historique récupéré n’a pas pu être écrit à côté de {path} : {error}. Rien n’a été modifié ; libérez de l’espace disque ou rendez le dossier accessible en écriture, puis réessayez.</translation>
    </message>
    <message>
        <source>{list}, {item}</source>
        <translation>{list}, {item}</translation>
    </message>
    <message>
        <source>fast</source>
        <translation>rapide</translation>
    </message>
    <message>
        <source>quality</source>
        <translation>qualité</translation>
    </message>
    <message>
        <source>a {words}-word sentence translated within {seconds} s</source>
        <translation>une phrase de {words} mots traduite en {seconds} s au plus</translation>
    </message>
    <message>
        <source>{cpu}, {cpus} CPU threads, llama.cpp {backend}</source>
        <translation>{cpu}, {cpus} fils d’exécution CPU, llama.cpp {backend}</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>aucun résultat</translation>
    </message>
    <message>
        <source>{tier} ({model}): not measured: {problem}</source>
        <translation>{tier} ({model}) : non mesuré : {problem}</translation>
    </message>
    <message>
        <source>{tier} ({model}): {seconds} s for a {words}-word sentence (first token {ttft} ms), meets the {budget} s budget</source>
        <translation>{tier} ({model}) : {seconds} s pour une phrase de {words} mots (premier jeton {ttft} ms), respecte le budget de {budget} s</translation>
    </message>
    <message>
        <source>{tier} ({model}): {seconds} s for a {words}-word sentence (first token {ttft} ms), misses the {budget} s budget</source>
        <translation>{tier} ({model}) : {seconds} s pour une phrase de {words} mots (premier jeton {ttft} ms), dépasse le budget de {budget} s</translation>
    </message>
    <message>
        <source>the best translations that meet the budget ({budget})</source>
        <translation>les meilleures traductions qui respectent le budget ({budget})</translation>
    </message>
    <message>
        <source>the best translations that meet the budget ({budget}); {slower} is too slow here</source>
        <translation>les meilleures traductions qui respectent le budget ({budget}) ; le niveau « {slower} » est trop lent ici</translation>
    </message>
    <message>
        <source>no bundled model meets the budget ({budget}) here: the fastest is used</source>
        <translation>aucun modèle fourni ne respecte le budget ({budget}) ici : le plus rapide est utilisé</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>choisi par vous</translation>
    </message>
    <message>
        <source>not measured on this machine yet; the fast tier translates until it is</source>
        <translation>pas encore mesuré sur cette machine ; le niveau rapide traduit en attendant</translation>
    </message>
    <message>
        <source>not measured on this machine yet (it was measured on other hardware); the fast tier translates until it is</source>
        <translation>pas encore mesuré sur cette machine (la mesure a été faite sur un autre matériel) ; le niveau rapide traduit en attendant</translation>
    </message>
    <message>
        <source>measured {when} on {machine}</source>
        <translation>mesuré le {when} sur {machine}</translation>
    </message>
    <message>
        <source>the quality model ({title}) is not installed; the fast model translates</source>
        <translation>le modèle de qualité ({title}) n’est pas installé ; le modèle rapide traduit</translation>
    </message>
    <message>
        <source>the quality model ({title}) is not prepared yet; the fast model translates</source>
        <translation>le modèle de qualité ({title}) n’est pas encore prêt ; le modèle rapide traduit</translation>
    </message>
    <message>
        <source>No audio input was found.</source>
        <translation>Aucune entrée audio n’a été trouvée.</translation>
    </message>
    <message>
        <source>“{name}” is gone. Press Refresh.</source>
        <translation>« {name} » a disparu. Cliquez sur Actualiser.</translation>
    </message>
    <message>
        <source>tentative text paused</source>
        <translation>texte provisoire suspendu</translation>
    </message>
    <message>
        <source>re-decoding less often</source>
        <translation>redécodage moins fréquent</translation>
    </message>
    <message>
        <source>shorter audio window</source>
        <translation>fenêtre audio plus courte</translation>
    </message>
    <message>
        <source>Keeping up</source>
        <translation>Suit le rythme</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>Busy: {actions}</source>
        <translation>Occupé : {actions}</translation>
    </message>
    <message>
        <source>“{shown}” ({count} characters) was left as it is: {reason}.</source>
        <translation>« {shown} » ({count} caractères) a été laissé tel quel : {reason}.</translation>
    </message>
    <message>
        <source>The server at {where} has no model {model}; it offers: {models}.</source>
        <translation>Le serveur {where} n&apos;a pas de modèle {model} ; il propose : {models}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>The server at {where} offers no model.</source>
        <translation>Le serveur {where} ne propose aucun modèle.</translation>
    </message>
    <message>
        <source>Parley lost track of the prompt for the server. Try again.</source>
        <translation>Parley a perdu la trace de la requête destinée au serveur. Réessayez.</translation>
    </message>
    <message>
        <source>The server at {where} ended the answer before it was finished (it may have interrupted it for another client: llama-cpp-python&apos;s server does unless started with --interrupt_requests False); what was translated so far is kept. Try again.</source>
        <translation>Le serveur {where} a terminé la réponse avant la fin (il l&apos;a peut-être interrompue pour un autre client : le serveur de llama-cpp-python le fait s&apos;il n&apos;est pas lancé avec --interrupt_requests False) ; ce qui était déjà traduit est conservé. Réessayez.</translation>
    </message>
    <message>
        <source>The server at {where} stopped with an error: {detail}.</source>
        <translation>Le serveur {where} s&apos;est arrêté sur une erreur : {detail}.</translation>
    </message>
    <message>
        <source>The server at {where} sent a piece of its answer that is not the JSON an OpenAI-compatible server sends. Check the address.</source>
        <translation>Le serveur {where} a envoyé une partie de réponse qui n&apos;est pas le JSON d&apos;un serveur compatible OpenAI. Vérifiez l&apos;adresse.</translation>
    </message>
    <message>
        <source>{problem} The local model {name} translates instead.</source>
        <translation>{problem} Le modèle local {name} traduit à sa place.</translation>
    </message>
    <message>
        <source>until the server is chosen again (Models → Manage models… → Server)</source>
        <translation>jusqu&apos;à ce que le serveur soit choisi à nouveau (Modèles → Gérer les modèles… → Serveur)</translation>
    </message>
    <message>
        <source>{url} is not a server address: give it as http://HOST:PORT or https://HOST.</source>
        <translation>{url} n&apos;est pas une adresse de serveur : indiquez-la sous la forme http://HÔTE:PORT ou https://HÔTE.</translation>
    </message>
    <message>
        <source>Nothing answers at {where}: the connection was refused. Check the address and that the server is running.</source>
        <translation>Rien ne répond à {where} : la connexion a été refusée. Vérifiez l&apos;adresse et que le serveur est lancé.</translation>
    </message>
    <message>
        <source>The server name in {where} could not be found. Check the address.</source>
        <translation>Le nom du serveur dans {where} est introuvable. Vérifiez l&apos;adresse.</translation>
    </message>
    <message>
        <source>A secure connection to {where} could not be made ({reason}). Check that the address should use https and that the server&apos;s certificate is trusted on this machine.</source>
        <translation>Impossible d&apos;établir une connexion sécurisée avec {where} ({reason}). Vérifiez que l&apos;adresse doit utiliser https et que le certificat du serveur est reconnu sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The server at {where} did not answer within {seconds:g} s. Check that it is running and not overloaded.</source>
        <translation>Le serveur {where} n&apos;a pas répondu en {seconds:g} s. Vérifiez qu&apos;il est lancé et pas surchargé.</translation>
    </message>
    <message>
        <source>The server at {where} sent nothing for {seconds:g} s in the middle of the answer, so Parley stopped waiting; what was translated so far is kept. Try again.</source>
        <translation>Le serveur {where} n&apos;a rien envoyé pendant {seconds:g} s au milieu de la réponse, Parley a donc cessé d&apos;attendre ; ce qui était déjà traduit est conservé. Réessayez.</translation>
    </message>
    <message>
        <source>The server at {where} closed the connection in the middle of the answer; what was translated so far is kept. Check that the server is still running, then try again.</source>
        <translation>Le serveur {where} a fermé la connexion au milieu de la réponse ; ce qui était déjà traduit est conservé. Vérifiez que le serveur tourne toujours, puis réessayez.</translation>
    </message>
    <message>
        <source>The server at {where} closed the connection without answering. Check that it is running.</source>
        <translation>Le serveur {where} a fermé la connexion sans répondre. Vérifiez qu&apos;il est lancé.</translation>
    </message>
    <message>
        <source>The server at {where} could not be reached ({error}). Check the address.</source>
        <translation>Le serveur {where} est injoignable ({error}). Vérifiez l&apos;adresse.</translation>
    </message>
    <message>
        <source>The server at {where} refused the API key it was given (HTTP {status}). Check the key (PARLEY_API_KEY on the command line, the Server page in the window).</source>
        <translation>Le serveur {where} a refusé la clé d&apos;API fournie (HTTP {status}). Vérifiez la clé (PARLEY_API_KEY en ligne de commande, la page Serveur dans la fenêtre).</translation>
    </message>
    <message>
        <source>The server at {where} refused a request without an API key (HTTP {status}). Check the key (PARLEY_API_KEY on the command line, the Server page in the window).</source>
        <translation>Le serveur {where} a refusé une requête sans clé d&apos;API (HTTP {status}). Vérifiez la clé (PARLEY_API_KEY en ligne de commande, la page Serveur dans la fenêtre).</translation>
    </message>
    <message>
        <source>{where} has no {path} (HTTP 404). Check the address: it should be the server&apos;s base URL, such as http://HOST:8000, of an OpenAI-compatible server.</source>
        <translation>{where} n&apos;a pas de {path} (HTTP 404). Vérifiez l&apos;adresse : ce doit être l&apos;URL de base d&apos;un serveur compatible OpenAI, par exemple http://HÔTE:8000.</translation>
    </message>
    <message>
        <source>The server at {where} refused {path} (HTTP {status}: {detail}).</source>
        <translation>Le serveur {where} a refusé {path} (HTTP {status} : {detail}).</translation>
    </message>
    <message>
        <source>The server at {where} refused {path} (HTTP {status}).</source>
        <translation>Le serveur {where} a refusé {path} (HTTP {status}).</translation>
    </message>
    <message>
        <source>The server at {where} did not answer {path} in JSON. Check that the address is an OpenAI-compatible server.</source>
        <translation>Le serveur {where} n&apos;a pas répondu à {path} en JSON. Vérifiez que l&apos;adresse est celle d&apos;un serveur compatible OpenAI.</translation>
    </message>
    <message>
        <source>The server at {where} answered /v1/models without a list of models. Check that the address is an OpenAI-compatible server.</source>
        <translation>Le serveur {where} a répondu à /v1/models sans liste de modèles. Vérifiez que l&apos;adresse est celle d&apos;un serveur compatible OpenAI.</translation>
    </message>
    <message>
        <source>{problem} The local model could not stand in either: {error}</source>
        <translation>{problem} Le modèle local n&apos;a pas pu le remplacer non plus : {error}</translation>
    </message>
    <message>
        <source>{problem} The local model {name} translates instead, {until}.</source>
        <translation>{problem} Le modèle local {name} traduit à sa place, {until}.</translation>
    </message>
</context>
</TS>
