"""What every room of the UI may use: the services object, icons, labels, the display check."""
