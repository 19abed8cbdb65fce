"""PDFs drawn with QPainter: the supervision report and the client handout."""
