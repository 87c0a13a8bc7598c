package org.ddc.model.units;

/** The physical dimension of a {@link Quantity}, with the wording used in error messages. */
public enum Dimension {
	DATA_SIZE("data size", "4 GB"),
	DATA_RATE("data rate", "10 Gbps"),
	FREQUENCY("clock frequency", "2.6 GHz"),
	POWER("power", "750 W"),
	PERCENTAGE("percentage", "20 %"),
	DURATION("duration", "4 h"),
	IO_RATE("I/O rate", "750 IOPS"),
	RACK_SPACE("rack space", "2 U");

	private final String label;
	private final String example;

	Dimension(String label, String example) {
		this.label = label;
		this.example = example;
	}

	/** Human wording, e.g. "data size". */
	public String label() {
		return label;
	}

	/** The label with its indefinite article: "a data size", "an I/O rate". */
	public String withArticle() {
		return ("AEIOUaeiou".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
	}

	/** An example literal, e.g. "4 GB". */
	public String example() {
		return example;
	}
}
