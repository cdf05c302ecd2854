"""`parley bench`: typed and spoken latency and throughput against bare baselines, and chrF on a
sentence set. May use everything else in the core.
"""
