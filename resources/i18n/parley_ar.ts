<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ConversationController</name>
    <message>
        <source>Loading the speech model {name}…</source>
        <translation>جارٍ تحميل نموذج الكلام {name}…</translation>
    </message>
    <message>
        <source>Listening: {source}</source>
        <translation>الاستماع: {source}</translation>
    </message>
    <message>
        <source>No voice on this computer reads {language} aloud.</source>
        <translation>لا يوجد على هذا الحاسوب صوت يقرأ {language} بصوت عالٍ.</translation>
    </message>
</context>
<context>
    <name>ConversationMenus</name>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;المحادثة</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>محادثة جديدة</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>السجل…</translation>
    </message>
    <message>
        <source>Glossary…</source>
        <translation>المسرد…</translation>
    </message>
    <message>
        <source>Voices…</source>
        <translation>الأصوات…</translation>
    </message>
    <message>
        <source>Reading mode: committed text only</source>
        <translation>وضع القراءة: النص المؤكَّد فقط</translation>
    </message>
    <message>
        <source>Read translations aloud</source>
        <translation>قراءة الترجمات بصوت عالٍ</translation>
    </message>
    <message>
        <source>Pause listening while reading aloud</source>
        <translation>إيقاف الاستماع مؤقتًا أثناء القراءة</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>تكبير النص</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>تصغير النص</translation>
    </message>
    <message>
        <source>&amp;Subtitles</source>
        <translation>الترجمة ال&amp;نصية</translation>
    </message>
    <message>
        <source>Show the subtitle window</source>
        <translation>إظهار نافذة الترجمة النصية</translation>
    </message>
    <message>
        <source>Show the original too</source>
        <translation>إظهار النص الأصلي أيضًا</translation>
    </message>
    <message>
        <source>Let clicks pass through</source>
        <translation>تمرير النقرات إلى ما تحتها</translation>
    </message>
    <message>
        <source>Larger subtitles</source>
        <translation>تكبير الترجمة النصية</translation>
    </message>
    <message>
        <source>Smaller subtitles</source>
        <translation>تصغير الترجمة النصية</translation>
    </message>
    <message>
        <source>Less transparent</source>
        <translation>شفافية أقل</translation>
    </message>
    <message>
        <source>More transparent</source>
        <translation>شفافية أكثر</translation>
    </message>
    <message>
        <source>The conversation history is not available.</source>
        <translation>سجل المحادثات غير متاح.</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>The details are in the log:
{path}</source>
        <translation>التفاصيل موجودة في السجل:
{path}</translation>
    </message>
    <message>
        <source>No log file could be written.</source>
        <translation>تعذّرت كتابة ملف السجل.</translation>
    </message>
    <message>
        <source>Parley hit an unexpected error</source>
        <translation>واجه Parley خطأً غير متوقع</translation>
    </message>
    <message>
        <source>Something went wrong ({summary}).

Parley keeps running, but if something no longer works, save what you need and restart it. {place}</source>
        <translation>حدث خطأ ما ({summary}).

يواصل Parley العمل، ولكن إذا توقف شيء عن العمل فاحفظ ما تحتاج إليه وأعد تشغيله. {place}</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>Glossary</source>
        <translation>المسرد</translation>
    </message>
    <message>
        <source>Terms are given to the model whenever a sentence contains them, and to the speech recogniser as words to expect.</source>
        <translation>تُعطى المصطلحات للنموذج كلما احتوت عليها جملة، ولمُعرِّف الكلام ككلمات متوقعة.</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>إضافة مصطلح</translation>
    </message>
    <message>
        <source>Remove term</source>
        <translation>إزالة المصطلح</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>When</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>المداخلات</translation>
    </message>
    <message>
        <source>… and {count} more turns: export the conversation to see them all.</source>
        <translation>… و{count} مداخلة أخرى: صدِّر المحادثة لرؤيتها كلها.</translation>
    </message>
    <message>
        <source>Conversation history</source>
        <translation>سجل المحادثات</translation>
    </message>
    <message>
        <source>Search titles, names and everything said</source>
        <translation>البحث في العناوين والأسماء وكل ما قيل</translation>
    </message>
    <message>
        <source>Double-click a title to rename the conversation.</source>
        <translation>انقر نقرًا مزدوجًا على عنوان لإعادة تسمية المحادثة.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>إعادة الفتح</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>جارٍ قراءة السجل…</translation>
    </message>
    <message>
        <source>No conversations match.</source>
        <translation>لا توجد محادثات مطابقة.</translation>
    </message>
    <message>
        <source>Nothing kept yet.</source>
        <translation>لم يُحفظ شيء بعد.</translation>
    </message>
    <message>
        <source>Export the conversation</source>
        <translation>تصدير المحادثة</translation>
    </message>
    <message>
        <source>The conversation could not be written to {path}: {reason}.</source>
        <translation>تعذّرت كتابة المحادثة في {path}: {reason}.</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>صُدِّرت إلى {path}.</translation>
    </message>
</context>
<context>
    <name>HistoryRepair</name>
    <message>
        <source>Recovering the history…</source>
        <translation>جارٍ استعادة السجل…</translation>
    </message>
    <message>
        <source>{recovered} Restart Parley to keep new conversations in it.</source>
        <translation>{recovered} أعد تشغيل Parley لحفظ المحادثات الجديدة فيه.</translation>
    </message>
    <message>
        <source>Recover what can be read</source>
        <translation>استعادة ما يمكن قراءته</translation>
    </message>
</context>
<context>
    <name>LatencyPanel</name>
    <message>
        <source>Typed: this request</source>
        <translation>المكتوب: هذا الطلب</translation>
    </message>
    <message>
        <source>Queue wait</source>
        <translation>الانتظار في الطابور</translation>
    </message>
    <message>
        <source>Prefill</source>
        <translation>المعالجة المسبقة</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>أول رمز</translation>
    </message>
    <message>
        <source>Decode</source>
        <translation>فك الترميز</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>الرموز</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Typed: session</source>
        <translation>المكتوب: الجلسة</translation>
    </message>
    <message>
        <source>First token p50 / p90</source>
        <translation>أول رمز p50 / p90</translation>
    </message>
    <message>
        <source>Total p50 / p90</source>
        <translation>الإجمالي p50 / p90</translation>
    </message>
    <message>
        <source>Decode p50</source>
        <translation>فك الترميز p50</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>Speech: after the end of speech (last · p50 / p90)</source>
        <translation>الكلام: بعد انتهاء الكلام (الأخير · p50 / p90)</translation>
    </message>
    <message>
        <source>Final transcript</source>
        <translation>النص المفرَّغ النهائي</translation>
    </message>
    <message>
        <source>Translation done</source>
        <translation>اكتملت الترجمة</translation>
    </message>
    <message>
        <source>Start → first word</source>
        <translation>البداية ← أول كلمة</translation>
    </message>
    <message>
        <source>Speech real-time factor</source>
        <translation>معامل الزمن الحقيقي للكلام</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>التأخر</translation>
    </message>
    <message>
        <source>Utterances</source>
        <translation>العبارات</translation>
    </message>
    <message>
        <source>Typed: latency per request</source>
        <translation>المكتوب: زمن الاستجابة لكل طلب</translation>
    </message>
    <message>
        <source>First token (ms)</source>
        <translation>أول رمز (مللي ثانية)</translation>
    </message>
    <message>
        <source>Total (ms)</source>
        <translation>الإجمالي (مللي ثانية)</translation>
    </message>
    <message>
        <source>Speech: latency per utterance</source>
        <translation>الكلام: زمن الاستجابة لكل عبارة</translation>
    </message>
    <message>
        <source>Translation done (ms)</source>
        <translation>اكتمال الترجمة (مللي ثانية)</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>النماذج</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>التكميم</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>المحرك</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>طبقات GPU</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>الخيوط</translation>
    </message>
    <message>
        <source>Load time</source>
        <translation>زمن التحميل</translation>
    </message>
    <message>
        <source>Speech model</source>
        <translation>نموذج الكلام</translation>
    </message>
    <message>
        <source>Draft and refine (last · p50 / p90)</source>
        <translation>المسودة والتحسين (الأخير · p50 / p90)</translation>
    </message>
    <message>
        <source>Typed: first draft token</source>
        <translation>المكتوب: أول رمز في المسودة</translation>
    </message>
    <message>
        <source>Typed: refined done</source>
        <translation>المكتوب: اكتمل التحسين</translation>
    </message>
    <message>
        <source>Speech: first draft token</source>
        <translation>الكلام: أول رمز في المسودة</translation>
    </message>
    <message>
        <source>Speech: final done</source>
        <translation>الكلام: اكتملت الترجمة النهائية</translation>
    </message>
    <message>
        <source>Typed: from the pause in typing; speech: from the end of speech. The draft is the fast model&apos;s; the refined or final translation is the model in use.</source>
        <translation>المكتوب: من التوقف عن الكتابة؛ الكلام: من نهاية الكلام. المسودة من النموذج السريع، والترجمة المحسّنة أو النهائية من النموذج المستخدم.</translation>
    </message>
    <message>
        <source>1 prompt token</source>
        <translation>رمز واحد في الموجِّه</translation>
    </message>
    <message numerus="yes">
        <source>%n prompt tokens</source>
        <translation>
            <numerusform>%n رمز في الموجِّه</numerusform>
            <numerusform>%n رمز في الموجِّه</numerusform>
            <numerusform>%n رمزان في الموجِّه</numerusform>
            <numerusform>%n رموز في الموجِّه</numerusform>
            <numerusform>%n رمزًا في الموجِّه</numerusform>
            <numerusform>%n رمز في الموجِّه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{cached} of %n sentences cached</source>
        <translation>
            <numerusform>{cached} من %n جملة محفوظة مؤقتًا</numerusform>
            <numerusform>{cached} من %n جملة محفوظة مؤقتًا</numerusform>
            <numerusform>{cached} من %n جملتين محفوظة مؤقتًا</numerusform>
            <numerusform>{cached} من %n جمل محفوظة مؤقتًا</numerusform>
            <numerusform>{cached} من %n جملة محفوظة مؤقتًا</numerusform>
            <numerusform>{cached} من %n جملة محفوظة مؤقتًا</numerusform>
        </translation>
    </message>
    <message>
        <source>1 utterance waiting</source>
        <translation>عبارة واحدة في الانتظار</translation>
    </message>
    <message numerus="yes">
        <source>%n utterances waiting</source>
        <translation>
            <numerusform>%n عبارة في الانتظار</numerusform>
            <numerusform>%n عبارة في الانتظار</numerusform>
            <numerusform>%n عبارتان في الانتظار</numerusform>
            <numerusform>%n عبارات في الانتظار</numerusform>
            <numerusform>%n عبارة في الانتظار</numerusform>
            <numerusform>%n عبارة في الانتظار</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} · {device} {compute_type} · loaded in {seconds} s</source>
        <translation>{name} · {device} {compute_type} · حُمِّل في {seconds} ث</translation>
    </message>
    <message>
        <source>{layers} of {total}</source>
        <translation>{layers} من {total}</translation>
    </message>
    <message>
        <source>When the machine cannot keep up, Parley translates the final text first: it pauses the tentative translation, re-decodes the speech less often and holds less audio.</source>
        <translation>عندما لا يستطيع الجهاز المواكبة، يترجم Parley النص النهائي أولًا: يوقف الترجمة المؤقتة مؤقتًا، ويعيد فك ترميز الكلام بوتيرة أقل، ويحتفظ بصوت أقل.</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>الوتيرة</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Input level</source>
        <translation>مستوى الإدخال</translation>
    </message>
    <message>
        <source>Input level: {level} dBFS</source>
        <translation>مستوى الإدخال: {level} dBFS</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>⇄ Swap</source>
        <translation>⇄ تبديل</translation>
    </message>
    <message>
        <source>Swap source and target languages</source>
        <translation>تبديل لغتي المصدر والهدف</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy the translation</source>
        <translation>نسخ الترجمة</translation>
    </message>
    <message>
        <source>Person A</source>
        <translation>الشخص أ</translation>
    </message>
    <message>
        <source>Person A&apos;s name, shown beside what they say</source>
        <translation>اسم الشخص أ، يظهر بجانب ما يقوله</translation>
    </message>
    <message>
        <source>Person B</source>
        <translation>الشخص ب</translation>
    </message>
    <message>
        <source>Person B&apos;s name, shown beside what they say</source>
        <translation>اسم الشخص ب، يظهر بجانب ما يقوله</translation>
    </message>
    <message>
        <source>Who speaks: detect from the language</source>
        <translation>من يتكلم: اكتشافه من اللغة</translation>
    </message>
    <message>
        <source>Person A speaks and types</source>
        <translation>الشخص أ يتكلم ويكتب</translation>
    </message>
    <message>
        <source>Person B speaks and types</source>
        <translation>الشخص ب يتكلم ويكتب</translation>
    </message>
    <message>
        <source>Detect: each utterance&apos;s language says who spoke (needs Whisper base for two languages). Or fix the side, for example while each person holds the button in turn.</source>
        <translation>الاكتشاف: لغة كل عبارة تدل على من تكلم (يتطلب Whisper base للغتين). أو ثبّت الطرف، مثلًا عندما يضغط كل شخص الزر بدوره.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>Add the typed text and its translation to the conversation (Ctrl+Shift+Enter)</source>
        <translation>إضافة النص المكتوب وترجمته إلى المحادثة (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>محادثة جديدة</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>السجل…</translation>
    </message>
    <message>
        <source>Type here. Ctrl+Enter translates at once; Ctrl+Shift+Enter sends it into the conversation.</source>
        <translation>اكتب هنا. Ctrl+Enter يترجم فورًا، وCtrl+Shift+Enter يرسله إلى المحادثة.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>جارٍ البدء…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>Open audio file…</source>
        <translation>فتح ملف صوتي…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>اتباع النظام</translation>
    </message>
    <message>
        <source>The interface will be in the language you chose when Parley starts again.</source>
        <translation>ستظهر الواجهة باللغة التي اخترتها عند تشغيل Parley مرة أخرى.</translation>
    </message>
    <message>
        <source>Translation copied</source>
        <translation>نُسخت الترجمة</translation>
    </message>
    <message>
        <source>Look for microphones again</source>
        <translation>البحث عن الميكروفونات مجددًا</translation>
    </message>
    <message>
        <source>Manage models…</source>
        <translation>إدارة النماذج…</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>فتح ملف آخر…</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>البنية</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>المعاملات</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>التكميم</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>السياق</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>قالب الدردشة</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>الموجِّه</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Automatic (measured on this computer)</source>
        <translation>تلقائي (مقيس على هذا الحاسوب)</translation>
    </message>
    <message>
        <source>Fast (Gemma 3 270M)</source>
        <translation>السرعة (Gemma 3 270M)</translation>
    </message>
    <message>
        <source>Quality (Qwen2.5-Coder 1.5B)</source>
        <translation>الجودة (Qwen2.5-Coder 1.5B)</translation>
    </message>
    <message>
        <source>unusable</source>
        <translation>غير صالح</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>النماذج</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>الكلام</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>الأداء</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>Looking for models…</source>
        <translation>جارٍ البحث عن النماذج…</translation>
    </message>
    <message>
        <source>How requests are written for this model; Automatic follows its metadata</source>
        <translation>طريقة صياغة الطلبات لهذا النموذج؛ «تلقائي» يتبع بياناته الوصفية</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <source>Add model…</source>
        <translation>إضافة نموذج…</translation>
    </message>
    <message>
        <source>Add a GGUF file from disk; it is checked before it is listed</source>
        <translation>إضافة ملف GGUF من القرص؛ يُفحص قبل إدراجه</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>إزالة من القائمة</translation>
    </message>
    <message>
        <source>Forget a model you added (the file stays on disk)</source>
        <translation>نسيان نموذج أضفته (يبقى الملف على القرص)</translation>
    </message>
    <message>
        <source>Use this model</source>
        <translation>استخدام هذا النموذج</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>الموجِّه:</translation>
    </message>
    <message>
        <source>Bundled model for this computer</source>
        <translation>النموذج المرفق لهذا الحاسوب</translation>
    </message>
    <message>
        <source>Automatic uses the best translations that keep up on this computer</source>
        <translation>يستخدم الوضع التلقائي أفضل الترجمات التي تواكب على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Measure again</source>
        <translation>القياس مجددًا</translation>
    </message>
    <message>
        <source>Time the bundled models here ({budget})</source>
        <translation>قياس زمن النماذج المرفقة هنا ({budget})</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>المستوى:</translation>
    </message>
    <message>
        <source>In use: the {tier} tier — {reason}.</source>
        <translation>المستخدم: مستوى {tier} — {reason}.</translation>
    </message>
    <message>
        <source>Budget: {budget}.</source>
        <translation>الميزانية الزمنية: {budget}.</translation>
    </message>
    <message>
        <source>Add Whisper folder…</source>
        <translation>إضافة مجلد Whisper…</translation>
    </message>
    <message>
        <source>A folder holding a CTranslate2 Whisper model (model.bin, config.json)</source>
        <translation>مجلد يحتوي على نموذج Whisper بصيغة CTranslate2 (model.bin وconfig.json)</translation>
    </message>
    <message>
        <source>{backend}: layers can be offloaded to the GPU</source>
        <translation>{backend}: يمكن نقل الطبقات إلى GPU</translation>
    </message>
    <message>
        <source>CPU only: this llama.cpp build cannot offload (the README says how to install a GPU build)</source>
        <translation>المعالج المركزي فقط: لا يستطيع إصدار llama.cpp هذا نقل الطبقات (يشرح ملف README كيفية تثبيت إصدار يدعم GPU)</translation>
    </message>
    <message>
        <source>0 keeps the model on the CPU</source>
        <translation>القيمة 0 تُبقي النموذج على المعالج المركزي</translation>
    </message>
    <message>
        <source>{size} tokens</source>
        <translation>{size} رمز</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <source>Reload the translation model with these settings</source>
        <translation>إعادة تحميل نموذج الترجمة بهذه الإعدادات</translation>
    </message>
    <message>
        <source>llama.cpp build</source>
        <translation>إصدار llama.cpp</translation>
    </message>
    <message>
        <source>The model list could not be read: {error}</source>
        <translation>تعذّرت قراءة قائمة النماذج: {error}</translation>
    </message>
    <message>
        <source>No translation models were found.</source>
        <translation>لم يُعثر على أي نموذج ترجمة.</translation>
    </message>
    <message>
        <source>Automatic: {style}</source>
        <translation>تلقائي: {style}</translation>
    </message>
    <message>
        <source>Cannot be used: {problem}.</source>
        <translation>لا يمكن استخدامه: {problem}.</translation>
    </message>
    <message>
        <source>Active: {backend}, {layers} of {total} layers on the GPU, {threads} threads, prompt {style}.</source>
        <translation>نشط: {backend}، {layers} من {total} طبقة على GPU، {threads} خيوط، الموجِّه {style}.</translation>
    </message>
    <message>
        <source>Memory could not be estimated: {error}</source>
        <translation>تعذّر تقدير الذاكرة: {error}</translation>
    </message>
    <message>
        <source>Memory: {estimate}.</source>
        <translation>الذاكرة: {estimate}.</translation>
    </message>
    <message>
        <source>{warning}

Load it anyway?</source>
        <translation>{warning}

هل تريد تحميله على أي حال؟</translation>
    </message>
    <message>
        <source>Add a GGUF model</source>
        <translation>إضافة نموذج GGUF</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>نماذج GGUF (*.gguf);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Add a CTranslate2 Whisper folder</source>
        <translation>إضافة مجلد Whisper بصيغة CTranslate2</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>جارٍ فحص {name}…</translation>
    </message>
    <message>
        <source>Not added: {error}.</source>
        <translation>لم تتم الإضافة: {error}.</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>أُضيف {name}.</translation>
    </message>
</context>
<context>
    <name>ModelMenus</name>
    <message>
        <source>&amp;Models</source>
        <translation>ال&amp;نماذج</translation>
    </message>
    <message>
        <source>Manage models…</source>
        <translation>إدارة النماذج…</translation>
    </message>
    <message>
        <source>Open model file…</source>
        <translation>فتح ملف نموذج…</translation>
    </message>
    <message>
        <source>Use the bundled model</source>
        <translation>استخدام النموذج المرفق</translation>
    </message>
    <message>
        <source>Open a GGUF model</source>
        <translation>فتح نموذج GGUF</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>نماذج GGUF (*.gguf);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>{stage}…</source>
        <translation>{stage}…</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>لا يوجد نموذج محمَّل</translation>
    </message>
    <message>
        <source>{backend} — ready</source>
        <translation>{backend} — جاهز</translation>
    </message>
    <message>
        <source>{backend}, {layers} of {total} layers on the GPU</source>
        <translation>{backend}، {layers} من {total} طبقة على GPU</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>المعالج المركزي</translation>
    </message>
    <message>
        <source>{name} · {quantization} · {where} · {threads} threads — ready</source>
        <translation>{name} · {quantization} · {where} · {threads} خيوط — جاهز</translation>
    </message>
    <message>
        <source>{message}. {model} is still active.</source>
        <translation>{message}. لا يزال {model} نشطًا.</translation>
    </message>
    <message>
        <source>{message}. Choose another model with Models → Manage models…, or use the bundled one.</source>
        <translation>{message}. اختر نموذجًا آخر من النماذج ← إدارة النماذج…، أو استخدم النموذج المرفق.</translation>
    </message>
    <message>
        <source>Timing the bundled models on this computer, in the background</source>
        <translation>يجري قياس زمن النماذج المرفقة على هذا الحاسوب في الخلفية</translation>
    </message>
    <message>
        <source>Measuring again, in the background</source>
        <translation>يجري القياس مجددًا في الخلفية</translation>
    </message>
    <message>
        <source>Parley timed its bundled models on this computer and chose the {tier} tier ({seconds} s for a {words}-word sentence): {reason}.</source>
        <translation>قاس Parley زمن نماذجه المرفقة على هذا الحاسوب واختار مستوى {tier} ({seconds} ث لجملة من {words} كلمة): {reason}.</translation>
    </message>
    <message>
        <source>Parley timed its bundled models on this computer and chose the {tier} tier: {reason}.</source>
        <translation>قاس Parley زمن نماذجه المرفقة على هذا الحاسوب واختار مستوى {tier}: {reason}.</translation>
    </message>
    <message>
        <source>The quality model could not be prepared: {error}</source>
        <translation>تعذّر تجهيز نموذج الجودة: {error}</translation>
    </message>
</context>
<context>
    <name>NoticeRow</name>
    <message>
        <source>Dismiss this message</source>
        <translation>إغلاق هذه الرسالة</translation>
    </message>
</context>
<context>
    <name>Parties</name>
    <message>
        <source>Person A ({language})</source>
        <translation>الشخص أ ({language})</translation>
    </message>
    <message>
        <source>Person B ({language})</source>
        <translation>الشخص ب ({language})</translation>
    </message>
</context>
<context>
    <name>RefineTyping</name>
    <message>
        <source>Draft with the fast model, refine with this one</source>
        <translation>مسودة بالنموذج السريع، وتحسين بهذا النموذج</translation>
    </message>
    <message>
        <source>Drafts come from the bundled fast model, and the model in use is that model, so nothing is refined. Choose a better model (Models → Manage models…) for draft and refine to help.</source>
        <translation>تأتي المسودات من النموذج السريع المرفق، والنموذج المستخدم هو النموذج نفسه، فلا يُحسَّن شيء. اختر نموذجًا أفضل (النماذج ← إدارة النماذج…) ليكون للمسودة والتحسين فائدة.</translation>
    </message>
    <message>
        <source>The fast model translates as you type or speak; the model in use then translates each finished sentence, and its translation replaces the draft.</source>
        <translation>يترجم النموذج السريع أثناء الكتابة أو الكلام، ثم يترجم النموذج المستخدم كل جملة مكتملة وتحل ترجمته محل المسودة.</translation>
    </message>
    <message>
        <source>No draft was made: {message}</source>
        <translation>لم تُنشأ أي مسودة: {message}</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Empty: the server&apos;s first model</source>
        <translation>فارغ: أول نموذج على الخادم</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <source>Use this server</source>
        <translation>استخدام هذا الخادم</translation>
    </message>
    <message>
        <source>Translate on this computer</source>
        <translation>الترجمة على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Stop using the server; the local model translates again</source>
        <translation>التوقف عن استخدام الخادم؛ يعود النموذج المحلي إلى الترجمة</translation>
    </message>
    <message>
        <source>Translate on an OpenAI-compatible server (llama-server, vLLM, Ollama…).</source>
        <translation>الترجمة على خادم متوافق مع OpenAI (llama-server وvLLM وOllama…).</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>مفتاح API</translation>
    </message>
    <message>
        <source>Asking {address} for its models…</source>
        <translation>جارٍ سؤال {address} عن نماذجه…</translation>
    </message>
    <message>
        <source>Connected. Models on the server: {models}.</source>
        <translation>تم الاتصال. النماذج على الخادم: {models}.</translation>
    </message>
    <message>
        <source>Translating on {address}.</source>
        <translation>الترجمة على {address}.</translation>
    </message>
    <message>
        <source>Translating on this computer.</source>
        <translation>الترجمة على هذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>SpeechControls</name>
    <message>
        <source>Whisper tiny.en (English)</source>
        <translation>Whisper tiny.en (الإنجليزية)</translation>
    </message>
    <message>
        <source>Whisper base (any language)</source>
        <translation>Whisper base (أي لغة)</translation>
    </message>
    <message>
        <source>Call: your microphone is Person A and what this computer plays (the other side of a call) is Person B, both translated live. Headphones work best: without them your microphone is muted while the other side is heard, so they are not translated twice.</source>
        <translation>المكالمة: ميكروفونك هو الشخص أ، وما يشغّله هذا الحاسوب (الطرف الآخر من المكالمة) هو الشخص ب، ويُترجَم كلاهما مباشرة. سماعات الرأس أفضل: بدونها يُكتم ميكروفونك أثناء سماع الطرف الآخر، حتى لا يُترجَم كلامه مرتين.</translation>
    </message>
    <message>
        <source>● Listen</source>
        <translation>● استماع</translation>
    </message>
    <message>
        <source>Start or stop listening (Ctrl+M)</source>
        <translation>بدء الاستماع أو إيقافه (Ctrl+M)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Look for microphones and outputs again</source>
        <translation>البحث عن الميكروفونات والمخارج مجددًا</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>مكالمة</translation>
    </message>
    <message>
        <source>What this computer plays: the other side of a call</source>
        <translation>ما يشغّله هذا الحاسوب: الطرف الآخر من المكالمة</translation>
    </message>
    <message>
        <source>What this computer plays</source>
        <translation>ما يشغّله هذا الحاسوب</translation>
    </message>
    <message>
        <source>Speech model: tiny.en is English only and fastest; base detects the language</source>
        <translation>نموذج الكلام: tiny.en للإنجليزية فقط وهو الأسرع؛ وbase يكتشف اللغة</translation>
    </message>
    <message>
        <source>Push to talk</source>
        <translation>اضغط للتحدث</translation>
    </message>
    <message>
        <source>Listen only while the Listen button is held down</source>
        <translation>الاستماع فقط أثناء الضغط على زر الاستماع</translation>
    </message>
    <message>
        <source>No system audio</source>
        <translation>لا يوجد صوت للنظام</translation>
    </message>
    <message>
        <source>No microphone</source>
        <translation>لا يوجد ميكروفون</translation>
    </message>
    <message>
        <source>{mine} and {theirs}</source>
        <translation>{mine} و{theirs}</translation>
    </message>
    <message>
        <source>Open an audio file</source>
        <translation>فتح ملف صوتي</translation>
    </message>
    <message>
        <source>Audio files ({patterns});;All files (*)</source>
        <translation>ملفات صوتية ({patterns});;كل الملفات (*)</translation>
    </message>
    <message>
        <source>● Hold to talk</source>
        <translation>● اضغط مطوّلًا للتحدث</translation>
    </message>
    <message>
        <source>Stopped: {source}</source>
        <translation>متوقف: {source}</translation>
    </message>
</context>
<context>
    <name>SubtitleOverlay</name>
    <message>
        <source>Parley subtitles</source>
        <translation>ترجمة Parley النصية</translation>
    </message>
</context>
<context>
    <name>TierMeasurer</name>
    <message>
        <source>The bundled models could not be timed: {error}</source>
        <translation>تعذّر قياس زمن النماذج المرفقة: {error}</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Press the microphone button, or open an audio file, and speak.</source>
        <translation>اضغط زر الميكروفون أو افتح ملفًا صوتيًا، ثم تحدّث.</translation>
    </message>
</context>
<context>
    <name>TranslationView</name>
    <message>
        <source>The translation appears here as you type.</source>
        <translation>تظهر الترجمة هنا أثناء الكتابة.</translation>
    </message>
</context>
<context>
    <name>VoicesDialog</name>
    <message>
        <source>Voices</source>
        <translation>الأصوات</translation>
    </message>
    <message>
        <source>Automatic ({voice})</source>
        <translation>تلقائي ({voice})</translation>
    </message>
    <message>
        <source>No voice on this computer speaks it</source>
        <translation>لا يوجد على هذا الحاسوب صوت يتحدث بها</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>استماع</translation>
    </message>
    <message>
        <source>Translations are read aloud in the voice chosen for their language.</source>
        <translation>تُقرأ الترجمات بصوت عالٍ بالصوت المختار للغتها.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Microphone input is off: no input device was found. Connect a microphone, then press Refresh.</source>
        <translation>إدخال الميكروفون متوقف: لم يُعثر على جهاز إدخال. صِل ميكروفونًا ثم اضغط تحديث.</translation>
    </message>
    <message>
        <source>macOS does not let applications record what it plays. Install a loopback driver such as BlackHole (existential.audio/blackhole), make a Multi-Output Device with it and your speakers in Audio MIDI Setup, then press Refresh.</source>
        <translation>لا يسمح macOS للتطبيقات بتسجيل ما يشغّله. ثبّت برنامج تشغيل للحلقة الراجعة مثل BlackHole (existential.audio/blackhole)، وأنشئ به وبمكبرات الصوت جهازًا متعدد المخارج في «إعداد Audio MIDI»، ثم اضغط تحديث.</translation>
    </message>
    <message>
        <source>No output device to capture was found: connect speakers or headphones, then press Refresh.</source>
        <translation>لم يُعثر على جهاز إخراج لالتقاط صوته: صِل مكبرات صوت أو سماعات رأس ثم اضغط تحديث.</translation>
    </message>
    <message>
        <source>there is no word in it to translate</source>
        <translation>لا يحتوي على أي كلمة لترجمتها</translation>
    </message>
    <message>
        <source>the model gave it the translation of another part of the text</source>
        <translation>أعطاه النموذج ترجمة جزء آخر من النص</translation>
    </message>
    <message>
        <source>Preparing the bundled model</source>
        <translation>جارٍ تجهيز النموذج المرفق</translation>
    </message>
    <message>
        <source>Checking the model</source>
        <translation>جارٍ فحص النموذج</translation>
    </message>
    <message>
        <source>Unloading {name}</source>
        <translation>جارٍ إلغاء تحميل {name}</translation>
    </message>
    <message>
        <source>Loading the model</source>
        <translation>جارٍ تحميل النموذج</translation>
    </message>
    <message>
        <source>The model could not be loaded: {error}</source>
        <translation>تعذّر تحميل النموذج: {error}</translation>
    </message>
    <message>
        <source>Warming up</source>
        <translation>جارٍ الإحماء</translation>
    </message>
    <message>
        <source>Restoring {name}</source>
        <translation>جارٍ استعادة {name}</translation>
    </message>
    <message>
        <source>{message}. {name} could not be loaded again either ({error})</source>
        <translation>{message}. وتعذّر أيضًا تحميل {name} من جديد ({error})</translation>
    </message>
    <message>
        <source>the model gave no translation of it ({problem})</source>
        <translation>لم يقدّم النموذج أي ترجمة له ({problem})</translation>
    </message>
    <message>
        <source>Context size</source>
        <translation>حجم السياق</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>خيوط المعالج المركزي</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>طبقات GPU</translation>
    </message>
    <message>
        <source>Flash attention</source>
        <translation>الانتباه السريع (Flash attention)</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>الموجِّه</translation>
    </message>
    <message>
        <source>Speech model</source>
        <translation>نموذج الكلام</translation>
    </message>
    <message>
        <source>Speech device</source>
        <translation>جهاز معالجة الكلام</translation>
    </message>
    <message>
        <source>Speech compute type</source>
        <translation>دقة حساب الكلام</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <source>Model on the server</source>
        <translation>النموذج على الخادم</translation>
    </message>
    <message>
        <source>Use the local model when the server cannot be reached</source>
        <translation>استخدام النموذج المحلي عند تعذّر الوصول إلى الخادم</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <source>Automatic (every layer the build can offload)</source>
        <translation>تلقائي (كل طبقة يستطيع الإصدار نقلها)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>off</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Few-shot completion (base models)</source>
        <translation>إكمال بأمثلة قليلة (النماذج الأساسية)</translation>
    </message>
    <message>
        <source>Translation instruction in the model&apos;s chat template</source>
        <translation>تعليمات الترجمة في قالب الدردشة الخاص بالنموذج</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>مرفق</translation>
    </message>
    <message>
        <source>models folder</source>
        <translation>مجلد models</translation>
    </message>
    <message>
        <source>user folder</source>
        <translation>مجلد المستخدم</translation>
    </message>
    <message>
        <source>added</source>
        <translation>مُضاف</translation>
    </message>
    <message>
        <source>Your settings file ({path}) is damaged and could not be read; Parley is using its defaults{kept}.</source>
        <translation>ملف إعداداتك ({path}) تالف وتعذّرت قراءته؛ يستخدم Parley إعداداته الافتراضية{kept}.</translation>
    </message>
    <message>
        <source>Your settings come from a newer version of Parley (settings version {version}). Parley uses what it understands and leaves the file as it is, so changes you make now are not kept.</source>
        <translation>إعداداتك من إصدار أحدث من Parley (إصدار الإعدادات {version}). يستخدم Parley ما يفهمه ويترك الملف كما هو، لذا لن تُحفظ التغييرات التي تجريها الآن.</translation>
    </message>
    <message>
        <source>Some settings were damaged and have been reset to their defaults: {names}{kept}.</source>
        <translation>كانت بعض الإعدادات تالفة وأُعيدت إلى قيمها الافتراضية: {names}{kept}.</translation>
    </message>
    <message>
        <source>Parts of your settings file ({path}) could not be read and are left at their defaults{kept}.</source>
        <translation>تعذّرت قراءة أجزاء من ملف إعداداتك ({path}) وبقيت على قيمها الافتراضية{kept}.</translation>
    </message>
    <message>
        <source>; the file as it was is kept as {path}</source>
        <translation>؛ والملف كما كان محفوظ باسم {path}</translation>
    </message>
    <message>
        <source>Your settings cannot be saved to {path}: changes you make now will be lost when Parley closes. Make the file and its folder writable to keep them.</source>
        <translation>لا يمكن حفظ إعداداتك في {path}: ستضيع التغييرات التي تجريها الآن عند إغلاق Parley. اجعل الملف ومجلده قابلين للكتابة للاحتفاظ بها.</translation>
    </message>
    <message>
        <source>Your settings could not be saved to {path}.</source>
        <translation>تعذّر حفظ إعداداتك في {path}.</translation>
    </message>
    <message>
        <source>{path} is truncated or damaged (the file ends before the model data it describes)</source>
        <translation>{path} مقطوع أو تالف (ينتهي الملف قبل بيانات النموذج التي يصفها)</translation>
    </message>
    <message>
        <source>{path} is not a GGUF model file (it lacks the GGUF signature)</source>
        <translation>{path} ليس ملف نموذج GGUF (ينقصه توقيع GGUF)</translation>
    </message>
    <message>
        <source>{path} uses GGUF version {version}, which Parley cannot read</source>
        <translation>يستخدم {path} الإصدار {version} من GGUF، ولا يستطيع Parley قراءته</translation>
    </message>
    <message>
        <source>model file not found: {path}</source>
        <translation>ملف النموذج غير موجود: {path}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a GGUF model file</source>
        <translation>{path} مجلد وليس ملف نموذج GGUF</translation>
    </message>
    <message>
        <source>cannot read model file {path}: permission denied</source>
        <translation>تعذّرت قراءة ملف النموذج {path}: تم رفض الإذن</translation>
    </message>
    <message>
        <source>Timing the {tier} model ({title})</source>
        <translation>قياس زمن نموذج {tier} ({title})</translation>
    </message>
    <message>
        <source>Recovered {sessions} conversation(s) and {turns} turn(s) into {history}.</source>
        <translation>استُعيد إلى {history} ما عدده {sessions} من المحادثات و{turns} من المداخلات.</translation>
    </message>
    <message>
        <source>What stood on the damaged pages could not be read and is left out.</source>
        <translation>تعذّرت قراءة ما كان في الصفحات التالفة فتُرك.</translation>
    </message>
    <message>
        <source>The damaged file is kept as {kept}.</source>
        <translation>احتُفظ بالملف التالف باسم {kept}.</translation>
    </message>
    <message>
        <source>{count} conversation(s) had lost their names; their turns are kept under “Recovered conversation”.</source>
        <translation>فقدت {count} من المحادثات أسماءها؛ واحتُفظ بمداخلاتها تحت «محادثة مستعادة».</translation>
    </message>
    <message>
        <source>The conversation history ({path}) could not be opened to recover it: {error}.</source>
        <translation>تعذّر فتح سجل المحادثات ({path}) لاستعادته: {error}.</translation>
    </message>
    <message>
        <source>Nothing could be read from the conversation history ({path}): it is damaged beyond recovery. Move it aside to start a new history, or restore a backup.</source>
        <translation>تعذّرت قراءة أي شيء من سجل المحادثات ({path}): إنه تالف بحيث لا يمكن استعادته. انقله جانبًا لبدء سجل جديد، أو استعد نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The recovered history could not be written beside {path}: {error}. Nothing was changed; free some disk space or make the folder writable, then try again.</source>
        <translation>تعذّرت كتابة السجل المستعاد بجانب {path}: {error}. لم يتغير شيء؛ حرّر بعض المساحة على القرص أو اجعل المجلد قابلًا للكتابة، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>{list}, {item}</source>
        <translation>{list}، {item}</translation>
    </message>
    <message>
        <source>fast</source>
        <translation>السرعة</translation>
    </message>
    <message>
        <source>quality</source>
        <translation>الجودة</translation>
    </message>
    <message>
        <source>a {words}-word sentence translated within {seconds} s</source>
        <translation>ترجمة جملة من {words} كلمة في غضون {seconds} ث</translation>
    </message>
    <message>
        <source>{cpu}, {cpus} CPU threads, llama.cpp {backend}</source>
        <translation>{cpu}، ‏{cpus} من خيوط المعالج، llama.cpp {backend}</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>لا نتيجة</translation>
    </message>
    <message>
        <source>{tier} ({model}): not measured: {problem}</source>
        <translation>{tier} ({model}): لم يُقَس: {problem}</translation>
    </message>
    <message>
        <source>{tier} ({model}): {seconds} s for a {words}-word sentence (first token {ttft} ms), meets the {budget} s budget</source>
        <translation>{tier} ({model}): ‏{seconds} ث لجملة من {words} كلمة (أول رمز {ttft} مللي ث)، ضمن ميزانية {budget} ث</translation>
    </message>
    <message>
        <source>{tier} ({model}): {seconds} s for a {words}-word sentence (first token {ttft} ms), misses the {budget} s budget</source>
        <translation>{tier} ({model}): ‏{seconds} ث لجملة من {words} كلمة (أول رمز {ttft} مللي ث)، يتجاوز ميزانية {budget} ث</translation>
    </message>
    <message>
        <source>the best translations that meet the budget ({budget})</source>
        <translation>أفضل الترجمات ضمن الميزانية ({budget})</translation>
    </message>
    <message>
        <source>the best translations that meet the budget ({budget}); {slower} is too slow here</source>
        <translation>أفضل الترجمات ضمن الميزانية ({budget})؛ مستوى {slower} بطيء جدًا هنا</translation>
    </message>
    <message>
        <source>no bundled model meets the budget ({budget}) here: the fastest is used</source>
        <translation>لا يوجد نموذج مرفق ضمن الميزانية ({budget}) هنا: يُستخدم الأسرع</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>من اختيارك</translation>
    </message>
    <message>
        <source>not measured on this machine yet; the fast tier translates until it is</source>
        <translation>لم يُقَس على هذا الجهاز بعد؛ يترجم مستوى السرعة إلى أن يُقاس</translation>
    </message>
    <message>
        <source>not measured on this machine yet (it was measured on other hardware); the fast tier translates until it is</source>
        <translation>لم يُقَس على هذا الجهاز بعد (قيس على عتاد آخر)؛ يترجم مستوى السرعة إلى أن يُقاس</translation>
    </message>
    <message>
        <source>measured {when} on {machine}</source>
        <translation>قيس في {when} على {machine}</translation>
    </message>
    <message>
        <source>the quality model ({title}) is not installed; the fast model translates</source>
        <translation>نموذج الجودة ({title}) غير مثبّت؛ يترجم النموذج السريع</translation>
    </message>
    <message>
        <source>the quality model ({title}) is not prepared yet; the fast model translates</source>
        <translation>نموذج الجودة ({title}) لم يُجهَّز بعد؛ يترجم النموذج السريع</translation>
    </message>
    <message>
        <source>No audio input was found.</source>
        <translation>لم يُعثر على أي مدخل صوتي.</translation>
    </message>
    <message>
        <source>“{name}” is gone. Press Refresh.</source>
        <translation>«{name}» لم يعد موجودًا. اضغط «تحديث».</translation>
    </message>
    <message>
        <source>tentative text paused</source>
        <translation>النص المؤقت متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>re-decoding less often</source>
        <translation>إعادة فك الترميز بوتيرة أقل</translation>
    </message>
    <message>
        <source>shorter audio window</source>
        <translation>نافذة صوت أقصر</translation>
    </message>
    <message>
        <source>Keeping up</source>
        <translation>يواكب</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>مشغول</translation>
    </message>
    <message>
        <source>Busy: {actions}</source>
        <translation>مشغول: {actions}</translation>
    </message>
    <message>
        <source>“{shown}” ({count} characters) was left as it is: {reason}.</source>
        <translation>تُرك «{shown}» ({count} حرفًا) كما هو: {reason}.</translation>
    </message>
    <message>
        <source>The server at {where} has no model {model}; it offers: {models}.</source>
        <translation>لا يوجد على الخادم {where} النموذج {model}؛ المتاح: {models}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>The server at {where} offers no model.</source>
        <translation>لا يتيح الخادم {where} أي نموذج.</translation>
    </message>
    <message>
        <source>Parley lost track of the prompt for the server. Try again.</source>
        <translation>فقد Parley أثر الطلب الموجّه إلى الخادم. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The server at {where} ended the answer before it was finished (it may have interrupted it for another client: llama-cpp-python&apos;s server does unless started with --interrupt_requests False); what was translated so far is kept. Try again.</source>
        <translation>أنهى الخادم {where} الإجابة قبل اكتمالها (ربما قطعها من أجل عميل آخر: يفعل خادم llama-cpp-python ذلك ما لم يُشغَّل مع ‎--interrupt_requests False)؛ يُحتفظ بما تُرجم حتى الآن. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The server at {where} stopped with an error: {detail}.</source>
        <translation>توقف الخادم {where} بخطأ: {detail}.</translation>
    </message>
    <message>
        <source>The server at {where} sent a piece of its answer that is not the JSON an OpenAI-compatible server sends. Check the address.</source>
        <translation>أرسل الخادم {where} جزءًا من إجابته ليس بصيغة JSON التي يرسلها خادم متوافق مع OpenAI. تحقّق من العنوان.</translation>
    </message>
    <message>
        <source>{problem} The local model {name} translates instead.</source>
        <translation>{problem} يترجم النموذج المحلي {name} بدلًا منه.</translation>
    </message>
    <message>
        <source>until the server is chosen again (Models → Manage models… → Server)</source>
        <translation>إلى أن يُختار الخادم من جديد (النماذج ← إدارة النماذج… ← الخادم)</translation>
    </message>
    <message>
        <source>{url} is not a server address: give it as http://HOST:PORT or https://HOST.</source>
        <translation>{url} ليس عنوان خادم: اكتبه بالشكل http://HOST:PORT أو https://HOST.</translation>
    </message>
    <message>
        <source>Nothing answers at {where}: the connection was refused. Check the address and that the server is running.</source>
        <translation>لا شيء يجيب على {where}: رُفض الاتصال. تحقّق من العنوان ومن أن الخادم يعمل.</translation>
    </message>
    <message>
        <source>The server name in {where} could not be found. Check the address.</source>
        <translation>تعذّر العثور على اسم الخادم في {where}. تحقّق من العنوان.</translation>
    </message>
    <message>
        <source>A secure connection to {where} could not be made ({reason}). Check that the address should use https and that the server&apos;s certificate is trusted on this machine.</source>
        <translation>تعذّر إنشاء اتصال آمن مع {where} ({reason}). تحقّق من أن العنوان يجب أن يستخدم https ومن أن شهادة الخادم موثوقة على هذا الجهاز.</translation>
    </message>
    <message>
        <source>The server at {where} did not answer within {seconds:g} s. Check that it is running and not overloaded.</source>
        <translation>لم يُجب الخادم {where} خلال {seconds:g} ث. تحقّق من أنه يعمل وأنه غير مثقل.</translation>
    </message>
    <message>
        <source>The server at {where} sent nothing for {seconds:g} s in the middle of the answer, so Parley stopped waiting; what was translated so far is kept. Try again.</source>
        <translation>لم يرسل الخادم {where} شيئًا لمدة {seconds:g} ث في منتصف الإجابة، فتوقف Parley عن الانتظار؛ يُحتفظ بما تُرجم حتى الآن. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The server at {where} closed the connection in the middle of the answer; what was translated so far is kept. Check that the server is still running, then try again.</source>
        <translation>أغلق الخادم {where} الاتصال في منتصف الإجابة؛ يُحتفظ بما تُرجم حتى الآن. تحقّق من أن الخادم ما زال يعمل، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The server at {where} closed the connection without answering. Check that it is running.</source>
        <translation>أغلق الخادم {where} الاتصال دون أن يجيب. تحقّق من أنه يعمل.</translation>
    </message>
    <message>
        <source>The server at {where} could not be reached ({error}). Check the address.</source>
        <translation>تعذّر الوصول إلى الخادم {where} ({error}). تحقّق من العنوان.</translation>
    </message>
    <message>
        <source>The server at {where} refused the API key it was given (HTTP {status}). Check the key (PARLEY_API_KEY on the command line, the Server page in the window).</source>
        <translation>رفض الخادم {where} مفتاح API الذي أُعطي له (HTTP {status}). تحقّق من المفتاح (PARLEY_API_KEY في سطر الأوامر، وصفحة «الخادم» في النافذة).</translation>
    </message>
    <message>
        <source>The server at {where} refused a request without an API key (HTTP {status}). Check the key (PARLEY_API_KEY on the command line, the Server page in the window).</source>
        <translation>رفض الخادم {where} طلبًا بلا مفتاح API ‏(HTTP {status}). تحقّق من المفتاح (PARLEY_API_KEY في سطر الأوامر، وصفحة «الخادم» في النافذة).</translation>
    </message>
    <message>
        <source>{where} has no {path} (HTTP 404). Check the address: it should be the server&apos;s base URL, such as http://HOST:8000, of an OpenAI-compatible server.</source>
        <translation>لا يوجد {path} على {where} ‏(HTTP 404). تحقّق من العنوان: يجب أن يكون عنوان URL الأساسي لخادم متوافق مع OpenAI، مثل http://HOST:8000.</translation>
    </message>
    <message>
        <source>The server at {where} refused {path} (HTTP {status}: {detail}).</source>
        <translation>رفض الخادم {where} الطلب {path} ‏(HTTP {status}: {detail}).</translation>
    </message>
    <message>
        <source>The server at {where} refused {path} (HTTP {status}).</source>
        <translation>رفض الخادم {where} الطلب {path} ‏(HTTP {status}).</translation>
    </message>
    <message>
        <source>The server at {where} did not answer {path} in JSON. Check that the address is an OpenAI-compatible server.</source>
        <translation>لم يُجب الخادم {where} على {path} بصيغة JSON. تحقّق من أن العنوان لخادم متوافق مع OpenAI.</translation>
    </message>
    <message>
        <source>The server at {where} answered /v1/models without a list of models. Check that the address is an OpenAI-compatible server.</source>
        <translation>أجاب الخادم {where} على /v1/models دون قائمة بالنماذج. تحقّق من أن العنوان لخادم متوافق مع OpenAI.</translation>
    </message>
    <message>
        <source>{problem} The local model could not stand in either: {error}</source>
        <translation>{problem} ولم يستطع النموذج المحلي أن يحل محله أيضًا: {error}</translation>
    </message>
    <message>
        <source>{problem} The local model {name} translates instead, {until}.</source>
        <translation>{problem} يترجم النموذج المحلي {name} بدلًا منه، {until}.</translation>
    </message>
</context>
</TS>
