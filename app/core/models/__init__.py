"""Model files: GGUF reading and checks, the memory estimate, the bundled models, the catalog and the
user's list, and facts about the llama.cpp build. Depends on nothing else in the core but the shared
modules.
"""
