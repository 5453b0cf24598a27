FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_DISABLE_PIP_VERSION_CHECK=1 \
    SCRIBE_CONFIG=/data/scribe.toml SCRIBE_DB=/data/scribe.db MPLCONFIGDIR=/tmp/matplotlib

WORKDIR /app
# Dependencies first, pinned, in their own layer: a change of scribe's code does not reinstall them.
COPY constraints.txt ./
RUN pip install --no-cache-dir -r constraints.txt
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY handlers ./handlers
COPY config ./config
RUN pip install --no-cache-dir --no-deps . \
    && useradd --create-home --uid 10001 scribe \
    && mkdir -p /data && chown scribe:scribe /data

USER scribe
VOLUME ["/data"]
EXPOSE 8088
# Healthy while the bot keeps polling the forum (last successful poll in the store).
HEALTHCHECK --interval=60s --timeout=10s --start-period=120s --retries=3 CMD ["scribe", "health"]
CMD ["scribe", "--log-json", "run"]
