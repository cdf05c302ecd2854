"""Typed translation in the window: the engine bridge, the translation view and the latency panel."""
