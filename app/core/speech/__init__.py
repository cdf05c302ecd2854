"""Speech: audio sources, voice activity, Whisper, the streaming recogniser, and the service that
translates what it hears. Depends on translation/ and models/.
"""
