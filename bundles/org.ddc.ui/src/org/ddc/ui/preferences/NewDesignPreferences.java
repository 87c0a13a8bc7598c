package org.ddc.ui.preferences;

import org.ddc.model.PlatformVersion;
import org.ddc.templates.StarterDesign;
import org.ddc.ui.DdcUiPlugin;
import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.jface.preference.IPreferenceStore;

/**
 * Preferences for new designs (Preferences → ddc): the platform version and the sizing policy the New ddc Design
 * wizards write into a starter design.
 */
public class NewDesignPreferences extends AbstractPreferenceInitializer {
	public static final String PLATFORM = "newDesign.platform";
	public static final String PEAK_BUFFER = "newDesign.peakBuffer";
	public static final String GROWTH = "newDesign.growth";
	public static final String FAILOVER_RESERVE = "newDesign.failoverReserve";

	@Override
	public void initializeDefaultPreferences() {
		IPreferenceStore store = store();
		StarterDesign.Settings defaults = StarterDesign.Settings.DEFAULTS;
		store.setDefault(PLATFORM, defaults.platform());
		store.setDefault(PEAK_BUFFER, defaults.peakBuffer());
		store.setDefault(GROWTH, defaults.growth());
		store.setDefault(FAILOVER_RESERVE, defaults.failoverReserve());
	}

	/** The settings for a new design, as the preferences hold them now. */
	public static StarterDesign.Settings current() {
		IPreferenceStore store = store();
		String platform = store.getString(PLATFORM);
		if (PlatformVersion.get(platform) == null) {
			platform = StarterDesign.Settings.DEFAULTS.platform();
		}
		return new StarterDesign.Settings(platform, store.getInt(PEAK_BUFFER), store.getInt(GROWTH), store.getInt(FAILOVER_RESERVE));
	}

	static IPreferenceStore store() {
		return DdcUiPlugin.getDefault().getPreferenceStore();
	}
}
