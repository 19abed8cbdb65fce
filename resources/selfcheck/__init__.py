"""The self-check questionnaire definitions (data, loaded with availability.resources)."""
