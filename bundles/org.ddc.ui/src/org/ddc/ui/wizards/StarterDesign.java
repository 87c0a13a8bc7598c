package org.ddc.ui.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.ddc.ui.DdcUiPlugin;
import org.ddc.ui.preferences.NewDesignPreferences;
import org.eclipse.xtext.conversion.IValueConverterService;

/**
 * The text of a new design: a complete, commented example (templates/starter.ddc) that validates without errors,
 * with the design's name, platform and sizing policy filled in.
 */
public final class StarterDesign {
	private static final String RESOURCE = "templates/starter.ddc";

	private StarterDesign() {
	}

	/** The starter for a design name with the settings given. */
	public static String text(String designName, NewDesignPreferences.Settings settings) {
		int reserve = settings.failoverReserve();
		return template().replace("{{name}}", name(designName))
				.replace("{{platform}}", settings.platform())
				.replace("{{peakBuffer}}", Integer.toString(settings.peakBuffer()))
				.replace("{{growth}}", Integer.toString(settings.growth()))
				.replace("{{reserve}}", Integer.toString(reserve))
				// one host for the load and the reserve on top, at least a pair
				.replace("{{hosts}}", Integer.toString(Math.max(2, 1 + reserve)));
	}

	/** The name as the language writes it: an identifier, or a quoted string when it is not one. */
	static String name(String designName) {
		IValueConverterService converters = DdcUiPlugin.getDefault().injector()
				.getInstance(IValueConverterService.class);
		return converters.toString(designName.isBlank() ? "Design" : designName.strip(), "Name");
	}

	private static String template() {
		java.net.URL entry = DdcUiPlugin.getDefault().getBundle().getEntry(RESOURCE);
		try (InputStream in = entry != null ? entry.openStream() : null) {
			if (in != null) {
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
		} catch (IOException e) {
			DdcUiPlugin.log("could not read the starter design", e);
		}
		return "design {{name}} {\n\tplatform {{platform}}\n}\n";
	}
}
