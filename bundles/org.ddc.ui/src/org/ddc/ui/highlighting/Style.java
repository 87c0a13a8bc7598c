package org.ddc.ui.highlighting;

import org.eclipse.swt.graphics.RGB;

/**
 * The text styles of the .ddc editor, each with its preference keys and default look. Lexical styles come from the
 * language's own lexer; the semantic ones (declarations, references, unresolved names) from the parsed model.
 */
public enum Style {
	KEYWORD("Keywords", new RGB(127, 0, 85), true, false),
	VALUE("Enumeration values (yes, hyperv-2012-r2, raid-10 …)", new RGB(0, 102, 153), false, false),
	NUMBER("Numbers", new RGB(9, 134, 88), false, false),
	UNIT("Units (GB, Gbps, % …)", new RGB(9, 134, 88), false, true),
	STRING("Strings", new RGB(42, 0, 255), false, false),
	COMMENT("Comments", new RGB(63, 127, 95), false, false),
	SUPPRESSION("Suppression comments", new RGB(160, 90, 0), false, true),
	DECLARATION("Declared names", new RGB(0, 0, 0), true, false),
	REFERENCE("References to names", new RGB(0, 0, 192), false, false),
	UNRESOLVED("Unresolved names", new RGB(200, 0, 0), false, true);

	private final String label;
	private final RGB color;
	private final boolean bold;
	private final boolean italic;

	Style(String label, RGB color, boolean bold, boolean italic) {
		this.label = label;
		this.color = color;
		this.bold = bold;
		this.italic = italic;
	}

	public String label() {
		return label;
	}

	public RGB defaultColor() {
		return color;
	}

	public boolean defaultBold() {
		return bold;
	}

	public boolean defaultItalic() {
		return italic;
	}

	public String colorKey() {
		return "ddc.style." + name().toLowerCase() + ".color";
	}

	public String boldKey() {
		return "ddc.style." + name().toLowerCase() + ".bold";
	}

	public String italicKey() {
		return "ddc.style." + name().toLowerCase() + ".italic";
	}

	/** Whether a preference key belongs to a style. */
	public static boolean isStyleKey(String key) {
		return key != null && key.startsWith("ddc.style.");
	}
}
