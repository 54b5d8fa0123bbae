# Roundtable on the official Payara Micro image (JDK 17).
#   docker build -t roundtable .
#   docker run -p 8080:8080 --env-file config/roundtable.env roundtable          # MySQL / MariaDB
#   docker run -p 8080:8080 -v roundtable-data:/opt/payara/data roundtable       # embedded demo database

# Build stage: the Maven wrapper and JDK 17; tests run in CI, not in the image build.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
RUN ./mvnw -B -q package -DskipTests

# Run stage: only the WAR and the Payara pre-boot commands; configuration comes from the environment.
FROM payara/micro:6.2025.10-jdk17
COPY --from=build /src/target/roundtable.war /opt/payara/deployments/ROOT.war
COPY config/pre-boot-commands.asadmin /opt/payara/config/pre-boot-commands.asadmin
# The embedded H2 database (demo mode only) lives here; mount a volume to keep it.
USER root
RUN mkdir -p /opt/payara/data /opt/payara/config && chown -R payara:payara /opt/payara/data /opt/payara/config
USER payara
WORKDIR /opt/payara
VOLUME /opt/payara/data
EXPOSE 8080
# Orchestrators: readiness probe GET /health/ready (checks the database), liveness GET /health/live.
CMD ["--deploymentDir", "/opt/payara/deployments", "--nohazelcast", \
     "--prebootcommandfile", "/opt/payara/config/pre-boot-commands.asadmin"]
