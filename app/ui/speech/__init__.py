"""Speech in the window: the speech bridge, the listening controls, the level meter and the transcript."""
