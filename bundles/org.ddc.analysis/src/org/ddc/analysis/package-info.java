/**
 * What ddc derives from a design, computed once and read by the rules, {@code ddc analyze}, reports, diagrams and the
 * editor. {@link org.ddc.analysis.DesignIndex} indexes one design (every element by type, reverse links);
 * {@link org.ddc.analysis.DesignAnalysis} holds the parts computed from it, each on first use:
 * <ul>
 * <li>{@link org.ddc.analysis.DesignAnalysis#racks() racks()}: {@link org.ddc.analysis.RackLayout}, where every device
 * sits and what each rack draws;</li>
 * <li>{@link org.ddc.analysis.DesignAnalysis#hosts() hosts()}: {@link org.ddc.analysis.sizing.HostSizing}, the VMs
 * placed on every host design's clusters with N+k survival ({@code sizing/}, on the engine in {@code placement/});</li>
 * <li>{@link org.ddc.analysis.DesignAnalysis#storage() storage()}: {@link org.ddc.analysis.StorageLoad}, what each
 * storage system and storage switch carries, and {@link org.ddc.analysis.DesignAnalysis#fabric() fabric()}:
 * {@link org.ddc.analysis.StorageFabric}, the switches of each system's fabric and the processor ports per
 * switch;</li>
 * <li>{@link org.ddc.analysis.DesignAnalysis#network() network()}: {@link org.ddc.analysis.network.NetworkAnalysis},
 * every port connection as a link and the switch ports per switch and subnet (Table A-5);</li>
 * <li>{@link org.ddc.analysis.DesignAnalysis#faultTolerance() faultTolerance()}:
 * {@link org.ddc.analysis.FaultTolerance}, the in-scope workloads of each fault-tolerance approach by host
 * design;</li>
 * <li>{@link org.ddc.analysis.DesignAnalysis#failures() failures()}: {@link org.ddc.analysis.failure.FailureAnalysis},
 * what fails with what.</li>
 * </ul>
 * Facts that need no per-design computation are static or small classes beside them: {@link org.ddc.analysis.Demand}
 * (a workload's demand, in scope or not), {@link org.ddc.analysis.Sizing} and
 * {@link org.ddc.analysis.StorageCapacity} (the arithmetic), {@link org.ddc.analysis.ManagementScope} (Table A-4
 * counts, the management policy, VDI workloads), {@link org.ddc.analysis.ManagementRoles} (roles the management
 * servers provide), {@link org.ddc.analysis.sizing.HostClustering} (the two meanings of a clustered host design),
 * {@link org.ddc.analysis.network.HostAdapters} (adapter purposes) and {@link org.ddc.analysis.Quantities} (how
 * numbers are written). The bundle depends on the model only; the rules depend on it, never the other way round.
 */
package org.ddc.analysis;
