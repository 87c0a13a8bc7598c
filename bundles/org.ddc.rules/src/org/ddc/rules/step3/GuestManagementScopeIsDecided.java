package org.ddc.rules.step3;

import java.util.List;

import org.ddc.analysis.Demand;
import org.ddc.analysis.ManagementScope;
import org.ddc.model.DdcPackage;
import org.ddc.model.GuestScope;
import org.ddc.model.ManagementPolicy;
import org.ddc.model.Workload;
import org.ddc.rules.MessageLists;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-3-06: the design decides whether guest VMs are in management scope (Step 3 Task 2, L233); with
 * 'guests-in-scope selected', every in-scope workload says whether it is managed.
 */
public final class GuestManagementScopeIsDecided extends Rule {

	public GuestManagementScopeIsDecided() {
		super("IPD-3-06");
	}

	@Override
	public void check(RuleContext context) {
		ManagementPolicy policy = ManagementScope.of(context.index()).policy();
		if (policy == null || !policy.isSetGuestScope()) {
			String message = "the design does not say whether the management infrastructure manages the hosts only "
					+ "or guest VMs too: add 'guests-in-scope none|selected|all' to its management block "
					+ "(Table A-4 counts depend on it)";
			if (policy != null) {
				context.report(context.design(), DdcPackage.Literals.DESIGN__MANAGEMENT, message);
			} else {
				Management.reportOnDesign(context, message, null);
			}
			return;
		}
		if (policy.getGuestScope() != GuestScope.SELECTED) {
			return;
		}
		List<String> undecided = context.index().all(Workload.class).stream()
				.filter(w -> Demand.inScope(w) && !w.isSetManaged()).map(Workload::getName).toList();
		if (!undecided.isEmpty()) {
			String names = MessageLists.join(undecided, 5);
			context.report(policy, DdcPackage.Literals.MANAGEMENT_POLICY__GUEST_SCOPE, "guests-in-scope is selected "
					+ "but " + undecided.size() + " workload" + (undecided.size() == 1 ? " does" : "s do")
					+ " not say whether " + (undecided.size() == 1 ? "it is" : "they are") + " managed (" + names
					+ "): add 'managed yes' or 'managed no' to each");
		}
	}

	@Override
	public String firingExample() {
		return """
				design D { management { guests-in-scope selected } }
				workload APP-1 { memory 4 GB }
				""";
	}

	@Override
	public String passingExample() {
		return """
				design D { management { guests-in-scope selected } }
				workload APP-1 { memory 4 GB managed yes }
				""";
	}
}
