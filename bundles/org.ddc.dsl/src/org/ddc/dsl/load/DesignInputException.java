package org.ddc.dsl.load;

/** A path given by the user cannot be used: missing, unreadable, or not a .ddc file. */
public class DesignInputException extends Exception {
	private static final long serialVersionUID = 1L;

	public DesignInputException(String message) {
		super(message);
	}
}
