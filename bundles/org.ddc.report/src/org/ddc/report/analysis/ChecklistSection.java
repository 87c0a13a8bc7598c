package org.ddc.report.analysis;

import java.util.List;

import org.ddc.report.model.Checklist;
import org.ddc.report.model.Checklist.Item;
import org.ddc.report.model.Paragraph;
import org.ddc.report.model.Section;

/**
 * The guide's business-validation questions (domain reference D.18), which people answer, not ddc: each as the guide
 * asks it, with the step, task and line. Then the optional additions the guide recommends that a design does not
 * record.
 */
final class ChecklistSection {
	private static final String GUIDE = "Dynamic Datacenter guide, ";

	private ChecklistSection() {
	}

	static Section section() {
		Checklist questions = new Checklist("Business validation questions", List.of(
				item("Is the list of applications complete?", "Step 1, Task 1", 105),
				item("Are there applications on the list that should not be virtualized?", "Step 1, Task 1", 106),
				item("What is the timeline for moving to a Dynamic Datacenter?", "Step 1, Task 3", 135),
				item("What is the risk tolerance of the business for the chosen fault-tolerance approach?",
						"Step 1, Task 3", 136),
				item("Are there applications on the list that are already in virtual machines? If so, confirm that they "
						+ "are able to be moved over to the Dynamic Datacenter.", "Step 1, Task 3", 137),
				item("Are there isolation requirements for the Dynamic Datacenter?", "Step 1, Task 3", 138),
				item("Does the design accommodate all the supported user-access scenarios?", "Step 2, Task 3", 190),
				item("Does the network infrastructure meet security and regulatory compliance requirements?",
						"Step 2, Task 3", 191),
				item("Do the existing services provide all the required functionality efficiently?", "Step 3, Task 1",
						224),
				item("Do the existing services include the level of fault tolerance and resiliency that will be needed "
						+ "by the Dynamic Datacenter?", "Step 3, Task 1", 225),
				item("How much external influence does the organization want on this new environment? Will the Dynamic "
						+ "Datacenter be managed by a separate team instead of the traditional IT organization?",
						"Step 3, Task 1", 226),
				item("Is the organization satisfied with the current business processes and service management in "
						+ "place, or do they wish to restructure the IT systems?", "Step 3, Task 1", 227),
				item("Is a separate environment needed for business or regulatory reasons?", "Step 3, Task 1", 228),
				item("Has the chosen backup design been validated by the business?", "Step 4, Task 4", 448),
				item("Are all critical areas of the application infrastructure protected?", "Step 5", 503)));
		Checklist additions = new Checklist("Optional additions the guide recommends", List.of(
				new Item("Will Configuration Manager be extended with the System Center Configuration Manager 2007 "
						+ "Dashboard?", GUIDE + "Step 3, Task 5 (L294–L295)"),
				new Item("Will Configuration Manager be extended with the Security Compliance Management Toolkit "
						+ "Series?", GUIDE + "Step 3, Task 5 (L294, L296)")));
		return new Section("checklist", "Business validation checklist", List.of(
				new Paragraph("Questions for the business stakeholders, as the guide asks them at the end of its steps; "
						+ "ddc cannot answer them from the design."),
				questions, additions));
	}

	private static Item item(String question, String where, int line) {
		return new Item(question, GUIDE + where + " (L" + line + ")");
	}
}
