package org.ddc.ui.preferences;

import org.ddc.model.PlatformVersion;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Preferences → ddc: what a new design starts with (platform version and sizing policy). */
public class DdcRootPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {
	public static final String ID = "org.ddc.ui.preferences.root";

	public DdcRootPreferencePage() {
		super(GRID);
		setPreferenceStore(NewDesignPreferences.store());
		setDescription("New ddc designs (File → New → ddc) start with this platform and sizing policy; each design "
				+ "keeps its own values in its header afterwards.");
	}

	@Override
	public void init(IWorkbench workbench) {
	}

	@Override
	protected void createFieldEditors() {
		String[][] platforms = PlatformVersion.VALUES.stream()
				.map(version -> new String[] { version.getLiteral(), version.getLiteral() }).toArray(String[][]::new);
		addField(new ComboFieldEditor(NewDesignPreferences.PLATFORM, "Default &platform version:", platforms,
				getFieldEditorParent()));
		addField(range(NewDesignPreferences.PEAK_BUFFER, "&Peak buffer (%):", 1, 100));
		addField(range(NewDesignPreferences.GROWTH, "&Growth (%):", 1, 1000));
		addField(range(NewDesignPreferences.FAILOVER_RESERVE, "&Failover reserve (N+k), k:", 0, 8));
	}

	private IntegerFieldEditor range(String key, String label, int min, int max) {
		IntegerFieldEditor editor = new IntegerFieldEditor(key, label, getFieldEditorParent());
		editor.setValidRange(min, max);
		return editor;
	}
}
