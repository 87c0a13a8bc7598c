package org.ddc.ui.highlighting;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/** The text attributes of the styles as the user has set them (colour preference page), rebuilt on change. */
public final class Styles {
	private final IPreferenceStore store;
	private final Map<Style, TextAttribute> attributes = new EnumMap<>(Style.class);

	public Styles(IPreferenceStore store) {
		this.store = store;
		refresh();
	}

	/** Reads the styles from the preference store again. */
	public synchronized void refresh() {
		for (Style style : Style.values()) {
			int flags = (store.getBoolean(style.boldKey()) ? SWT.BOLD : SWT.NORMAL)
					| (store.getBoolean(style.italicKey()) ? SWT.ITALIC : SWT.NORMAL);
			attributes.put(style, new TextAttribute(new Color(PreferenceConverter.getColor(store, style.colorKey())),
					null, flags));
		}
	}

	public synchronized TextAttribute get(Style style) {
		return attributes.get(style);
	}

	/** Sets the default look of every style in a preference store. */
	public static void initializeDefaults(IPreferenceStore store) {
		for (Style style : Style.values()) {
			PreferenceConverter.setDefault(store, style.colorKey(), style.defaultColor());
			store.setDefault(style.boldKey(), style.defaultBold());
			store.setDefault(style.italicKey(), style.defaultItalic());
		}
	}
}
