package org.ddc.analysis.placement;

/** Why a VM cannot go to a host, or what determines a bound. */
public enum Limit {
	/** Not enough free memory on any host that is otherwise allowed. */
	MEMORY,
	/** Not enough free CPU (only when CPU is checked). */
	CPU,
	/** Every allowed host already runs its maximum number of VMs. */
	VM_COUNT,
	/** Not enough free virtual processors. */
	VIRTUAL_PROCESSORS,
	/** Every host with room already runs a member of the VM's anti-affinity set. */
	ANTI_AFFINITY,
	/** Every host with room runs VMs of another isolation domain. */
	ISOLATION,
	/** There is no host at all (an empty cluster, or every host failed). */
	NO_HOST
}
