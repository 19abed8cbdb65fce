"""Weekly burnout indicators, the personal baseline and the risk level with its reasons."""
