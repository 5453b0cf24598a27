FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 \
    SCRIBE_CONFIG=/data/scribe.toml SCRIBE_DB=/data/scribe.db

WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY handlers ./handlers
COPY config ./config
RUN pip install --no-cache-dir . \
    && useradd --create-home --uid 10001 scribe \
    && mkdir -p /data && chown scribe:scribe /data

USER scribe
VOLUME ["/data"]
EXPOSE 8088
CMD ["scribe", "--log-json", "run"]
