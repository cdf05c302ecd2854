"""The one registry of languages Parley offers: codes, names, script direction and
the example sentences the few-shot prompt shows the model."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.errors import InputError


@dataclass(frozen=True)
class Language:
    code: str
    name: str  # English name: it is what prompts use, models know it best
    native: str
    rtl: bool = False
    # Sentences are written without spaces between them in these scripts.
    spaceless: bool = False


# The same three sentences in every language, so that any pair can be shown to a
# base model as worked examples. Short, everyday, and in the register of a conversation.
EXAMPLES: dict[str, tuple[str, str, str]] = {
    "en": (
        "Good morning, how are you?",
        "Where is the nearest train station?",
        "Thank you very much for your help.",
    ),
    "fr": (
        "Bonjour, comment allez-vous ?",
        "Où est la gare la plus proche ?",
        "Merci beaucoup pour votre aide.",
    ),
    "es": (
        "Buenos días, ¿cómo está?",
        "¿Dónde está la estación de tren más cercana?",
        "Muchas gracias por su ayuda.",
    ),
    "de": (
        "Guten Morgen, wie geht es Ihnen?",
        "Wo ist der nächste Bahnhof?",
        "Vielen Dank für Ihre Hilfe.",
    ),
    "it": (
        "Buongiorno, come sta?",
        "Dov'è la stazione ferroviaria più vicina?",
        "Grazie mille per il suo aiuto.",
    ),
    "pt": (
        "Bom dia, como está?",
        "Onde fica a estação de trem mais próxima?",
        "Muito obrigado pela sua ajuda.",
    ),
    "nl": (
        "Goedemorgen, hoe gaat het met u?",
        "Waar is het dichtstbijzijnde treinstation?",
        "Hartelijk dank voor uw hulp.",
    ),
    "ru": (
        "Доброе утро, как у вас дела?",
        "Где ближайший железнодорожный вокзал?",
        "Большое спасибо за вашу помощь.",
    ),
    "zh": (
        "早上好，你好吗？",
        "最近的火车站在哪里？",
        "非常感谢你的帮助。",
    ),
    "ja": (
        "おはようございます、お元気ですか？",
        "一番近い駅はどこですか？",
        "助けていただき、本当にありがとうございます。",
    ),
    "ko": (
        "좋은 아침입니다, 어떻게 지내세요?",
        "가장 가까운 기차역이 어디예요?",
        "도와주셔서 정말 감사합니다.",
    ),
    "ar": (
        "صباح الخير، كيف حالك؟",
        "أين أقرب محطة قطار؟",
        "شكرا جزيلا لمساعدتك.",
    ),
    "hi": (
        "सुप्रभात, आप कैसे हैं?",
        "सबसे नज़दीकी रेलवे स्टेशन कहाँ है?",
        "आपकी मदद के लिए बहुत-बहुत धन्यवाद।",
    ),
}

LANGUAGES: tuple[Language, ...] = (
    Language("en", "English", "English"),
    Language("fr", "French", "Français"),
    Language("es", "Spanish", "Español"),
    Language("de", "German", "Deutsch"),
    Language("it", "Italian", "Italiano"),
    Language("pt", "Portuguese", "Português"),
    Language("nl", "Dutch", "Nederlands"),
    Language("ru", "Russian", "Русский"),
    Language("zh", "Chinese", "中文", spaceless=True),
    Language("ja", "Japanese", "日本語", spaceless=True),
    Language("ko", "Korean", "한국어"),
    Language("ar", "Arabic", "العربية", rtl=True),
    Language("hi", "Hindi", "हिन्दी"),
)

_BY_CODE = {lang.code: lang for lang in LANGUAGES}


class UnknownLanguageError(InputError):
    pass


def normalize_code(code: str) -> str:
    """The one spelling of a language code: "DE", " de" and "de" are all "de"."""
    return code.strip().lower()


def get_language(code_or_name: str) -> Language:
    """Look a language up by code ("fr") or English name ("French"), case-insensitively."""
    key = normalize_code(code_or_name)
    if key in _BY_CODE:
        return _BY_CODE[key]
    for lang in LANGUAGES:
        if lang.name.lower() == key or lang.native.lower() == key:
            return lang
    codes = ", ".join(_BY_CODE)
    raise UnknownLanguageError(f"unknown language {code_or_name!r}; choose one of: {codes}")


def language_codes() -> list[str]:
    return [lang.code for lang in LANGUAGES]


def spoken_language(code_or_name: str) -> str:
    """The code for what someone speaks: one of Parley's languages by code or name, or another
    language code for the speech model alone (Whisper knows more languages than Parley translates).
    ValueError for what cannot be a code."""
    try:
        return get_language(code_or_name).code
    except UnknownLanguageError:
        code = normalize_code(code_or_name)
        if not (2 <= len(code) <= 3 and code.isascii() and code.isalpha()):
            raise
        return code


# Each language's name in each interface language (the keys of the outer table), for the pickers:
# "Allemand — Deutsch" in a French interface. English names are the registry's own.
LOCAL_NAMES: dict[str, dict[str, str]] = {
    "fr": {
        "en": "Anglais", "fr": "Français", "es": "Espagnol", "de": "Allemand", "it": "Italien",
        "pt": "Portugais", "nl": "Néerlandais", "ru": "Russe", "zh": "Chinois", "ja": "Japonais",
        "ko": "Coréen", "ar": "Arabe", "hi": "Hindi",
    },
    "es": {
        "en": "Inglés", "fr": "Francés", "es": "Español", "de": "Alemán", "it": "Italiano",
        "pt": "Portugués", "nl": "Neerlandés", "ru": "Ruso", "zh": "Chino", "ja": "Japonés",
        "ko": "Coreano", "ar": "Árabe", "hi": "Hindi",
    },
    "de": {
        "en": "Englisch", "fr": "Französisch", "es": "Spanisch", "de": "Deutsch", "it": "Italienisch",
        "pt": "Portugiesisch", "nl": "Niederländisch", "ru": "Russisch", "zh": "Chinesisch",
        "ja": "Japanisch", "ko": "Koreanisch", "ar": "Arabisch", "hi": "Hindi",
    },
    "zh": {
        "en": "英语", "fr": "法语", "es": "西班牙语", "de": "德语", "it": "意大利语", "pt": "葡萄牙语",
        "nl": "荷兰语", "ru": "俄语", "zh": "中文", "ja": "日语", "ko": "韩语", "ar": "阿拉伯语",
        "hi": "印地语",
    },
    "ja": {
        "en": "英語", "fr": "フランス語", "es": "スペイン語", "de": "ドイツ語", "it": "イタリア語",
        "pt": "ポルトガル語", "nl": "オランダ語", "ru": "ロシア語", "zh": "中国語", "ja": "日本語",
        "ko": "韓国語", "ar": "アラビア語", "hi": "ヒンディー語",
    },
    "ar": {
        "en": "الإنجليزية", "fr": "الفرنسية", "es": "الإسبانية", "de": "الألمانية", "it": "الإيطالية",
        "pt": "البرتغالية", "nl": "الهولندية", "ru": "الروسية", "zh": "الصينية", "ja": "اليابانية",
        "ko": "الكورية", "ar": "العربية", "hi": "الهندية",
    },
}  # fmt: skip


def local_name(code: str, interface: str) -> str:
    """`code`'s language named in the `interface` language (English when there is no table for it)."""
    lang = get_language(code)
    return LOCAL_NAMES.get(interface, {}).get(lang.code, lang.name)
