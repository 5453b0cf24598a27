"""The capabilities, one package each. Each package owns a `router` that declares what it
reacts to, its commands, schedules, settings section and one-shot commands; `bot/app.py`
composes them. A feature writes only its own memory and reads another feature's only
through that feature's read functions."""
