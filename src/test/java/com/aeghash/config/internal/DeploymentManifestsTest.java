package com.aeghash.config.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.yaml.snakeyaml.Yaml;

/**
 * The deployment files in {@code deploy/} checked against the service they deploy, since no cluster or container
 * runtime is available to the build: the manifests' shape (kinds, versions, names), that every variable the prod
 * profile requires comes from the Secret, the probes on the actuator's probe groups, a shutdown that fits in the
 * grace period, a non-root user matching the image's, and a compose stack of two instances behind a proxy.
 */
class DeploymentManifestsTest {

    private static final Path DEPLOY = Path.of("deploy");
    private static final Map<String, String> API_VERSIONS = Map.of(
            "Deployment", "apps/v1",
            "Service", "v1",
            "PodDisruptionBudget", "policy/v1",
            "Secret", "v1",
            "Kustomization", "kustomize.config.k8s.io/v1beta1");
    private static final Pattern MISSING = Pattern.compile("^([A-Z][A-Z0-9_]+) is missing");

    @Test
    void everyManifestNamesAKnownKindWithItsApiVersionAndAName() throws IOException {
        try (var files = Files.list(DEPLOY.resolve("k8s"))) {
            for (Path file : files.toList()) {
                Map<String, Object> manifest = yaml(file);
                String kind = (String) manifest.get("kind");
                assertThat(API_VERSIONS).as("%s: kind %s", file, kind).containsKey(kind);
                assertThat(manifest.get("apiVersion")).as("%s", file).isEqualTo(API_VERSIONS.get(kind));
                if (!"Kustomization".equals(kind)) {
                    assertThat(map(manifest, "metadata").get("name"))
                            .as("%s", file)
                            .isEqualTo("aeghash");
                }
            }
        }
        assertThat(list(yaml(DEPLOY.resolve("k8s/kustomization.yaml")), "resources"))
                .containsExactlyInAnyOrder("deployment.yaml", "service.yaml", "pdb.yaml");
    }

    @Test
    void everyVariableTheProdProfileRequiresComesFromTheSecretThatListsIt() throws IOException {
        Map<String, Map<String, Object>> environment = containerEnvironment();
        Set<String> secretKeys = map(yaml(DEPLOY.resolve("k8s/secret.example.yaml")), "stringData")
                .keySet();

        assertThat(requiredInProduction()).isNotEmpty().allSatisfy(name -> {
            assertThat(environment).as("the Deployment sets %s", name).containsKey(name);
            Map<String, Object> secretRef = map(map(environment.get(name), "valueFrom"), "secretKeyRef");
            assertThat(secretRef.get("optional")).as("%s is required", name).isNotEqualTo(true);
        });
        environment.values().stream()
                .filter(variable -> variable.containsKey("valueFrom"))
                .map(variable -> map(map(variable, "valueFrom"), "secretKeyRef"))
                .forEach(reference -> {
                    assertThat(reference.get("name")).isEqualTo("aeghash");
                    assertThat(secretKeys).contains((String) reference.get("key"));
                });
        assertThat(environment.get("SPRING_PROFILES_ACTIVE").get("value")).isEqualTo("prod");
    }

    @Test
    void probesUseTheActuatorProbeGroupsWhichTheServiceEnables() throws IOException {
        Map<String, Object> container = container();
        Map<String, Object> management = map(yaml(Path.of("src/main/resources/application.yml")), "management");

        assertThat(map(map(map(management, "endpoint"), "health"), "probes").get("enabled"))
                .isEqualTo(true);
        assertThat(probePath(container, "livenessProbe")).isEqualTo("/actuator/health/liveness");
        assertThat(probePath(container, "startupProbe")).isEqualTo("/actuator/health/liveness");
        assertThat(probePath(container, "readinessProbe")).isEqualTo("/actuator/health/readiness");
        assertThat(list(container, "ports"))
                .anySatisfy(port -> assertThat(cast(port)).containsEntry("containerPort", 8080));
    }

    @Test
    void aStoppingInstanceDrainsAndShutsDownGracefullyWithinTheGracePeriod() throws IOException {
        Map<String, Object> server = map(yaml(Path.of("src/main/resources/application.yml")), "server");
        Map<String, Object> pod = podSpec();
        int preStopSeconds = (Integer)
                map(map(map(container(), "lifecycle"), "preStop"), "sleep").get("seconds");
        Duration shutdownPhase = DurationStyle.detectAndParse("30s");

        assertThat(server.get("shutdown")).isEqualTo("graceful");
        assertThat(preStopSeconds)
                .as("endpoints removed before the server stops")
                .isPositive();
        assertThat(Duration.ofSeconds((Integer) pod.get("terminationGracePeriodSeconds")))
                .isGreaterThan(shutdownPhase.plusSeconds(preStopSeconds));
    }

    @Test
    void twoInstancesRunAsTheImagesNonRootUserWithLimitsAndNeverAllAtOnceDisrupted() throws IOException {
        Map<String, Object> deployment = yaml(DEPLOY.resolve("k8s/deployment.yaml"));
        Map<String, Object> spec = map(deployment, "spec");
        Map<String, Object> security = map(podSpec(), "securityContext");
        Map<String, Object> labels = map(map(map(spec, "template"), "metadata"), "labels");
        Map<String, Object> budget = map(yaml(DEPLOY.resolve("k8s/pdb.yaml")), "spec");
        Map<String, Object> service = map(yaml(DEPLOY.resolve("k8s/service.yaml")), "spec");
        Matcher imageUser = Pattern.compile("<user>(\\d+):(\\d+)</user>").matcher(Files.readString(Path.of("pom.xml")));

        assertThat((Integer) spec.get("replicas")).isGreaterThanOrEqualTo(2);
        assertThat(map(map(spec, "strategy"), "rollingUpdate").get("maxUnavailable"))
                .isEqualTo(0);
        assertThat(imageUser.find()).as("the image's user in pom.xml").isTrue();
        assertThat(security)
                .containsEntry("runAsNonRoot", true)
                .containsEntry("runAsUser", Integer.parseInt(imageUser.group(1)))
                .containsEntry("runAsGroup", Integer.parseInt(imageUser.group(2)));
        assertThat(map(map(container(), "resources"), "limits")).containsKeys("cpu", "memory");
        assertThat(map(map(container(), "resources"), "requests")).containsKeys("cpu", "memory");
        assertThat(map(container(), "securityContext")).containsEntry("allowPrivilegeEscalation", false);
        assertThat(budget.get("minAvailable")).isEqualTo(1);
        assertThat(map(budget, "selector").get("matchLabels")).isEqualTo(labels);
        assertThat(service.get("selector")).isEqualTo(labels);
    }

    @Test
    void theComposeStackRunsTwoInstancesOnOnePostgresBehindAProxy() throws IOException {
        Map<String, Object> services = map(yaml(DEPLOY.resolve("compose.yaml")), "services");
        Map<String, Object> app = map(services, "app");
        Map<String, Object> appEnvironment = map(app, "environment");
        String proxyConfiguration = Files.readString(DEPLOY.resolve("proxy/nginx.conf"));

        assertThat(services).containsOnlyKeys("postgres", "app", "proxy");
        assertThat(map(app, "deploy").get("replicas")).isEqualTo(2);
        assertThat(map(map(app, "depends_on"), "postgres").get("condition")).isEqualTo("service_healthy");
        assertThat(map(app, "healthcheck")).containsKey("test");
        assertThat((String) appEnvironment.get("DATABASE_URL")).startsWith("jdbc:postgresql://postgres:5432/");
        assertThat(Base64.getDecoder().decode((String) appEnvironment.get("AEGHASH_ENCRYPTION_KEY")))
                .as("one encryption key shared by the instances")
                .hasSize(32);
        assertThat(list(map(services, "proxy"), "ports")).containsExactly("8080:8080");
        assertThat(proxyConfiguration).contains("server app:8080").contains("proxy_pass http://aeghash;");
    }

    /** The variables whose absence the prod check reports on an empty environment. */
    private static List<String> requiredInProduction() {
        StandardEnvironment empty = new StandardEnvironment();
        MutablePropertySources sources = empty.getPropertySources();
        new ArrayList<>(sources.stream().map(source -> source.getName()).toList()).forEach(sources::remove);
        return ProductionReadinessCheck.problemsOf(empty).stream()
                .map(MISSING::matcher)
                .filter(Matcher::find)
                .map(matcher -> matcher.group(1))
                .toList();
    }

    private static Map<String, Map<String, Object>> containerEnvironment() throws IOException {
        return list(container(), "env").stream()
                .map(variable -> cast(variable))
                .collect(Collectors.toMap(
                        variable -> (String) variable.get("name"),
                        variable -> variable,
                        (first, second) -> first,
                        LinkedHashMap::new));
    }

    private static String probePath(Map<String, Object> container, String probe) {
        return (String) map(map(container, probe), "httpGet").get("path");
    }

    private static Map<String, Object> podSpec() throws IOException {
        return map(map(map(yaml(DEPLOY.resolve("k8s/deployment.yaml")), "spec"), "template"), "spec");
    }

    private static Map<String, Object> container() throws IOException {
        List<Object> containers = list(podSpec(), "containers");
        assertThat(containers).hasSize(1);
        return cast(containers.get(0));
    }

    private static Map<String, Object> yaml(Path file) throws IOException {
        return new Yaml().load(Files.readString(file));
    }

    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object child = parent == null ? null : parent.get(key);
        return child == null ? null : cast(child);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Map<String, Object> parent, String key) {
        return (List<Object>) parent.get(key);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object value) {
        return (Map<String, Object>) value;
    }
}
