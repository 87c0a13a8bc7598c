package org.ddc.ui.preferences;

import org.ddc.ui.DdcUiPlugin;
import org.ddc.ui.editor.DdcEditor;
import org.ddc.ui.highlighting.Styles;
import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.swt.graphics.RGB;

/** Default values of ddc's preferences. */
public class DdcPreferences extends AbstractPreferenceInitializer {
	@Override
	public void initializeDefaultPreferences() {
		IPreferenceStore store = DdcUiPlugin.getDefault().getPreferenceStore();
		Styles.initializeDefaults(store);
		store.setDefault(DdcEditor.MATCHING_BRACKETS, true);
		PreferenceConverter.setDefault(store, DdcEditor.MATCHING_BRACKETS_COLOR, new RGB(150, 150, 150));
	}
}
