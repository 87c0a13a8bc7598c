package org.ddc.rules.step3;

import java.util.List;

import org.ddc.rules.Rule;

/** The implemented rules of Step 3 of the planning guide, in catalog order. */
public final class Step3Rules {
	private Step3Rules() {
	}

	public static List<Rule> all() {
		return List.of(
				new EveryManagementActivityHasAComponent(),
				new ManagementServicesAreRedundant(),
				new ManagementServersOutsideTheDatacenter(),
				new ReuseOfExistingServicesIsDecided(),
				new GuestManagementScopeIsDecided(),
				new DirectoryAndDnsArePresent(),
				new AtLeastTwoDnsServers(),
				new DnsZonesAreAdIntegrated(),
				new AtLeastTwoDomainControllers(),
				new VirtualDomainControllersOutsideTheDatacenter(),
				new VirtualDomainControllersNeedCare(),
				new OneForest(),
				new OneDomain(),
				new OneAdSite(),
				new NewOrExistingForestIsDecided(),
				new DomainControllersMayProvideDns(),
				new VmManagementSolutionIsComplete(),
				new VmmLibraryServerIsDefined(),
				new VmmInstanceScaleLimits(),
				new VmmInstanceHasOneManagementGroup(),
				new SeparateVmmInstancesPerManagementGroup(),
				new OneManagementGroupUnlessJustified(),
				new VmmServersAreDeclared(),
				new HypervisorDeploymentSystemExists(),
				new ConfigurationManagementCapabilities(),
				new ConfigMgrSiteSystemRoles(),
				new OneConfigMgrSite(),
				new ConfigMgrScopeIncludesGuests(),
				new OvmstWithVmmConsole(),
				new IsolatedVlanForVmServicing(),
				new ServicingServersReachIsolatedVlan(),
				new OvmstServerIsChosen(),
				new MonitoringCapabilities(),
				new RequiredManagementPacks(),
				new OpsMgrAgentsPerManagementGroup(),
				new ServiceLevelDashboard(),
				new HardwareManagementExists(),
				new HardwareManagementCapabilities(),
				new VdiNeedsRemoteDesktopServices(),
				new VdiNeedsConnectionBroker(),
				new VdiNeedsWebAccess(),
				new RdVirtualizationHostOnVdiHosts(),
				new VdiNeedsVirtualizationRedirector(),
				new RdVirtualizationHostNeedsHyperV(),
				new DpmForBackup(),
				new HostsSupportOutOfBandManagement(),
				new HostsSupportPxe());
	}
}
