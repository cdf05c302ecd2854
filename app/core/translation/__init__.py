"""Translation: the engine and its backends, prompts and presets, chat templates, output cleaning,
sentence segmentation and the glossary. Depends on models/.
"""
