<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ConversationController</name>
    <message>
        <source>Loading the speech model {name}…</source>
        <translation>音声モデル {name} を読み込んでいます…</translation>
    </message>
    <message>
        <source>Listening: {source}</source>
        <translation>聞き取り中: {source}</translation>
    </message>
    <message>
        <source>No voice on this computer reads {language} aloud.</source>
        <translation>このコンピューターには {language} を読み上げる音声がありません。</translation>
    </message>
</context>
<context>
    <name>ConversationMenus</name>
    <message>
        <source>&amp;Conversation</source>
        <translation>会話(&amp;C)</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>新しい会話</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>履歴…</translation>
    </message>
    <message>
        <source>Glossary…</source>
        <translation>用語集…</translation>
    </message>
    <message>
        <source>Voices…</source>
        <translation>音声…</translation>
    </message>
    <message>
        <source>Reading mode: committed text only</source>
        <translation>読みやすさ優先: 確定したテキストのみ</translation>
    </message>
    <message>
        <source>Read translations aloud</source>
        <translation>翻訳を読み上げる</translation>
    </message>
    <message>
        <source>Pause listening while reading aloud</source>
        <translation>読み上げ中は聞き取りを止める</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>文字を大きく</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>文字を小さく</translation>
    </message>
    <message>
        <source>&amp;Subtitles</source>
        <translation>字幕(&amp;S)</translation>
    </message>
    <message>
        <source>Show the subtitle window</source>
        <translation>字幕ウィンドウを表示</translation>
    </message>
    <message>
        <source>Show the original too</source>
        <translation>原文も表示</translation>
    </message>
    <message>
        <source>Let clicks pass through</source>
        <translation>クリックを下のウィンドウに通す</translation>
    </message>
    <message>
        <source>Larger subtitles</source>
        <translation>字幕を大きく</translation>
    </message>
    <message>
        <source>Smaller subtitles</source>
        <translation>字幕を小さく</translation>
    </message>
    <message>
        <source>Less transparent</source>
        <translation>透明度を下げる</translation>
    </message>
    <message>
        <source>More transparent</source>
        <translation>透明度を上げる</translation>
    </message>
    <message>
        <source>The conversation history is not available.</source>
        <translation>会話の履歴を利用できません。</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>The details are in the log:
{path}</source>
        <translation>詳細はログにあります:
{path}</translation>
    </message>
    <message>
        <source>No log file could be written.</source>
        <translation>ログファイルを書き込めませんでした。</translation>
    </message>
    <message>
        <source>Parley hit an unexpected error</source>
        <translation>Parley で予期しないエラーが発生しました</translation>
    </message>
    <message>
        <source>Something went wrong ({summary}).

Parley keeps running, but if something no longer works, save what you need and restart it. {place}</source>
        <translation>問題が発生しました ({summary})。

Parley は動作を続けますが、動かなくなった機能がある場合は、必要なものを保存してから再起動してください。{place}</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>Glossary</source>
        <translation>用語集</translation>
    </message>
    <message>
        <source>Terms are given to the model whenever a sentence contains them, and to the speech recogniser as words to expect.</source>
        <translation>文に用語が含まれるとモデルに渡され、音声認識には出てくる可能性のある語として渡されます。</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>用語を追加</translation>
    </message>
    <message>
        <source>Remove term</source>
        <translation>用語を削除</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>People</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>発言数</translation>
    </message>
    <message>
        <source>… and {count} more turns: export the conversation to see them all.</source>
        <translation>… ほかに {count} 件の発言があります。すべて見るには会話を書き出してください。</translation>
    </message>
    <message>
        <source>Conversation history</source>
        <translation>会話の履歴</translation>
    </message>
    <message>
        <source>Search titles, names and everything said</source>
        <translation>タイトル、名前、発言内容を検索</translation>
    </message>
    <message>
        <source>Double-click a title to rename the conversation.</source>
        <translation>タイトルをダブルクリックすると会話の名前を変更できます。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>履歴を読み込んでいます…</translation>
    </message>
    <message>
        <source>No conversations match.</source>
        <translation>一致する会話はありません。</translation>
    </message>
    <message>
        <source>Nothing kept yet.</source>
        <translation>まだ何も保存されていません。</translation>
    </message>
    <message>
        <source>Export the conversation</source>
        <translation>会話を書き出す</translation>
    </message>
    <message>
        <source>The conversation could not be written to {path}: {reason}.</source>
        <translation>会話を {path} に書き込めませんでした: {reason}。</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>{path} に書き出しました。</translation>
    </message>
</context>
<context>
    <name>HistoryRepair</name>
    <message>
        <source>Recovering the history…</source>
        <translation>履歴を復元しています…</translation>
    </message>
    <message>
        <source>{recovered} Restart Parley to keep new conversations in it.</source>
        <translation>{recovered} 新しい会話をここに保存するには Parley を再起動してください。</translation>
    </message>
    <message>
        <source>Recover what can be read</source>
        <translation>読み取れる部分を復元</translation>
    </message>
</context>
<context>
    <name>LatencyPanel</name>
    <message>
        <source>Typed: this request</source>
        <translation>入力: このリクエスト</translation>
    </message>
    <message>
        <source>Queue wait</source>
        <translation>待ち時間</translation>
    </message>
    <message>
        <source>Prefill</source>
        <translation>プリフィル</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>最初のトークン</translation>
    </message>
    <message>
        <source>Decode</source>
        <translation>デコード</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Typed: session</source>
        <translation>入力: セッション</translation>
    </message>
    <message>
        <source>First token p50 / p90</source>
        <translation>最初のトークン p50 / p90</translation>
    </message>
    <message>
        <source>Total p50 / p90</source>
        <translation>合計 p50 / p90</translation>
    </message>
    <message>
        <source>Decode p50</source>
        <translation>デコード p50</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>リクエスト数</translation>
    </message>
    <message>
        <source>Speech: after the end of speech (last · p50 / p90)</source>
        <translation>音声: 話し終えてから (直近 · p50 / p90)</translation>
    </message>
    <message>
        <source>Final transcript</source>
        <translation>最終的な文字起こし</translation>
    </message>
    <message>
        <source>Translation done</source>
        <translation>翻訳完了</translation>
    </message>
    <message>
        <source>Start → first word</source>
        <translation>開始 → 最初の語</translation>
    </message>
    <message>
        <source>Speech real-time factor</source>
        <translation>音声の実時間係数</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>遅れ</translation>
    </message>
    <message>
        <source>Utterances</source>
        <translation>発話数</translation>
    </message>
    <message>
        <source>Typed: latency per request</source>
        <translation>入力: リクエストごとの遅延</translation>
    </message>
    <message>
        <source>First token (ms)</source>
        <translation>最初のトークン (ms)</translation>
    </message>
    <message>
        <source>Total (ms)</source>
        <translation>合計 (ms)</translation>
    </message>
    <message>
        <source>Speech: latency per utterance</source>
        <translation>音声: 発話ごとの遅延</translation>
    </message>
    <message>
        <source>Translation done (ms)</source>
        <translation>翻訳完了 (ms)</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>量子化</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>バックエンド</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>GPU レイヤー</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>スレッド</translation>
    </message>
    <message>
        <source>Load time</source>
        <translation>読み込み時間</translation>
    </message>
    <message>
        <source>Speech model</source>
        <translation>音声モデル</translation>
    </message>
    <message>
        <source>Draft and refine (last · p50 / p90)</source>
        <translation>下書きと仕上げ (直近 · p50 / p90)</translation>
    </message>
    <message>
        <source>Typed: first draft token</source>
        <translation>入力: 下書きの最初のトークン</translation>
    </message>
    <message>
        <source>Typed: refined done</source>
        <translation>入力: 仕上げ完了</translation>
    </message>
    <message>
        <source>Speech: first draft token</source>
        <translation>音声: 下書きの最初のトークン</translation>
    </message>
    <message>
        <source>Speech: final done</source>
        <translation>音声: 確定訳の完了</translation>
    </message>
    <message>
        <source>Typed: from the pause in typing; speech: from the end of speech. The draft is the fast model&apos;s; the refined or final translation is the model in use.</source>
        <translation>入力: 入力が止まった時点から。音声: 話し終えた時点から。下書きは高速モデルによるもので、仕上げ訳や確定訳は使用中のモデルによるものです。</translation>
    </message>
    <message>
        <source>1 prompt token</source>
        <translation>プロンプト 1 トークン</translation>
    </message>
    <message numerus="yes">
        <source>%n prompt tokens</source>
        <translation>
            <numerusform>プロンプト %n トークン</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{cached} of %n sentences cached</source>
        <translation>
            <numerusform>%n 文中 {cached} 文をキャッシュ済み</numerusform>
        </translation>
    </message>
    <message>
        <source>1 utterance waiting</source>
        <translation>1 件の発話が待機中</translation>
    </message>
    <message numerus="yes">
        <source>%n utterances waiting</source>
        <translation>
            <numerusform>%n 件の発話が待機中</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} · {device} {compute_type} · loaded in {seconds} s</source>
        <translation>{name} · {device} {compute_type} · {seconds} 秒で読み込み</translation>
    </message>
    <message>
        <source>{layers} of {total}</source>
        <translation>{total} 中 {layers}</translation>
    </message>
    <message>
        <source>When the machine cannot keep up, Parley translates the final text first: it pauses the tentative translation, re-decodes the speech less often and holds less audio.</source>
        <translation>処理が追いつかないときは、Parley は確定したテキストを先に翻訳します。仮の翻訳を一時停止し、音声の再デコードを減らし、保持する音声を短くします。</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>処理ペース</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Input level</source>
        <translation>入力レベル</translation>
    </message>
    <message>
        <source>Input level: {level} dBFS</source>
        <translation>入力レベル: {level} dBFS</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>⇄ Swap</source>
        <translation>⇄ 入れ替え</translation>
    </message>
    <message>
        <source>Swap source and target languages</source>
        <translation>翻訳元と翻訳先の言語を入れ替える</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the translation</source>
        <translation>翻訳をコピー</translation>
    </message>
    <message>
        <source>Person A</source>
        <translation>話者 A</translation>
    </message>
    <message>
        <source>Person A&apos;s name, shown beside what they say</source>
        <translation>話者 A の名前 (発言の横に表示)</translation>
    </message>
    <message>
        <source>Person B</source>
        <translation>話者 B</translation>
    </message>
    <message>
        <source>Person B&apos;s name, shown beside what they say</source>
        <translation>話者 B の名前 (発言の横に表示)</translation>
    </message>
    <message>
        <source>Who speaks: detect from the language</source>
        <translation>話者: 言語から判別</translation>
    </message>
    <message>
        <source>Person A speaks and types</source>
        <translation>話者 A が話して入力</translation>
    </message>
    <message>
        <source>Person B speaks and types</source>
        <translation>話者 B が話して入力</translation>
    </message>
    <message>
        <source>Detect: each utterance&apos;s language says who spoke (needs Whisper base for two languages). Or fix the side, for example while each person holds the button in turn.</source>
        <translation>判別: 各発話の言語から話者を判断します (2 言語には Whisper base が必要)。または、交代でボタンを押し続ける場合などは話者を固定します。</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Add the typed text and its translation to the conversation (Ctrl+Shift+Enter)</source>
        <translation>入力したテキストとその翻訳を会話に追加 (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>新しい会話</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>履歴…</translation>
    </message>
    <message>
        <source>Type here. Ctrl+Enter translates at once; Ctrl+Shift+Enter sends it into the conversation.</source>
        <translation>ここに入力してください。Ctrl+Enter ですぐに翻訳、Ctrl+Shift+Enter で会話に送信します。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>起動中…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Open audio file…</source>
        <translation>音声ファイルを開く…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <source>The interface will be in the language you chose when Parley starts again.</source>
        <translation>次に Parley を起動したとき、選んだ言語で表示されます。</translation>
    </message>
    <message>
        <source>Translation copied</source>
        <translation>翻訳をコピーしました</translation>
    </message>
    <message>
        <source>Look for microphones again</source>
        <translation>マイクを再検索</translation>
    </message>
    <message>
        <source>Manage models…</source>
        <translation>モデルの管理…</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>別のファイルを開く…</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>入手元</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>アーキテクチャ</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>パラメーター数</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>量子化</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>コンテキスト</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>チャットテンプレート</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Automatic (measured on this computer)</source>
        <translation>自動 (このコンピューターで計測)</translation>
    </message>
    <message>
        <source>Fast (Gemma 3 270M)</source>
        <translation>高速 (Gemma 3 270M)</translation>
    </message>
    <message>
        <source>Quality (Qwen2.5-Coder 1.5B)</source>
        <translation>高品質 (Qwen2.5-Coder 1.5B)</translation>
    </message>
    <message>
        <source>unusable</source>
        <translation>使用不可</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>no</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>翻訳</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>音声</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>パフォーマンス</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Looking for models…</source>
        <translation>モデルを探しています…</translation>
    </message>
    <message>
        <source>How requests are written for this model; Automatic follows its metadata</source>
        <translation>このモデルへのリクエストの書き方。「自動」はメタデータに従います</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Add model…</source>
        <translation>モデルを追加…</translation>
    </message>
    <message>
        <source>Add a GGUF file from disk; it is checked before it is listed</source>
        <translation>ディスクから GGUF ファイルを追加します。一覧に載せる前に検査します</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>一覧から削除</translation>
    </message>
    <message>
        <source>Forget a model you added (the file stays on disk)</source>
        <translation>追加したモデルを一覧から外します (ファイルはディスクに残ります)</translation>
    </message>
    <message>
        <source>Use this model</source>
        <translation>このモデルを使う</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>プロンプト:</translation>
    </message>
    <message>
        <source>Bundled model for this computer</source>
        <translation>このコンピューター用の同梱モデル</translation>
    </message>
    <message>
        <source>Automatic uses the best translations that keep up on this computer</source>
        <translation>自動では、このコンピューターで遅れずに訳せる最も質の高い翻訳を使います</translation>
    </message>
    <message>
        <source>Measure again</source>
        <translation>再計測</translation>
    </message>
    <message>
        <source>Time the bundled models here ({budget})</source>
        <translation>同梱モデルをここで計測します ({budget})</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>レベル:</translation>
    </message>
    <message>
        <source>In use: the {tier} tier — {reason}.</source>
        <translation>使用中: {tier}レベル — {reason}。</translation>
    </message>
    <message>
        <source>Budget: {budget}.</source>
        <translation>時間の目安: {budget}。</translation>
    </message>
    <message>
        <source>Add Whisper folder…</source>
        <translation>Whisper フォルダーを追加…</translation>
    </message>
    <message>
        <source>A folder holding a CTranslate2 Whisper model (model.bin, config.json)</source>
        <translation>CTranslate2 の Whisper モデルを含むフォルダー (model.bin、config.json)</translation>
    </message>
    <message>
        <source>{backend}: layers can be offloaded to the GPU</source>
        <translation>{backend}: レイヤーを GPU にオフロードできます</translation>
    </message>
    <message>
        <source>CPU only: this llama.cpp build cannot offload (the README says how to install a GPU build)</source>
        <translation>CPU のみ: この llama.cpp ビルドはオフロードできません (GPU 版の入れ方は README を参照)</translation>
    </message>
    <message>
        <source>0 keeps the model on the CPU</source>
        <translation>0 にするとモデルは CPU に残ります</translation>
    </message>
    <message>
        <source>{size} tokens</source>
        <translation>{size} トークン</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Reload the translation model with these settings</source>
        <translation>この設定で翻訳モデルを読み込み直す</translation>
    </message>
    <message>
        <source>llama.cpp build</source>
        <translation>llama.cpp ビルド</translation>
    </message>
    <message>
        <source>The model list could not be read: {error}</source>
        <translation>モデル一覧を読み込めませんでした: {error}</translation>
    </message>
    <message>
        <source>No translation models were found.</source>
        <translation>翻訳モデルが見つかりませんでした。</translation>
    </message>
    <message>
        <source>Automatic: {style}</source>
        <translation>自動: {style}</translation>
    </message>
    <message>
        <source>Cannot be used: {problem}.</source>
        <translation>使用できません: {problem}。</translation>
    </message>
    <message>
        <source>Active: {backend}, {layers} of {total} layers on the GPU, {threads} threads, prompt {style}.</source>
        <translation>使用中: {backend}、{total} レイヤー中 {layers} レイヤーが GPU 上、{threads} スレッド、プロンプト {style}。</translation>
    </message>
    <message>
        <source>Memory could not be estimated: {error}</source>
        <translation>メモリーを見積もれませんでした: {error}</translation>
    </message>
    <message>
        <source>Memory: {estimate}.</source>
        <translation>メモリー: {estimate}。</translation>
    </message>
    <message>
        <source>{warning}

Load it anyway?</source>
        <translation>{warning}

それでも読み込みますか?</translation>
    </message>
    <message>
        <source>Add a GGUF model</source>
        <translation>GGUF モデルを追加</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF モデル (*.gguf);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Add a CTranslate2 Whisper folder</source>
        <translation>CTranslate2 の Whisper フォルダーを追加</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>{name} を検査しています…</translation>
    </message>
    <message>
        <source>Not added: {error}.</source>
        <translation>追加されませんでした: {error}。</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name} を追加しました。</translation>
    </message>
</context>
<context>
    <name>ModelMenus</name>
    <message>
        <source>&amp;Models</source>
        <translation>モデル(&amp;M)</translation>
    </message>
    <message>
        <source>Manage models…</source>
        <translation>モデルの管理…</translation>
    </message>
    <message>
        <source>Open model file…</source>
        <translation>モデルファイルを開く…</translation>
    </message>
    <message>
        <source>Use the bundled model</source>
        <translation>同梱モデルを使う</translation>
    </message>
    <message>
        <source>Open a GGUF model</source>
        <translation>GGUF モデルを開く</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF モデル (*.gguf);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>{stage}…</source>
        <translation>{stage}…</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>モデルが読み込まれていません</translation>
    </message>
    <message>
        <source>{backend} — ready</source>
        <translation>{backend} — 準備完了</translation>
    </message>
    <message>
        <source>{backend}, {layers} of {total} layers on the GPU</source>
        <translation>{backend}、{total} レイヤー中 {layers} レイヤーが GPU 上</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>{name} · {quantization} · {where} · {threads} threads — ready</source>
        <translation>{name} · {quantization} · {where} · {threads} スレッド — 準備完了</translation>
    </message>
    <message>
        <source>{message}. {model} is still active.</source>
        <translation>{message}。{model} を引き続き使用しています。</translation>
    </message>
    <message>
        <source>{message}. Choose another model with Models → Manage models…, or use the bundled one.</source>
        <translation>{message}。「モデル → モデルの管理…」で別のモデルを選ぶか、同梱モデルを使ってください。</translation>
    </message>
    <message>
        <source>Timing the bundled models on this computer, in the background</source>
        <translation>このコンピューターで同梱モデルをバックグラウンドで計測中</translation>
    </message>
    <message>
        <source>Measuring again, in the background</source>
        <translation>バックグラウンドで再計測中</translation>
    </message>
    <message>
        <source>Parley timed its bundled models on this computer and chose the {tier} tier ({seconds} s for a {words}-word sentence): {reason}.</source>
        <translation>Parley はこのコンピューターで同梱モデルを計測し、{tier}レベルを選びました ({words} 語の文で {seconds} 秒): {reason}。</translation>
    </message>
    <message>
        <source>Parley timed its bundled models on this computer and chose the {tier} tier: {reason}.</source>
        <translation>Parley はこのコンピューターで同梱モデルを計測し、{tier}レベルを選びました: {reason}。</translation>
    </message>
    <message>
        <source>The quality model could not be prepared: {error}</source>
        <translation>高品質モデルを準備できませんでした: {error}</translation>
    </message>
</context>
<context>
    <name>NoticeRow</name>
    <message>
        <source>Dismiss this message</source>
        <translation>このメッセージを閉じる</translation>
    </message>
</context>
<context>
    <name>Parties</name>
    <message>
        <source>Person A ({language})</source>
        <translation>話者 A（{language}）</translation>
    </message>
    <message>
        <source>Person B ({language})</source>
        <translation>話者 B（{language}）</translation>
    </message>
</context>
<context>
    <name>RefineTyping</name>
    <message>
        <source>Draft with the fast model, refine with this one</source>
        <translation>高速モデルで下書きし、このモデルで仕上げる</translation>
    </message>
    <message>
        <source>Drafts come from the bundled fast model, and the model in use is that model, so nothing is refined. Choose a better model (Models → Manage models…) for draft and refine to help.</source>
        <translation>下書きは同梱の高速モデルが作りますが、使用中のモデルもそのモデルなので、何も仕上げられません。下書きと仕上げを活かすには、より良いモデルを選んでください (モデル → モデルの管理…)。</translation>
    </message>
    <message>
        <source>The fast model translates as you type or speak; the model in use then translates each finished sentence, and its translation replaces the draft.</source>
        <translation>入力中や話している間は高速モデルが翻訳し、文が終わるごとに使用中のモデルが翻訳して、その訳で下書きを置き換えます。</translation>
    </message>
    <message>
        <source>No draft was made: {message}</source>
        <translation>下書きを作れませんでした: {message}</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Empty: the server&apos;s first model</source>
        <translation>空欄: サーバーの最初のモデル</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <source>Use this server</source>
        <translation>このサーバーを使う</translation>
    </message>
    <message>
        <source>Translate on this computer</source>
        <translation>このコンピューターで翻訳</translation>
    </message>
    <message>
        <source>Stop using the server; the local model translates again</source>
        <translation>サーバーの使用をやめ、ローカルモデルで翻訳します</translation>
    </message>
    <message>
        <source>Translate on an OpenAI-compatible server (llama-server, vLLM, Ollama…).</source>
        <translation>OpenAI 互換サーバー (llama-server、vLLM、Ollama など) で翻訳します。</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Asking {address} for its models…</source>
        <translation>{address} にモデルを問い合わせています…</translation>
    </message>
    <message>
        <source>Connected. Models on the server: {models}.</source>
        <translation>接続しました。サーバーのモデル: {models}。</translation>
    </message>
    <message>
        <source>Translating on {address}.</source>
        <translation>{address} で翻訳しています。</translation>
    </message>
    <message>
        <source>Translating on this computer.</source>
        <translation>このコンピューターで翻訳しています。</translation>
    </message>
</context>
<context>
    <name>SpeechControls</name>
    <message>
        <source>Whisper tiny.en (English)</source>
        <translation>Whisper tiny.en (英語)</translation>
    </message>
    <message>
        <source>Whisper base (any language)</source>
        <translation>Whisper base (全言語)</translation>
    </message>
    <message>
        <source>Call: your microphone is Person A and what this computer plays (the other side of a call) is Person B, both translated live. Headphones work best: without them your microphone is muted while the other side is heard, so they are not translated twice.</source>
        <translation>通話: あなたのマイクが話者 A、このコンピューターで再生される音 (通話の相手) が話者 B で、どちらもリアルタイムで翻訳されます。ヘッドホンの使用をお勧めします。ヘッドホンがないと、相手の声が聞こえている間はマイクがミュートされ、二重に翻訳されないようにします。</translation>
    </message>
    <message>
        <source>● Listen</source>
        <translation>● 聞き取り</translation>
    </message>
    <message>
        <source>Start or stop listening (Ctrl+M)</source>
        <translation>聞き取りを開始または停止 (Ctrl+M)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Look for microphones and outputs again</source>
        <translation>マイクと出力デバイスを再検索</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>通話</translation>
    </message>
    <message>
        <source>What this computer plays: the other side of a call</source>
        <translation>このコンピューターで再生される音: 通話の相手</translation>
    </message>
    <message>
        <source>What this computer plays</source>
        <translation>このコンピューターで再生される音</translation>
    </message>
    <message>
        <source>Speech model: tiny.en is English only and fastest; base detects the language</source>
        <translation>音声モデル: tiny.en は英語のみで最速、base は言語を判別します</translation>
    </message>
    <message>
        <source>Push to talk</source>
        <translation>押して話す</translation>
    </message>
    <message>
        <source>Listen only while the Listen button is held down</source>
        <translation>聞き取りボタンを押している間だけ聞き取ります</translation>
    </message>
    <message>
        <source>No system audio</source>
        <translation>システム音声なし</translation>
    </message>
    <message>
        <source>No microphone</source>
        <translation>マイクなし</translation>
    </message>
    <message>
        <source>{mine} and {theirs}</source>
        <translation>{mine} と {theirs}</translation>
    </message>
    <message>
        <source>Open an audio file</source>
        <translation>音声ファイルを開く</translation>
    </message>
    <message>
        <source>Audio files ({patterns});;All files (*)</source>
        <translation>音声ファイル ({patterns});;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>● Hold to talk</source>
        <translation>● 押して話す</translation>
    </message>
    <message>
        <source>Stopped: {source}</source>
        <translation>停止: {source}</translation>
    </message>
</context>
<context>
    <name>SubtitleOverlay</name>
    <message>
        <source>Parley subtitles</source>
        <translation>Parley 字幕</translation>
    </message>
</context>
<context>
    <name>TierMeasurer</name>
    <message>
        <source>The bundled models could not be timed: {error}</source>
        <translation>同梱モデルを計測できませんでした: {error}</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Press the microphone button, or open an audio file, and speak.</source>
        <translation>マイクボタンを押すか音声ファイルを開いて、話してください。</translation>
    </message>
</context>
<context>
    <name>TranslationView</name>
    <message>
        <source>The translation appears here as you type.</source>
        <translation>入力すると、ここに翻訳が表示されます。</translation>
    </message>
</context>
<context>
    <name>VoicesDialog</name>
    <message>
        <source>Voices</source>
        <translation>音声</translation>
    </message>
    <message>
        <source>Automatic ({voice})</source>
        <translation>自動 ({voice})</translation>
    </message>
    <message>
        <source>No voice on this computer speaks it</source>
        <translation>このコンピューターにはこの言語を話す音声がありません</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>試聴</translation>
    </message>
    <message>
        <source>Translations are read aloud in the voice chosen for their language.</source>
        <translation>翻訳は、その言語に選んだ音声で読み上げられます。</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Microphone input is off: no input device was found. Connect a microphone, then press Refresh.</source>
        <translation>マイク入力はオフです: 入力デバイスが見つかりません。マイクを接続してから「更新」を押してください。</translation>
    </message>
    <message>
        <source>macOS does not let applications record what it plays. Install a loopback driver such as BlackHole (existential.audio/blackhole), make a Multi-Output Device with it and your speakers in Audio MIDI Setup, then press Refresh.</source>
        <translation>macOS ではアプリケーションが再生音を録音できません。BlackHole (existential.audio/blackhole) などのループバックドライバーを入れ、「Audio MIDI 設定」でそれとスピーカーを含む複数出力装置を作成してから「更新」を押してください。</translation>
    </message>
    <message>
        <source>No output device to capture was found: connect speakers or headphones, then press Refresh.</source>
        <translation>取り込める出力デバイスが見つかりません: スピーカーかヘッドホンを接続してから「更新」を押してください。</translation>
    </message>
    <message>
        <source>there is no word in it to translate</source>
        <translation>翻訳する語が含まれていません</translation>
    </message>
    <message>
        <source>the model gave it the translation of another part of the text</source>
        <translation>モデルが文章の別の部分の訳を返しました</translation>
    </message>
    <message>
        <source>Preparing the bundled model</source>
        <translation>同梱モデルを準備しています</translation>
    </message>
    <message>
        <source>Checking the model</source>
        <translation>モデルを検査しています</translation>
    </message>
    <message>
        <source>Unloading {name}</source>
        <translation>{name} を解放しています</translation>
    </message>
    <message>
        <source>Loading the model</source>
        <translation>モデルを読み込んでいます</translation>
    </message>
    <message>
        <source>The model could not be loaded: {error}</source>
        <translation>モデルを読み込めませんでした: {error}</translation>
    </message>
    <message>
        <source>Warming up</source>
        <translation>ウォームアップ中</translation>
    </message>
    <message>
        <source>Restoring {name}</source>
        <translation>{name} を復元しています</translation>
    </message>
    <message>
        <source>{message}. {name} could not be loaded again either ({error})</source>
        <translation>{message}。{name} も再度読み込めませんでした（{error}）</translation>
    </message>
    <message>
        <source>the model gave no translation of it ({problem})</source>
        <translation>モデルが訳を返しませんでした ({problem})</translation>
    </message>
    <message>
        <source>Context size</source>
        <translation>コンテキスト長</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>CPU スレッド</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>GPU レイヤー</translation>
    </message>
    <message>
        <source>Flash attention</source>
        <translation>Flash Attention (高速注意機構)</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <source>Speech model</source>
        <translation>音声モデル</translation>
    </message>
    <message>
        <source>Speech device</source>
        <translation>音声認識のデバイス</translation>
    </message>
    <message>
        <source>Speech compute type</source>
        <translation>音声認識の計算精度</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>サーバーのアドレス</translation>
    </message>
    <message>
        <source>Model on the server</source>
        <translation>サーバーのモデル</translation>
    </message>
    <message>
        <source>Use the local model when the server cannot be reached</source>
        <translation>サーバーに接続できないときはローカルモデルを使う</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Automatic (every layer the build can offload)</source>
        <translation>自動 (ビルドがオフロードできるすべてのレイヤー)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Few-shot completion (base models)</source>
        <translation>少数例による補完 (ベースモデル)</translation>
    </message>
    <message>
        <source>Translation instruction in the model&apos;s chat template</source>
        <translation>モデルのチャットテンプレートで翻訳を指示</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>同梱</translation>
    </message>
    <message>
        <source>models folder</source>
        <translation>models フォルダー</translation>
    </message>
    <message>
        <source>user folder</source>
        <translation>ユーザーフォルダー</translation>
    </message>
    <message>
        <source>added</source>
        <translation>追加済み</translation>
    </message>
    <message>
        <source>Your settings file ({path}) is damaged and could not be read; Parley is using its defaults{kept}.</source>
        <translation>設定ファイル ({path}) が壊れていて読み込めませんでした。Parley は既定の設定を使っています{kept}。</translation>
    </message>
    <message>
        <source>Your settings come from a newer version of Parley (settings version {version}). Parley uses what it understands and leaves the file as it is, so changes you make now are not kept.</source>
        <translation>この設定は新しいバージョンの Parley のものです (設定バージョン {version})。Parley は理解できる部分だけを使い、ファイルはそのままにするため、今行った変更は保存されません。</translation>
    </message>
    <message>
        <source>Some settings were damaged and have been reset to their defaults: {names}{kept}.</source>
        <translation>一部の設定が壊れていたため、既定値に戻しました: {names}{kept}。</translation>
    </message>
    <message>
        <source>Parts of your settings file ({path}) could not be read and are left at their defaults{kept}.</source>
        <translation>設定ファイル ({path}) の一部を読み込めなかったため、その部分は既定値のままです{kept}。</translation>
    </message>
    <message>
        <source>; the file as it was is kept as {path}</source>
        <translation> (元のファイルは {path} として保存されています)</translation>
    </message>
    <message>
        <source>Your settings cannot be saved to {path}: changes you make now will be lost when Parley closes. Make the file and its folder writable to keep them.</source>
        <translation>設定を {path} に保存できません。今行った変更は Parley を閉じると失われます。変更を残すには、ファイルとそのフォルダーを書き込み可能にしてください。</translation>
    </message>
    <message>
        <source>Your settings could not be saved to {path}.</source>
        <translation>設定を {path} に保存できませんでした。</translation>
    </message>
    <message>
        <source>{path} is truncated or damaged (the file ends before the model data it describes)</source>
        <translation>{path} は途中で切れているか壊れています (記述されたモデルデータより前でファイルが終わっています)</translation>
    </message>
    <message>
        <source>{path} is not a GGUF model file (it lacks the GGUF signature)</source>
        <translation>{path} は GGUF モデルファイルではありません (GGUF シグネチャがありません)</translation>
    </message>
    <message>
        <source>{path} uses GGUF version {version}, which Parley cannot read</source>
        <translation>{path} は GGUF バージョン {version} を使っており、Parley では読み込めません</translation>
    </message>
    <message>
        <source>model file not found: {path}</source>
        <translation>モデルファイルが見つかりません: {path}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a GGUF model file</source>
        <translation>{path} はフォルダーで、GGUF モデルファイルではありません</translation>
    </message>
    <message>
        <source>cannot read model file {path}: permission denied</source>
        <translation>モデルファイル {path} を読み込めません: アクセスが拒否されました</translation>
    </message>
    <message>
        <source>Timing the {tier} model ({title})</source>
        <translation>{tier}モデルを計測中 ({title})</translation>
    </message>
    <message>
        <source>Recovered {sessions} conversation(s) and {turns} turn(s) into {history}.</source>
        <translation>{sessions} 件の会話と {turns} 件の発言を {history} に復元しました。</translation>
    </message>
    <message>
        <source>What stood on the damaged pages could not be read and is left out.</source>
        <translation>破損したページの内容は読み取れなかったため、含まれていません。</translation>
    </message>
    <message>
        <source>The damaged file is kept as {kept}.</source>
        <translation>破損したファイルは {kept} として残してあります。</translation>
    </message>
    <message>
        <source>{count} conversation(s) had lost their names; their turns are kept under “Recovered conversation”.</source>
        <translation>{count} 件の会話は名前が失われていました。その発言は「復元された会話」の下に残してあります。</translation>
    </message>
    <message>
        <source>The conversation history ({path}) could not be opened to recover it: {error}.</source>
        <translation>復元のために会話の履歴 ({path}) を開けませんでした: {error}。</translation>
    </message>
    <message>
        <source>Nothing could be read from the conversation history ({path}): it is damaged beyond recovery. Move it aside to start a new history, or restore a backup.</source>
        <translation>会話の履歴 ({path}) から何も読み取れませんでした。復元できないほど破損しています。別の場所へ移して新しい履歴を始めるか、バックアップを戻してください。</translation>
    </message>
    <message>
        <source>The recovered history could not be written beside {path}: {error}. Nothing was changed; free some disk space or make the folder writable, then try again.</source>
        <translation>復元した履歴を {path} の隣に書き込めませんでした: {error}。何も変更していません。ディスクの空きを増やすか、フォルダーを書き込み可能にしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>{list}, {item}</source>
        <translation>{list}、{item}</translation>
    </message>
    <message>
        <source>fast</source>
        <translation>高速</translation>
    </message>
    <message>
        <source>quality</source>
        <translation>高品質</translation>
    </message>
    <message>
        <source>a {words}-word sentence translated within {seconds} s</source>
        <translation>{words} 語の文を {seconds} 秒以内に翻訳</translation>
    </message>
    <message>
        <source>{cpu}, {cpus} CPU threads, llama.cpp {backend}</source>
        <translation>{cpu}、CPU スレッド {cpus}、llama.cpp {backend}</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>結果なし</translation>
    </message>
    <message>
        <source>{tier} ({model}): not measured: {problem}</source>
        <translation>{tier} ({model}): 未計測: {problem}</translation>
    </message>
    <message>
        <source>{tier} ({model}): {seconds} s for a {words}-word sentence (first token {ttft} ms), meets the {budget} s budget</source>
        <translation>{tier} ({model}): {words} 語の文で {seconds} 秒 (最初のトークン {ttft} ms)、目安の {budget} 秒以内</translation>
    </message>
    <message>
        <source>{tier} ({model}): {seconds} s for a {words}-word sentence (first token {ttft} ms), misses the {budget} s budget</source>
        <translation>{tier} ({model}): {words} 語の文で {seconds} 秒 (最初のトークン {ttft} ms)、目安の {budget} 秒を超過</translation>
    </message>
    <message>
        <source>the best translations that meet the budget ({budget})</source>
        <translation>目安を満たす中で最も質の高い翻訳 ({budget})</translation>
    </message>
    <message>
        <source>the best translations that meet the budget ({budget}); {slower} is too slow here</source>
        <translation>目安を満たす中で最も質の高い翻訳 ({budget})。{slower}レベルはここでは遅すぎます</translation>
    </message>
    <message>
        <source>no bundled model meets the budget ({budget}) here: the fastest is used</source>
        <translation>ここでは目安 ({budget}) を満たす同梱モデルがないため、最も速いモデルを使います</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>あなたが選択</translation>
    </message>
    <message>
        <source>not measured on this machine yet; the fast tier translates until it is</source>
        <translation>このコンピューターではまだ計測していません。計測するまでは高速レベルで翻訳します</translation>
    </message>
    <message>
        <source>not measured on this machine yet (it was measured on other hardware); the fast tier translates until it is</source>
        <translation>このコンピューターではまだ計測していません (別のハードウェアで計測されたものです)。計測するまでは高速レベルで翻訳します</translation>
    </message>
    <message>
        <source>measured {when} on {machine}</source>
        <translation>{when} に {machine} で計測</translation>
    </message>
    <message>
        <source>the quality model ({title}) is not installed; the fast model translates</source>
        <translation>高品質モデル ({title}) がインストールされていないため、高速モデルで翻訳します</translation>
    </message>
    <message>
        <source>the quality model ({title}) is not prepared yet; the fast model translates</source>
        <translation>高品質モデル ({title}) の準備がまだのため、高速モデルで翻訳します</translation>
    </message>
    <message>
        <source>No audio input was found.</source>
        <translation>音声入力が見つかりませんでした。</translation>
    </message>
    <message>
        <source>“{name}” is gone. Press Refresh.</source>
        <translation>「{name}」が見つからなくなりました。「更新」を押してください。</translation>
    </message>
    <message>
        <source>tentative text paused</source>
        <translation>仮のテキストを一時停止</translation>
    </message>
    <message>
        <source>re-decoding less often</source>
        <translation>再デコードを減らしています</translation>
    </message>
    <message>
        <source>shorter audio window</source>
        <translation>音声ウィンドウを短縮</translation>
    </message>
    <message>
        <source>Keeping up</source>
        <translation>追いついています</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>処理が混んでいます</translation>
    </message>
    <message>
        <source>Busy: {actions}</source>
        <translation>処理が混んでいます: {actions}</translation>
    </message>
    <message>
        <source>“{shown}” ({count} characters) was left as it is: {reason}.</source>
        <translation>「{shown}」({count} 文字) はそのまま残しました: {reason}。</translation>
    </message>
    <message>
        <source>The server at {where} has no model {model}; it offers: {models}.</source>
        <translation>サーバー {where} にはモデル {model} がありません。提供されているモデル: {models}。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>The server at {where} offers no model.</source>
        <translation>サーバー {where} はモデルを提供していません。</translation>
    </message>
    <message>
        <source>Parley lost track of the prompt for the server. Try again.</source>
        <translation>Parley がサーバーに送るプロンプトを見失いました。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The server at {where} ended the answer before it was finished (it may have interrupted it for another client: llama-cpp-python&apos;s server does unless started with --interrupt_requests False); what was translated so far is kept. Try again.</source>
        <translation>サーバー {where} が回答を最後まで返さずに終えました（別のクライアントのために中断した可能性があります。llama-cpp-python のサーバーは --interrupt_requests False を付けて起動しないとそうします）。ここまでの翻訳は残ります。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The server at {where} stopped with an error: {detail}.</source>
        <translation>サーバー {where} がエラーで停止しました: {detail}。</translation>
    </message>
    <message>
        <source>The server at {where} sent a piece of its answer that is not the JSON an OpenAI-compatible server sends. Check the address.</source>
        <translation>サーバー {where} が送った回答の一部は、OpenAI 互換サーバーが送る JSON ではありません。アドレスを確認してください。</translation>
    </message>
    <message>
        <source>{problem} The local model {name} translates instead.</source>
        <translation>{problem} 代わりにローカルモデル {name} が翻訳します。</translation>
    </message>
    <message>
        <source>until the server is chosen again (Models → Manage models… → Server)</source>
        <translation>サーバーをもう一度選ぶまで（モデル → モデルの管理… → サーバー）</translation>
    </message>
    <message>
        <source>{url} is not a server address: give it as http://HOST:PORT or https://HOST.</source>
        <translation>{url} はサーバーのアドレスではありません。http://ホスト:ポート または https://ホスト の形で入力してください。</translation>
    </message>
    <message>
        <source>Nothing answers at {where}: the connection was refused. Check the address and that the server is running.</source>
        <translation>{where} から応答がありません。接続が拒否されました。アドレスと、サーバーが動いているかを確認してください。</translation>
    </message>
    <message>
        <source>The server name in {where} could not be found. Check the address.</source>
        <translation>{where} のサーバー名が見つかりませんでした。アドレスを確認してください。</translation>
    </message>
    <message>
        <source>A secure connection to {where} could not be made ({reason}). Check that the address should use https and that the server&apos;s certificate is trusted on this machine.</source>
        <translation>{where} との安全な接続を確立できませんでした（{reason}）。アドレスが https を使うべきものか、サーバーの証明書がこのコンピューターで信頼されているかを確認してください。</translation>
    </message>
    <message>
        <source>The server at {where} did not answer within {seconds:g} s. Check that it is running and not overloaded.</source>
        <translation>サーバー {where} が {seconds:g} 秒以内に応答しませんでした。動いているか、過負荷でないかを確認してください。</translation>
    </message>
    <message>
        <source>The server at {where} sent nothing for {seconds:g} s in the middle of the answer, so Parley stopped waiting; what was translated so far is kept. Try again.</source>
        <translation>サーバー {where} が回答の途中で {seconds:g} 秒間何も送らなかったため、Parley は待つのをやめました。ここまでの翻訳は残ります。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The server at {where} closed the connection in the middle of the answer; what was translated so far is kept. Check that the server is still running, then try again.</source>
        <translation>サーバー {where} が回答の途中で接続を閉じました。ここまでの翻訳は残ります。サーバーがまだ動いているか確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The server at {where} closed the connection without answering. Check that it is running.</source>
        <translation>サーバー {where} が応答せずに接続を閉じました。動いているか確認してください。</translation>
    </message>
    <message>
        <source>The server at {where} could not be reached ({error}). Check the address.</source>
        <translation>サーバー {where} に接続できませんでした（{error}）。アドレスを確認してください。</translation>
    </message>
    <message>
        <source>The server at {where} refused the API key it was given (HTTP {status}). Check the key (PARLEY_API_KEY on the command line, the Server page in the window).</source>
        <translation>サーバー {where} が渡された API キーを拒否しました（HTTP {status}）。キーを確認してください（コマンドラインでは PARLEY_API_KEY、ウィンドウでは「サーバー」ページ）。</translation>
    </message>
    <message>
        <source>The server at {where} refused a request without an API key (HTTP {status}). Check the key (PARLEY_API_KEY on the command line, the Server page in the window).</source>
        <translation>サーバー {where} が API キーなしの要求を拒否しました（HTTP {status}）。キーを確認してください（コマンドラインでは PARLEY_API_KEY、ウィンドウでは「サーバー」ページ）。</translation>
    </message>
    <message>
        <source>{where} has no {path} (HTTP 404). Check the address: it should be the server&apos;s base URL, such as http://HOST:8000, of an OpenAI-compatible server.</source>
        <translation>{where} には {path} がありません（HTTP 404）。アドレスを確認してください。OpenAI 互換サーバーのベース URL（例: http://ホスト:8000）である必要があります。</translation>
    </message>
    <message>
        <source>The server at {where} refused {path} (HTTP {status}: {detail}).</source>
        <translation>サーバー {where} が {path} を拒否しました（HTTP {status}: {detail}）。</translation>
    </message>
    <message>
        <source>The server at {where} refused {path} (HTTP {status}).</source>
        <translation>サーバー {where} が {path} を拒否しました（HTTP {status}）。</translation>
    </message>
    <message>
        <source>The server at {where} did not answer {path} in JSON. Check that the address is an OpenAI-compatible server.</source>
        <translation>サーバー {where} は {path} に JSON で応答しませんでした。アドレスが OpenAI 互換サーバーのものか確認してください。</translation>
    </message>
    <message>
        <source>The server at {where} answered /v1/models without a list of models. Check that the address is an OpenAI-compatible server.</source>
        <translation>サーバー {where} は /v1/models にモデルの一覧なしで応答しました。アドレスが OpenAI 互換サーバーのものか確認してください。</translation>
    </message>
    <message>
        <source>{problem} The local model could not stand in either: {error}</source>
        <translation>{problem} ローカルモデルも代わりを務められませんでした: {error}</translation>
    </message>
    <message>
        <source>{problem} The local model {name} translates instead, {until}.</source>
        <translation>{problem} 代わりにローカルモデル {name} が翻訳します（{until}）。</translation>
    </message>
</context>
</TS>
