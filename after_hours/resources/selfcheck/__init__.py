"""The self-check questionnaire definitions (data, loaded with after_hours.availability.resources)."""
