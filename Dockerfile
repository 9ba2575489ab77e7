# syntax=docker/dockerfile:1
# boxoffice: the API (default command) and the jobs (weekly, ingest, train) in one image.
#   docker build -t boxoffice .
#   docker run -p 8000:8000 -e BOXOFFICE_DB=jdbc:postgresql://... boxoffice
#   docker run --rm -e TMDB_API_KEY -e BOXOFFICE_DB boxoffice weekly

# ---- build: the shaded jar, with XGBoost's and LightGBM's native libraries inside ----
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY src/ src/
# the cache mount keeps ~/.m2 between builds, so a source change does not download every dependency again
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q -DskipTests package \
 && cp target/boxoffice.jar /boxoffice.jar

# ---- runtime: a JRE, OpenMP for the native model libraries, curl for the health check ----
FROM eclipse-temurin:17-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends libgomp1 curl \
 && rm -rf /var/lib/apt/lists/*
# an unprivileged user owning only its home, where the embedded store and reports go when no database is set
RUN groupadd --system boxoffice \
 && useradd --system --gid boxoffice --home-dir /var/lib/boxoffice --create-home --shell /usr/sbin/nologin boxoffice
COPY --from=build /boxoffice.jar /app/boxoffice.jar
ENV BOXOFFICE_HOME=/var/lib/boxoffice \
    MALLOC_ARENA_MAX=2 \
    JAVA_TOOL_OPTIONS="-Djava.awt.headless=true -XX:MaxRAMPercentage=75 -XX:+UseParallelGC"
USER boxoffice
WORKDIR /var/lib/boxoffice
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS http://127.0.0.1:8000/health || exit 1
# the arguments are the CMD, so "docker run boxoffice weekly" runs a job in the same image
ENTRYPOINT ["java", "-jar", "/app/boxoffice.jar"]
CMD ["serve", "--host", "0.0.0.0", "--port", "8000"]
