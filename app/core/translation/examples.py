"""Worked examples for the prompts: the same sentences in every language Parley offers.

The same list in every language lets any pair be shown to a model (French to German as well as
English to French). The sentences cover what a conversation is made of and where small models
go wrong: a greeting alone (which a small model otherwise answers or turns into a wish), short
replies, questions, numbers and times, and long sentences with a clause in the middle. They are
written for Parley, general and everyday, not drawn from any test set.
"""

from __future__ import annotations

# Indexes into each tuple, in the order every language lists them.
KINDS: tuple[str, ...] = (
    "greeting",  # Hello.
    "greeting",  # Good morning, how are you?
    "short reply",  # Fine, thanks. And you?
    "question",  # Where is the nearest train station?
    "short reply",  # Yes, of course.
    "question",  # How much does this cost?
    "numbers and times",  # The museum opens at 9:30 and closes at 6 p.m.
    "long sentence",  # If it rains tomorrow, ...
    "short reply",  # No, I'm sorry, I don't understand.
    "question",  # Could you speak more slowly, please?
    "numbers and times",  # It costs 12 euros per person.
    "long sentence",  # My sister, who lives in another city, ...
    "statement",  # We arrived late last night because the road was closed.
    "short reply",  # Thank you very much for your help.
    "greeting",  # See you tomorrow!
)

WORKED: dict[str, tuple[str, ...]] = {
    "en": (
        "Hello.",
        "Good morning, how are you?",
        "Fine, thanks. And you?",
        "Where is the nearest train station?",
        "Yes, of course.",
        "How much does this cost?",
        "The museum opens at 9:30 and closes at 6 p.m.",
        "If it rains tomorrow, we will stay at home and watch a film instead of going to the beach.",
        "No, I'm sorry, I don't understand.",
        "Could you speak more slowly, please?",
        "It costs 12 euros per person.",
        "My sister, who lives in another city, is coming to visit us next weekend with her two children.",
        "We arrived late last night because the road was closed.",
        "Thank you very much for your help.",
        "See you tomorrow!",
    ),
    "fr": (
        "Bonjour.",
        "Bonjour, comment allez-vous ?",
        "Bien, merci. Et vous ?",
        "Où est la gare la plus proche ?",
        "Oui, bien sûr.",
        "Combien ça coûte ?",
        "Le musée ouvre à 9 h 30 et ferme à 18 h.",
        "S'il pleut demain, nous resterons à la maison et regarderons un film au lieu d'aller à la plage.",
        "Non, désolé, je ne comprends pas.",
        "Pourriez-vous parler plus lentement, s'il vous plaît ?",
        "Ça coûte 12 euros par personne.",
        "Ma sœur, qui habite dans une autre ville, vient nous rendre visite le week-end prochain avec ses "
        "deux enfants.",
        "Nous sommes arrivés tard hier soir parce que la route était fermée.",
        "Merci beaucoup pour votre aide.",
        "À demain !",
    ),
    "es": (
        "Hola.",
        "Buenos días, ¿cómo está?",
        "Bien, gracias. ¿Y usted?",
        "¿Dónde está la estación de tren más cercana?",
        "Sí, por supuesto.",
        "¿Cuánto cuesta esto?",
        "El museo abre a las 9:30 y cierra a las 18:00.",
        "Si mañana llueve, nos quedaremos en casa y veremos una película en lugar de ir a la playa.",
        "No, lo siento, no entiendo.",
        "¿Podría hablar más despacio, por favor?",
        "Cuesta 12 euros por persona.",
        "Mi hermana, que vive en otra ciudad, viene a visitarnos el próximo fin de semana con sus dos hijos.",
        "Llegamos tarde anoche porque la carretera estaba cortada.",
        "Muchas gracias por su ayuda.",
        "¡Hasta mañana!",
    ),
    "de": (
        "Hallo.",
        "Guten Morgen, wie geht es Ihnen?",
        "Gut, danke. Und Ihnen?",
        "Wo ist der nächste Bahnhof?",
        "Ja, natürlich.",
        "Wie viel kostet das?",
        "Das Museum öffnet um 9:30 Uhr und schließt um 18 Uhr.",
        "Wenn es morgen regnet, bleiben wir zu Hause und sehen uns einen Film an, statt an den Strand zu "
        "gehen.",
        "Nein, tut mir leid, das verstehe ich nicht.",
        "Könnten Sie bitte etwas langsamer sprechen?",
        "Es kostet 12 Euro pro Person.",
        "Meine Schwester, die in einer anderen Stadt wohnt, besucht uns nächstes Wochenende mit ihren zwei "
        "Kindern.",
        "Wir sind gestern Abend spät angekommen, weil die Straße gesperrt war.",
        "Vielen Dank für Ihre Hilfe.",
        "Bis morgen!",
    ),
    "it": (
        "Ciao.",
        "Buongiorno, come sta?",
        "Bene, grazie. E lei?",
        "Dov'è la stazione ferroviaria più vicina?",
        "Sì, certo.",
        "Quanto costa?",
        "Il museo apre alle 9:30 e chiude alle 18.",
        "Se domani piove, resteremo a casa e guarderemo un film invece di andare al mare.",
        "No, mi dispiace, non capisco.",
        "Potrebbe parlare più lentamente, per favore?",
        "Costa 12 euro a persona.",
        "Mia sorella, che vive in un'altra città, viene a trovarci il prossimo fine settimana con i suoi "
        "due figli.",
        "Siamo arrivati tardi ieri sera perché la strada era chiusa.",
        "Grazie mille per il suo aiuto.",
        "A domani!",
    ),
    "pt": (
        "Olá.",
        "Bom dia, como está?",
        "Bem, obrigado. E você?",
        "Onde fica a estação de trem mais próxima?",
        "Sim, claro.",
        "Quanto custa isto?",
        "O museu abre às 9h30 e fecha às 18h.",
        "Se chover amanhã, vamos ficar em casa e ver um filme em vez de ir à praia.",
        "Não, desculpe, não entendo.",
        "Poderia falar mais devagar, por favor?",
        "Custa 12 euros por pessoa.",
        "Minha irmã, que mora em outra cidade, vem nos visitar no próximo fim de semana com os dois filhos.",
        "Chegamos tarde ontem à noite porque a estrada estava fechada.",
        "Muito obrigado pela sua ajuda.",
        "Até amanhã!",
    ),
    "nl": (
        "Hallo.",
        "Goedemorgen, hoe gaat het met u?",
        "Goed, dank u. En met u?",
        "Waar is het dichtstbijzijnde treinstation?",
        "Ja, natuurlijk.",
        "Hoeveel kost dit?",
        "Het museum gaat om 9.30 uur open en sluit om 18.00 uur.",
        "Als het morgen regent, blijven we thuis en kijken we een film in plaats van naar het strand te "
        "gaan.",
        "Nee, sorry, ik begrijp het niet.",
        "Kunt u alstublieft wat langzamer praten?",
        "Het kost 12 euro per persoon.",
        "Mijn zus, die in een andere stad woont, komt volgend weekend met haar twee kinderen bij ons op "
        "bezoek.",
        "We kwamen gisteravond laat aan omdat de weg was afgesloten.",
        "Hartelijk dank voor uw hulp.",
        "Tot morgen!",
    ),
    "ru": (
        "Здравствуйте.",
        "Доброе утро, как у вас дела?",
        "Хорошо, спасибо. А у вас?",
        "Где ближайший железнодорожный вокзал?",
        "Да, конечно.",
        "Сколько это стоит?",
        "Музей открывается в 9:30 и закрывается в 18:00.",
        "Если завтра пойдёт дождь, мы останемся дома и посмотрим фильм вместо того, чтобы идти на пляж.",
        "Нет, извините, я не понимаю.",
        "Не могли бы вы говорить помедленнее?",
        "Это стоит 12 евро с человека.",
        "Моя сестра, которая живёт в другом городе, приедет к нам в гости на следующих выходных со своими "
        "двумя детьми.",
        "Мы приехали поздно вчера вечером, потому что дорога была закрыта.",
        "Большое спасибо за вашу помощь.",
        "До завтра!",
    ),
    "zh": (
        "你好。",
        "早上好，你好吗？",
        "很好，谢谢。你呢？",
        "最近的火车站在哪里？",
        "是的，当然。",
        "这个多少钱？",
        "博物馆上午9:30开门，下午6点关门。",
        "如果明天下雨，我们就待在家里看电影，不去海滩了。",
        "不，对不起，我听不懂。",
        "请您说慢一点，好吗？",
        "每人12欧元。",
        "我姐姐住在另一个城市，下周末她会带着两个孩子来看我们。",
        "我们昨晚到得很晚，因为路封了。",
        "非常感谢你的帮助。",
        "明天见！",
    ),
    "ja": (
        "こんにちは。",
        "おはようございます、お元気ですか？",
        "元気です、ありがとう。あなたは？",
        "一番近い駅はどこですか？",
        "はい、もちろんです。",
        "これはいくらですか？",
        "博物館は9時30分に開館し、午後6時に閉館します。",
        "明日雨が降ったら、海に行く代わりに家で映画を見ます。",
        "いいえ、すみません、わかりません。",
        "もう少しゆっくり話していただけますか？",
        "一人12ユーロです。",
        "別の町に住んでいる姉が、来週末に二人の子どもを連れて遊びに来ます。",
        "道路が通行止めだったので、昨夜は遅く着きました。",
        "助けていただき、本当にありがとうございます。",
        "また明日！",
    ),
    "ko": (
        "안녕하세요.",
        "좋은 아침입니다, 어떻게 지내세요?",
        "잘 지내요, 고마워요. 당신은요?",
        "가장 가까운 기차역이 어디예요?",
        "네, 물론이죠.",
        "이거 얼마예요?",
        "박물관은 9시 30분에 문을 열고 오후 6시에 문을 닫습니다.",
        "내일 비가 오면 해변에 가는 대신 집에서 영화를 볼 거예요.",
        "아니요, 죄송하지만 이해가 안 돼요.",
        "좀 더 천천히 말씀해 주시겠어요?",
        "한 사람당 12유로입니다.",
        "다른 도시에 사는 언니가 다음 주말에 두 아이를 데리고 우리를 보러 와요.",
        "도로가 폐쇄되어서 어젯밤 늦게 도착했어요.",
        "도와주셔서 정말 감사합니다.",
        "내일 봐요!",
    ),
    "ar": (
        "مرحبا.",
        "صباح الخير، كيف حالك؟",
        "بخير، شكرا. وأنت؟",
        "أين أقرب محطة قطار؟",
        "نعم، بالطبع.",
        "كم سعر هذا؟",
        "يفتح المتحف في الساعة 9:30 ويغلق في الساعة 6 مساء.",
        "إذا أمطرت غدا، سنبقى في البيت ونشاهد فيلما بدلا من الذهاب إلى الشاطئ.",
        "لا، آسف، لا أفهم.",
        "هل يمكنك أن تتكلم ببطء أكثر، من فضلك؟",
        "السعر 12 يورو للشخص الواحد.",
        "أختي، التي تعيش في مدينة أخرى، ستزورنا في عطلة نهاية الأسبوع القادمة مع طفليها.",
        "وصلنا متأخرين الليلة الماضية لأن الطريق كان مغلقا.",
        "شكرا جزيلا لمساعدتك.",
        "أراك غدا!",
    ),
    "hi": (
        "नमस्ते।",
        "सुप्रभात, आप कैसे हैं?",
        "मैं ठीक हूँ, धन्यवाद। और आप?",
        "सबसे नज़दीकी रेलवे स्टेशन कहाँ है?",
        "हाँ, ज़रूर।",
        "इसकी कीमत कितनी है?",
        "संग्रहालय सुबह 9:30 बजे खुलता है और शाम 6 बजे बंद होता है।",
        "अगर कल बारिश हुई, तो हम समुद्र तट पर जाने के बजाय घर पर रहकर फ़िल्म देखेंगे।",
        "नहीं, माफ़ कीजिए, मैं समझा नहीं।",
        "क्या आप कृपया थोड़ा धीरे बोल सकते हैं?",
        "इसकी कीमत प्रति व्यक्ति 12 यूरो है।",
        "मेरी बहन, जो दूसरे शहर में रहती है, अगले सप्ताहांत अपने दो बच्चों के साथ हमसे मिलने आ रही है।",
        "हम कल रात देर से पहुँचे क्योंकि सड़क बंद थी।",
        "आपकी मदद के लिए बहुत-बहुत धन्यवाद।",
        "कल मिलते हैं!",
    ),
}


def worked_pairs(source: str, target: str, count: int | None = None) -> list[tuple[str, str]]:
    """The worked examples from `source` to `target` (language codes), the first `count` of them."""
    pairs = list(zip(WORKED[source], WORKED[target]))
    return pairs if count is None else pairs[:count]
