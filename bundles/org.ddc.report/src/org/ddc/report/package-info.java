/**
 * The report of a design: {@link org.ddc.report.ReportBuilder#build} turns a loaded design, its findings and its
 * analysis into a {@link org.ddc.report.model.Report} that the writers render as HTML, Markdown, CSV and XLSX.
 * <h2>What the report holds, in order</h2>
 * <ol>
 * <li><b>Design</b> (section {@code overview}): platform, peak buffer and growth, host reserve, workloads, VMs, hosts,
 * clusters and findings in a few sentences.</li>
 * <li><b>Table A-1. Resource Requirements</b> ({@code a-1}; tables {@code A-1} and {@code A-1-size}): one column per
 * workload and a Total over the workloads in scope (memory, disk space, disk IOps and throughput summed, the union of
 * the subnets, CPU in percent of the reference CPU); the VM instances behind each column; the initial size of Step 1
 * Task 3: the total, the total with peak buffer and growth, the extra VM instances of load-balanced and VM-clustered
 * workloads and the extra hosts of host clustering (the N+k reserve).</li>
 * <li><b>Table A-2</b> ({@code a-2}): per workload group the totals of its workloads in scope, and its workloads,
 * VMs, fault-tolerance approaches, host design and isolation.</li>
 * <li><b>Table A-3</b> ({@code a-3}): per host design every guide row (quantity and clusters with N+k, form factor,
 * CPU, memory, power supplies, network adapters, network access, teaming, storage systems, storage connections),
 * the workload groups it runs, the hosts it needs and its fault-tolerant components (the cost drivers of IPD-0-09).</li>
 * <li><b>Table A-4</b> ({@code a-4}): the nine counts as the guide's lifecycle derives them, each with what it is made
 * of (hosts, guests in management scope, domain controllers, other management servers, VMs) as detail rows, the
 * domain controller / member server / workstation split for the Operations Manager guide, the VMM counts per
 * instance, and the Configuration Manager, MDT and OVMST servers.</li>
 * <li><b>Table A-5</b> ({@code a-5}): per subnet its purpose, IP range, the network switch ports connected on it with
 * the devices they come from (detail rows), the switches it is assigned to, its VLAN, and the port capacity and free
 * ports of those switches.</li>
 * <li><b>Tables A-6 and A-7</b> ({@code a-6}, {@code a-7}): load balancers and firewalls, or that the design has
 * none.</li>
 * <li><b>Sizing per cluster</b> ({@code sizing}): hosts, N+k, VMs, lower bound, hosts needed, binding resource and
 * verdict; per resource the demand at peak, peak buffer and growth, capacity, N+k reserve and what is free; bar
 * charts of the same.</li>
 * <li><b>Placement</b> ({@code placement}): every host with its VMs, load and free capacity; the VMs without a host.</li>
 * <li><b>N+k survival</b> ({@code survival}): per cluster the verdict and the first VM that cannot restart after which
 * failure.</li>
 * <li><b>Failure domains and single points of failure</b> ({@code failures}): what each rack, feed, switch, storage
 * component and load-balancer or firewall unit takes down alone.</li>
 * <li><b>Findings by guide step</b> ({@code findings}): severity, rule, file:line, message, citation; suppressed
 * findings apart with their reason.</li>
 * <li><b>Business validation checklist</b> ({@code checklist}): the guide's questions for the business, with step,
 * task and line.</li>
 * </ol>
 * Every number comes from {@code org.ddc.analysis}; a value the design does not state is an empty cell with the
 * reason. The rules the catalog lists as implemented by the report ({@code catalog/report-derived.tsv} of
 * {@code org.ddc.rules}) name the table, row or section that carries them.
 */
package org.ddc.report;
