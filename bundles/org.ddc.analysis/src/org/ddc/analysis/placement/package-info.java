/**
 * Placement of VM instances on host clusters and the N+k survival check, independent of the ddc model: input
 * records {@link org.ddc.analysis.placement.Cluster}, {@link org.ddc.analysis.placement.Host} and
 * {@link org.ddc.analysis.placement.Vm}; the engine {@link org.ddc.analysis.placement.PlacementEngine} (its
 * javadoc explains the algorithm, the lower bound and the N+k semantics); the answer
 * {@link org.ddc.analysis.placement.ClusterPlan} with its {@link org.ddc.analysis.placement.Survival} verdict.
 * {@link org.ddc.analysis.placement.PlacementBenchmark} measures quality and speed on a synthetic mix.
 */
package org.ddc.analysis.placement;
