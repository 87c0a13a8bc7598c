package org.ddc.report.write;

import java.io.IOException;

/** The report cannot go into the folder as asked (a file of the user's in the way, a name that is a folder…). */
public class ReportOutputException extends IOException {
	private static final long serialVersionUID = 1L;

	public ReportOutputException(String message) {
		super(message);
	}
}
