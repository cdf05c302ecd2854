<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConversationController</name>
    <message>
        <source>Loading the speech model {name}…</source>
        <translation>正在加载语音模型 {name}…</translation>
    </message>
    <message>
        <source>Listening: {source}</source>
        <translation>正在收听：{source}</translation>
    </message>
    <message>
        <source>No voice on this computer reads {language} aloud.</source>
        <translation>这台电脑上没有能朗读 {language} 的语音。</translation>
    </message>
</context>
<context>
    <name>ConversationMenus</name>
    <message>
        <source>&amp;Conversation</source>
        <translation>对话(&amp;C)</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>新对话</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>历史记录…</translation>
    </message>
    <message>
        <source>Glossary…</source>
        <translation>术语表…</translation>
    </message>
    <message>
        <source>Voices…</source>
        <translation>语音…</translation>
    </message>
    <message>
        <source>Reading mode: committed text only</source>
        <translation>阅读模式：只显示已确定的文字</translation>
    </message>
    <message>
        <source>Read translations aloud</source>
        <translation>朗读译文</translation>
    </message>
    <message>
        <source>Pause listening while reading aloud</source>
        <translation>朗读时暂停收听</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>缩小文字</translation>
    </message>
    <message>
        <source>&amp;Subtitles</source>
        <translation>字幕(&amp;S)</translation>
    </message>
    <message>
        <source>Show the subtitle window</source>
        <translation>显示字幕窗口</translation>
    </message>
    <message>
        <source>Show the original too</source>
        <translation>同时显示原文</translation>
    </message>
    <message>
        <source>Let clicks pass through</source>
        <translation>让点击穿透窗口</translation>
    </message>
    <message>
        <source>Larger subtitles</source>
        <translation>放大字幕</translation>
    </message>
    <message>
        <source>Smaller subtitles</source>
        <translation>缩小字幕</translation>
    </message>
    <message>
        <source>Less transparent</source>
        <translation>降低透明度</translation>
    </message>
    <message>
        <source>More transparent</source>
        <translation>提高透明度</translation>
    </message>
    <message>
        <source>The conversation history is not available.</source>
        <translation>对话历史记录不可用。</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>The details are in the log:
{path}</source>
        <translation>详细信息见日志：
{path}</translation>
    </message>
    <message>
        <source>No log file could be written.</source>
        <translation>无法写入日志文件。</translation>
    </message>
    <message>
        <source>Parley hit an unexpected error</source>
        <translation>Parley 遇到意外错误</translation>
    </message>
    <message>
        <source>Something went wrong ({summary}).

Parley keeps running, but if something no longer works, save what you need and restart it. {place}</source>
        <translation>出现了问题（{summary}）。

Parley 仍在运行，但如果有功能不再正常，请保存需要的内容并重新启动它。{place}</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <source>Terms are given to the model whenever a sentence contains them, and to the speech recogniser as words to expect.</source>
        <translation>句子中出现术语时，会把它们提供给模型，并作为预期词汇提供给语音识别。</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>添加术语</translation>
    </message>
    <message>
        <source>Remove term</source>
        <translation>删除术语</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>… and {count} more turns: export the conversation to see them all.</source>
        <translation>……还有 {count} 轮：导出对话即可查看全部。</translation>
    </message>
    <message>
        <source>Conversation history</source>
        <translation>对话历史记录</translation>
    </message>
    <message>
        <source>Search titles, names and everything said</source>
        <translation>搜索标题、姓名和所有说过的话</translation>
    </message>
    <message>
        <source>Double-click a title to rename the conversation.</source>
        <translation>双击标题可重命名对话。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>正在读取历史记录…</translation>
    </message>
    <message>
        <source>No conversations match.</source>
        <translation>没有匹配的对话。</translation>
    </message>
    <message>
        <source>Nothing kept yet.</source>
        <translation>尚未保存任何内容。</translation>
    </message>
    <message>
        <source>Export the conversation</source>
        <translation>导出对话</translation>
    </message>
    <message>
        <source>The conversation could not be written to {path}: {reason}.</source>
        <translation>无法将对话写入 {path}：{reason}。</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>已导出到 {path}。</translation>
    </message>
</context>
<context>
    <name>HistoryRepair</name>
    <message>
        <source>Recovering the history…</source>
        <translation>正在恢复历史记录…</translation>
    </message>
    <message>
        <source>{recovered} Restart Parley to keep new conversations in it.</source>
        <translation>{recovered} 请重新启动 Parley，以便将新的对话保存在其中。</translation>
    </message>
    <message>
        <source>Recover what can be read</source>
        <translation>恢复可读取的内容</translation>
    </message>
</context>
<context>
    <name>LatencyPanel</name>
    <message>
        <source>Typed: this request</source>
        <translation>输入：本次请求</translation>
    </message>
    <message>
        <source>Queue wait</source>
        <translation>排队等待</translation>
    </message>
    <message>
        <source>Prefill</source>
        <translation>预填充</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>首个词元</translation>
    </message>
    <message>
        <source>Decode</source>
        <translation>解码</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>词元</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Typed: session</source>
        <translation>输入：本次会话</translation>
    </message>
    <message>
        <source>First token p50 / p90</source>
        <translation>首个词元 p50 / p90</translation>
    </message>
    <message>
        <source>Total p50 / p90</source>
        <translation>总计 p50 / p90</translation>
    </message>
    <message>
        <source>Decode p50</source>
        <translation>解码 p50</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>Speech: after the end of speech (last · p50 / p90)</source>
        <translation>语音：说话结束后（最近 · p50 / p90）</translation>
    </message>
    <message>
        <source>Final transcript</source>
        <translation>最终转写</translation>
    </message>
    <message>
        <source>Translation done</source>
        <translation>翻译完成</translation>
    </message>
    <message>
        <source>Start → first word</source>
        <translation>开始 → 第一个词</translation>
    </message>
    <message>
        <source>Speech real-time factor</source>
        <translation>语音实时率</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Utterances</source>
        <translation>语句数</translation>
    </message>
    <message>
        <source>Typed: latency per request</source>
        <translation>输入：每次请求的延迟</translation>
    </message>
    <message>
        <source>First token (ms)</source>
        <translation>首个词元（毫秒）</translation>
    </message>
    <message>
        <source>Total (ms)</source>
        <translation>总计（毫秒）</translation>
    </message>
    <message>
        <source>Speech: latency per utterance</source>
        <translation>语音：每句话的延迟</translation>
    </message>
    <message>
        <source>Translation done (ms)</source>
        <translation>翻译完成（毫秒）</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>量化</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>后端</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>GPU 层数</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>线程</translation>
    </message>
    <message>
        <source>Load time</source>
        <translation>加载时间</translation>
    </message>
    <message>
        <source>Speech model</source>
        <translation>语音模型</translation>
    </message>
    <message>
        <source>Draft and refine (last · p50 / p90)</source>
        <translation>草稿与精修（最近 · p50 / p90）</translation>
    </message>
    <message>
        <source>Typed: first draft token</source>
        <translation>输入：草稿首个词元</translation>
    </message>
    <message>
        <source>Typed: refined done</source>
        <translation>输入：精修完成</translation>
    </message>
    <message>
        <source>Speech: first draft token</source>
        <translation>语音：草稿首个词元</translation>
    </message>
    <message>
        <source>Speech: final done</source>
        <translation>语音：最终译文完成</translation>
    </message>
    <message>
        <source>Typed: from the pause in typing; speech: from the end of speech. The draft is the fast model&apos;s; the refined or final translation is the model in use.</source>
        <translation>输入：从停止输入时算起；语音：从说话结束时算起。草稿来自快速模型；精修或最终译文来自当前使用的模型。</translation>
    </message>
    <message>
        <source>1 prompt token</source>
        <translation>1 个提示词元</translation>
    </message>
    <message numerus="yes">
        <source>%n prompt tokens</source>
        <translation>
            <numerusform>%n 个提示词元</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{cached} of %n sentences cached</source>
        <translation>
            <numerusform>%n 句中已缓存 {cached} 句</numerusform>
        </translation>
    </message>
    <message>
        <source>1 utterance waiting</source>
        <translation>1 句话等待中</translation>
    </message>
    <message numerus="yes">
        <source>%n utterances waiting</source>
        <translation>
            <numerusform>%n 句话等待中</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} · {device} {compute_type} · loaded in {seconds} s</source>
        <translation>{name} · {device} {compute_type} · 加载用时 {seconds} 秒</translation>
    </message>
    <message>
        <source>{layers} of {total}</source>
        <translation>{layers} / {total}</translation>
    </message>
    <message>
        <source>When the machine cannot keep up, Parley translates the final text first: it pauses the tentative translation, re-decodes the speech less often and holds less audio.</source>
        <translation>当机器跟不上时，Parley 优先翻译最终文本：暂停临时翻译，降低语音重新解码的频率，并保留更少的音频。</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>节奏</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Input level</source>
        <translation>输入电平</translation>
    </message>
    <message>
        <source>Input level: {level} dBFS</source>
        <translation>输入电平：{level} dBFS</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>⇄ Swap</source>
        <translation>⇄ 互换</translation>
    </message>
    <message>
        <source>Swap source and target languages</source>
        <translation>互换源语言和目标语言</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the translation</source>
        <translation>复制译文</translation>
    </message>
    <message>
        <source>Person A</source>
        <translation>甲方</translation>
    </message>
    <message>
        <source>Person A&apos;s name, shown beside what they say</source>
        <translation>甲方的名字，显示在其发言旁边</translation>
    </message>
    <message>
        <source>Person B</source>
        <translation>乙方</translation>
    </message>
    <message>
        <source>Person B&apos;s name, shown beside what they say</source>
        <translation>乙方的名字，显示在其发言旁边</translation>
    </message>
    <message>
        <source>Who speaks: detect from the language</source>
        <translation>谁在说话：按语言识别</translation>
    </message>
    <message>
        <source>Person A speaks and types</source>
        <translation>甲方说话和输入</translation>
    </message>
    <message>
        <source>Person B speaks and types</source>
        <translation>乙方说话和输入</translation>
    </message>
    <message>
        <source>Detect: each utterance&apos;s language says who spoke (needs Whisper base for two languages). Or fix the side, for example while each person holds the button in turn.</source>
        <translation>识别：根据每句话的语言判断是谁说的（两种语言需要 Whisper base）。也可以固定一方，例如两人轮流按住按钮时。</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Add the typed text and its translation to the conversation (Ctrl+Shift+Enter)</source>
        <translation>将输入的文字及其译文加入对话（Ctrl+Shift+Enter）</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>新对话</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>历史记录…</translation>
    </message>
    <message>
        <source>Type here. Ctrl+Enter translates at once; Ctrl+Shift+Enter sends it into the conversation.</source>
        <translation>在此输入。Ctrl+Enter 立即翻译；Ctrl+Shift+Enter 将其发送到对话中。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open audio file…</source>
        <translation>打开音频文件…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>The interface will be in the language you chose when Parley starts again.</source>
        <translation>Parley 下次启动时，界面将使用您选择的语言。</translation>
    </message>
    <message>
        <source>Translation copied</source>
        <translation>译文已复制</translation>
    </message>
    <message>
        <source>Look for microphones again</source>
        <translation>重新查找麦克风</translation>
    </message>
    <message>
        <source>Manage models…</source>
        <translation>管理模型…</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>打开其他文件…</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>量化</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>聊天模板</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Automatic (measured on this computer)</source>
        <translation>自动（在本机上测得）</translation>
    </message>
    <message>
        <source>Fast (Gemma 3 270M)</source>
        <translation>快速（Gemma 3 270M）</translation>
    </message>
    <message>
        <source>Quality (Qwen2.5-Coder 1.5B)</source>
        <translation>高质量（Qwen2.5-Coder 1.5B）</translation>
    </message>
    <message>
        <source>unusable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>翻译</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>语音</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>性能</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Looking for models…</source>
        <translation>正在查找模型…</translation>
    </message>
    <message>
        <source>How requests are written for this model; Automatic follows its metadata</source>
        <translation>为此模型编写请求的方式；“自动”依据其元数据</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Add model…</source>
        <translation>添加模型…</translation>
    </message>
    <message>
        <source>Add a GGUF file from disk; it is checked before it is listed</source>
        <translation>从磁盘添加 GGUF 文件；列出前会先检查</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>从列表中移除</translation>
    </message>
    <message>
        <source>Forget a model you added (the file stays on disk)</source>
        <translation>忘记您添加的模型（文件仍保留在磁盘上）</translation>
    </message>
    <message>
        <source>Use this model</source>
        <translation>使用此模型</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>提示词：</translation>
    </message>
    <message>
        <source>Bundled model for this computer</source>
        <translation>本机使用的自带模型</translation>
    </message>
    <message>
        <source>Automatic uses the best translations that keep up on this computer</source>
        <translation>自动：选用在本机上能跟上速度的最佳翻译</translation>
    </message>
    <message>
        <source>Measure again</source>
        <translation>重新测量</translation>
    </message>
    <message>
        <source>Time the bundled models here ({budget})</source>
        <translation>在本机上为自带模型计时（{budget}）</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>档位：</translation>
    </message>
    <message>
        <source>In use: the {tier} tier — {reason}.</source>
        <translation>当前使用：{tier}档 — {reason}。</translation>
    </message>
    <message>
        <source>Budget: {budget}.</source>
        <translation>时间预算：{budget}。</translation>
    </message>
    <message>
        <source>Add Whisper folder…</source>
        <translation>添加 Whisper 文件夹…</translation>
    </message>
    <message>
        <source>A folder holding a CTranslate2 Whisper model (model.bin, config.json)</source>
        <translation>包含 CTranslate2 Whisper 模型的文件夹（model.bin、config.json）</translation>
    </message>
    <message>
        <source>{backend}: layers can be offloaded to the GPU</source>
        <translation>{backend}：可以将层卸载到 GPU</translation>
    </message>
    <message>
        <source>CPU only: this llama.cpp build cannot offload (the README says how to install a GPU build)</source>
        <translation>仅 CPU：此 llama.cpp 版本无法卸载到 GPU（README 说明了如何安装 GPU 版本）</translation>
    </message>
    <message>
        <source>0 keeps the model on the CPU</source>
        <translation>0 表示模型留在 CPU 上</translation>
    </message>
    <message>
        <source>{size} tokens</source>
        <translation>{size} 个词元</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Reload the translation model with these settings</source>
        <translation>用这些设置重新加载翻译模型</translation>
    </message>
    <message>
        <source>llama.cpp build</source>
        <translation>llama.cpp 版本</translation>
    </message>
    <message>
        <source>The model list could not be read: {error}</source>
        <translation>无法读取模型列表：{error}</translation>
    </message>
    <message>
        <source>No translation models were found.</source>
        <translation>未找到翻译模型。</translation>
    </message>
    <message>
        <source>Automatic: {style}</source>
        <translation>自动：{style}</translation>
    </message>
    <message>
        <source>Cannot be used: {problem}.</source>
        <translation>无法使用：{problem}。</translation>
    </message>
    <message>
        <source>Active: {backend}, {layers} of {total} layers on the GPU, {threads} threads, prompt {style}.</source>
        <translation>使用中：{backend}，{total} 层中有 {layers} 层在 GPU 上，{threads} 个线程，提示词 {style}。</translation>
    </message>
    <message>
        <source>Memory could not be estimated: {error}</source>
        <translation>无法估算内存：{error}</translation>
    </message>
    <message>
        <source>Memory: {estimate}.</source>
        <translation>内存：{estimate}。</translation>
    </message>
    <message>
        <source>{warning}

Load it anyway?</source>
        <translation>{warning}

仍要加载吗？</translation>
    </message>
    <message>
        <source>Add a GGUF model</source>
        <translation>添加 GGUF 模型</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF 模型 (*.gguf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Add a CTranslate2 Whisper folder</source>
        <translation>添加 CTranslate2 Whisper 文件夹</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>正在检查 {name}…</translation>
    </message>
    <message>
        <source>Not added: {error}.</source>
        <translation>未添加：{error}。</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>已添加 {name}。</translation>
    </message>
</context>
<context>
    <name>ModelMenus</name>
    <message>
        <source>&amp;Models</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <source>Manage models…</source>
        <translation>管理模型…</translation>
    </message>
    <message>
        <source>Open model file…</source>
        <translation>打开模型文件…</translation>
    </message>
    <message>
        <source>Use the bundled model</source>
        <translation>使用自带模型</translation>
    </message>
    <message>
        <source>Open a GGUF model</source>
        <translation>打开 GGUF 模型</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF 模型 (*.gguf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>{stage}…</source>
        <translation>{stage}…</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>未加载模型</translation>
    </message>
    <message>
        <source>{backend} — ready</source>
        <translation>{backend} — 就绪</translation>
    </message>
    <message>
        <source>{backend}, {layers} of {total} layers on the GPU</source>
        <translation>{backend}，{total} 层中有 {layers} 层在 GPU 上</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>{name} · {quantization} · {where} · {threads} threads — ready</source>
        <translation>{name} · {quantization} · {where} · {threads} 个线程 — 就绪</translation>
    </message>
    <message>
        <source>{message}. {model} is still active.</source>
        <translation>{message}。{model} 仍在使用中。</translation>
    </message>
    <message>
        <source>{message}. Choose another model with Models → Manage models…, or use the bundled one.</source>
        <translation>{message}。请通过“模型 → 管理模型…”选择其他模型，或使用自带模型。</translation>
    </message>
    <message>
        <source>Timing the bundled models on this computer, in the background</source>
        <translation>正在后台为本机上的自带模型计时</translation>
    </message>
    <message>
        <source>Measuring again, in the background</source>
        <translation>正在后台重新测量</translation>
    </message>
    <message>
        <source>Parley timed its bundled models on this computer and chose the {tier} tier ({seconds} s for a {words}-word sentence): {reason}.</source>
        <translation>Parley 已在本机上为自带模型计时，并选择了{tier}档（{words} 个词的句子用时 {seconds} 秒）：{reason}。</translation>
    </message>
    <message>
        <source>Parley timed its bundled models on this computer and chose the {tier} tier: {reason}.</source>
        <translation>Parley 已在本机上为自带模型计时，并选择了{tier}档：{reason}。</translation>
    </message>
    <message>
        <source>The quality model could not be prepared: {error}</source>
        <translation>无法准备高质量模型：{error}</translation>
    </message>
</context>
<context>
    <name>NoticeRow</name>
    <message>
        <source>Dismiss this message</source>
        <translation>关闭此消息</translation>
    </message>
</context>
<context>
    <name>Parties</name>
    <message>
        <source>Person A ({language})</source>
        <translation>甲方（{language}）</translation>
    </message>
    <message>
        <source>Person B ({language})</source>
        <translation>乙方（{language}）</translation>
    </message>
</context>
<context>
    <name>RefineTyping</name>
    <message>
        <source>Draft with the fast model, refine with this one</source>
        <translation>用快速模型起草，用此模型精修</translation>
    </message>
    <message>
        <source>Drafts come from the bundled fast model, and the model in use is that model, so nothing is refined. Choose a better model (Models → Manage models…) for draft and refine to help.</source>
        <translation>草稿来自自带的快速模型，而当前使用的正是该模型，因此不会有任何精修。请选择更好的模型（模型 → 管理模型…），草稿与精修才能发挥作用。</translation>
    </message>
    <message>
        <source>The fast model translates as you type or speak; the model in use then translates each finished sentence, and its translation replaces the draft.</source>
        <translation>快速模型在您输入或说话时即时翻译；随后当前使用的模型翻译每个完成的句子，其译文将替换草稿。</translation>
    </message>
    <message>
        <source>No draft was made: {message}</source>
        <translation>未能生成草稿：{message}</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Empty: the server&apos;s first model</source>
        <translation>留空：使用服务器的第一个模型</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Use this server</source>
        <translation>使用此服务器</translation>
    </message>
    <message>
        <source>Translate on this computer</source>
        <translation>在本机翻译</translation>
    </message>
    <message>
        <source>Stop using the server; the local model translates again</source>
        <translation>停止使用服务器；改由本地模型翻译</translation>
    </message>
    <message>
        <source>Translate on an OpenAI-compatible server (llama-server, vLLM, Ollama…).</source>
        <translation>在兼容 OpenAI 的服务器上翻译（llama-server、vLLM、Ollama…）。</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Asking {address} for its models…</source>
        <translation>正在向 {address} 查询模型…</translation>
    </message>
    <message>
        <source>Connected. Models on the server: {models}.</source>
        <translation>已连接。服务器上的模型：{models}。</translation>
    </message>
    <message>
        <source>Translating on {address}.</source>
        <translation>正在 {address} 上翻译。</translation>
    </message>
    <message>
        <source>Translating on this computer.</source>
        <translation>正在本机翻译。</translation>
    </message>
</context>
<context>
    <name>SpeechControls</name>
    <message>
        <source>Whisper tiny.en (English)</source>
        <translation>Whisper tiny.en（英语）</translation>
    </message>
    <message>
        <source>Whisper base (any language)</source>
        <translation>Whisper base（任意语言）</translation>
    </message>
    <message>
        <source>Call: your microphone is Person A and what this computer plays (the other side of a call) is Person B, both translated live. Headphones work best: without them your microphone is muted while the other side is heard, so they are not translated twice.</source>
        <translation>通话：您的麦克风是甲方，这台电脑播放的声音（通话的另一方）是乙方，双方都实时翻译。最好使用耳机：不用耳机时，对方说话期间您的麦克风会被静音，以免重复翻译。</translation>
    </message>
    <message>
        <source>● Listen</source>
        <translation>● 收听</translation>
    </message>
    <message>
        <source>Start or stop listening (Ctrl+M)</source>
        <translation>开始或停止收听（Ctrl+M）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Look for microphones and outputs again</source>
        <translation>重新查找麦克风和输出设备</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>What this computer plays: the other side of a call</source>
        <translation>这台电脑播放的声音：通话的另一方</translation>
    </message>
    <message>
        <source>What this computer plays</source>
        <translation>这台电脑播放的声音</translation>
    </message>
    <message>
        <source>Speech model: tiny.en is English only and fastest; base detects the language</source>
        <translation>语音模型：tiny.en 只识别英语，速度最快；base 可识别语言</translation>
    </message>
    <message>
        <source>Push to talk</source>
        <translation>按住说话</translation>
    </message>
    <message>
        <source>Listen only while the Listen button is held down</source>
        <translation>仅在按住“收听”按钮时收听</translation>
    </message>
    <message>
        <source>No system audio</source>
        <translation>无系统音频</translation>
    </message>
    <message>
        <source>No microphone</source>
        <translation>无麦克风</translation>
    </message>
    <message>
        <source>{mine} and {theirs}</source>
        <translation>{mine} 和 {theirs}</translation>
    </message>
    <message>
        <source>Open an audio file</source>
        <translation>打开音频文件</translation>
    </message>
    <message>
        <source>Audio files ({patterns});;All files (*)</source>
        <translation>音频文件 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
        <source>● Hold to talk</source>
        <translation>● 按住说话</translation>
    </message>
    <message>
        <source>Stopped: {source}</source>
        <translation>已停止：{source}</translation>
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
        <translation>无法为自带模型计时：{error}</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Press the microphone button, or open an audio file, and speak.</source>
        <translation>按下麦克风按钮或打开音频文件，然后开始说话。</translation>
    </message>
</context>
<context>
    <name>TranslationView</name>
    <message>
        <source>The translation appears here as you type.</source>
        <translation>输入时，译文会显示在这里。</translation>
    </message>
</context>
<context>
    <name>VoicesDialog</name>
    <message>
        <source>Voices</source>
        <translation>语音</translation>
    </message>
    <message>
        <source>Automatic ({voice})</source>
        <translation>自动（{voice}）</translation>
    </message>
    <message>
        <source>No voice on this computer speaks it</source>
        <translation>这台电脑上没有能说这种语言的语音</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>试听</translation>
    </message>
    <message>
        <source>Translations are read aloud in the voice chosen for their language.</source>
        <translation>译文会用为其语言选择的语音朗读。</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Microphone input is off: no input device was found. Connect a microphone, then press Refresh.</source>
        <translation>麦克风输入已关闭：未找到输入设备。请连接麦克风，然后点击“刷新”。</translation>
    </message>
    <message>
        <source>macOS does not let applications record what it plays. Install a loopback driver such as BlackHole (existential.audio/blackhole), make a Multi-Output Device with it and your speakers in Audio MIDI Setup, then press Refresh.</source>
        <translation>macOS 不允许应用程序录制它播放的声音。请安装 BlackHole（existential.audio/blackhole）等回环驱动，在“音频 MIDI 设置”中用它和扬声器创建一个多输出设备，然后点击“刷新”。</translation>
    </message>
    <message>
        <source>No output device to capture was found: connect speakers or headphones, then press Refresh.</source>
        <translation>未找到可捕获的输出设备：请连接扬声器或耳机，然后点击“刷新”。</translation>
    </message>
    <message>
        <source>there is no word in it to translate</source>
        <translation>其中没有可翻译的词</translation>
    </message>
    <message>
        <source>the model gave it the translation of another part of the text</source>
        <translation>模型给出的是文本另一部分的译文</translation>
    </message>
    <message>
        <source>Preparing the bundled model</source>
        <translation>正在准备自带模型</translation>
    </message>
    <message>
        <source>Checking the model</source>
        <translation>正在检查模型</translation>
    </message>
    <message>
        <source>Unloading {name}</source>
        <translation>正在卸载 {name}</translation>
    </message>
    <message>
        <source>Loading the model</source>
        <translation>正在加载模型</translation>
    </message>
    <message>
        <source>The model could not be loaded: {error}</source>
        <translation>无法加载模型：{error}</translation>
    </message>
    <message>
        <source>Warming up</source>
        <translation>正在预热</translation>
    </message>
    <message>
        <source>Restoring {name}</source>
        <translation>正在恢复 {name}</translation>
    </message>
    <message>
        <source>{message}. {name} could not be loaded again either ({error})</source>
        <translation>{message}。{name} 也无法重新加载（{error}）</translation>
    </message>
    <message>
        <source>the model gave no translation of it ({problem})</source>
        <translation>模型没有给出它的译文（{problem}）</translation>
    </message>
    <message>
        <source>Context size</source>
        <translation>上下文长度</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>CPU 线程</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>GPU 层数</translation>
    </message>
    <message>
        <source>Flash attention</source>
        <translation>Flash 注意力</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Speech model</source>
        <translation>语音模型</translation>
    </message>
    <message>
        <source>Speech device</source>
        <translation>语音设备</translation>
    </message>
    <message>
        <source>Speech compute type</source>
        <translation>语音计算精度</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>Model on the server</source>
        <translation>服务器上的模型</translation>
    </message>
    <message>
        <source>Use the local model when the server cannot be reached</source>
        <translation>无法连接服务器时使用本地模型</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Automatic (every layer the build can offload)</source>
        <translation>自动（此版本能卸载的所有层）</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>Few-shot completion (base models)</source>
        <translation>少样本补全（基础模型）</translation>
    </message>
    <message>
        <source>Translation instruction in the model&apos;s chat template</source>
        <translation>在模型的聊天模板中给出翻译指令</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>自带</translation>
    </message>
    <message>
        <source>models folder</source>
        <translation>models 文件夹</translation>
    </message>
    <message>
        <source>user folder</source>
        <translation>用户文件夹</translation>
    </message>
    <message>
        <source>added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>Your settings file ({path}) is damaged and could not be read; Parley is using its defaults{kept}.</source>
        <translation>您的设置文件（{path}）已损坏，无法读取；Parley 正在使用默认设置{kept}。</translation>
    </message>
    <message>
        <source>Your settings come from a newer version of Parley (settings version {version}). Parley uses what it understands and leaves the file as it is, so changes you make now are not kept.</source>
        <translation>您的设置来自更新版本的 Parley（设置版本 {version}）。Parley 会使用它能理解的部分，并保持文件不变，因此现在所做的更改不会被保存。</translation>
    </message>
    <message>
        <source>Some settings were damaged and have been reset to their defaults: {names}{kept}.</source>
        <translation>部分设置已损坏，已恢复为默认值：{names}{kept}。</translation>
    </message>
    <message>
        <source>Parts of your settings file ({path}) could not be read and are left at their defaults{kept}.</source>
        <translation>您的设置文件（{path}）有部分内容无法读取，这些设置保持默认值{kept}。</translation>
    </message>
    <message>
        <source>; the file as it was is kept as {path}</source>
        <translation>；原文件已保存为 {path}</translation>
    </message>
    <message>
        <source>Your settings cannot be saved to {path}: changes you make now will be lost when Parley closes. Make the file and its folder writable to keep them.</source>
        <translation>无法将设置保存到 {path}：现在所做的更改会在 Parley 关闭时丢失。请让该文件及其文件夹可写，以保留更改。</translation>
    </message>
    <message>
        <source>Your settings could not be saved to {path}.</source>
        <translation>无法将您的设置保存到 {path}。</translation>
    </message>
    <message>
        <source>{path} is truncated or damaged (the file ends before the model data it describes)</source>
        <translation>{path} 已截断或损坏（文件在其描述的模型数据之前就结束了）</translation>
    </message>
    <message>
        <source>{path} is not a GGUF model file (it lacks the GGUF signature)</source>
        <translation>{path} 不是 GGUF 模型文件（缺少 GGUF 签名）</translation>
    </message>
    <message>
        <source>{path} uses GGUF version {version}, which Parley cannot read</source>
        <translation>{path} 使用 GGUF 版本 {version}，Parley 无法读取</translation>
    </message>
    <message>
        <source>model file not found: {path}</source>
        <translation>找不到模型文件：{path}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a GGUF model file</source>
        <translation>{path} 是文件夹，不是 GGUF 模型文件</translation>
    </message>
    <message>
        <source>cannot read model file {path}: permission denied</source>
        <translation>无法读取模型文件 {path}：权限被拒绝</translation>
    </message>
    <message>
        <source>Timing the {tier} model ({title})</source>
        <translation>正在为{tier}模型计时（{title}）</translation>
    </message>
    <message>
        <source>Recovered {sessions} conversation(s) and {turns} turn(s) into {history}.</source>
        <translation>已将 {sessions} 个对话和 {turns} 条发言恢复到 {history}。</translation>
    </message>
    <message>
        <source>What stood on the damaged pages could not be read and is left out.</source>
        <translation>损坏页面上的内容无法读取，已略去。</translation>
    </message>
    <message>
        <source>The damaged file is kept as {kept}.</source>
        <translation>损坏的文件保留为 {kept}。</translation>
    </message>
    <message>
        <source>{count} conversation(s) had lost their names; their turns are kept under “Recovered conversation”.</source>
        <translation>有 {count} 个对话丢失了名称；其发言保存在“已恢复的对话”下。</translation>
    </message>
    <message>
        <source>The conversation history ({path}) could not be opened to recover it: {error}.</source>
        <translation>无法打开对话历史（{path}）以进行恢复：{error}。</translation>
    </message>
    <message>
        <source>Nothing could be read from the conversation history ({path}): it is damaged beyond recovery. Move it aside to start a new history, or restore a backup.</source>
        <translation>无法从对话历史（{path}）中读取任何内容：它已损坏到无法恢复。请将其移到别处以开始新的历史，或恢复备份。</translation>
    </message>
    <message>
        <source>The recovered history could not be written beside {path}: {error}. Nothing was changed; free some disk space or make the folder writable, then try again.</source>
        <translation>无法将恢复的历史写到 {path} 旁边：{error}。未做任何更改；请释放一些磁盘空间或使该文件夹可写，然后重试。</translation>
    </message>
    <message>
        <source>{list}, {item}</source>
        <translation>{list}、{item}</translation>
    </message>
    <message>
        <source>fast</source>
        <translation>快速</translation>
    </message>
    <message>
        <source>quality</source>
        <translation>高质量</translation>
    </message>
    <message>
        <source>a {words}-word sentence translated within {seconds} s</source>
        <translation>{words} 个词的句子在 {seconds} 秒内译完</translation>
    </message>
    <message>
        <source>{cpu}, {cpus} CPU threads, llama.cpp {backend}</source>
        <translation>{cpu}，{cpus} 个 CPU 线程，llama.cpp {backend}</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>没有结果</translation>
    </message>
    <message>
        <source>{tier} ({model}): not measured: {problem}</source>
        <translation>{tier}（{model}）：未测量：{problem}</translation>
    </message>
    <message>
        <source>{tier} ({model}): {seconds} s for a {words}-word sentence (first token {ttft} ms), meets the {budget} s budget</source>
        <translation>{tier}（{model}）：{words} 个词的句子用时 {seconds} 秒（首个词元 {ttft} 毫秒），符合 {budget} 秒的预算</translation>
    </message>
    <message>
        <source>{tier} ({model}): {seconds} s for a {words}-word sentence (first token {ttft} ms), misses the {budget} s budget</source>
        <translation>{tier}（{model}）：{words} 个词的句子用时 {seconds} 秒（首个词元 {ttft} 毫秒），超出 {budget} 秒的预算</translation>
    </message>
    <message>
        <source>the best translations that meet the budget ({budget})</source>
        <translation>符合预算的最佳翻译（{budget}）</translation>
    </message>
    <message>
        <source>the best translations that meet the budget ({budget}); {slower} is too slow here</source>
        <translation>符合预算的最佳翻译（{budget}）；{slower}档在本机上太慢</translation>
    </message>
    <message>
        <source>no bundled model meets the budget ({budget}) here: the fastest is used</source>
        <translation>本机上没有自带模型符合预算（{budget}）：使用最快的模型</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>由您选择</translation>
    </message>
    <message>
        <source>not measured on this machine yet; the fast tier translates until it is</source>
        <translation>尚未在本机上测量；在此之前由快速档翻译</translation>
    </message>
    <message>
        <source>not measured on this machine yet (it was measured on other hardware); the fast tier translates until it is</source>
        <translation>尚未在本机上测量（之前是在其他硬件上测量的）；在此之前由快速档翻译</translation>
    </message>
    <message>
        <source>measured {when} on {machine}</source>
        <translation>{when} 在 {machine} 上测量</translation>
    </message>
    <message>
        <source>the quality model ({title}) is not installed; the fast model translates</source>
        <translation>高质量模型（{title}）未安装；由快速模型翻译</translation>
    </message>
    <message>
        <source>the quality model ({title}) is not prepared yet; the fast model translates</source>
        <translation>高质量模型（{title}）尚未准备好；由快速模型翻译</translation>
    </message>
    <message>
        <source>No audio input was found.</source>
        <translation>未找到音频输入。</translation>
    </message>
    <message>
        <source>“{name}” is gone. Press Refresh.</source>
        <translation>“{name}”已不存在。请点击“刷新”。</translation>
    </message>
    <message>
        <source>tentative text paused</source>
        <translation>临时文本已暂停</translation>
    </message>
    <message>
        <source>re-decoding less often</source>
        <translation>降低重新解码频率</translation>
    </message>
    <message>
        <source>shorter audio window</source>
        <translation>缩短音频窗口</translation>
    </message>
    <message>
        <source>Keeping up</source>
        <translation>跟得上</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>繁忙</translation>
    </message>
    <message>
        <source>Busy: {actions}</source>
        <translation>繁忙：{actions}</translation>
    </message>
    <message>
        <source>“{shown}” ({count} characters) was left as it is: {reason}.</source>
        <translation>“{shown}”（{count} 个字符）保持原样：{reason}。</translation>
    </message>
    <message>
        <source>The server at {where} has no model {model}; it offers: {models}.</source>
        <translation>服务器 {where} 没有模型 {model}；它提供：{models}。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The server at {where} offers no model.</source>
        <translation>服务器 {where} 没有提供任何模型。</translation>
    </message>
    <message>
        <source>Parley lost track of the prompt for the server. Try again.</source>
        <translation>Parley 丢失了发给服务器的提示。请重试。</translation>
    </message>
    <message>
        <source>The server at {where} ended the answer before it was finished (it may have interrupted it for another client: llama-cpp-python&apos;s server does unless started with --interrupt_requests False); what was translated so far is kept. Try again.</source>
        <translation>服务器 {where} 在回答完成前就结束了（可能是为另一个客户端中断了它：llama-cpp-python 的服务器若未以 --interrupt_requests False 启动就会这样）；已翻译的内容会保留。请重试。</translation>
    </message>
    <message>
        <source>The server at {where} stopped with an error: {detail}.</source>
        <translation>服务器 {where} 因错误而停止：{detail}。</translation>
    </message>
    <message>
        <source>The server at {where} sent a piece of its answer that is not the JSON an OpenAI-compatible server sends. Check the address.</source>
        <translation>服务器 {where} 发送的部分回答不是 OpenAI 兼容服务器所发送的 JSON。请检查地址。</translation>
    </message>
    <message>
        <source>{problem} The local model {name} translates instead.</source>
        <translation>{problem} 改由本地模型 {name} 翻译。</translation>
    </message>
    <message>
        <source>until the server is chosen again (Models → Manage models… → Server)</source>
        <translation>直到再次选择该服务器（模型 → 管理模型… → 服务器）</translation>
    </message>
    <message>
        <source>{url} is not a server address: give it as http://HOST:PORT or https://HOST.</source>
        <translation>{url} 不是服务器地址：请写成 http://主机:端口 或 https://主机。</translation>
    </message>
    <message>
        <source>Nothing answers at {where}: the connection was refused. Check the address and that the server is running.</source>
        <translation>{where} 没有响应：连接被拒绝。请检查地址以及服务器是否在运行。</translation>
    </message>
    <message>
        <source>The server name in {where} could not be found. Check the address.</source>
        <translation>找不到 {where} 中的服务器名称。请检查地址。</translation>
    </message>
    <message>
        <source>A secure connection to {where} could not be made ({reason}). Check that the address should use https and that the server&apos;s certificate is trusted on this machine.</source>
        <translation>无法与 {where} 建立安全连接（{reason}）。请检查该地址是否应使用 https，以及本机是否信任服务器的证书。</translation>
    </message>
    <message>
        <source>The server at {where} did not answer within {seconds:g} s. Check that it is running and not overloaded.</source>
        <translation>服务器 {where} 在 {seconds:g} 秒内没有响应。请检查它是否在运行且没有过载。</translation>
    </message>
    <message>
        <source>The server at {where} sent nothing for {seconds:g} s in the middle of the answer, so Parley stopped waiting; what was translated so far is kept. Try again.</source>
        <translation>服务器 {where} 在回答中途 {seconds:g} 秒没有发送任何内容，因此 Parley 停止了等待；已翻译的内容会保留。请重试。</translation>
    </message>
    <message>
        <source>The server at {where} closed the connection in the middle of the answer; what was translated so far is kept. Check that the server is still running, then try again.</source>
        <translation>服务器 {where} 在回答中途关闭了连接；已翻译的内容会保留。请检查服务器是否仍在运行，然后重试。</translation>
    </message>
    <message>
        <source>The server at {where} closed the connection without answering. Check that it is running.</source>
        <translation>服务器 {where} 未作回答就关闭了连接。请检查它是否在运行。</translation>
    </message>
    <message>
        <source>The server at {where} could not be reached ({error}). Check the address.</source>
        <translation>无法连接服务器 {where}（{error}）。请检查地址。</translation>
    </message>
    <message>
        <source>The server at {where} refused the API key it was given (HTTP {status}). Check the key (PARLEY_API_KEY on the command line, the Server page in the window).</source>
        <translation>服务器 {where} 拒绝了所提供的 API 密钥（HTTP {status}）。请检查密钥（命令行中的 PARLEY_API_KEY，窗口中的“服务器”页）。</translation>
    </message>
    <message>
        <source>The server at {where} refused a request without an API key (HTTP {status}). Check the key (PARLEY_API_KEY on the command line, the Server page in the window).</source>
        <translation>服务器 {where} 拒绝了没有 API 密钥的请求（HTTP {status}）。请检查密钥（命令行中的 PARLEY_API_KEY，窗口中的“服务器”页）。</translation>
    </message>
    <message>
        <source>{where} has no {path} (HTTP 404). Check the address: it should be the server&apos;s base URL, such as http://HOST:8000, of an OpenAI-compatible server.</source>
        <translation>{where} 没有 {path}（HTTP 404）。请检查地址：它应是 OpenAI 兼容服务器的基础 URL，例如 http://主机:8000。</translation>
    </message>
    <message>
        <source>The server at {where} refused {path} (HTTP {status}: {detail}).</source>
        <translation>服务器 {where} 拒绝了 {path}（HTTP {status}：{detail}）。</translation>
    </message>
    <message>
        <source>The server at {where} refused {path} (HTTP {status}).</source>
        <translation>服务器 {where} 拒绝了 {path}（HTTP {status}）。</translation>
    </message>
    <message>
        <source>The server at {where} did not answer {path} in JSON. Check that the address is an OpenAI-compatible server.</source>
        <translation>服务器 {where} 对 {path} 的回答不是 JSON。请检查该地址是否为 OpenAI 兼容服务器。</translation>
    </message>
    <message>
        <source>The server at {where} answered /v1/models without a list of models. Check that the address is an OpenAI-compatible server.</source>
        <translation>服务器 {where} 对 /v1/models 的回答中没有模型列表。请检查该地址是否为 OpenAI 兼容服务器。</translation>
    </message>
    <message>
        <source>{problem} The local model could not stand in either: {error}</source>
        <translation>{problem} 本地模型也无法替代：{error}</translation>
    </message>
    <message>
        <source>{problem} The local model {name} translates instead, {until}.</source>
        <translation>{problem} 改由本地模型 {name} 翻译，{until}。</translation>
    </message>
</context>
</TS>
