package org.ddc.report.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ddc.analysis.Quantities;
import org.ddc.dsl.validation.Finding;
import org.ddc.report.model.Block;
import org.ddc.report.model.Cell;
import org.ddc.report.model.Paragraph;
import org.ddc.report.model.Row;
import org.ddc.report.model.Section;
import org.ddc.report.model.Table;
import org.ddc.rules.Catalog;
import org.ddc.rules.RuleGroups;
import org.ddc.rules.RuleInfo;
import org.ddc.rules.Severity;

/**
 * The findings of the design grouped as the rules are documented ({@link RuleGroups}): the guide's introduction and
 * five steps, then scale limits, racks and power, single points of failure, and the model-integrity checks. Each with
 * its severity, file and line, message and the guide citation of its rule; errors first within a group. Suppressed
 * findings are listed apart with their reason.
 */
final class FindingsSection {
	private static final String OTHER = "other";
	private static final List<String> COLUMNS = List.of("Severity", "Rule", "Where", "Message", "Citation");

	private FindingsSection() {
	}

	static Section section(List<Finding> findings) {
		Map<String, List<Finding>> byGroup = new LinkedHashMap<>();
		RuleGroups.prefixes().forEach(prefix -> byGroup.put(prefix, new ArrayList<>()));
		byGroup.put(OTHER, new ArrayList<>());
		List<Finding> suppressed = new ArrayList<>();
		for (Finding finding : sorted(findings)) {
			if (finding.suppressed()) {
				suppressed.add(finding);
			} else {
				String prefix = RuleGroups.prefixOf(finding.code());
				byGroup.get(prefix == null ? OTHER : prefix).add(finding);
			}
		}
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Paragraph(summary(findings)));
		for (Map.Entry<String, List<Finding>> group : byGroup.entrySet()) {
			if (group.getValue().isEmpty()) {
				continue;
			}
			List<Row> rows = group.getValue().stream().map(FindingsSection::row).toList();
			blocks.add(new Table("findings-" + group.getKey().toLowerCase(java.util.Locale.ROOT),
					RuleGroups.title(group.getKey()), "ddc validate: the rules of this group, with the guide's "
							+ "citation of each", COLUMNS, null, rows, List.of()));
		}
		if (!suppressed.isEmpty()) {
			List<Row> rows = new ArrayList<>();
			for (Finding finding : suppressed) {
				rows.add(new Row(List.of(Cell.text(finding.severity().label()), Cell.text(finding.code()),
						Cell.text(where(finding)), Cell.text(finding.message()), Cell.text(finding.suppression())),
						Row.Kind.DERIVED, null));
			}
			blocks.add(new Table("findings-suppressed", "Suppressed findings", "suppression comments in the design",
					List.of("Severity", "Rule", "Where", "Message", "Reason"), null, rows, List.of()));
		}
		return new Section("findings", "Findings by guide step", blocks);
	}

	/** Errors, then warnings, then infos; within a severity in file order. */
	private static List<Finding> sorted(List<Finding> findings) {
		return findings.stream().sorted(Comparator.comparing(Finding::severity).thenComparing(Finding.ORDER)).toList();
	}

	private static Row row(Finding finding) {
		RuleInfo info = Catalog.load().get(finding.code());
		Cell rule = Cell.text(info == null ? finding.code() : finding.code() + " — " + info.title());
		Cell citation = info == null ? Cell.empty("a check of the design language, not a rule of the guide")
				: Cell.text(citation(info));
		return new Row(List.of(Cell.text(finding.severity().label()), rule, Cell.text(where(finding)),
				Cell.text(finding.message()), citation), Row.Kind.DERIVED, null);
	}

	/** "seed 000 L115: “This option requires …”". */
	static String citation(RuleInfo info) {
		String quote = info.citation().quote();
		return info.citation().reference() + (quote == null || quote.isBlank() ? "" : ": \u201c" + quote + "\u201d");
	}

	/** "examples/contoso/contoso.ddc:29:36". */
	private static String where(Finding finding) {
		return finding.file() + ":" + finding.line() + ":" + finding.column();
	}

	private static String summary(List<Finding> findings) {
		long errors = count(findings, Severity.ERROR);
		long warnings = count(findings, Severity.WARNING);
		long infos = count(findings, Severity.INFO);
		long suppressed = findings.stream().filter(Finding::suppressed).count();
		return Quantities.count(errors, "error") + ", " + Quantities.count(warnings, "warning") + ", "
				+ Quantities.count(infos, "info") + (suppressed > 0 ? "; " + suppressed + " suppressed" : "")
				+ ". Findings are grouped by the guide's step; the citation is the guide line the rule comes from.";
	}

	private static long count(List<Finding> findings, Severity severity) {
		return findings.stream().filter(f -> !f.suppressed() && f.severity() == severity).count();
	}
}
