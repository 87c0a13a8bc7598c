package org.ddc.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.ddc.analysis.DesignIndex;
import org.ddc.analysis.sizing.HostDesignSizing;
import org.ddc.dsl.load.DesignLoader;
import org.ddc.dsl.load.DesignScope;
import org.ddc.model.HostDesign;
import org.ddc.model.PlatformVersion;
import org.ddc.rules.RuleEngine;
import org.eclipse.xtext.conversion.IValueConverterService;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The starter design of {@code ddc new} and of the Eclipse New ddc Design wizards: one commented file per step of the
 * guide (resources {@code starter/*} of this bundle, the one source of both), with the design's name, an element
 * name prefix made from it, the platform and the sizing policy filled in. With the {@link Settings#DEFAULTS} it
 * validates with no errors and no warnings and every cluster survives its N+k.
 *
 * <p>
 * Get it from the language's injector ({@code injector.getInstance(StarterDesign.class)}): the design name is written
 * with the language's name converter, and the host count is the one the analysis finds for the policy.
 */
public final class StarterDesign {
	/** The file that holds the design header, the one to open first. */
	public static final String MAIN_FILE = "design.ddc";
	/** The files of the starter, in the order of the guide's steps. */
	public static final List<String> FILES = List.of(DesignScope.MARKER, MAIN_FILE, "1-workloads.ddc",
			"2-hosts.ddc", "3-management.ddc", "4-storage.ddc", "5-network.ddc", "6-racks.ddc");
	private static final String HOST_DESIGN = "-HD-01";
	/** Two hosts keep the two instances of the load-balanced workload apart; the reserve comes on top. */
	private static final int HOSTS_BEFORE_RESERVE = 2;
	/** Rounds of asking the analysis for the hosts; each round only raises the count. */
	private static final int SIZING_ROUNDS = 4;

	/** The platform and sizing policy of a new design. */
	public record Settings(String platform, int peakBuffer, int growth, int failoverReserve) {
		/** hyperv-2012-r2, 20 % peak buffer, 25 % growth, N+1: what the starter is written for. */
		public static final Settings DEFAULTS = new Settings(PlatformVersion.HYPERV2012R2.getLiteral(), 20, 25, 1);

		public Settings {
			if (PlatformVersion.get(platform) == null) {
				throw new IllegalArgumentException("unknown platform " + platform);
			}
		}
	}

	@Inject
	private IValueConverterService converters;

	@Inject
	private Provider<DesignLoader> loaders;

	/**
	 * The starter's files (name → text, in {@link #FILES} order) for a design name that {@link DesignName#problem}
	 * accepts.
	 *
	 * @throws IllegalArgumentException for a name that cannot be used
	 */
	public Map<String, String> files(String name, Settings settings) {
		DesignName.problem(name).ifPresent(problem -> {
			throw new IllegalArgumentException(problem);
		});
		String designName = name.strip();
		int hosts = HOSTS_BEFORE_RESERVE + Math.max(0, settings.failoverReserve());
		Map<String, String> files = fill(designName, settings, hosts);
		for (int round = 0; round < SIZING_ROUNDS; round++) {
			int needed = hostsNeeded(files, DesignName.prefix(designName) + HOST_DESIGN);
			if (needed <= hosts) {
				break;
			}
			hosts = needed;
			files = fill(designName, settings, hosts);
		}
		return files;
	}

	/**
	 * The starter as one .ddc file: its .ddc files one after the other, for a design kept in a single file.
	 */
	public String singleFile(String name, Settings settings) {
		StringBuilder text = new StringBuilder();
		files(name, settings).forEach((file, content) -> {
			if (DesignScope.isDesignFile(Path.of(file))) {
				text.append(text.isEmpty() ? "" : "\n").append(content);
			}
		});
		return text.toString();
	}

	private Map<String, String> fill(String name, Settings settings, int hosts) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("name", converters.toString(name, "Name"));
		values.put("title", "Design " + name);
		values.put("P", DesignName.prefix(name));
		values.put("platform", settings.platform());
		values.put("peakBuffer", Integer.toString(settings.peakBuffer()));
		values.put("growth", Integer.toString(settings.growth()));
		values.put("reserve", Integer.toString(settings.failoverReserve()));
		values.put("hosts", Integer.toString(hosts));
		// the hosts alternate between the two racks
		values.put("hostsR1", Integer.toString((hosts + 1) / 2));
		values.put("hostsR2", Integer.toString(hosts / 2));
		Map<String, String> files = new LinkedHashMap<>();
		for (String file : FILES) {
			String text = resource(file);
			for (Map.Entry<String, String> value : values.entrySet()) {
				text = text.replace("{{" + value.getKey() + "}}", value.getValue());
			}
			files.put(file, text);
		}
		return files;
	}

	/** The hosts the analysis finds the host design needs under the starter's policy (0 when it cannot say). */
	private int hostsNeeded(Map<String, String> files, String hostDesign) {
		Map<String, String> texts = new LinkedHashMap<>(files);
		texts.remove(DesignScope.MARKER);
		DesignIndex index = DesignIndex.of(loaders.get().loadText(texts).models());
		HostDesign host = index.all(HostDesign.class).stream().filter(h -> hostDesign.equals(h.getName()))
				.findFirst().orElseThrow(() -> new IllegalStateException("the starter has no host design " + hostDesign));
		HostDesignSizing sizing = RuleEngine.standard().analysis(index).hosts().of(host);
		OptionalInt needed = sizing.quantityNeeded();
		return needed.orElse(0);
	}

	private static String resource(String file) {
		try (InputStream in = StarterDesign.class.getResourceAsStream("/starter/" + file)) {
			if (in == null) {
				throw new IllegalStateException("the starter file " + file + " is missing from org.ddc.templates");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
