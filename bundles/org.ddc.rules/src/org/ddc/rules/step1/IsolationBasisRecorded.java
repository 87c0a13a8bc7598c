package org.ddc.rules.step1;

import org.ddc.model.DdcPackage;
import org.ddc.model.IsolationDomain;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-1-26: isolation comes from corporate policy or government regulation (L99, L138); every isolation domain
 * records that basis, since it may require separate servers.
 */
public final class IsolationBasisRecorded extends Rule {

	public IsolationBasisRecorded() {
		super("IPD-1-26");
	}

	@Override
	public void check(RuleContext context) {
		for (IsolationDomain domain : context.index().all(IsolationDomain.class)) {
			if (domain.getBasis() == null || domain.getBasis().isBlank()) {
				context.report(domain, DdcPackage.Literals.ELEMENT__NAME, "isolation domain " + domain.getName()
						+ " does not record its basis: add 'basis \"…\"' naming the regulation or corporate policy "
						+ "that requires the separation, so that the need for separate servers can be validated");
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				isolation-domain PCI { kind physical }
				""";
	}

	@Override
	public String passingExample() {
		return """
				isolation-domain PCI { kind physical basis "PCI DSS v3.0 requirement 1: segment the cardholder data environment" }
				""";
	}
}
