"""Conversation → Voices…: which voice reads each conversation language aloud."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.languages import EXAMPLES, local_name
from app.core.settings import Settings
from app.ui.conversation.spoken_output import SpokenOutput
from app.ui.i18n import TRANSLATORS, base_code


class VoicesDialog(QDialog):
    def __init__(self, settings: Settings, spoken: SpokenOutput, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Voices"))
        self.settings = settings
        self.spoken = spoken
        self.boxes: dict[str, QComboBox] = {}
        chosen = settings.chosen_voices()
        form = QFormLayout()
        for code in dict.fromkeys((settings.source_lang, settings.target_lang)):
            box = QComboBox()
            voices = [v.name() for v in spoken.voices(code)]
            if voices:
                box.addItem(self.tr("Automatic ({voice})").format(voice=voices[0]), "")
                for name in voices:
                    box.addItem(name, name)
                box.setCurrentIndex(max(0, box.findData(chosen.get(code, ""))))
            else:
                box.addItem(self.tr("No voice on this computer speaks it"), "")
                box.setEnabled(False)
            test = QPushButton(self.tr("Listen"))
            test.setEnabled(bool(voices))
            test.clicked.connect(lambda _=False, c=code, b=box: self.try_voice(c, str(b.currentData())))
            row = QHBoxLayout()
            row.addWidget(box, 1)
            row.addWidget(test)
            form.addRow(local_name(code, base_code(TRANSLATORS.language)), row)
            self.boxes[code] = box
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Translations are read aloud in the voice chosen for their language."))
        )
        layout.addLayout(form)
        layout.addWidget(buttons)

    def try_voice(self, language: str, voice: str) -> None:
        self.spoken.say(EXAMPLES[language][0], language, voice)

    @Slot()
    def save(self) -> None:
        for code, box in self.boxes.items():
            self.settings.set_voice(code, str(box.currentData()))
        self.accept()
