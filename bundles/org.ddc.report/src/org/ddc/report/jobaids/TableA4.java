package org.ddc.report.jobaids;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ddc.analysis.DesignAnalysis;
import org.ddc.analysis.ManagementScope;
import org.ddc.analysis.ManagementScope.Part;
import org.ddc.analysis.ManagementScope.Served;
import org.ddc.analysis.ManagementScope.Service;
import org.ddc.model.GuestScope;
import org.ddc.model.ManagementRole;
import org.ddc.model.VmmInstance;
import org.ddc.report.Cells;
import org.ddc.report.model.Cell;
import org.ddc.report.model.Row;
import org.ddc.report.model.Section;
import org.ddc.report.model.Table;

/**
 * Table A-4. Number of computers being served by each service (guide L734): the guide's nine rows, derived as its
 * Step 2 and Step 3 lifecycle fills them ({@link ManagementScope#served}), each with what its count is made of as
 * detail rows, the split into domain controllers, member servers and workstations the Operations Manager guide asks
 * for (L331), and the servers of the roles Step 3 Task 5 asks to record (L317).
 */
final class TableA4 {
	static final String OPSMGR = "Monitored by OpsMgr";

	private TableA4() {
	}

	static Section section(DesignAnalysis analysis) {
		ManagementScope scope = ManagementScope.of(analysis.index());
		List<Row> rows = new ArrayList<>();
		for (Served served : scope.served(analysis.hosts())) {
			rows.add(new Row(List.of(Cell.text(label(served.service())), Cells.count(served.total())), Row.Kind.GUIDE,
					null));
			for (Map.Entry<Part, Integer> part : served.parts().entrySet()) {
				rows.add(detail(part(part.getKey(), served.service()), part.getValue()));
			}
			if (served.service() == Service.OPSMGR) {
				rows.add(detail("for the Operations Manager guide (L331): domain controllers",
						served.domainControllers()));
				rows.add(detail("for the Operations Manager guide (L331): member servers", served.memberServers()));
				rows.add(detail("for the Operations Manager guide (L331): workstations", served.workstations()));
			}
			for (VmmInstance vmm : analysis.index().all(VmmInstance.class)) {
				if (served.service() == Service.VMM_HOSTS) {
					rows.add(detail("managed by VMM instance " + Cells.name(vmm), scope.hostsManagedBy(vmm)));
				} else if (served.service() == Service.VMM_VIRTUAL_MACHINES) {
					rows.add(detail("managed by VMM instance " + Cells.name(vmm),
							scope.vmsManagedBy(vmm, analysis.hosts())));
				}
			}
		}
		rows.add(derived("Servers running Configuration Manager", scope.serversWithRole(ManagementRole.CONFIG_MGR)));
		rows.add(derived("Servers running MDT", scope.serversWithRole(ManagementRole.MDT)));
		rows.add(derived("Servers running OVMST", scope.serversWithRole(ManagementRole.OVMST)));
		List<String> notes = new ArrayList<>();
		notes.add("Row labels are the guide's, verbatim (L738–L762). The guide gives no sample values; ddc derives each "
				+ "count as the guide's lifecycle fills the table: every row starts from the physical hosts (Step 2 "
				+ "Task 2, L168) except \"Virtual machines managed by VMM\", which is every VM in the datacenter, \"not "
				+ "hosts\"; the guest VMs brought into management scope are added (Step 3 Task 2, L233); the management "
				+ "servers are added to the scopes they join, each counted once whatever its roles (L250, L264, L317, "
				+ "L332), and the physical ones to hardware management (L345).");
		notes.add("Guest VMs in management scope: " + guestScope(scope.guestScope()) + ".");
		notes.add("\"Serviced by OVMST\" keeps the guide's start value, the physical hosts (L168); the tool services "
				+ "offline VMs in the VMM library (L305), which the design does not list.");
		notes.add("No Total row: the same computer is counted in several rows.");
		notes.add("The last rows are the servers Step 3 Task 5 asks to record (L317), each counted once.");
		Table table = new Table("A-4", "Table A-4. Number of computers being served by each service",
				"Dynamic Datacenter guide, Appendix A, Table A-4 (L733–L763); filled in Step 2, Task 2 and Step 3",
				List.of("Type of service", "Quantity included"), null, rows, notes);
		return new Section("a-4", "Table A-4. Number of computers being served by each service", List.of(table));
	}

	private static Row detail(String label, int count) {
		return new Row(List.of(Cell.text(label), Cells.count(count)), Row.Kind.DETAIL, null);
	}

	private static Row derived(String label, int count) {
		return new Row(List.of(Cell.text(label), Cells.count(count)), Row.Kind.DERIVED, null);
	}

	/** The guide's row labels (L738–L762). */
	static String label(Service service) {
		return switch (service) {
		case DOMAIN_AUTHENTICATION -> "Authenticating to the domain controllers";
		case DNS -> "Querying DNS";
		case VMM_HOSTS -> "Hosts managed by VMM";
		case VMM_VIRTUAL_MACHINES -> "Virtual machines managed by VMM";
		case CONFIGMGR -> "Managed by ConfigMgr";
		case MDT -> "Managed by MDT";
		case OVMST -> "Serviced by OVMST";
		case OPSMGR -> OPSMGR;
		case HARDWARE_MANAGEMENT -> "Monitored by hardware management";
		};
	}

	private static String part(Part part, Service service) {
		boolean physical = service == Service.HARDWARE_MANAGEMENT;
		return switch (part) {
		case HOSTS -> "physical virtualization hosts (Table A-3)";
		case SERVER_GUESTS -> "server guest VMs in management scope";
		case DESKTOP_GUESTS -> "VDI desktop guest VMs in management scope";
		case DOMAIN_CONTROLLERS -> physical ? "physical domain controllers" : "domain controllers";
		case MANAGEMENT_SERVERS -> physical ? "other physical management servers" : "other management servers";
		case SERVER_VMS -> "server workload VMs";
		case DESKTOP_VMS -> "VDI desktop VMs";
		case MANAGEMENT_VMS -> "management servers running as VMs in the datacenter";
		};
	}

	private static String guestScope(GuestScope scope) {
		return switch (scope) {
		case ALL -> "all (the design's 'guests-in-scope all')";
		case SELECTED -> "the workloads marked 'managed yes' ('guests-in-scope selected')";
		case NONE -> "none (the design does not bring guests into scope: hosts only, L168)";
		};
	}
}
